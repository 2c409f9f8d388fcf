package vn.landinfo.web.api.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.landinfo.testsupport.RegisterCounts;
import vn.landinfo.testsupport.TestDatabase;
import vn.landinfo.testsupport.TransactionFixture;

/**
 * The running application over real HTTP on the transaction database of its own (Phường Hoàn Kiếm made
 * by the demo generator: holders, certificates, mortgages, history), so tests change parcels freely.
 * Each test class picks its parcels from its own OFFSET range ({@link #odtParcel}) so none collide.
 * The request body bound is lowered to 2 MB here so the 413 test sends little.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "landinfo.transactions.max-body=2MB")
abstract class TransactionApiTestSupport {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().build();
    static final String TX = "/api/v1/transactions";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TransactionFixture::url);
        registry.add("spring.datasource.username", TestDatabase::user);
        registry.add("spring.datasource.password", TestDatabase::password);
    }

    record Response(int status, Map<String, String> headers, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }

        String header(String name) {
            return headers.get(name.toLowerCase());
        }

        String contentType() {
            return header("content-type");
        }
    }

    /** The first OFFSET of this class's parcels: every test class a range of its own. */
    abstract int offsetBase();

    /** A current single-purpose ODT parcel without restrictions, the n-th of this class's range. */
    long odtParcel(int n) {
        return jdbc.sql("""
                SELECT pv.parcel_id FROM parcel_version pv
                WHERE pv.end_lifespan IS NULL
                  AND (SELECT array_agg(purpose_code) FROM parcel_land_use u WHERE u.parcel_version_id = pv.id) = ARRAY['ODT']::varchar[]
                  AND NOT EXISTS (SELECT 1 FROM restriction r WHERE r.parcel_id = pv.parcel_id AND r.end_lifespan IS NULL)
                ORDER BY pv.parcel_id OFFSET :n LIMIT 1""").param("n", offsetBase() + n).query(Long.class).single();
    }

    /**
     * A parcel to split in two by a line across its long side (blade in EPSG:4326 GeoJSON), in Hoàn Kiếm, held by
     * someone, without restrictions, not a single-purpose ODT lot (so in no test's {@link #odtParcel} range): the
     * first such parcel still current, so each test that splits one gets its own.
     */
    record Split(long parcel, int version, String blade) {
    }

    Split splittableParcel() {
        return jdbc.sql("""
                WITH cand AS (
                    SELECT pv.parcel_id, pv.version, pv.geom_tm3, ST_Centroid(pv.geom_tm3) AS ctr,
                           ST_ExteriorRing(ST_OrientedEnvelope(pv.geom_tm3)) AS ring
                    FROM parcel_version pv JOIN admin_unit c ON c.id = pv.commune_id
                    WHERE pv.end_lifespan IS NULL AND c.code = '00070'
                      AND ST_NumGeometries(pv.geom_tm3) = 1 AND ST_NumInteriorRings(ST_GeometryN(pv.geom_tm3, 1)) = 0
                      AND pv.legal_area BETWEEN 300 AND 5000
                      -- no minimum split area or frontage applies to its purposes, and it is no ODT lot
                      AND NOT EXISTS (SELECT 1 FROM parcel_land_use u WHERE u.parcel_version_id = pv.id AND u.purpose_code IN ('ODT', 'ONT', 'DGT'))
                      AND NOT EXISTS (SELECT 1 FROM minimum_split_area m JOIN parcel_land_use u ON u.purpose_code = m.purpose_code
                                      WHERE u.parcel_version_id = pv.id)
                      AND NOT EXISTS (SELECT 1 FROM restriction r WHERE r.parcel_id = pv.parcel_id AND r.end_lifespan IS NULL)
                      AND EXISTS (SELECT 1 FROM land_right lr WHERE lr.parcel_id = pv.parcel_id AND lr.end_lifespan IS NULL)),
                short AS (
                    -- the shorter side of the oriented envelope: a line parallel to it through the centroid halves the long side
                    SELECT cand.*,
                           CASE WHEN ST_Distance(ST_PointN(ring, 1), ST_PointN(ring, 2)) <= ST_Distance(ST_PointN(ring, 2), ST_PointN(ring, 3))
                                THEN ST_X(ST_PointN(ring, 2)) - ST_X(ST_PointN(ring, 1)) ELSE ST_X(ST_PointN(ring, 3)) - ST_X(ST_PointN(ring, 2)) END AS dx,
                           CASE WHEN ST_Distance(ST_PointN(ring, 1), ST_PointN(ring, 2)) <= ST_Distance(ST_PointN(ring, 2), ST_PointN(ring, 3))
                                THEN ST_Y(ST_PointN(ring, 2)) - ST_Y(ST_PointN(ring, 1)) ELSE ST_Y(ST_PointN(ring, 3)) - ST_Y(ST_PointN(ring, 2)) END AS dy
                    FROM cand),
                line AS (
                    SELECT short.*, ST_MakeLine(ST_Translate(ctr, -1.5 * dx, -1.5 * dy), ST_Translate(ctr, 1.5 * dx, 1.5 * dy)) AS blade
                    FROM short WHERE dx <> 0 OR dy <> 0)
                SELECT parcel_id, version, ST_AsGeoJSON(ST_Transform(blade, 4326), 9)
                FROM line WHERE ST_NumGeometries(ST_Split(geom_tm3, blade)) = 2
                ORDER BY parcel_id LIMIT 1""")
                .query((rs, n) -> new Split(rs.getLong(1), rs.getInt(2), rs.getString(3))).single();
    }

    /** Commits the split through POST /api/v1/transactions, If-Match on the parcel's version; the two children's ids. */
    List<Long> commitSplit(Split split, String reason, String officer) {
        String body = """
                {"kind": "SPLIT", "legalBasis": "Quyết định 77/QĐ-UBND", "reason": "%s",
                 "change": {"parcelId": %d, "cuttingLines": [%s]}}""".formatted(reason, split.parcel(), split.blade());
        Response committed = post(TX, body, "If-Match", "\"" + split.parcel() + "." + split.version() + "\"", "X-Landinfo-Officer", officer);
        assertThat(committed.status()).as(committed.body()).isEqualTo(201);
        List<Long> children = new ArrayList<>();
        committed.json().get("createdParcels").forEach(n -> children.add(n.asLong()));
        assertThat(children).hasSize(2);
        return children;
    }

    int version(long parcel) {
        return jdbc.sql("SELECT version FROM parcel_version WHERE parcel_id = :p AND end_lifespan IS NULL").param("p", parcel)
                .query(Integer.class).single();
    }

    BigDecimal legalArea(long parcel) {
        return jdbc.sql("SELECT legal_area FROM parcel_version WHERE parcel_id = :p AND end_lifespan IS NULL").param("p", parcel)
                .query(BigDecimal.class).single();
    }

    /** The parcel's ETag as GET /api/v1/parcels/{id} gives it. */
    String etag(long parcel) {
        Response r = get("/api/v1/parcels/" + parcel);
        if (r.status() != 200 || r.header("etag") == null) {
            throw new IllegalStateException("no ETag for parcel " + parcel + ": " + r);
        }
        return r.header("etag");
    }

    /** A purpose change making the parcel ODT (legal area − 10 m²) + TMD (10 m², until 2075). */
    String purposeChange(long parcel) {
        BigDecimal legal = legalArea(parcel);
        return """
                {"kind": "PURPOSE_CHANGE", "legalBasis": "Quyết định 123/QĐ-UBND", "reason": "REST test",
                 "change": {"parcelId": %d, "purposes": [{"code": "ODT", "area": %s, "term": "long_term"},
                                                        {"code": "TMD", "area": 10.0, "term": "2075-12-31"}]}}"""
                .formatted(parcel, legal.subtract(BigDecimal.TEN).toPlainString());
    }

    /** A purpose change whose areas do not add up to the legal area (PURPOSE_AREAS_MISMATCH). */
    static String mismatchedPurposes(long parcel) {
        return """
                {"kind": "PURPOSE_CHANGE", "legalBasis": "QĐ 1", "change": {"parcelId": %d,
                 "purposes": [{"code": "ODT", "area": 1.0, "term": "long_term"}, {"code": "CLN", "area": 2.0, "term": "long_term"}]}}"""
                .formatted(parcel);
    }

    /** Row counts of every register table, and of rows closed in place ({@link RegisterCounts}). */
    Map<String, Long> counts() {
        return RegisterCounts.of(jdbc);
    }

    /** Fails unless no register row was added or closed since {@code before} was counted. */
    void assertNothingWritten(Map<String, Long> before) {
        RegisterCounts.assertNothingWritten(jdbc, before);
    }

    /** POST /api/v1/transactions/drafts: opens a draft of {@code body}. */
    Response openDraft(String body, String... headers) {
        return post(TX + "/drafts", body, headers);
    }

    /** POST /api/v1/transactions/{id}/{step} (preview, submit, approve, commit, abandon), without a body. */
    Response step(long id, String step, String... headers) {
        return post(TX + "/" + id + "/" + step, null, headers);
    }

    Response get(String path, String... headers) {
        return send(builder(path, headers).GET().build());
    }

    Response post(String path, String body, String... headers) {
        return send(builder(path, headers).header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build());
    }

    Response put(String path, String body, String... headers) {
        return send(builder(path, headers).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    HttpRequest.Builder builder(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return b;
    }

    Response send(HttpRequest request) {
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Map<String, String> headers = new LinkedHashMap<>();
            r.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
            return new Response(r.statusCode(), headers, r.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
