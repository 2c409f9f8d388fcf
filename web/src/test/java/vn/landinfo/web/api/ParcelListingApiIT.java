package vn.landinfo.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Listing a commune's parcels (GET /api/v1/parcels?commune=…), paged by cursor, and which parameters go together. */
class ParcelListingApiIT extends ApiTestSupport {

    /** Every page of a listing, following the next links from {@code first}; asserts each page's counts as it goes. */
    private List<JsonNode> pages(String first, long expectedMatched) {
        List<JsonNode> pages = new ArrayList<>();
        String next = first;
        while (next != null) {
            Response r = get(next);
            assertThat(r.status()).as(next + " " + r.body()).isEqualTo(200);
            assertThat(r.contentType()).startsWith("application/geo+json");
            JsonNode page = r.json();
            assertThat(page.get("numberMatched").asLong()).as("numberMatched on every page").isEqualTo(expectedMatched);
            assertThat(page.get("numberReturned").asInt()).isEqualTo(page.get("features").size());
            pages.add(page);
            next = null;
            for (JsonNode link : page.get("links")) {
                if (link.get("rel").asString().equals("next")) {
                    next = link.get("href").asString();
                }
            }
            assertThat(pages.size()).as("pages of " + first).isLessThan(10_000);
        }
        return pages;
    }

    private static List<Long> ids(List<JsonNode> pages) {
        List<Long> ids = new ArrayList<>();
        pages.forEach(p -> p.get("features").forEach(f -> ids.add(f.get("id").asLong())));
        return ids;
    }

    private List<Long> currentParcelsOf(String commune) {
        return jdbc.sql("""
                SELECT pv.parcel_id FROM parcel_version pv JOIN admin_unit c ON c.id = pv.commune_id
                WHERE pv.end_lifespan IS NULL AND c.code = :c AND c.level = 'commune' AND c.valid_to IS NULL ORDER BY 1""")
                .param("c", commune).query(Long.class).list();
    }

    @Test
    void everyCurrentParcelOfACommuneIsListedExactlyOnceAcrossPagesAndNumberMatchedIsTheirCount() {
        List<Long> expected = currentParcelsOf("00070");
        assertThat(expected).hasSizeGreaterThan(1000);

        List<JsonNode> pages = pages("/api/v1/parcels?commune=00070&limit=1000", expected.size());
        List<Long> seen = ids(pages);

        assertThat(pages).hasSizeGreaterThan(1);
        assertThat(new HashSet<>(seen)).as("no parcel twice").hasSize(seen.size());
        assertThat(seen).as("in parcel-id order, every current parcel").containsExactlyElementsOf(expected);
        for (JsonNode f : pages.get(0).get("features")) {
            assertThat(f.get("properties").get("communeCode").asString()).isEqualTo("00070");
            assertThat(f.get("properties").get("validTo").isNull()).as("current versions only").isTrue();
        }
    }

    @Test
    void aSheetAndASurveyUnitNarrowTheListingAndSmallPagesStillCoverItExactly() {
        List<Long> expected = List.of(9001, 9002, 9004, 9005, 9006, 9007).stream().map(n -> parcelId("99701", n)).sorted().toList();

        List<JsonNode> pages = pages("/api/v1/parcels?commune=00070&sheet=1&surveyUnit=99701&limit=4", expected.size());

        assertThat(pages).hasSize(2);
        assertThat(ids(pages)).as("the retired 9003 is not listed").containsExactlyElementsOf(expected);
        assertThat(ids(pages("/api/v1/parcels?commune=00070&surveyUnit=99702", 1))).containsExactly(parcelId("99702", 9001));
    }

    @Test
    void aCommuneAndALimitAloneListTheCommune() {
        Response r = get("/api/v1/parcels?commune=00070&limit=1");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("numberReturned").asInt()).isEqualTo(1);
        assertThat(r.json().get("numberMatched").asLong()).isEqualTo(currentParcelsOf("00070").size());
        assertThat(r.json().get("links").toString()).contains("\"next\"").doesNotContain("after:");
    }

    @Test
    void aListingOfAKnownCommuneWithNoMatchIsEmptyAndOfAnUnknownCommuneIsA404() {
        Response empty = get("/api/v1/parcels?commune=00070&surveyUnit=99703&sheet=7");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.json().get("numberMatched").asLong()).isZero();
        assertThat(empty.json().get("features")).isEmpty();

        Response unknown = get("/api/v1/parcels?commune=99999");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().get("detail").asString()).contains("99999");
    }

    static Stream<Arguments> badCombinations() {
        return Stream.of(
                Arguments.of("commune=00070&sheet=1&number=1&limit=1", "limit", "legal-address lookup", "sent: commune, sheet, number, limit"),
                Arguments.of("commune=00070&sheet=1&number=1&cursor=abc", "cursor", "legal-address lookup", "sent: commune, sheet, number, cursor"),
                Arguments.of("commune=00070&purpose=ODT", "purpose", "commune listing", "sent: commune, purpose"),
                Arguments.of("commune=00070&asOf=2021-01-01", "asOf", "commune listing", "sent: commune, asOf"),
                Arguments.of("commune=00070&number=5", "sheet", "is required with 'number'", "sent: commune, number"),
                Arguments.of("sheet=1&number=5", "commune", "is required with 'number'", "sent: sheet, number"),
                Arguments.of("sheet=1&limit=5", "commune", "is required", "sent sheet, limit"),
                Arguments.of("nationalId=w7er8sp149qm&limit=5", "limit", "national-ID lookup", "sent: nationalId, limit"),
                Arguments.of("bbox=105.85,21.02,105.86,21.03&sheet=1", "sheet", "area search", "sent: bbox, sheet"),
                Arguments.of("", "commune", "missing search criteria", ""));
    }

    @ParameterizedTest(name = "?{0} -> 400 naming {1}")
    @MethodSource("badCombinations")
    void parametersThatDoNotGoTogetherAreA400NamingWhatWasSent(String query, String parameter, String why, String sent) {
        Response r = get("/api/v1/parcels?" + query);

        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonNode problem = r.json();
        assertThat(problem.get("parameter").asString()).isEqualTo(parameter);
        String detail = problem.get("detail").asString();
        assertThat(detail).contains("'" + parameter + "'", why, sent);
        Set<String> sentNames = new HashSet<>();
        for (String pair : query.split("&")) {
            sentNames.add(pair.split("=")[0]);
        }
        for (String name : List.of("commune", "sheet", "number", "surveyUnit", "nationalId", "bbox", "purpose", "limit", "cursor", "asOf")) {
            if (!sentNames.contains(name) && !name.equals(parameter)) {
                assertThat(detail).as("a parameter that was not sent is not blamed").doesNotContain("Parameter '" + name + "'");
            }
        }
    }
}
