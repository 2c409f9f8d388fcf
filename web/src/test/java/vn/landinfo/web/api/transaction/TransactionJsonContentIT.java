package vn.landinfo.web.api.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * JSON that parses but that no change can hold is refused where it comes in — a 4xx problem naming the
 * field, on a commit, a dry run, a preview and a draft alike — and writes nothing: a null in a list, a
 * number where text belongs, malformed UTF-8; and a draft refuses at once what can be judged alone
 * (docs/decisions/0092-a-draft-refuses-what-it-can-judge-alone.md).
 */
class TransactionJsonContentIT extends TransactionApiTestSupport {

    private static final String ENV = "\"legalBasis\": \"Quyết định 5/QĐ-UBND\"";

    private void refusedEverywhere(String body, long parcel, int status, String field, String pointer, String fragment, String... paths) {
        var before = counts();
        long transactions = before.get("cadastral_transaction");
        for (String path : paths) {
            Response r = post(path, body, "If-Match", etag(parcel));
            assertThat(r.status()).as(path + " " + r.body()).isEqualTo(status);
            assertThat(r.contentType()).as(path).startsWith("application/problem+json");
            JsonNode p = r.json();
            assertThat(p.get("field").asString()).as(path).isEqualTo(field);
            assertThat(p.get("pointer").asString()).as(path).isEqualTo(pointer);
            assertThat(p.get("detail").asString()).as(path).contains(fragment);
        }
        assertThat(counts()).isEqualTo(before);
        assertThat(counts().get("cadastral_transaction")).isEqualTo(transactions);
    }

    private static String square(double lon, double lat) {
        return String.format(Locale.ROOT, "{\"type\": \"Polygon\", \"coordinates\": [[[%1$.9f, %2$.9f], [%3$.9f, %2$.9f], "
                + "[%3$.9f, %4$.9f], [%1$.9f, %4$.9f], [%1$.9f, %2$.9f]]]}", lon, lat, lon + 0.0001, lat + 0.0001);
    }

    @Test
    void aBoundaryCorrectionWhoseNeighboursHoldNullIsRefusedNamingTheElement() {
        long parcel = lot();
        String body = "{\"kind\": \"BOUNDARY_CORRECTION\", " + ENV + ", \"change\": {\"parcelId\": " + parcel
                + ", \"geometry\": " + square(105.85, 21.03) + ", \"neighbours\": [" + lot() + ", null]}}";
        refusedEverywhere(body, parcel, 400, "neighbours[1]", "/change/neighbours/1", "neighbours[1] is null",
                TX, TX + "?dryRun=true", TX + "/preview", TX + "/drafts");
    }

    @Test
    void aNumberWhereTheSchemaSaysStringIsRefused() {
        long parcel = lot();
        refusedEverywhere("{\"kind\": \"CERTIFICATE_REISSUE\", " + ENV + ", \"change\": {\"serial\": 12345678, \"reason\": \"mất\"}}",
                parcel, 400, "serial", "/change/serial", "serial must be a string, got a number 12345678", TX, TX + "/preview", TX + "/drafts");
        refusedEverywhere("{\"kind\": \"CERTIFICATE_CORRECTION\", " + ENV + ", \"change\": {\"serial\": \"AA00000001\", \"correction\": true}}",
                parcel, 400, "correction", "/change/correction", "must be a string", TX, TX + "/drafts");
        refusedEverywhere("{\"kind\": \"MORTGAGE_REGISTRATION\", " + ENV + ", \"change\": {\"parcelId\": " + parcel
                        + ", \"mortgagee\": {\"partyId\": 1}, \"contractNo\": 12, \"contractDate\": \"2026-01-02\", \"securedAmountVnd\": 1000}}",
                parcel, 400, "contractNo", "/change/contractNo", "must be a string", TX, TX + "/drafts");
    }

    @Test
    void anOverlongUtf8SequenceInsideAJsonStringIsRefused() {
        long parcel = lot();
        String[] halves = purposeChange(parcel).split("REST test");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(halves[0].getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {(byte) 0xC0, (byte) 0xAF}); // '/' written in two bytes: not UTF-8
        bytes.writeBytes(halves[1].getBytes(StandardCharsets.UTF_8));
        var before = counts();
        for (String path : new String[] {TX, TX + "/preview", TX + "/drafts"}) {
            Response r = send(builder(path, "If-Match", etag(parcel)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bytes.toByteArray())).build());
            assertThat(r.status()).as(path + " " + r.body()).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json().get("field").asString()).isEqualTo("body");
            assertThat(r.json().get("detail").asString()).contains("not valid UTF-8").contains("0xC0");
        }
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aDraftRefusesAtOnceAGeometryOverTheVertexBound() {
        long parcel = lot();
        StringBuilder ring = new StringBuilder("{\"type\": \"Polygon\", \"coordinates\": [[");
        for (int i = 0; i < 60_000; i++) {
            ring.append('[').append(500_000 + i % 1000).append(',').append(2_300_000 + i / 1000).append("],");
        }
        String body = "{\"kind\": \"BOUNDARY_CORRECTION\", " + ENV + ", \"crs\": \"EPSG:9210\", \"change\": {\"parcelId\": " + parcel
                + ", \"geometry\": " + ring.append("[500000,2300000]]]}") + "}}";
        refusedEverywhere(body, parcel, 413, "geometry", "/change/geometry", "geometry has 60001 vertices; at most 50000", TX + "/drafts");
    }

    @Test
    void aDraftRefusesAtOnceAnEmptyChangeAndAPolygonThatCanNeverBeAParcel() {
        long parcel = lot();
        refusedEverywhere("{\"kind\": \"PURPOSE_CHANGE\", " + ENV + ", \"change\": {}}", parcel, 400, "parcelId", "/change/parcelId",
                "parcelId is required", TX + "/drafts");
        refusedEverywhere("{\"kind\": \"SPLIT\", " + ENV + ", \"change\": {\"parcelId\": " + parcel + "}}", parcel, 400, "cuttingLines",
                "/change/cuttingLines", "a split needs cuttingLines", TX + "/drafts");
        refusedEverywhere("{\"kind\": \"BOUNDARY_CORRECTION\", " + ENV + ", \"change\": {\"parcelId\": " + parcel
                + ", \"geometry\": {\"type\": \"Polygon\", \"coordinates\": []}}}", parcel, 400, "geometry", "/change/geometry", "EMPTY_GEOMETRY",
                TX + "/drafts");
        String bowTie = "{\"type\": \"Polygon\", \"coordinates\": [[[105.85, 21.03], [105.8501, 21.0301], [105.8501, 21.03], [105.85, 21.0301], [105.85, 21.03]]]}";
        refusedEverywhere("{\"kind\": \"BOUNDARY_CORRECTION\", " + ENV + ", \"change\": {\"parcelId\": " + parcel + ", \"geometry\": " + bowTie + "}}",
                parcel, 400, "geometry", "/change/geometry", "INVALID_GEOMETRY", TX + "/drafts");

        // A draft open on a good change cannot be revised into one of these: it keeps its revision.
        Response opened = openDraft(purposeChange(parcel));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        long id = opened.json().get("id").asLong();
        String etag = opened.header("etag");
        Response revised = put(TX + "/" + id + "/change", "{\"change\": {\"parcelId\": " + parcel + ", \"purposes\": []}}", "If-Match", etag);
        assertThat(revised.status()).as(revised.body()).isEqualTo(400);
        assertThat(revised.json().get("pointer").asString()).isEqualTo("/change/purposes");
        assertThat(get(TX + "/" + id).header("etag")).isEqualTo(etag);
    }
}
