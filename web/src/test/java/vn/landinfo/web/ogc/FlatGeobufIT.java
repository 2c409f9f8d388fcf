package vn.landinfo.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * FlatGeobuf from both services (docs/decisions/0190-exports-stream-flatgeobuf-and-the-export-command.md): GDAL
 * (gdal-bin) reads the saved answer and finds the database's count, extent and values; the capabilities, the
 * collection's links and the OpenAPI document offer it; paging with offset walks every feature once.
 */
class FlatGeobufIT extends FeaturesTestSupport {

    private String unit;

    /** The CI set's survey unit with the most parcels that one WFS / OGC API page (10,000) still holds whole. */
    private String unit() {
        if (unit == null) {
            unit = jdbc.sql("SELECT survey_unit_code FROM publish.parcels GROUP BY survey_unit_code HAVING count(*) <= 10000"
                    + " ORDER BY count(*) DESC, survey_unit_code LIMIT 1").query(String.class).single();
        }
        return unit;
    }

    private long parcelsOfUnit() {
        return jdbc.sql("SELECT count(*) FROM publish.parcels WHERE survey_unit_code = :u").param("u", unit()).query(Long.class).single();
    }

    private long aParcelOfUnit() {
        return jdbc.sql("SELECT min(id) FROM publish.parcels WHERE survey_unit_code = :u").param("u", unit()).query(Long.class).single();
    }

    @TempDir
    Path dir;

    record Binary(int status, String contentType, byte[] body) {
    }

