package vn.landinfo.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import vn.landinfo.testsupport.DemoCadastreFixture;
import vn.landinfo.testsupport.TestDatabase;

/** /parcels/{id}/diff and /parcels/{id}/lineage over HTTP on the CI demo cadastre, and every bad input. */
class ParcelDiffLineageApiIT extends ApiTestSupport {

    @BeforeAll
    static void loadTheDemoCadastre() {
        DemoCadastreFixture.ensureLoaded(TestDatabase.dataSource());
    }

    private long purposeChanged() {
        return jdbc.sql("""
                SELECT pv.parcel_id FROM parcel_version pv JOIN admin_unit c ON c.id = pv.commune_id
                JOIN cadastral_transaction t ON t.id = pv.created_by_tx
                WHERE pv.version = 2 AND c.code IN ('00070', '03325') AND t.payload ->> 'demo' = 'true'
                ORDER BY pv.parcel_id LIMIT 1""").query(Long.class).single();
    }

    private long mergeChild() {
        return jdbc.sql("""
                SELECT l.child_parcel_id FROM parcel_lineage l JOIN parcel_version v ON v.parcel_id = l.child_parcel_id AND v.end_lifespan IS NULL
                JOIN admin_unit c ON c.id = v.commune_id JOIN cadastral_transaction t ON t.id = l.transaction_id
                WHERE l.kind = 'merge' AND c.code IN ('00070', '03325') AND t.payload ->> 'demo' = 'true' ORDER BY 1 LIMIT 1""")
                .query(Long.class).single();
    }

    @Test
    void theDefaultDiffIsThePreviousVersionAgainstTheCurrentOneByIdOrNationalId() {
        long parcel = purposeChanged();

        Response r = get("/api/v1/parcels/" + parcel + "/diff");
        Response byNationalId = get("/api/v1/parcels/" + nationalId(parcel) + "/diff?from=1&to=2");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/json");
        JsonNode d = r.json();
        assertThat(d.get("parcelId").asLong()).isEqualTo(parcel);
        assertThat(d.get("from").get("version").asInt()).isEqualTo(1);
        assertThat(d.get("to").get("version").asInt()).isEqualTo(2);
        assertThat(d.get("to").get("transaction").get("kind").asString()).isEqualTo("PURPOSE_CHANGE");
        assertThat(d.get("to").get("transaction").get("committedAt").asString()).isNotBlank();
        assertThat(d.get("changes")).extracting(JsonNode::asString).contains("purposes");
        assertThat(d.get("geometry").get("changed").asBoolean()).isFalse();
        assertThat(byNationalId.status()).isEqualTo(200);
        assertThat(byNationalId.json().get("changes")).isEqualTo(d.get("changes"));
        // Public view: holders only by party id and kind.
        for (JsonNode h : d.get("holders").get("added")) {
            assertThat(h.propertyNames()).containsExactlyInAnyOrder("partyId", "kind");
        }
    }

    @Test
    void aVersionAgainstItselfHasNoChanges() {
        JsonNode d = get("/api/v1/parcels/" + purposeChanged() + "/diff?from=2&to=2").json();

        assertThat(d.get("changes")).isEmpty();
        assertThat(d.get("transactions")).isEmpty();
    }

    @Test
    void theLineageOfAMergedParcelNamesItsParentsAndTheMerge() {
        long child = mergeChild();

        Response r = get("/api/v1/parcels/" + child + "/lineage?depth=3");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode g = r.json();
        assertThat(g.get("depth").asInt()).isEqualTo(3);
        assertThat(g.get("nodes").size()).isGreaterThanOrEqualTo(3);
        assertThat(g.get("edges").valueStream().allMatch(e -> e.get("kind").asString().equals("merge") && e.get("child").asLong() == child))
                .isTrue();
        assertThat(g.get("nodes").get(0).propertyNames()).contains("id", "nationalId", "status", "validFrom", "validTo");
        assertThat(get("/api/v1/parcels/" + child + "/lineage").json().get("depth").asInt()).isEqualTo(10);
    }

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /diff?from=abc                 | from   | positive integer
            /diff?to=0                     | to     | positive integer
            /diff?from=-1                  | from   | positive integer
            /diff?from=2&to=1              | from   | greater than 'to'
            /diff?since=1                  | since  | not supported
            /lineage?depth=0               | depth  | from 1 to 50
            /lineage?depth=51              | depth  | from 1 to 50
            /lineage?depth=ten             | depth  | from 1 to 50
            /lineage?depth=1&from=1        | from   | not supported
            """)
    void badInputIsA400ProblemNamingTheParameter(String path, String parameter, String expectation) {
        Response r = get("/api/v1/parcels/" + purposeChanged() + path);

        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("parameter").asString()).isEqualTo(parameter);
        assertThat(r.json().get("detail").asString()).contains(expectation);
    }

    @Test
    void aMalformedIdIsA400AndUnknownParcelsAndVersionsAre404() {
        long parcel = purposeChanged();

        assertThat(get("/api/v1/parcels/abc/diff").status()).isEqualTo(400);
        assertThat(get("/api/v1/parcels/abc/lineage").status()).isEqualTo(400);
        for (String path : new String[] {"/api/v1/parcels/999999999999/diff", "/api/v1/parcels/999999999999/lineage",
                "/api/v1/parcels/w7zzzzzzzzzz/diff", "/api/v1/parcels/w7zzzzzzzzzz/lineage",
                "/api/v1/parcels/" + parcel + "/diff?to=3", "/api/v1/parcels/" + parcel + "/diff?from=3"}) {
            Response r = get(path);
            assertThat(r.status()).as(path + " " + r.body()).isEqualTo(404);
            assertThat(r.contentType()).startsWith("application/problem+json");
        }
        assertThat(get("/api/v1/parcels/" + parcel + "/diff?to=3").json().get("detail").asString())
                .contains("has no version 3 (its versions are 1..2)");
    }

    @Test
    void theOpenApiDocumentDescribesDiffLineageAndAuditInBothLanguages() {
        JsonNode paths = get("/v3/api-docs").json().get("paths");

        assertThat(paths.propertyNames()).contains("/api/v1/parcels/{id}/diff", "/api/v1/parcels/{id}/lineage", "/api/v1/audit/verification");
        JsonNode diff = paths.get("/api/v1/parcels/{id}/diff").get("get");
        assertThat(diff.get("parameters")).extracting(p -> p.get("name").asString()).contains("id", "from", "to");
        assertThat(diff.get("description").asString()).contains("phiên bản", "version");
        assertThat(diff.get("responses").propertyNames()).contains("200", "400", "404");
        assertThat(paths.get("/api/v1/parcels/{id}/lineage").get("get").get("parameters")).extracting(p -> p.get("name").asString())
                .contains("depth");
        assertThat(paths.get("/api/v1/audit/verification").get("get").get("parameters")).extracting(p -> p.get("name").asString())
                .contains("expectHead");
    }
}
