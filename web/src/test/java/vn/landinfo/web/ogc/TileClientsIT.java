package vn.landinfo.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;
import vn.landinfo.web.ogc.ExternalClients.Run;

/**
 * An independent client reads the tiles: GDAL's MVT driver (ogrinfo, Debian gdal-bin), on a tile saved
 * as {z}/{x}/{y}.pbf the way tile caches store them, on a single file georeferenced by open options, on
 * a local tile set with the TileJSON as its metadata.json, and straight from the server over HTTP with
 * the TileJSON URL as its metadata. Installed by .ci/run and the launcher; missing, these tests fail.
 */
class TileClientsIT extends TileTestSupport {

    private static final Pattern MVT_ID = Pattern.compile("^\\s+mvt_id \\(Integer64\\) = (\\d+)$", Pattern.MULTILINE);

    @TempDir
    Path dir;

    private Run ogrinfo(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(ExternalClients.tool("ogrinfo", "gdal-bin")));
        cmd.addAll(List.of(args));
        Run r = ExternalClients.run(dir, Duration.ofSeconds(120), cmd);
        assertThat(r.exit()).as("ogrinfo %s: %s", String.join(" ", args), r.output()).isZero();
        return r;
    }

    private static Set<Long> mvtIds(String ogrinfoOutput) {
        Set<Long> ids = new HashSet<>();
        Matcher m = MVT_ID.matcher(ogrinfoOutput);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    private static String line(String output, String prefix) {
        return output.lines().filter(l -> l.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + prefix + "' in:\n" + output));
    }

    private static double[] extent(String output) {
        Matcher m = Pattern.compile("Extent: \\(([-\\d.]+), ([-\\d.]+)\\) - \\(([-\\d.]+), ([-\\d.]+)\\)").matcher(line(output, "Extent:"));
        assertThat(m.matches()).isTrue();
        return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4))};
    }

    private Path save(int z, int x, int y) throws IOException {
        TileHttp.Response r = http.tile("parcels", z, x, y);
        assertThat(r.status()).isEqualTo(200);
        Path file = dir.resolve("parcels/" + z + "/" + x + "/" + y + ".pbf");
        Files.createDirectories(file.getParent());
        Files.write(file, r.body());
        return file;
    }

    /** Parcels whose shape meets the rectangle (EPSG:3857) grown by {@code grow} metres (negative: shrunk). */
    private Set<Long> parcelsMeeting(double[] e, double grow) {
        return new HashSet<>(jdbc.sql("SELECT id FROM publish.parcel_shapes WHERE ST_Intersects(geom_3857, ST_Expand(ST_MakeEnvelope(:a, :b, :c, :d, 3857), :g))")
                .param("a", e[0]).param("b", e[1]).param("c", e[2]).param("d", e[3]).param("g", grow).query(Long.class).list());
    }

    /**
     * Parcels with more than {@code minArea} m² inside the rectangle grown by {@code grow} metres: what a
     * tile must show there. (Some demo parcels have zero-width spikes that a tile, snapped to its grid,
     * rightly does not draw: a spike alone reaching into a rectangle puts no area there.)
     */
    private Set<Long> parcelsInside(double[] e, double grow, double minArea) {
        return new HashSet<>(jdbc.sql("""
                        SELECT id FROM publish.parcel_shapes, ST_Expand(ST_MakeEnvelope(:a, :b, :c, :d, 3857), :g) w
                        WHERE ST_Intersects(geom_3857, w) AND ST_Area(ST_Intersection(geom_3857, w)) > :min""")
                .param("a", e[0]).param("b", e[1]).param("c", e[2]).param("d", e[3]).param("g", grow).param("min", minArea)
                .query(Long.class).list());
    }

    @Test
    void ogrinfoReadsASavedTileWithTheDatabasesParcelsWhereTheyAre() throws Exception {
        int z = 16;
        Parcel p = roomyParcel("00070");
        int[] t = p.tile(z);
        Path file = save(z, t[0], t[1]);
        double[] env = Mvt.tileEnvelope(z, t[0], t[1]);
        double unit = (env[2] - env[0]) / 4096;
        List<Long> inTile = Mvt.single(Files.readAllBytes(file)).ids();

        // A {z}/{x}/{y}.pbf path is enough for GDAL to place the tile in EPSG:3857.
        Run summary = ogrinfo("-ro", "-so", "-al", file.toString());
        assertThat(summary.output()).contains("using driver `MVT' successful").contains("Layer name: parcels").contains("Pseudo-Mercator");
        assertThat(line(summary.output(), "Feature Count:")).isEqualTo("Feature Count: " + inTile.size());
        // GDAL clips to the tile: its extent lies within the tile and holds the known parcel's part of it.
        double[] extent = extent(summary.output());
        double[] known = jdbc.sql("SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) FROM (SELECT ST_Intersection(geom_3857, ST_TileEnvelope(:z, :x, :y)) e "
                        + "FROM publish.parcel_shapes WHERE id = :id) s")
                .param("z", z).param("x", t[0]).param("y", t[1]).param("id", p.id())
                .query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)}).single();
        assertThat(extent[0]).as("GDAL's extent, west").isBetween(env[0] - 0.01, known[0] + unit);
        assertThat(extent[1]).as("GDAL's extent, south").isBetween(env[1] - 0.01, known[1] + unit);
        assertThat(extent[2]).as("GDAL's extent, east").isBetween(known[2] - unit, env[2] + 0.01);
        assertThat(extent[3]).as("GDAL's extent, north").isBetween(known[3] - unit, env[3] + 0.01);
        assertThat(summary.output()).contains("parcel_number: Integer").contains("main_purpose: String").contains("legal_area: Real");

        // Unclipped, GDAL reads every feature of the tile, those within its half-pixel margin included:
        // the parcels the database has there.
        Set<Long> all = mvtIds(ogrinfo("-ro", "-al", "-geom=NO", "-oo", "CLIP=NO", file.toString()).output());
        assertThat(all).isEqualTo(new HashSet<>(inTile));
        // (Chosen by bounding box within the margin, a parcel may reach the tile only inside the 64-unit buffer.)
        assertThat(all).containsAll(parcelsInside(env, 8 * unit, unit * unit)).isSubsetOf(parcelsMeeting(env, 64 * unit + unit));
        // Clipped to the tile (GDAL's default), it keeps the parcels that meet the tile itself.
        Set<Long> clipped = mvtIds(ogrinfo("-ro", "-al", "-geom=NO", file.toString()).output());
        assertThat(clipped).containsAll(parcelsInside(env, 0, unit * unit)).isSubsetOf(parcelsMeeting(env, unit));

        // The known parcel: its attributes and its shape (GDAL clips it to the tile) as the database has them.
        String feature = ogrinfo("-ro", "-al", "-q", "-where", "mvt_id = " + p.id(), file.toString()).output();
        assertThat(feature).contains("mvt_id (Integer64) = " + p.id())
                .contains("parcel_number (Integer) = " + p.number())
                .contains("main_purpose (String) = " + p.purpose());
        Matcher area = Pattern.compile("legal_area \\(Real\\) = ([\\d.]+)").matcher(feature);
        assertThat(area.find()).isTrue();
        assertThat(Double.parseDouble(area.group(1))).isCloseTo(p.legalArea(), within(1e-6));
        String wkt = feature.lines().map(String::trim).filter(l -> l.startsWith("POLYGON") || l.startsWith("MULTIPOLYGON")).findFirst().orElseThrow();
        Geometry shape = new WKTReader().read(wkt);
        double[] db = jdbc.sql("SELECT ST_Area(ST_Intersection(geom_3857, ST_TileEnvelope(:z, :x, :y))), ST_Perimeter(geom_3857) FROM publish.parcel_shapes WHERE id = :id")
                .param("z", z).param("x", t[0]).param("y", t[1]).param("id", p.id())
                .query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2)}).single();
        assertThat(shape.getArea()).as("GDAL's area of parcel %d", p.id()).isCloseTo(db[0], within(db[1] * unit));

        // Any file name will do when the tile's address comes as open options.
        Path single = dir.resolve("tile.mvt");
        Files.copy(file, single);
        Run placed = ogrinfo("-ro", "-so", "-al", "-oo", "X=" + t[0], "-oo", "Y=" + t[1], "-oo", "Z=" + z, "MVT:" + single);
        assertThat(line(placed.output(), "Feature Count:")).isEqualTo("Feature Count: " + inTile.size());
        assertThat(extent(placed.output())).containsExactly(extent);
    }

    @Test
    void ogrinfoReadsATileSetWithTheTileJsonAsItsMetadataLocallyAndOverHttp() throws Exception {
        int z = 16;
        Parcel p = roomyParcel("00070");
        int[] t = p.tile(z);
        int left = Mvt.single(Files.readAllBytes(save(z, t[0], t[1]))).features().size();
        int right = Mvt.single(Files.readAllBytes(save(z, t[0] + 1, t[1]))).features().size();
        TileHttp.Response tileJson = http.get("/tiles/parcels.json");
        Files.write(dir.resolve("parcels/metadata.json"), tileJson.body());

        // A tile set directory at one zoom: GDAL takes the fields' types from the TileJSON ("Number" → Real)
        // and its extent from the TileJSON's bounds, and reads every tile in it.
        Run set = ogrinfo("-ro", "-so", "-al", dir.resolve("parcels/" + z).toString());
        assertThat(line(set.output(), "Feature Count:")).isEqualTo("Feature Count: " + (left + right));
        assertThat(set.output()).contains("parcel_number: Real").contains("main_purpose: String").contains("legal_area: Real");
        double[] extent = extent(set.output());
        var bounds = tileJson.json().get("bounds");
        double[] sw = webMercator(bounds.get(0).asDouble(), bounds.get(1).asDouble());
        double[] ne = webMercator(bounds.get(2).asDouble(), bounds.get(3).asDouble());
        assertThat(extent[0]).isCloseTo(sw[0], within(1.0));
        assertThat(extent[1]).isCloseTo(sw[1], within(1.0));
        assertThat(extent[2]).isCloseTo(ne[0], within(1.0));
        assertThat(extent[3]).isCloseTo(ne[1], within(1.0));

        // Straight from the server: the TileJSON URL as metadata, tiles fetched over HTTP for a window
        // inside one tile (GDAL asks only for the tiles the spatial filter needs).
        double[] env = Mvt.tileEnvelope(z, t[0], t[1]);
        double unit = (env[2] - env[0]) / 4096;
        double[] window = {env[0] + 50, env[1] + 50, env[2] - 50, env[3] - 50};
        Run remote = ogrinfo("-ro", "-al", "-geom=NO", "-spat", num(window[0]), num(window[1]), num(window[2]), num(window[3]),
                "-oo", "TILE_EXTENSION=mvt", "-oo", "METADATA_FILE=/vsicurl/" + http.base() + "/tiles/parcels.json",
                "MVT:/vsicurl/" + http.base() + "/tiles/parcels/" + z);
        assertThat(remote.output()).contains("Layer name: parcels").contains("parcel_number (Real) = ");
        Set<Long> ids = mvtIds(remote.output());
        assertThat(ids).isNotEmpty().containsAll(parcelsInside(window, 0, unit * unit)).isSubsetOf(parcelsMeeting(window, unit));
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private static double[] webMercator(double lon, double lat) {
        return new double[] {Math.toRadians(lon) * 6378137.0, Math.log(Math.tan(Math.PI / 4 + Math.toRadians(lat) / 2)) * 6378137.0};
    }
}
