package vn.landinfo.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;
import tools.jackson.databind.JsonNode;

/**
 * What a map client gets from /tiles: each tile holds exactly the current parcels the database has in
 * it (with their published attributes and the parcel id as the feature id), in polygons a renderer can
 * fill, with caching headers that make a repeat request cheap.
 */
class VectorTilesIT extends TileTestSupport {

    /** A parcel found in the database, the tile at zoom z that holds it, and what the database says the tile must hold. */
    @ParameterizedTest(name = "zoom {0}")
    @ValueSource(ints = {14, 15, 16, 17})
    void aParcelTileHoldsExactlyTheParcelsOfItsBufferedEnvelopeWithTheirPublishedAttributes(int z) {
        Parcel p = roomyParcel("00070");
        int[] t = p.tile(z);
        Mvt.Layer layer = layer("parcels", z, t[0], t[1]);

        // Every current parcel meeting the tile with its selection margin, and whether ST_AsMVTGeom keeps it.
        String buf = selectionEnvelope(z, t[0], t[1]);
        record Expected(long id, boolean kept, double areaInside) {
        }
        List<Expected> expected = jdbc.sql("SELECT s.id, ST_AsMVTGeom(s.geom_3857, ST_TileEnvelope(:z, :x, :y)::box2d, 4096, 64, true) IS NOT NULL, "
                        + "ST_Area(ST_Intersection(s.geom_3857, " + buf + ")) "
                        // chosen as the tile chooses them: by bounding box, then cut with the 64-unit buffer
                        + "FROM publish.parcel_shapes s WHERE s.geom_3857 && " + buf + " ORDER BY s.id")
                .param("z", z).param("x", t[0]).param("y", t[1])
                .query((rs, n) -> new Expected(rs.getLong(1), rs.getBoolean(2), rs.getDouble(3))).list();
        Set<Long> kept = new HashSet<>();
        expected.stream().filter(Expected::kept).forEach(e -> kept.add(e.id()));
        double unit = (Mvt.tileEnvelope(z, t[0], t[1])[2] - Mvt.tileEnvelope(z, t[0], t[1])[0]) / 4096;

        List<Long> ids = layer.ids();
        assertThat(ids).as("each feature has an id, once").doesNotContainNull().doesNotHaveDuplicates();
        assertThat(new HashSet<>(ids)).as("the parcels in tile %d/%d/%d", z, t[0], t[1]).isEqualTo(kept);
        assertThat(ids.size()).isGreaterThan(10);
        // Only slivers of parcels just touching the margin's edge collapse to nothing on the 4096 grid.
        expected.stream().filter(e -> !e.kept()).forEach(e ->
                assertThat(e.areaInside()).as("parcel %d dropped from the tile", e.id()).isLessThan(4 * unit * unit));

        // Attributes of every feature are the published ones.
        Map<Long, List<Object>> db = attributes(ids);
        for (Mvt.Feature f : layer.features()) {
            assertThat(f.type()).as("parcel %d is a polygon", f.id()).isEqualTo(3);
            assertThat(f.properties()).containsOnlyKeys("parcel_number", "main_purpose", "legal_area");
            List<Object> row = db.get(f.id());
            assertThat(f.properties().get("parcel_number")).as("parcel_number of %d", f.id()).isEqualTo(row.get(0));
            assertThat(f.properties().get("main_purpose")).as("main_purpose of %d", f.id()).isEqualTo(row.get(1));
            assertThat((Double) f.properties().get("legal_area")).as("legal_area of %d", f.id()).isCloseTo((Double) row.get(2), within(1e-9));
            assertThat(f.tileGeometry().isValid()).as("geometry of %d is valid", f.id()).isTrue();
        }

        // The known parcel: its number and purpose, and its shape where the database has it.
        Mvt.Feature known = layer.feature(p.id()).orElseThrow(() -> new AssertionError("parcel " + p.id() + " is not in its tile"));
        assertThat(known.properties().get("parcel_number")).isEqualTo((long) p.number());
        assertThat(known.properties().get("main_purpose")).isEqualTo(p.purpose());
        Geometry shape = known.webMercator(z, t[0], t[1], layer.extent());
        double[] dbArea = jdbc.sql("SELECT ST_Area(ST_Intersection(geom_3857, " + buf + ")), ST_Perimeter(geom_3857) FROM publish.parcel_shapes WHERE id = :id")
                .param("id", p.id()).query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2)}).single();
        // Snapping each vertex to the 4096 grid moves an edge by at most half a unit: area within perimeter × unit.
        assertThat(shape.getArea()).as("area of parcel %d in EPSG:3857", p.id()).isCloseTo(dbArea[0], within(dbArea[1] * unit));
        assertThat(shape.contains(Mvt.GEOMETRY.createPoint(new Coordinate(p.centreX(), p.centreY()))))
                .as("parcel %d's shape holds its inscribed-circle centre", p.id()).isTrue();
    }

    @Test
    void tilesCarryETagAndCacheControlAndAnswer304ToTheirOwnTag() {
        Parcel p = roomyParcel("00070");
        int[] t = p.tile(16);
        TileHttp.Response first = http.tile("parcels", 16, t[0], t[1]);
        assertThat(first.status()).isEqualTo(200);
        String etag = first.etag();
        assertThat(etag).matches("\"[0-9a-f]{32}\"");
        // Parcels change all day: a client may keep the tile but asks again, cheaply, with its tag.
        assertThat(first.header("cache-control")).isEqualTo("public, no-cache");
        assertThat(first.header("access-control-allow-origin")).isEqualTo("*");
        assertThat(first.header("access-control-expose-headers")).containsIgnoringCase("ETag");

        TileHttp.Response again = http.tile("parcels", 16, t[0], t[1]);
        assertThat(again.etag()).isEqualTo(etag);
        assertThat(again.body()).isEqualTo(first.body());

        TileHttp.Response notModified = http.tile("parcels", 16, t[0], t[1], "If-None-Match", etag);
        assertThat(notModified.status()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        assertThat(notModified.etag()).isEqualTo(etag);
        assertThat(http.tile("parcels", 16, t[0], t[1], "If-None-Match", "\"other\", W/" + etag).status()).as("weak comparison, list").isEqualTo(304);
        assertThat(http.tile("parcels", 16, t[0], t[1], "If-None-Match", "\"0123\"").status()).as("another tag").isEqualTo(200);

        // Administrative units change rarely: clients may keep those tiles for an hour.
        int[] c = p.tile(10);
        TileHttp.Response commune = http.tile("communes", 10, c[0], c[1]);
        assertThat(commune.status()).isEqualTo(200);
        assertThat(commune.header("cache-control")).isEqualTo("public, max-age=3600");
    }

    @Test
    void aTileWithNothingInItIs204WithoutABody() {
        // The East Sea, far from any parcel.
        int[] sea = Mvt.tileOfLonLat(111.5, 12.0, 15);
        TileHttp.Response r = http.tile("parcels", 15, sea[0], sea[1]);
        assertThat(r.status()).isEqualTo(204);
        assertThat(r.body()).isEmpty();
        assertThat(r.etag()).isNotBlank();
        assertThat(http.tile("parcels", 15, sea[0], sea[1], "If-None-Match", r.etag()).status()).isEqualTo(304);
    }

    /**
     * Tile edges: two neighbouring parcels whose shared boundary crosses a zoom 18 tile edge. Each tile
     * carries them with the 64-unit buffer; cut back to its own extent, the pieces from the tiles on
     * either side meet exactly, so together they rebuild both parcels with no gap along the edge.
     */
    @Test
    void neighboursAcrossATileEdgeAreRebuiltFromBothTilesWithoutAGap() throws Exception {
        int z = 18;
        record Pair(long a, long b, double edgeX, String wktA, String wktB) {
        }
        Pair pair = jdbc.sql("""
                WITH grid AS (SELECT 2 * 20037508.342789244 / 262144 AS w, 20037508.342789244 AS o),
                cand AS (
                    -- ODT lots in Hoàn Kiếm crossing exactly one vertical zoom 18 tile edge, within one row of tiles
                    SELECT s.id, s.geom_3857, (floor((ST_XMin(s.geom_3857) + o) / w) + 1) * w - o AS edge_x
                    FROM publish.parcel_shapes s JOIN publish.parcels p ON p.id = s.id, grid
                    WHERE p.commune_code = '00070' AND s.main_purpose = 'ODT'
                      AND floor((ST_XMin(s.geom_3857) + o) / w) + 1 = floor((ST_XMax(s.geom_3857) + o) / w)
                      AND floor((o - ST_YMin(s.geom_3857)) / w) = floor((o - ST_YMax(s.geom_3857)) / w)
                    ORDER BY s.id LIMIT 2000)
                SELECT a.id, b.id, a.edge_x, ST_AsText(a.geom_3857), ST_AsText(b.geom_3857)
                FROM cand a JOIN cand b ON b.id > a.id AND b.edge_x = a.edge_x AND b.geom_3857 && a.geom_3857
                WHERE ST_Relate(a.geom_3857, b.geom_3857, 'F***1****')
                  -- each reaches at least a metre (27 tile units) into both tiles
                  AND ST_XMin(a.geom_3857) < a.edge_x - 1 AND ST_XMax(a.geom_3857) > a.edge_x + 1
                  AND ST_XMin(b.geom_3857) < a.edge_x - 1 AND ST_XMax(b.geom_3857) > a.edge_x + 1
                  AND ST_Crosses(ST_CollectionExtract(ST_Intersection(a.geom_3857, b.geom_3857), 2),
                                 ST_SetSRID(ST_MakeLine(ST_MakePoint(a.edge_x, -2e7), ST_MakePoint(a.edge_x, 2e7)), 3857))
                ORDER BY a.id, b.id LIMIT 1""")
                .query((rs, n) -> new Pair(rs.getLong(1), rs.getLong(2), rs.getDouble(3), rs.getString(4), rs.getString(5))).single();
        var wkt = new WKTReader(Mvt.GEOMETRY);
        Geometry dbA = wkt.read(pair.wktA());
        Geometry dbB = wkt.read(pair.wktB());
        Geometry both = dbA.union(dbB);

        int[] left = Mvt.tileOf(both.getEnvelopeInternal().getMinX(), both.getCentroid().getY(), z);
        int[] right = {left[0] + 1, left[1]};
        double[] leftEnv = Mvt.tileEnvelope(z, left[0], left[1]);
        double[] rightEnv = Mvt.tileEnvelope(z, right[0], right[1]);
        assertThat(leftEnv[2]).as("the shared tile edge").isEqualTo(rightEnv[0]).isCloseTo(pair.edgeX(), within(1e-6));
        double unit = (leftEnv[2] - leftEnv[0]) / 4096;

        Mvt.Layer l = layer("parcels", z, left[0], left[1]);
        Mvt.Layer r = layer("parcels", z, right[0], right[1]);
        List<Geometry> rebuilt = new ArrayList<>();
        for (long id : new long[] {pair.a(), pair.b()}) {
            Mvt.Feature inLeft = l.feature(id).orElseThrow(() -> new AssertionError("parcel " + id + " missing from the left tile"));
            Mvt.Feature inRight = r.feature(id).orElseThrow(() -> new AssertionError("parcel " + id + " missing from the right tile"));
            // The buffer: the left tile draws the parcel past its right edge (x > 4096), the right tile before its left edge (x < 0).
            assertThat(inLeft.tileGeometry().getEnvelopeInternal().getMaxX()).as("parcel %d in the left tile's buffer", id).isBetween(4096.5, 4160.0);
            assertThat(inRight.tileGeometry().getEnvelopeInternal().getMinX()).as("parcel %d in the right tile's buffer", id).isBetween(-64.0, -0.5);

            Geometry fromLeft = inLeft.webMercator(z, left[0], left[1], l.extent()).intersection(Mvt.box(leftEnv));
            Geometry fromRight = inRight.webMercator(z, right[0], right[1], r.extent()).intersection(Mvt.box(rightEnv));
            Geometry parcel = fromLeft.union(fromRight);
            Geometry original = id == pair.a() ? dbA : dbB;
            // Grid snapping moves each edge by at most half a unit: the difference is a thin band along the boundary.
            double tolerance = original.getLength() * unit;
            assertThat(parcel.getArea()).as("area of parcel %d rebuilt from both tiles", id).isCloseTo(original.getArea(), within(tolerance));
            assertThat(parcel.symDifference(original).getArea()).as("parcel %d vs its database shape", id).isLessThan(tolerance);
            assertThat(parcel.getNumGeometries()).as("parcel %d is one piece again", id).isEqualTo(1);
            rebuilt.add(parcel);
        }

        // Along the tile edge, inside the two parcels (away from their outer boundary's snapping), nothing is uncovered.
        Geometry edge = Mvt.GEOMETRY.createLineString(new Coordinate[] {
            new Coordinate(leftEnv[2], leftEnv[1]), new Coordinate(leftEnv[2], leftEnv[3])});
        Geometry edgeInside = edge.intersection(both.buffer(-2 * unit));
        assertThat(edgeInside.getLength()).as("the tile edge runs through both parcels").isGreaterThan(1.0);
        Geometry union = rebuilt.get(0).union(rebuilt.get(1));
        assertThat(edgeInside.difference(union).getLength()).as("gap along the tile edge (m)").isLessThan(1e-6);
        // And no sliver: within two units either side of the edge, the tiles cover what the database has.
        Geometry strip = Mvt.box(new double[] {leftEnv[2] - 2 * unit, leftEnv[1], leftEnv[2] + 2 * unit, leftEnv[3]});
        double dbStrip = both.intersection(strip).getArea();
        // (Snapping where the parcels' outer boundary crosses the 4-unit strip costs a few square units; a
        // one-unit gap along the edge would cost hundreds.)
        assertThat(union.intersection(strip).getArea()).as("area along the edge").isCloseTo(dbStrip, within(32 * unit * unit));
    }

    @Test
    void tileJsonDescribesEachLayerAndItsTemplateLeadsToTheTiles() {
        Map<String, int[]> zooms = Map.of("parcels", new int[] {14, 20}, "communes", new int[] {8, 16},
                "provinces", new int[] {4, 12}, "map_sheets", new int[] {12, 18});
        // What each layer draws, in WGS 84: its bounds must hold all of it.
        Map<String, String> data = Map.of("parcels", "publish.parcel_shapes", "communes", "publish.communes",
                "provinces", "publish.provinces", "map_sheets", "publish.map_sheets");
        for (var layer : zooms.entrySet()) {
            TileHttp.Response r = http.get("/tiles/" + layer.getKey() + ".json", "Origin", "https://maps.example.vn");
            assertThat(r.status()).as(layer.getKey()).isEqualTo(200);
            assertThat(r.contentType()).startsWith("application/json");
            assertThat(r.header("access-control-allow-origin")).isEqualTo("*");
            JsonNode j = r.json();
            assertThat(j.get("tilejson").asString()).isEqualTo("3.0.0");
            assertThat(j.get("scheme").asString()).isEqualTo("xyz");
            assertThat(j.get("name").asString()).isNotBlank();
            assertThat(j.get("tiles")).hasSize(1);
            assertThat(j.get("tiles").get(0).asString()).isEqualTo(http.base() + "/tiles/" + layer.getKey() + "/{z}/{x}/{y}.mvt");
            assertThat(j.get("minzoom").asInt()).isEqualTo(layer.getValue()[0]);
            assertThat(j.get("maxzoom").asInt()).isEqualTo(layer.getValue()[1]);
            JsonNode bounds = j.get("bounds");
            assertThat(bounds).hasSize(4);
            // Everything the layer draws lies within the advertised bounds (west, south, east, north), and they are no larger than that.
            double[] e = jdbc.sql("SELECT min(ST_XMin(geom)), min(ST_YMin(geom)), max(ST_XMax(geom)), max(ST_YMax(geom)) FROM " + data.get(layer.getKey()))
                    .query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)}).single();
            String what = layer.getKey() + " bounds " + bounds + " vs data " + Arrays.toString(e);
            assertThat(bounds.get(0).asDouble()).as(what).isLessThanOrEqualTo(e[0]).isGreaterThan(e[0] - 0.1);
            assertThat(bounds.get(1).asDouble()).as(what).isLessThanOrEqualTo(e[1]).isGreaterThan(e[1] - 0.1);
            assertThat(bounds.get(2).asDouble()).as(what).isGreaterThanOrEqualTo(e[2]).isLessThan(e[2] + 0.1);
            assertThat(bounds.get(3).asDouble()).as(what).isGreaterThanOrEqualTo(e[3]).isLessThan(e[3] + 0.1);
            JsonNode center = j.get("center");
            assertThat(center.get(0).asDouble()).isBetween(bounds.get(0).asDouble(), bounds.get(2).asDouble());
            assertThat(center.get(1).asDouble()).isBetween(bounds.get(1).asDouble(), bounds.get(3).asDouble());
            assertThat(center.get(2).asInt()).isBetween(layer.getValue()[0], layer.getValue()[1]);
            JsonNode vl = j.get("vector_layers");
            assertThat(vl).hasSize(1);
            assertThat(vl.get(0).get("id").asString()).isEqualTo(layer.getKey());
            assertThat(vl.get(0).get("minzoom").asInt()).isEqualTo(layer.getValue()[0]);
            assertThat(vl.get(0).get("maxzoom").asInt()).isEqualTo(layer.getValue()[1]);
            assertThat(vl.get(0).get("fields").size()).isPositive();
            vl.get(0).get("fields").properties().forEach(f -> assertThat(f.getValue().asString()).isIn("Number", "String", "Boolean"));
        }
        JsonNode fields = http.get("/tiles/parcels.json").json().get("vector_layers").get(0).get("fields");
        assertThat(fields.get("parcel_number").asString()).isEqualTo("Number");
        assertThat(fields.get("main_purpose").asString()).isEqualTo("String");
        assertThat(fields.get("legal_area").asString()).isEqualTo("Number");

        // The template, filled in for the tile holding a parcel, gives that parcel with exactly the advertised fields.
        Parcel p = roomyParcel("00070");
        int[] t = p.tile(17);
        String url = http.get("/tiles/parcels.json").json().get("tiles").get(0).asString()
                .replace("{z}", "17").replace("{x}", Integer.toString(t[0])).replace("{y}", Integer.toString(t[1]));
        assertThat(url).isEqualTo(http.url("parcels", 17, t[0], t[1]));
        Mvt.Layer l = Mvt.single(http.get(url.substring(http.base().length())).body());
        Set<String> advertised = new HashSet<>();
        fields.properties().forEach(f -> advertised.add(f.getKey()));
        assertThat(l.feature(p.id()).orElseThrow().properties().keySet()).isEqualTo(advertised);
        // Map sheets carry what their TileJSON says, too.
        JsonNode sheetFields = http.get("/tiles/map_sheets.json").json().get("vector_layers").get(0).get("fields");
        int[] s = p.tile(14);
        Mvt.Layer sheets = layer("map_sheets", 14, s[0], s[1]);
        Set<String> sheetAdvertised = new HashSet<>();
        sheetFields.properties().forEach(f -> sheetAdvertised.add(f.getKey()));
        assertThat(sheets.features()).isNotEmpty().allSatisfy(f -> assertThat(f.properties().keySet()).isSubsetOf(sheetAdvertised));
    }

    /**
     * Generalisation at small scales: administrative boundaries are simplified before they are cut, so the
     * tiles that cover the country stay small and still hold every unit they overlap.
     */
    @Test
    void lowZoomBoundaryTilesStaySmallAndKeepEveryUnit() {
        // Every zoom 5 province tile over Vietnam, among them the one over Hà Nội and the north.
        JsonNode b = http.get("/tiles/provinces.json").json().get("bounds");
        int[] nw = Mvt.tileOfLonLat(b.get(0).asDouble(), b.get(3).asDouble(), 5);
        int[] se = Mvt.tileOfLonLat(b.get(2).asDouble(), b.get(1).asDouble(), 5);
        int[] hanoi = Mvt.tileOfLonLat(105.85, 21.03, 5);
        int largest = 0;
        int tiles = 0;
        for (int x = nw[0]; x <= se[0]; x++) {
            for (int y = nw[1]; y <= se[1]; y++) {
                TileHttp.Response r = http.tile("provinces", 5, x, y);
                if (r.status() == 204) {
                    continue;
                }
                tiles++;
                assertThat(r.status()).isEqualTo(200);
                assertThat(r.body().length).as("provinces 5/%d/%d bytes", x, y).isLessThan(500 * 1024);
                largest = Math.max(largest, r.body().length);
                Mvt.Layer l = Mvt.single(r.body());
                Set<String> codes = new HashSet<>();
                l.features().forEach(f -> codes.add((String) f.properties().get("code")));
                // Simplified and cut, each unit is still a polygon a renderer can fill.
                String where = "5/" + x + "/" + y;
                assertThat(l.features()).allSatisfy(f -> {
                    assertThat(f.type()).isEqualTo(3);
                    assertThat(f.tileGeometry().isValid()).as("province %s in %s is valid", f.properties().get("code"), where).isTrue();
                });
                List<String> expected = jdbc.sql("SELECT code FROM publish.provinces WHERE ST_Intersects(geom, ST_Transform(" + selectionEnvelope(5, x, y) + ", 4326))")
                        .query(String.class).list();
                assertThat(codes).as("provinces in 5/%d/%d", x, y).containsExactlyInAnyOrderElementsOf(expected);
                if (x == hanoi[0] && y == hanoi[1]) {
                    assertThat(codes).contains("01");
                    long vertices = l.features().stream().mapToLong(Mvt.Feature::vertexCount).sum();
                    long source = jdbc.sql("SELECT sum(ST_NPoints(geom)) FROM publish.provinces WHERE code = ANY (:codes)")
                            .param("codes", codes.toArray(String[]::new)).query(Long.class).single();
                    assertThat(vertices).as("vertices in the Hà Nội tile vs the surveyed boundaries").isLessThan(source / 5);
                }
            }
        }
        assertThat(tiles).as("zoom 5 tiles with provinces").isGreaterThanOrEqualTo(2);
        System.out.printf("provinces z5: %d tiles, largest %d bytes%n", tiles, largest);

        // The zoom 8 commune tile over Hà Nội: more than a hundred communes, under 1 MB.
        int[] c = Mvt.tileOfLonLat(105.85, 21.03, 8);
        TileHttp.Response communes = http.tile("communes", 8, c[0], c[1]);
        assertThat(communes.status()).isEqualTo(200);
        assertThat(communes.body().length).isLessThan(1024 * 1024);
        Mvt.Layer l = Mvt.single(communes.body());
        long expected = jdbc.sql("SELECT count(*) FROM publish.communes WHERE ST_Intersects(geom, ST_Transform(" + selectionEnvelope(8, c[0], c[1]) + ", 4326))")
                .query(Long.class).single();
        assertThat((long) l.features().size()).isEqualTo(expected).isGreaterThan(100);
        assertThat(l.features()).allSatisfy(f -> {
            assertThat(f.properties()).containsKeys("code", "name", "province_code");
            assertThat(f.tileGeometry().isValid()).as("commune %s is valid", f.properties().get("code")).isTrue();
        });
        System.out.printf("communes z8 over Hà Nội: %d communes, %d bytes%n", expected, communes.body().length);
    }
}
