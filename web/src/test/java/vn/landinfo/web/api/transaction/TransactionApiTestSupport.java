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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.landinfo.testsupport.CaseFixture;
import vn.landinfo.testsupport.RegisterCounts;
import vn.landinfo.testsupport.TransactionFixture;
import vn.landinfo.web.RunningApplication;

/**
 * The running application over real HTTP on the transaction database of its own (Phường Hoàn Kiếm made
 * by the demo generator: holders, certificates, mortgages, history), so tests change parcels freely.
 * Each test draws the parcels it changes as a case of its own beside the commune ({@link #lot()},
 * {@link #lotOnAStreet()}), so none meets what another changed. The request body bound is lowered to 2 MB
 * here so the 413 test sends little.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "landinfo.transactions.max-body=2MB")
abstract class TransactionApiTestSupport extends RunningApplication {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().build();
    static final String TX = "/api/v1/transactions";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        useDatabase(registry, TransactionFixture::url);
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

    /** A 10 × 20 m residential lot at the corner of its case's sheet: 200 m². */
    static final String LOT = "POLYGON((0 0, 10 0, 10 20, 0 20, 0 0))";

    /**
     * A residential lot (ODT, {@link #LOT}, 200 m²) of a case of its own ({@link CaseFixture},
     * docs/decisions/0100-tests-pick-cases-not-slices.md), held by one person with a certificate, no restriction:
     * every call a new one, so no test meets a parcel another test changed.
     */
    long lot() {
        return aLot().id("lot");
    }

    /** {@link #lot()} with where its case went (its sheet, SRID and drawing). */
    CaseFixture.Placed aLot() {
        return CaseFixture.inFreshSheet(TransactionFixture.dataSource()).parcel("lot", LOT, "ODT").heldBy("Nguyễn Văn Thửa").insert();
    }

    /**
     * A parcel to split and the line that halves it: a 10 × 30 m residential lot on a street, between two others (a case of
     * its own), and a line across it, in EPSG:4326 GeoJSON as an officer's map client sends it, making two 5 × 30 m children
     * of 150 m² with 5 m on the street each — above Hà Nội's minimum of 50 m² and 4 m.
     */
    record Split(long parcel, int version, String blade) {
    }

    Split lotOnAStreet() {
        CaseFixture.Placed c = CaseFixture.inFreshSheet(TransactionFixture.dataSource())
                .parcel("west", "POLYGON((-10 0, 0 0, 0 30, -10 30, -10 0))", "ODT").heldBy("Trần Thị Bình")
                .parcel("lot", "POLYGON((0 0, 10 0, 10 30, 0 30, 0 0))", "ODT").heldBy("Nguyễn Văn An")
                .parcel("east", "POLYGON((10 0, 20 0, 20 30, 10 30, 10 0))", "ODT").heldBy("Lê Văn Chí")
                .parcel("street", "POLYGON((-10 -8, 20 -8, 20 0, 10 0, 0 0, -10 0, -10 -8))", "DGT")
                .insert();
        return new Split(c.id("lot"), 1, blade(c, "LINESTRING(5 -1, 5 31)"));
    }

    /** A cutting line drawn like the case's parcels, in EPSG:4326 GeoJSON as an officer's map client sends it. */
    String blade(CaseFixture.Placed c, String lineWkt) {
        return jdbc.sql("SELECT ST_AsGeoJSON(ST_Transform(ST_GeomFromEWKT(:g), 4326), 9)")
                .param("g", "SRID=" + c.srid() + ";" + c.geometry(lineWkt).toText()).query(String.class).single();
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

    /** An XML request body POSTed to {@code path} (a WFS request to /ogc/wfs). */
    Response postXml(String path, String xml) {
        return send(builder(path, "Content-Type", "text/xml").POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8)).build());
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
