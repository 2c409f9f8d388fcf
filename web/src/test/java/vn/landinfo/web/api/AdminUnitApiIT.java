package vn.landinfo.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AdminUnitApiIT extends ApiTestSupport {

    @Test
    void provincesAreListedByCodeWithoutBoundaries() {
        Response r = get("/api/v1/admin-units?level=province");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/geo+json");
        JsonNode fc = r.json();
        long provinces = jdbc.sql("SELECT count(*) FROM admin_unit WHERE level = 'province' AND valid_to IS NULL").query(Long.class).single();
        assertThat(fc.get("numberMatched").asLong()).isEqualTo(provinces);
        assertThat(fc.get("features")).extracting(f -> f.get("id").asString()).contains("01").isSorted();
        assertThat(fc.get("features")).allSatisfy(f -> assertThat(f.get("geometry").isNull()).isTrue());
    }

    @Test
    void everyCurrentCommuneIsListedInOneResponse() {
        JsonNode all = get("/api/v1/admin-units?level=commune").json();
        long communes = jdbc.sql("SELECT count(*) FROM admin_unit WHERE level = 'commune' AND valid_to IS NULL").query(Long.class).single();

        assertThat(all.get("features")).hasSize((int) communes);
        assertThat(all.get("features")).extracting(f -> f.get("id").asString()).contains("00070").doesNotContain("99701");
    }

    @Test
    void theCommunesOfAProvinceComeWithTheirBoundariesOnRequest() {
        JsonNode hanoi = get("/api/v1/admin-units?level=commune&parent=01&boundary=true").json();

        assertThat(hanoi.get("features")).allSatisfy(f -> assertThat(f.get("properties").get("provinceCode").asString()).isEqualTo("01"));
        JsonNode hoanKiem = null;
        for (JsonNode f : hanoi.get("features")) {
            if (f.get("id").asString().equals("00070")) {
                hoanKiem = f;
            }
        }
        assertThat(hoanKiem).isNotNull();
        assertThat(hoanKiem.get("geometry").get("type").asString()).isEqualTo("MultiPolygon");
    }

    @Test
    void aCommuneShowsItsParentValidityAndTheSurveyUnitsItsSheetsCameFrom() {
        Response r = get("/api/v1/admin-units/00070");

        assertThat(r.status()).isEqualTo(200);
        JsonNode f = r.json();
        assertThat(f.get("geometry").isNull()).isTrue();
        JsonNode p = f.get("properties");
        assertThat(p.get("fullName").asString()).isEqualTo("Phường Hoàn Kiếm");
        assertThat(p.get("level").asString()).isEqualTo("commune");
        assertThat(p.get("parent").get("code").asString()).isEqualTo("01");
        assertThat(p.get("validFrom").asString()).isNotEmpty();
        assertThat(p.get("validTo").isNull()).isTrue();
        assertThat(p.get("surveyUnits")).extracting(u -> u.get("code").asString()).contains("99701", "99702", "99703");

        JsonNode withBoundary = get("/api/v1/admin-units/00070?include=boundary").json();
        assertThat(withBoundary.get("geometry").get("type").asString()).isEqualTo("MultiPolygon");
    }

    @Test
    void aFormerUnitIsFoundWithItsEndDateAndSuccessor() {
        JsonNode p = get("/api/v1/admin-units/99701").json().get("properties");

        assertThat(p.get("validTo").asString()).isEqualTo("2025-07-01");
        assertThat(p.get("successors")).extracting(u -> u.get("code").asString()).containsExactly("00070");
    }

    @Test
    void aProvinceCountsItsCommunes() {
        JsonNode p = get("/api/v1/admin-units/01?boundary=true").json();

        assertThat(p.get("properties").get("level").asString()).isEqualTo("province");
        assertThat(p.get("properties").get("communeCount").asInt()).isPositive();
    }

    @Test
    void landUseCodesListNamesColoursAndTheLegacyMapping() {
        Response r = get("/api/v1/land-use-codes");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/json");
        JsonNode list = r.json();
        assertThat(list.get("codes")).hasSizeGreaterThanOrEqualTo(53);
        assertThat(list.get("codes").get(0).get("code").asString()).isEqualTo("LUC");
        assertThat(list.get("codes").get(0).get("fillColor").asString()).isEqualTo("#FFFC8C");
        assertThat(list.get("legacyCodes")).anySatisfy(l -> {
            assertThat(l.get("code").asString()).isEqualTo("BHK");
            assertThat(l.get("mapsTo").asString()).isEqualTo("HNK");
        });
    }
}
