package vn.landinfo.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.landinfo.testsupport.DemoCadastreFixture;
import vn.landinfo.testsupport.TestDatabase;

/** What a new user does first on the demo data: look parcels up by legal address, national ID and history. */
class DemoCadastreApiIT extends ApiTestSupport {

    @BeforeAll
    static void loadTheDemoCadastre() {
        DemoCadastreFixture.ensureLoaded(TestDatabase.dataSource());
    }

    @Test
    void sheetOneParcelOneOfHoanKiemIsAmbiguousAcrossItsSurveyUnitsAndEachMatchNamesItsUnit() {
        JsonNode fc = get("/api/v1/parcels?commune=00070&sheet=1&number=1").json();

        long expected = jdbc.sql("""
                SELECT count(*) FROM parcel_version v JOIN map_sheet ms ON ms.id = v.map_sheet_id
                JOIN admin_unit c ON c.id = ms.commune_id
                WHERE c.code = '00070' AND c.valid_to IS NULL AND ms.sheet_number = 1 AND v.parcel_number = 1 AND v.end_lifespan IS NULL""")
                .query(Long.class).single();
        assertThat(expected).isGreaterThan(1);
        assertThat(fc.get("numberMatched").asLong()).isEqualTo(expected);
        Set<String> units = new HashSet<>();
        for (JsonNode f : fc.get("features")) {
            units.add(f.get("properties").get("surveyUnitCode").asString());
            assertThat(f.get("properties").get("surveyUnitName").asString()).startsWith("Phường ");
        }
        assertThat(units).hasSize((int) expected);

        String unit = fc.get("features").get(1).get("properties").get("surveyUnitCode").asString();
        JsonNode narrowed = get("/api/v1/parcels?commune=00070&sheet=1&number=1&surveyUnit=" + unit).json();
        assertThat(narrowed.get("numberMatched").asInt()).isEqualTo(1);
        assertThat(narrowed.get("features").get(0).get("properties").get("surveyUnitCode").asString()).isEqualTo(unit);
    }

    @Test
    void aDemoParcelIsFoundByItsNationalIdAndLiesInsideItsCommune() {
        JsonNode first = get("/api/v1/parcels?commune=03325&sheet=1&number=1").json().get("features").get(0);
        String nationalId = first.get("properties").get("nationalId").asString();

        JsonNode byId = get("/api/v1/parcels?nationalId=" + nationalId).json();
        assertThat(byId.get("features").get(0).get("id").asLong()).isEqualTo(first.get("id").asLong());
        double lon = byId.get("features").get(0).get("geometry").get("coordinates").get(0).get(0).get(0).get(0).asDouble();
        double lat = byId.get("features").get(0).get("geometry").get("coordinates").get(0).get(0).get(0).get(1).asDouble();
        // Xã Mường Phăng, Điện Biên: longitude first, around 103.1°E, 21.4°N.
        assertThat(lon).isBetween(102.9, 103.3);
        assertThat(lat).isBetween(21.2, 21.6);
    }

    @Test
    void aParcelBornOfAPastSplitShowsItsParentInTheLineageAndDidNotExistBeforeTheSplit() {
        var row = jdbc.sql("""
                SELECT l.child_parcel_id, l.parent_parcel_id, t.committed_at
                FROM parcel_lineage l JOIN cadastral_transaction t ON t.id = l.transaction_id
                JOIN parcel_version v ON v.parcel_id = l.child_parcel_id AND v.end_lifespan IS NULL
                JOIN admin_unit c ON c.id = v.commune_id
                WHERE l.kind = 'split' AND c.code IN ('00070', '03325')
                ORDER BY l.child_parcel_id LIMIT 1""").query().singleRow();
        long child = ((Number) row.get("child_parcel_id")).longValue();
        long parent = ((Number) row.get("parent_parcel_id")).longValue();

        JsonNode history = get("/api/v1/parcels/" + child + "/history").json();
        assertThat(history.toString()).contains("\"SPLIT\"").contains(String.valueOf(parent));

        java.time.OffsetDateTime split = (java.time.OffsetDateTime) jdbc.sql("SELECT committed_at FROM cadastral_transaction t JOIN parcel_lineage l ON l.transaction_id = t.id WHERE l.child_parcel_id = ? LIMIT 1")
                .param(child).query(java.time.OffsetDateTime.class).single();
        String before = enc(split.minusDays(1).toString());
        assertThat(get("/api/v1/parcels/" + child + "?asOf=" + before).status()).isEqualTo(404);
        JsonNode parentThen = get("/api/v1/parcels/" + parent + "?asOf=" + before).json();
        assertThat(parentThen.get("id").asLong()).isEqualTo(parent);
        assertThat(get("/api/v1/parcels/" + parent).status()).as("retired by the split").isEqualTo(410);
    }
}
