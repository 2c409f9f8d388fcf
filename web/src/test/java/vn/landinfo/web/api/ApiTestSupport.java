package vn.landinfo.web.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.landinfo.testsupport.TestDatabase;
import vn.landinfo.web.DemoCadastreApplication;

/**
 * The running application over real HTTP on the real test database, with the administrative units and
 * the API's own parcel fixture (fixtures/api_parcels.sql) loaded once. Other data may be present too
 * (the demo data), so tests find fixture rows by their survey unit codes, never by table counts.
 */
abstract class ApiTestSupport extends DemoCadastreApplication {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    /**
     * After the superclass has loaded the demo communes (JUnit runs its @BeforeAll first): the demo
     * generator skips a commune that already has parcels, and this fixture puts a few into Hoàn Kiếm
     * (00070), so whichever IT class runs first must not leave the demo without it.
     */
    @BeforeAll
    static void loadFixtures() throws IOException, SQLException {
        DataSource ds = TestDatabase.dataSource();
        String sql;
        try (InputStream in = ApiTestSupport.class.getResourceAsStream("/fixtures/api_parcels.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    record Response(int status, String contentType, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    Response get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build());
    }

    Response send(HttpRequest request) {
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    URI uri(String pathAndQuery) {
        return pathAndQuery.startsWith("http") ? URI.create(pathAndQuery) : URI.create("http://localhost:" + port + pathAndQuery);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The id of a fixture parcel by its survey unit and parcel number (sheet 1 everywhere in the fixture). */
    long parcelId(String surveyUnitCode, int number) {
        return jdbc.sql("""
                SELECT DISTINCT pv.parcel_id FROM parcel_version pv
                JOIN map_sheet ms ON ms.id = pv.map_sheet_id
                JOIN admin_unit su ON su.id = ms.survey_unit_id
                WHERE su.code = :su AND su.source = 'api-it-fixture' AND pv.parcel_number = :n""")
                .param("su", surveyUnitCode).param("n", number).query(Long.class).single();
    }

    String nationalId(long parcelId) {
        return jdbc.sql("SELECT national_id FROM parcel WHERE id = :id").param("id", parcelId).query(String.class).single();
    }
}
