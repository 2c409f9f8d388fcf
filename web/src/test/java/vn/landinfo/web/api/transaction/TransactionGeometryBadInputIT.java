package vn.landinfo.web.api.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import vn.landinfo.testsupport.CaseFixture;
import vn.landinfo.testsupport.TransactionFixture;

/**
 * Bad geometries over HTTP, for every kind that carries one (SPLIT by child polygons or cutting lines,
 * BOUNDARY_CORRECTION, FIRST_REGISTRATION; MERGE takes parcel ids only): self-intersecting, empty,
 * unclosed, wrong CRS, non-polygon, wrongly nested, not numbers, a million vertices. Each is a 4xx
 * problem+json whose detail names the field and what was expected, on the single POST and on the preview,
 * and nothing is written. A malformed geometry is a 400 (the request cannot be read); a well-formed one
 * that breaks a rule (self-intersecting, empty, not a polygon) is a 422 listing the violation with the field.
 * The request bound is the production one (20 MB) so the million-vertex geometries meet the real limits.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "landinfo.transactions.max-body=20MB")
class TransactionGeometryBadInputIT extends TransactionApiTestSupport {

    private static final String ENV = "\"legalBasis\": \"QĐ 7/2025\", \"reason\": \"geometry bad input\"";

    private CaseFixture.Placed lot;
    private long parcel;
    private double lon;
    private double lat;

    @BeforeEach
    void aParcel() {
        lot = aLot();
        parcel = lot.id("lot");
        Map<String, Object> c = jdbc.sql("""
                SELECT ST_X(ST_Centroid(geom)) AS x, ST_Y(ST_Centroid(geom)) AS y FROM parcel_version
                WHERE parcel_id = :p AND end_lifespan IS NULL""").param("p", parcel).query().singleRow();
        lon = ((Number) c.get("x")).doubleValue();
        lat = ((Number) c.get("y")).doubleValue();
    }

    /** The kinds with a geometry, each with its geometry field and a body that puts {@code g} there. */
    enum Slot {
        SPLIT_CHILD("children[0].geometry", "/change/children/0/geometry"),
        SPLIT_LINE("cuttingLines[0]", "/change/cuttingLines/0"),
        BOUNDARY("geometry", "/change/geometry"),
        FIRST_REGISTRATION("geometry", "/change/geometry");

        final String field;
        final String pointer;

        Slot(String field, String pointer) {
            this.field = field;
            this.pointer = pointer;
        }
    }

    String body(Slot slot, String g, String crs) {
        String env = ENV + (crs == null ? "" : ", \"crs\": \"" + crs + "\"");
        return switch (slot) {
            case SPLIT_CHILD -> "{\"kind\": \"SPLIT\", " + env + ", \"change\": {\"parcelId\": " + parcel
                    + ", \"children\": [{\"geometry\": " + g + "}, {\"geometry\": " + square(0.00002, 0.00001) + "}]}}";
            case SPLIT_LINE -> "{\"kind\": \"SPLIT\", " + env + ", \"change\": {\"parcelId\": " + parcel + ", \"cuttingLines\": [" + g + "]}}";
            case BOUNDARY -> "{\"kind\": \"BOUNDARY_CORRECTION\", " + env + ", \"change\": {\"parcelId\": " + parcel + ", \"geometry\": " + g + "}}";
            case FIRST_REGISTRATION -> "{\"kind\": \"FIRST_REGISTRATION\", " + env + ", \"change\": {" + sheet()
                    + ", \"geometry\": " + g + ", \"purposes\": [{\"code\": \"ODT\", \"term\": \"long_term\"}], \"holders\": [{\"partyId\": "
                    + holder() + "}]}}";
        };
    }

    /** The lot's sheet, by its legal address. */
    private String sheet() {
        return "\"sheet\": {\"commune\": \"" + TransactionFixture.COMMUNE + "\", \"surveyUnit\": \"" + CaseFixture.SURVEY_UNIT
                + "\", \"sheet\": " + lot.sheetNumber() + "}";
    }

    /** The lot's holder, a party of the register. */
    private long holder() {
        return lot.party("Nguyễn Văn Thửa");
    }

    /** A closed square ring around the parcel's centroid, offset by {@code d} degrees, {@code s} degrees a side. */
    private String square(double s, double d) {
        double x = lon + d;
        double y = lat + d;
        return "{\"type\": \"Polygon\", \"coordinates\": [[" + p(x, y) + ", " + p(x + s, y) + ", " + p(x + s, y + s) + ", "
                + p(x, y + s) + ", " + p(x, y) + "]]}";
    }

    private static String p(double x, double y) {
        return String.format(Locale.ROOT, "[%.9f, %.9f]", x, y);
    }

    /** name, slot, geometry (%1$s lon, %2$s lat as text), crs, status, fragment of the detail, violation code (422) or null. */
    static Stream<Arguments> badGeometries() {
        String bowTie = "{\"type\": \"Polygon\", \"coordinates\": [[[%1$s, %2$s], [%1$s + 0.0001, %2$s + 0.0001], [%1$s + 0.0001, %2$s], [%1$s, %2$s + 0.0001], [%1$s, %2$s]]]}";
        String unclosed = "{\"type\": \"Polygon\", \"coordinates\": [[[%1$s, %2$s], [%1$s + 0.0001, %2$s], [%1$s + 0.0001, %2$s + 0.0001], [%1$s, %2$s + 0.0001]]]}";
        String flat = "{\"type\": \"Polygon\", \"coordinates\": [[%1$s, %2$s], [%1$s + 0.0001, %2$s], [%1$s + 0.0001, %2$s + 0.0001], [%1$s, %2$s]]}";
        String emptyPolygon = "{\"type\": \"Polygon\", \"coordinates\": []}";
        String point = "{\"type\": \"Point\", \"coordinates\": [%1$s, %2$s]}";
        String line = "{\"type\": \"LineString\", \"coordinates\": [[%1$s, %2$s], [%1$s + 0.0001, %2$s + 0.0001]]}";
        String square = "{\"type\": \"Polygon\", \"coordinates\": [[[%1$s, %2$s], [%1$s + 0.0001, %2$s], [%1$s + 0.0001, %2$s + 0.0001], [%1$s, %2$s + 0.0001], [%1$s, %2$s]]]}";
        String stringCoordinate = "{\"type\": \"Polygon\", \"coordinates\": [[[\"a\", %2$s], [%1$s + 0.0001, %2$s], [%1$s + 0.0001, %2$s + 0.0001], [\"a\", %2$s]]]}";
        String metres = "{\"type\": \"Polygon\", \"coordinates\": [[[588000, 2330000], [588010, 2330000], [588010, 2330010], [588000, 2330000]]]}";
        String ownCrs = "{\"type\": \"Polygon\", \"crs\": {\"type\": \"name\", \"properties\": {\"name\": \"EPSG:3857\"}}, "
                + "\"coordinates\": [[[%1$s, %2$s], [%1$s + 0.0001, %2$s], [%1$s + 0.0001, %2$s + 0.0001], [%1$s, %2$s]]]}";
        String feature = "{\"type\": \"Feature\", \"geometry\": " + square + "}";
        return Stream.of(
                // Self-intersecting: a rule (422) with the point where the boundary crosses itself.
                Arguments.of("bow-tie child", Slot.SPLIT_CHILD, bowTie, null, 422, "children[0].geometry", "INVALID_GEOMETRY"),
                Arguments.of("bow-tie boundary", Slot.BOUNDARY, bowTie, null, 422, "geometry", "INVALID_GEOMETRY"),
                Arguments.of("bow-tie registration", Slot.FIRST_REGISTRATION, bowTie, null, 422, "geometry", "INVALID_GEOMETRY"),
                // Empty.
                Arguments.of("empty child", Slot.SPLIT_CHILD, emptyPolygon, null, 422, "children[0].geometry", "EMPTY_GEOMETRY"),
                Arguments.of("empty boundary", Slot.BOUNDARY, emptyPolygon, null, 422, "geometry", "EMPTY_GEOMETRY"),
                Arguments.of("empty registration", Slot.FIRST_REGISTRATION, emptyPolygon, null, 400, "non-empty Polygon or MultiPolygon", null),
                Arguments.of("empty cutting line", Slot.SPLIT_LINE, "{\"type\": \"LineString\", \"coordinates\": []}", null, 400,
                        "cuttingLines[0].coordinates has 0 position(s); a LineString needs at least 2", null),
                Arguments.of("null geometry", Slot.BOUNDARY, "null", null, 400, "geometry is required", null),
                // Unclosed ring.
                Arguments.of("unclosed child", Slot.SPLIT_CHILD, unclosed, null, 400, "children[0].geometry.coordinates[0] is not closed", null),
                Arguments.of("unclosed boundary", Slot.BOUNDARY, unclosed, null, 400, "geometry.coordinates[0] is not closed", null),
                Arguments.of("unclosed registration", Slot.FIRST_REGISTRATION, unclosed, null, 400, "geometry.coordinates[0] is not closed", null),
                // Wrong or unsupported CRS.
                Arguments.of("web mercator crs", Slot.BOUNDARY, square, "EPSG:3857", 400, "EPSG:3857", null),
                Arguments.of("made-up srid", Slot.SPLIT_CHILD, square, "EPSG:987654", 400, "not supported", null),
                Arguments.of("geometry's own crs differs", Slot.BOUNDARY, ownCrs, null, 400,
                        "geometry.crs {\"type\":\"name\",\"properties\":{\"name\":\"EPSG:3857\"}} differs from the transaction's crs EPSG:4326", null),
                Arguments.of("metres given as degrees", Slot.FIRST_REGISTRATION, metres, null, 400, "geometry.coordinates[0][0] [588000,2330000] is outside EPSG:4326", null),
                Arguments.of("degrees given as TM-3 metres", Slot.BOUNDARY, square, "EPSG:9210", 400, "looks like degrees", null),
                // Not a polygon where a polygon belongs, and the reverse.
                Arguments.of("point child", Slot.SPLIT_CHILD, point, null, 422, "children[0].geometry", "NOT_A_POLYGON"),
                Arguments.of("line boundary", Slot.BOUNDARY, line, null, 422, "geometry", "NOT_A_POLYGON"),
                Arguments.of("line registration", Slot.FIRST_REGISTRATION, line, null, 400, "non-empty Polygon or MultiPolygon, got a LineString", null),
                Arguments.of("polygon as cutting line", Slot.SPLIT_LINE, square, null, 400, "must be a non-empty GeoJSON LineString or MultiLineString, not a Polygon", null),
                Arguments.of("a Feature, not a geometry", Slot.BOUNDARY, feature, null, 400, "give the Feature's geometry object itself", null),
                // Malformed coordinates.
                Arguments.of("polygon nested like a line", Slot.SPLIT_CHILD, flat, null, 400, "children[0].geometry.coordinates[0] is nested wrongly for a Polygon", null),
                Arguments.of("line nested like a polygon", Slot.SPLIT_LINE, "{\"type\": \"LineString\", \"coordinates\": [" + line.replace("{\"type\": \"LineString\", \"coordinates\": ", "").replace("]]}", "]]]") + "}", null, 400,
                        "cuttingLines[0].coordinates[0] must be a position [x, y]", null),
                Arguments.of("a string coordinate", Slot.BOUNDARY, stringCoordinate, null, 400, "geometry.coordinates[0][0] must hold numbers, got a string", null),
                Arguments.of("coordinates missing", Slot.BOUNDARY, "{\"type\": \"Polygon\"}", null, 400, "geometry.coordinates is required", null));
    }

    @ParameterizedTest(name = "{0} -> {4}")
    @MethodSource("badGeometries")
    void aBadGeometryIsAProblemNamingTheFieldAndWritesNothing(String name, Slot slot, String template, String crs, int status,
                                                              String fragment, String code) {
        String g = template.formatted(Double.toString(lon), Double.toString(lat));
        // "x + 0.0001" in the templates: JSON has no arithmetic, so it is worked out here.
        g = arithmetic(g);
        String body = body(slot, g, crs);
        var before = counts();
        for (String path : new String[] {TX, TX + "/preview"}) {
            Response r = post(path, body, "If-Match", etag(parcel));
            String where = name + " " + path + " " + r.body();
            assertThat(r.status()).as(where).isEqualTo(path.endsWith("/preview") && status == 422 ? 200 : status);
            if (path.endsWith("/preview") && status == 422) {
                // A preview answers 200 with the violations it found: the officer sees them on the map.
                JsonNode o = r.json();
                assertThat(o.get("accepted").asBoolean()).as(where).isFalse();
                assertThat(o.get("violations")).as(where).anySatisfy(v -> {
                    assertThat(v.get("code").asString()).isEqualTo(code);
                    assertThat(v.get("field").asString()).isEqualTo(fragment);
                    assertThat(v.get("pointer").asString()).isEqualTo(slot.pointer);
                });
                continue;
            }
            assertThat(r.contentType()).as(where).startsWith("application/problem+json");
            JsonNode p = r.json();
            assertThat(p.get("status").asInt()).isEqualTo(status);
            assertThat(p.get("title").asString()).contains(" / ");
            String detail = p.get("detail").asString();
            if (status == 422) {
                assertThat(detail).as(where).contains(code).contains(fragment);
                assertThat(p.get("violations")).as(where).anySatisfy(v -> {
                    assertThat(v.get("code").asString()).isEqualTo(code);
                    assertThat(v.get("field").asString()).isEqualTo(fragment);
                    assertThat(v.get("pointer").asString()).isEqualTo(slot.pointer);
                });
            } else {
                String field = crs != null && fragment.matches("EPSG:3857|not supported") ? "crs" : slot.field;
                assertThat(p.get("field").asString()).as(where).isEqualTo(field);
                assertThat(p.get("pointer").asString()).as(where).isEqualTo(field.equals("crs") ? "/crs" : slot.pointer);
                assertThat(detail).as(where).contains("'" + field + "'").contains(fragment);
            }
        }
        assertThat(counts()).as(name).isEqualTo(before);
    }

    @Test
    void aMillionVerticesAreRefusedAtTheRealLimitsNamingThem() {
        var before = counts();
        // Compact TM-3 metres (~17 MB): under the 20 MB body bound, so the vertex bound (50,000) answers.
        StringBuilder ring = new StringBuilder("{\"type\": \"Polygon\", \"coordinates\": [[");
        for (int i = 0; i < 1_000_000; i++) {
            ring.append('[').append(500_000 + i % 1000).append(',').append(2_300_000 + i / 1000).append("],");
        }
        String compact = ring.append("[500000,2300000]]]}").toString();
        for (Slot slot : new Slot[] {Slot.BOUNDARY, Slot.SPLIT_CHILD}) {
            String body = body(slot, compact, "EPSG:9210");
            assertThat(body.length()).isBetween(10_000_000, 20_000_000);
            for (String path : new String[] {TX, TX + "/preview"}) {
                Response r = post(path, body, "If-Match", etag(parcel));
                assertThat(r.status()).as(slot + " " + path + " " + r.body()).isEqualTo(413);
                assertThat(r.contentType()).startsWith("application/problem+json");
                JsonNode p = r.json();
                assertThat(p.get("type").asString()).isEqualTo("urn:landinfo:problem:too-large");
                assertThat(p.get("field").asString()).isEqualTo(slot.field);
                assertThat(p.get("pointer").asString()).isEqualTo(slot.pointer);
                assertThat(p.get("detail").asString()).contains(slot.field + " has 1000001 vertices; at most 50000 are accepted per geometry");
            }
        }
        // The same ring in WGS 84 degrees with survey precision (~30 MB): the body bound answers first.
        StringBuilder degrees = new StringBuilder("{\"type\": \"Polygon\", \"coordinates\": [[");
        for (int i = 0; i < 1_000_000; i++) {
            degrees.append(p(lon + (i % 1000) * 1e-7, lat + (i / 1000) * 1e-7)).append(',');
        }
        String big = body(Slot.BOUNDARY, degrees.append(p(lon, lat)).append("]]}").toString(), null);
        for (String path : new String[] {TX, TX + "/preview"}) {
            Response r = post(path, big, "If-Match", etag(parcel));
            assertThat(r.status()).as(path).isEqualTo(413);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json().get("detail").asString()).contains("exceeds " + 20 * 1024 * 1024 + " bytes");
        }
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aWellFormedSplitStillPassesTheGeometryChecks() {
        // The checks refuse only what is wrong: a closed ring with a height (ignored) reads, and the split
        // then fails on the register's rule that the children partition the parent, not on the input.
        String withHeight = "{\"type\": \"Polygon\", \"coordinates\": [[" + p(lon, lat).replace("]", ", 12.5]") + ", "
                + p(lon + 0.00001, lat).replace("]", ", 12.5]") + ", " + p(lon + 0.00001, lat + 0.00001).replace("]", ", 12.5]") + ", "
                + p(lon, lat).replace("]", ", 12.5]") + "]]}";
        Response r = post(TX + "/preview", body(Slot.SPLIT_CHILD, withHeight, null), "If-Match", etag(parcel));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("accepted").asBoolean()).isFalse();
        assertThat(r.json().get("violations")).allSatisfy(v -> assertThat(v.get("code").asString()).startsWith("SPLIT_"));
    }

    /** Replaces "a + b" between numbers by its sum (the templates' offsets), keeping 9 decimals. */
    private static String arithmetic(String s) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(-?[0-9.]+(?:E-?[0-9]+)?) \\+ ([0-9.]+)").matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, String.format(Locale.ROOT, "%.9f", Double.parseDouble(m.group(1)) + Double.parseDouble(m.group(2))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