    Binary fetch(String url, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        HttpResponse<byte[]> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Binary(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    private String wfs() {
        return "http://localhost:" + port + "/ogc/wfs";
    }

    private Path save(Binary answer, String name) throws Exception {
        assertThat(answer.status()).as(new String(answer.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(answer.contentType()).isEqualTo("application/flatgeobuf");
        Path file = dir.resolve(name);
        Files.write(file, answer.body());
        return file;
    }

    /** Count, extent (to ogrinfo's six printed decimals) and one parcel's values, against publish.parcels. */
    private void assertIsTheUnit(Path file) throws Exception {
        OgrInfo.Summary s = OgrInfo.summary(file);
        assertThat(s.geometry()).isEqualTo("Multi Polygon");
        assertThat(s.features()).isEqualTo(parcelsOfUnit());
        // From the vertices themselves: ST_Extent reads the float4 boxes PostGIS keeps.
        double[] e = jdbc.sql("SELECT min(ST_X(d.geom)), min(ST_Y(d.geom)), max(ST_X(d.geom)), max(ST_Y(d.geom))"
                        + " FROM publish.parcels p, ST_DumpPoints(p.geom) d WHERE p.survey_unit_code = :u")
                .param("u", unit()).query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)}).single();
        for (int i = 0; i < 4; i++) {
            assertThat(s.extent()[i]).as("extent[%d] (x = longitude)", i).isCloseTo(e[i], within(1e-6));
        }
        long parcel = aParcelOfUnit();
        List<Map<String, String>> found = OgrInfo.features(file, "id = '" + parcel + "'");
        assertThat(found).hasSize(1);
        Map<String, String> f = found.get(0);
        Map<String, Object> row = jdbc.sql("SELECT national_id, parcel_number, sheet_number, main_purpose, legal_area FROM publish.parcels WHERE id = :id")
                .param("id", parcel).query().singleRow();
        assertThat(f.get("national_id")).isEqualTo(row.get("national_id"));
        assertThat(Integer.parseInt(f.get("parcel_number"))).isEqualTo(((Number) row.get("parcel_number")).intValue());
        assertThat(Integer.parseInt(f.get("sheet_number"))).isEqualTo(((Number) row.get("sheet_number")).intValue());
        assertThat(f.get("main_purpose")).isEqualTo(row.get("main_purpose"));
        assertThat(new BigDecimal(f.get("legal_area"))).isEqualByComparingTo((BigDecimal) row.get("legal_area"));
    }

    private String unitFilter() {
        return enc("<fes:Filter xmlns:fes=\"http://www.opengis.net/fes/2.0\"><fes:PropertyIsEqualTo><fes:ValueReference>survey_unit_code</fes:ValueReference>"
                + "<fes:Literal>" + unit() + "</fes:Literal></fes:PropertyIsEqualTo></fes:Filter>");
    }

    @Test
    void wfsAnswersASurveyUnitAsFlatGeobufThatGdalCountsMeasuresAndReadsAsTheRegisterHasIt() throws Exception {
        assertThat(parcelsOfUnit()).isBetween(1L, 10_000L);
        Binary answer = fetch(wfs() + "?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=landinfo:parcels&COUNT=10000"
                + "&SRSNAME=urn:ogc:def:crs:EPSG::4326&OUTPUTFORMAT=application/flatgeobuf&FILTER=" + unitFilter(), null);
        assertIsTheUnit(save(answer, "wfs.fgb"));
    }

    @Test
    void ogcApiItemsComeAsFlatGeobufByFAndByAcceptAndGdalFindsTheRegister() throws Exception {
        String items = base() + "/collections/parcels/items?limit=10000&filter=" + enc("survey_unit_code = '" + unit() + "'");
        assertIsTheUnit(save(fetch(items + "&f=fgb", null), "oapif.fgb"));
        Binary byAccept = fetch(items, "application/flatgeobuf, application/geo+json;q=0.5");
        assertThat(byAccept.contentType()).isEqualTo("application/flatgeobuf");
        assertThat(byAccept.body()).startsWith(new byte[] {'f', 'g', 'b', 3});
    }

    @Test
    void pagingWithOffsetWalksEveryFeatureOfTheSurveyUnitOnce() throws Exception {
        long total = parcelsOfUnit();
        long limit = total / 3 + 1;
        Set<String> seen = new HashSet<>();
        long read = 0;
        for (long offset = 0; ; offset += limit) {
            Binary page = fetch(base() + "/collections/parcels/items?f=fgb&limit=" + limit + "&offset=" + offset + "&filter="
                    + enc("survey_unit_code = '" + unit() + "'"), null);
            List<String> ids = FlatGeobufFile.read(page.body()).ids();
            read += ids.size();
            seen.addAll(ids);
            if (ids.size() < limit) {
                break;
            }
        }
        assertThat(read).isEqualTo(total);
        assertThat(seen).hasSize((int) total);
    }

    @Test
    void theServicesDeclareFlatGeobufWhereTheirDocumentsHaveAPlaceForIt() throws Exception {
        for (String version : List.of("2.0.0", "1.1.0")) {
            Binary caps = fetch(wfs() + "?SERVICE=WFS&REQUEST=GetCapabilities&VERSION=" + version, null);
            assertThat(new String(caps.body(), StandardCharsets.UTF_8)).as(version).contains("application/flatgeobuf");
        }
        JsonNode collection = ok("/collections/parcels?f=json", "application/json");
        assertThat(links(collection, "items").stream().map(l -> l.get("type").asString())).contains("application/flatgeobuf");
        JsonNode api = JSON.readTree(get("/api?f=json").body());
        JsonNode content = api.get("paths").get("/collections/{collectionId}/items").get("get").get("responses").get("200").get("content");
        assertThat(content.has("application/flatgeobuf")).isTrue();
        JsonNode page = ok("/collections/parcels/items?limit=1", "application/geo+json");
        assertThat(links(page, "alternate").stream().map(l -> l.get("type").asString())).contains("application/flatgeobuf");
    }

    @Test
    void flatGeobufOfTwoTypesAtOnceAndOfASingleItemAreRefusedWithTheServicesOwnErrors() throws Exception {
        Binary two = fetch(wfs() + "?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=landinfo:parcels,landinfo:map_sheets&COUNT=5"
                + "&OUTPUTFORMAT=application/flatgeobuf", null);
        String report = new String(two.body(), StandardCharsets.UTF_8);
        assertThat(two.status()).as(report).isEqualTo(400);
        assertThat(report).contains("InvalidParameterValue").contains("locator=\"outputFormat\"").contains("one feature type");
        problem("/collections/parcels/items/" + aParcelOfUnit() + "?f=fgb", 400, "«fgb»");
        problem("/collections/parcels/items?f=shp", 400, "f=fgb");
    }
}
