package vn.landinfo.web.api.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Bad input is a 4xx problem naming what was wrong (field and JSON pointer), never a 500, and writes nothing. */
class TransactionBadInputIT extends TransactionApiTestSupport {

    private static final String OK_PURPOSES = "\"purposes\": [{\"code\": \"ODT\", \"term\": \"long_term\"}]";

    /** name, body (%d = a real parcel id), status, field, pointer, a fragment of the detail, whether opening a draft finds it too. */
    static Stream<Arguments> badBodies() {
        String env = "\"kind\": \"PURPOSE_CHANGE\", \"legalBasis\": \"QĐ 1\", ";
        return Stream.of(
                Arguments.of("malformed JSON", "{\"kind\": \"PURPOSE_CHANGE\", ", 400, "body", "", "not valid JSON", true),
                Arguments.of("empty body", "", 400, "body", "", "empty", true),
                Arguments.of("array body", "[1, 2]", 400, "body", "", "must be a JSON object", true),
                Arguments.of("trailing garbage", "{" + env + "\"change\": {\"parcelId\": %d, " + OK_PURPOSES + "}} x", 400, "body", "", "not valid JSON", true),
                Arguments.of("duplicate key", "{" + env + "\"kind\": \"SPLIT\", \"change\": {\"parcelId\": %d}}", 400, "body", "", "uplicate", true),
                Arguments.of("unknown field", "{" + env + "\"colour\": \"red\", \"change\": {\"parcelId\": %d}}", 400, "colour", "/colour", "not a field", true),
                Arguments.of("missing kind", "{\"legalBasis\": \"QĐ\", \"change\": {\"parcelId\": %d}}", 400, "kind", "/kind", "kind is required", true),
                Arguments.of("kind not a string", "{\"kind\": 12, \"legalBasis\": \"QĐ\", \"change\": {}}", 400, "kind", "/kind", "must be a string", true),
                Arguments.of("unknown kind", "{\"kind\": \"DEMOLITION\", \"legalBasis\": \"QĐ\", \"change\": {}}", 400, "kind", "/kind", "not a transaction kind", true),
                Arguments.of("internal kind", "{\"kind\": \"DATA_MIGRATION\", \"legalBasis\": \"QĐ\", \"change\": {}}", 400, "kind", "/kind", "not a transaction kind", true),
                Arguments.of("payload of another kind", "{" + env + "\"change\": {\"parcelIds\": [%d]}}", 400, "parcelIds", "/change/parcelIds",
                        "is not a field of a PURPOSE_CHANGE change", true),
                Arguments.of("missing legalBasis", "{\"kind\": \"PURPOSE_CHANGE\", \"change\": {\"parcelId\": %d}}", 400, "legalBasis", "/legalBasis", "legalBasis is required", true),
                Arguments.of("blank legalBasis", "{\"kind\": \"PURPOSE_CHANGE\", \"legalBasis\": \"  \", \"change\": {\"parcelId\": %d}}", 400, "legalBasis", "/legalBasis", "must not be empty", true),
                Arguments.of("legalBasis not a string", "{\"kind\": \"PURPOSE_CHANGE\", \"legalBasis\": 7, \"change\": {\"parcelId\": %d}}", 400, "legalBasis", "/legalBasis", "must be a string", true),
                Arguments.of("reason too long", "{" + env + "\"reason\": \"" + "x".repeat(4001) + "\", \"change\": {\"parcelId\": %d}}", 400, "reason", "/reason", "at most 4000", true),
                Arguments.of("web mercator crs", "{" + env + "\"crs\": \"EPSG:3857\", \"change\": {\"parcelId\": %d, " + OK_PURPOSES + "}}", 400, "crs", "/crs", "EPSG:3857", true),
                Arguments.of("crs past the TM-3 zones", "{" + env + "\"crs\": \"EPSG:9219\", \"change\": {\"parcelId\": %d}}", 400, "crs", "/crs", "not supported", true),
                Arguments.of("missing change", "{" + env.substring(0, env.length() - 2) + "}", 400, "change", "/change", "change is required", true),
                Arguments.of("change an array", "{" + env + "\"change\": [%d]}", 400, "change", "/change", "must be a JSON object", true),
                Arguments.of("parcelId a string", "{" + env + "\"change\": {\"parcelId\": \"abc\", " + OK_PURPOSES + "}}", 400, "parcelId", "/change/parcelId", "must be an integer", true),
                Arguments.of("parcelId a fraction", "{" + env + "\"change\": {\"parcelId\": 1.5, " + OK_PURPOSES + "}}", 400, "parcelId", "/change/parcelId", "must be an integer", true),
                Arguments.of("purposes not an array", "{" + env + "\"change\": {\"parcelId\": %d, \"purposes\": \"ODT\"}}", 400, "purposes", "/change/purposes", "must be an array", true),
                Arguments.of("area a word", "{" + env + "\"change\": {\"parcelId\": %d, \"purposes\": [{\"code\": \"ODT\", \"area\": 1}, {\"code\": \"TMD\", \"area\": \"ten\"}]}}",
                        400, "purposes[1].area", "/change/purposes/1/area", "must be a number", true),
                Arguments.of("unknown purpose field", "{" + env + "\"change\": {\"parcelId\": %d, \"purposes\": [{\"code\": \"ODT\", \"colour\": \"red\"}]}}",
                        400, "purposes[0].colour", "/change/purposes/0/colour", "not a field", true),
                Arguments.of("term not a date", "{" + env + "\"change\": {\"parcelId\": %d, \"purposes\": [{\"code\": \"TMD\", \"term\": \"forever\"}]}}",
                        400, "purposes[0].term", "/change/purposes/0/term", "long_term", false),
                Arguments.of("unknown land-use code", "{" + env + "\"change\": {\"parcelId\": %d, \"purposes\": [{\"code\": \"XYZ\"}]}}",
                        400, "purposes[0].code", "/change/purposes/0/code", "XYZ", false),
                Arguments.of("no purposes", "{" + env + "\"change\": {\"parcelId\": %d, \"purposes\": []}}", 400, "purposes", "/change/purposes", "at least one", false),
                Arguments.of("missing parcelId", "{" + env + "\"change\": {" + OK_PURPOSES + "}}", 400, "parcelId", "/change/parcelId", "parcelId is required", false),
                Arguments.of("unknown parcel", "{" + env + "\"change\": {\"parcelId\": 999999999, " + OK_PURPOSES + "}}", 404, "parcelId", "/change/parcelId", "999999999", false),
                Arguments.of("unknown dossier", "{" + env + "\"dossier\": \"HS-NOPE\", \"change\": {\"parcelId\": %d, " + OK_PURPOSES + "}}", 404, "dossier", "/dossier", "HS-NOPE", true));
    }

