package vn.landinfo.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GDAL (Debian's gdal-bin 3.6) filters on the server: {@code ogrinfo -where} and {@code -spat} on the WFS driver
 * become an FES filter, on the OAPIF driver CQL text and a bbox; the counts and features GDAL reports equal SQL on
 * publish.parcels, and GDAL's own debug output (CPL_DEBUG=ON) shows the filter in the URLs it fetched — the server
 * did the selecting, GDAL did not download everything and filter it.
 */
class GdalServerFiltersIT extends FeaturesTestSupport {

    private static final String HOAN_KIEM = "00070";

    @TempDir
    Path dir;

    /**
     * A purpose with a few hundred parcels in the commune: GDAL 3.6's OAPIF driver counts by reading every page of
     * 10, so a commune's ODT parcels (some 15,000) would be a test of patience, not of the filter.
     */
    private String purpose() {
        return jdbc.sql("SELECT main_purpose FROM publish.parcels WHERE commune_code = :c GROUP BY main_purpose "
                + "HAVING count(*) BETWEEN 2 AND 1000 ORDER BY count(*) DESC, main_purpose LIMIT 1").param("c", HOAN_KIEM).query(String.class).single();
    }

    private String where() {
        return "commune_code = '" + HOAN_KIEM + "' AND main_purpose = '" + purpose() + "'";
    }

    private long count(String condition, double[] box) {
        var q = jdbc.sql("SELECT count(*) FROM publish.parcels WHERE " + condition);
        if (box != null) {
            q = q.param("a", box[0]).param("b", box[1]).param("c", box[2]).param("d", box[3]);
        }
        return q.query(Long.class).single();
    }

    private List<String> nationalIds(String condition, double[] box) {
        return jdbc.sql("SELECT national_id FROM publish.parcels WHERE " + condition + " ORDER BY national_id")
                .param("a", box[0]).param("b", box[1]).param("c", box[2]).param("d", box[3]).query(String.class).list();
    }

    private static final String IN_BOX = "ST_Intersects(geom, ST_MakeEnvelope(:a, :b, :c, :d, 4326))";

    /** A box of about 200 m around the middle of the commune's parcels of that purpose, longitude first. */
    private double[] box() {
        double[] c = jdbc.sql("SELECT ST_X(p), ST_Y(p) FROM (SELECT ST_Centroid(ST_Extent(geom)::geometry) p FROM publish.parcels "
                        + "WHERE commune_code = :c AND main_purpose = :p) s")
                .param("c", HOAN_KIEM).param("p", purpose()).query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2)}).single();
        return new double[] {c[0] - 0.001, c[1] - 0.001, c[0] + 0.001, c[1] + 0.001};
    }

    private static String[] spat(double[] b) {
        return new String[] {"-spat", String.format(Locale.ROOT, "%.9f", b[0]), String.format(Locale.ROOT, "%.9f", b[1]),
            String.format(Locale.ROOT, "%.9f", b[2]), String.format(Locale.ROOT, "%.9f", b[3])};
    }

    private static String[] args(String... parts) {
        return parts;
    }

    private static String[] concat(String[] a, String... b) {
        List<String> l = new ArrayList<>(List.of(a));
        l.addAll(List.of(b));
        return l.toArray(String[]::new);
    }

    private List<String> national(Path geojson) throws Exception {
        List<String> ids = new ArrayList<>();
        JSON.readTree(Files.readString(geojson)).get("features").forEach(f -> ids.add(f.get("properties").get("national_id").asString()));
        ids.sort(null);
        return ids;
    }

    @Test
    void theWfsDriverSendsWhereAndSpatAsAnFesFilterAndCountsAsTheDatabase() throws Exception {
        String wfs = "WFS:http://localhost:" + port + "/ogc/wfs";
        double[] box = box();

        ExternalClients.Run where = GdalClient.run(dir, true, "ogrinfo", "-ro", "-so", "-where", where(), wfs, "landinfo:parcels");
        assertThat(GdalClient.featureCount(where)).isEqualTo(count(where(), null));
        assertThat(getFeatures(where)).as("GDAL counted with the filter at the server")
                .anyMatch(u -> u.contains("PropertyIsEqualTo") && u.contains(">" + purpose() + "<") && u.contains(">" + HOAN_KIEM + "<")
                        && u.toUpperCase(Locale.ROOT).contains("RESULTTYPE=HITS"));

        ExternalClients.Run spatial = GdalClient.run(dir, true, "ogrinfo", concat(args("-ro", "-so"), concat(spat(box), wfs, "landinfo:parcels")));
        assertThat(GdalClient.featureCount(spatial)).isEqualTo(count(IN_BOX, box));
        assertThat(getFeatures(spatial)).as("GDAL counted with the box at the server")
                .anyMatch(u -> u.toUpperCase(Locale.ROOT).contains("BBOX") && u.toUpperCase(Locale.ROOT).contains("RESULTTYPE=HITS"));

        Path out = dir.resolve("wfs.geojson");
        ExternalClients.Run both = GdalClient.run(dir, true, "ogr2ogr", concat(args("-f", "GeoJSON", out.toString(), wfs, "landinfo:parcels", "-where", where()),
                spat(box)));
        assertThat(national(out)).as("the parcels GDAL wrote").isEqualTo(nationalIds(where() + " AND " + IN_BOX, box)).isNotEmpty();
        assertThat(getFeatures(both)).as("GDAL fetched the features through one filter holding both")
                .allMatch(u -> u.contains("PropertyIsEqualTo") && u.toUpperCase(Locale.ROOT).contains("BBOX"));
    }

    @Test
    void theOapifDriverSendsWhereAsCqlTextAndSpatAsABboxAndCountsAsTheDatabase() throws Exception {
        String oapif = "OAPIF:" + base();
        double[] box = box();

        ExternalClients.Run where = GdalClient.run(dir, true, "ogrinfo", "-ro", "-so", "-where", where(), oapif, "parcels");
        assertThat(GdalClient.featureCount(where)).isEqualTo(count(where(), null));
        assertThat(where.output()).as("GDAL's own verdict on where the filter runs").doesNotContain("evaluated on client side");
        // GDAL reads one unfiltered page to learn the collection's fields; every other page is the server's selection.
        String cql = "filter=(commune_code = '" + HOAN_KIEM + "') AND (main_purpose = '" + purpose() + "')&filter-lang=cql-text";
        assertThat(items(where)).as("GDAL read the items through the CQL filter").anyMatch(u -> u.contains(cql));
        assertThat(items(where).stream().filter(u -> !u.contains(cql))).as("items pages GDAL read unfiltered").hasSizeLessThanOrEqualTo(1);

        ExternalClients.Run spatial = GdalClient.run(dir, true, "ogrinfo", concat(args("-ro", "-so"), concat(spat(box), oapif, "parcels")));
        assertThat(GdalClient.featureCount(spatial)).isEqualTo(count(IN_BOX, box));
        assertThat(items(spatial).stream().filter(u -> !u.contains("bbox="))).as("items pages GDAL read outside the box").hasSizeLessThanOrEqualTo(1);
        assertThat(items(spatial)).as("GDAL read the items in the box").anyMatch(u -> u.contains("bbox="));

        Path out = dir.resolve("oapif.geojson");
        ExternalClients.Run both = GdalClient.run(dir, true, "ogr2ogr", concat(args("-f", "GeoJSON", out.toString(), oapif, "parcels", "-where", where()),
                spat(box)));
        assertThat(national(out)).as("the parcels GDAL wrote").isEqualTo(nationalIds(where() + " AND " + IN_BOX, box)).isNotEmpty();
        assertThat(items(both)).anyMatch(u -> u.contains("bbox=") && u.contains("filter="));
        assertThat(items(both).stream().filter(u -> !(u.contains("bbox=") && u.contains("filter=")))).hasSizeLessThanOrEqualTo(1);
    }

    private static List<String> getFeatures(ExternalClients.Run r) {
        return GdalClient.fetched(r).stream().filter(u -> u.toUpperCase(Locale.ROOT).contains("REQUEST=GETFEATURE")).toList();
    }

    private static List<String> items(ExternalClients.Run r) {
        return GdalClient.fetched(r).stream().filter(u -> u.contains("/collections/parcels/items")).toList();
    }
}
