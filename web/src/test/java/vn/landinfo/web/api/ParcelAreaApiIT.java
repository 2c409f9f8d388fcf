package vn.landinfo.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ParcelAreaApiIT extends ApiTestSupport {

    /** Around the fixture parcels; other data (the demo) may lie in it too, so expectations come from SQL. */
    static final String BBOX = "105.8515,21.0275,105.8535,21.0285";

    private List<Long> expected(String extraCondition) {
        return jdbc.sql("""
                SELECT pv.parcel_id FROM parcel_version pv
                WHERE ST_Intersects(pv.geom, ST_MakeEnvelope(105.8515, 21.0275, 105.8535, 21.0285, 4326))
                """ + " AND " + extraCondition + " ORDER BY pv.parcel_id").query(Long.class).list();
    }

    private List<JsonNode> walk(String firstPage) {
        List<JsonNode> features = new ArrayList<>();
        String next = firstPage;
        int pages = 0;
        while (next != null) {
            Response r = get(next);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.contentType()).startsWith("application/geo+json");
            JsonNode page = r.json();
            page.get("features").forEach(features::add);
            assertThat(page.get("numberReturned").asInt()).isEqualTo(page.get("features").size());
            next = null;
            for (JsonNode link : page.get("links")) {
                if (link.get("rel").asString().equals("next")) {
                    next = link.get("href").asString();
                }
            }
            assertThat(++pages).as("paging terminates").isLessThan(1000);
        }
        return features;
    }

    @Test
    void cursorPagingWalksEveryParcelInTheBoxExactlyOnceInParcelIdOrder() {
        List<Long> expected = expected("pv.end_lifespan IS NULL");
        assertThat(expected).contains(parcelId("99701", 9001), parcelId("99702", 9001), parcelId("99703", 9101));

        JsonNode first = get("/api/v1/parcels?bbox=" + BBOX + "&limit=2").json();
        List<JsonNode> all = walk("/api/v1/parcels?bbox=" + BBOX + "&limit=2");

        assertThat(first.get("numberMatched").asLong()).isEqualTo(expected.size());
        assertThat(first.get("features")).hasSize(2);
        assertThat(all).extracting(f -> f.get("id").asLong()).containsExactlyElementsOf(expected);
        assertThat(all).extracting(f -> f.get("properties").get("validTo").isNull()).containsOnly(true);
    }

    @Test
    void aPurposeFilterKeepsOnlyParcelsWithThatPurpose() {
        List<Long> expected = expected("pv.end_lifespan IS NULL AND EXISTS (SELECT 1 FROM parcel_land_use u WHERE u.parcel_version_id = pv.id AND u.purpose_code = 'TMD')");
        assertThat(expected).contains(parcelId("99701", 9006));

        List<JsonNode> all = walk("/api/v1/parcels?bbox=" + BBOX + "&purpose=TMD&commune=00070&limit=1");

        assertThat(all).extracting(f -> f.get("id").asLong()).containsExactlyElementsOf(expected);
        for (JsonNode f : all) {
            assertThat(f.get("properties").get("purposes")).extracting(p -> p.get("code").asString()).contains("TMD");
        }
    }

    @Test
    void aBoxAsOfAnEarlierInstantShowsTheParcelsOfThatInstant() {
        long parent = parcelId("99701", 9003);
        long child = parcelId("99701", 9004);

        List<JsonNode> before = walk("/api/v1/parcels?bbox=" + BBOX + "&asOf=2022-08-31T00:00:00%2B07:00&limit=1000");
        List<JsonNode> now = walk("/api/v1/parcels?bbox=" + BBOX + "&limit=1000");

        assertThat(before).extracting(f -> f.get("id").asLong()).contains(parent).doesNotContain(child)
                .containsExactlyElementsOf(expected("pv.begin_lifespan <= '2022-08-31T00:00:00+07:00' AND (pv.end_lifespan IS NULL OR pv.end_lifespan > '2022-08-31T00:00:00+07:00')"));
        assertThat(now).extracting(f -> f.get("id").asLong()).contains(child).doesNotContain(parent);
    }

    @Test
    void theNextLinkKeepsTheFiltersAndTheLastPageHasNone() {
        JsonNode page = get("/api/v1/parcels?bbox=" + BBOX + "&purpose=ODT&limit=1").json();
        String next = null;
        for (JsonNode link : page.get("links")) {
            if (link.get("rel").asString().equals("next")) {
                next = link.get("href").asString();
            }
        }
        assertThat(next).contains("purpose=ODT", "limit=1", "bbox=", "cursor=");
        JsonNode all = get("/api/v1/parcels?bbox=" + BBOX + "&limit=1000").json();
        assertThat(all.get("links")).extracting(l -> l.get("rel").asString()).containsExactly("self");
    }
}