    @ParameterizedTest(name = "{0} -> {2} naming {3}")
    @MethodSource("badBodies")
    void aBadBodyIsAProblemNamingTheFieldAndWritesNothing(String name, String template, int status, String field, String pointer,
                                                          String fragment, boolean checkedAlone) {
        long parcel = lot();
        String body = template.contains("%d") ? template.formatted(parcel) : template;
        var before = counts();

        // A draft checks only what can be checked alone (docs/decisions/0013-transaction-draft-lifecycle.md): the
        // register's rules wait for its preview.
        String[] paths = checkedAlone ? new String[] {TX, TX + "/preview", TX + "/drafts"} : new String[] {TX, TX + "/preview"};
        for (String path : paths) {
            Response r = post(path, body, "If-Match", etag(parcel));
            assertThat(r.status()).as(path + " " + r.body()).isEqualTo(status);
            assertThat(r.contentType()).startsWith("application/problem+json");
            JsonNode p = r.json();
            assertThat(p.get("status").asInt()).isEqualTo(status);
            assertThat(p.get("field").asString()).isEqualTo(field);
            assertThat(p.get("pointer").asString()).isEqualTo(pointer);
            assertThat(p.get("detail").asString()).contains(fragment);
            assertThat(p.get("title").asString()).contains(" / ");
        }
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aBodyOverTheBoundIs413AndNotJsonIs415() {
        long parcel = lot();
        var before = counts();
        String huge = purposeChange(parcel).replace("\"reason\"", " ".repeat(3 * 1024 * 1024) + "\"reason\"");
        Response big = post(TX, huge, "If-Match", etag(parcel));
        assertThat(big.status()).isEqualTo(413);
        assertThat(big.json().get("type").asString()).isEqualTo("urn:landinfo:problem:too-large");

        Response text = send(builder(TX, "If-Match", etag(parcel)).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(purposeChange(parcel), StandardCharsets.UTF_8)).build());
        assertThat(text.status()).isEqualTo(415);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void badParametersAndHeadersAre400NamingThem() {
        long parcel = lot();
        String body = purposeChange(parcel);
        String[][] cases = {
                {TX + "?dryRun=maybe", "dryRun", "X-Landinfo-Officer", "officer-a"},
                {TX + "?color=red", "color", "X-Landinfo-Officer", "officer-a"},
                {TX, "X-Landinfo-Officer", "X-Landinfo-Officer", "not an officer!"},
                {TX, "Idempotency-Key", "Idempotency-Key", "k".repeat(201)},
        };
        var before = counts();
        for (String[] c : cases) {
            Response r = post(c[0], body, c[2], c[3], "If-Match", etag(parcel));
            assertThat(r.status()).as(c[0] + " " + r.body()).isEqualTo(400);
            assertThat(r.json().get("parameter").asString()).isEqualTo(c[1]);
        }
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aTransactionInAVn2000ZoneIsAccepted() {
        long parcel = lot();
        String body = purposeChange(parcel).replace("\"reason\"", "\"crs\": \"urn:ogc:def:crs:EPSG::9210\", \"reason\"");
        Response r = post(TX + "/preview", body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }
}
