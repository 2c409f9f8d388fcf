package vn.landinfo.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A parcel that a split retired (fixture 9003, split into 9004 and 9005 on 2022-09-01) answers 410 Gone with where its land went. */
class RetiredParcelsApiIT extends ApiTestSupport {

    @Test
    void aSplitParcelIsGoneWithItsSuccessorsItsLastVersionAndItsHistoryAsLinks() {
        long parent = parcelId("99701", 9003);
        List<Long> children = List.of(parcelId("99701", 9004), parcelId("99701", 9005));

        Response r = get("/api/v1/parcels/" + parent);

        assertThat(r.status()).isEqualTo(410);
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonNode problem = r.json();
        assertThat(problem.get("status").asInt()).isEqualTo(410);
        assertThat(problem.get("detail").asString()).contains(String.valueOf(parent), "split");
        assertThat(problem.get("retiredAt").asString()).startsWith("2022-09-01");
        assertThat(problem.get("lastVersion").asInt()).isEqualTo(1);
        List<Long> successors = new ArrayList<>();
        problem.get("successors").forEach(s -> successors.add(s.get("id").asLong()));
        assertThat(successors).containsExactlyElementsOf(children);
        List<String> rels = new ArrayList<>();
        problem.get("links").forEach(l -> rels.add(l.get("rel").asString()));
        assertThat(rels).containsExactly("successor-version", "successor-version", "latest-version", "version-history", "lineage");
        assertThat(r.body()).doesNotContain("Nguyễn Văn Chủ Sở Hữu Bí Mật");

        String lastVersion = problem.get("links").get(2).get("href").asString();
        JsonNode last = get(lastVersion).json();
        assertThat(last.get("id").asLong()).isEqualTo(parent);
        assertThat(last.get("properties").get("legalArea").asDouble()).isEqualTo(400.0);
        assertThat(get(problem.get("links").get(3).get("href").asString()).json().get("parcelId").asLong()).isEqualTo(parent);
    }

    @Test
    void aRetiredParcelIsGoneByItsNationalIdTooButWasThereBeforeItsSplit() {
        long parent = parcelId("99701", 9003);
        String nationalId = nationalId(parent);

        assertThat(get("/api/v1/parcels/" + nationalId).status()).isEqualTo(410);
        assertThat(get("/api/v1/parcels?nationalId=" + nationalId).status()).isEqualTo(410);
        assertThat(get("/api/v1/parcels/" + parent + "?asOf=2023-01-01").status()).as("asked after the split").isEqualTo(410);
        assertThat(get("/api/v1/parcels?nationalId=" + nationalId + "&asOf=2022-08-31").json().get("numberMatched").asInt()).isEqualTo(1);
        assertThat(get("/api/v1/parcels/" + parent + "?asOf=2010-01-01").status()).as("before it existed").isEqualTo(404);
    }

    @Test
    void theOpenApiDocumentSaysAParcelMayBeGone() {
        JsonNode paths = get("/v3/api-docs").json().get("paths");

        for (String path : List.of("/api/v1/parcels/{id}", "/api/v1/parcels")) {
            JsonNode gone = paths.get(path).get("get").get("responses").get("410");
            assertThat(gone).as(path).isNotNull();
            assertThat(gone.get("description").asString()).contains("successor-version", "latest-version");
            assertThat(gone.get("content").propertyNames()).contains("application/problem+json");
        }
    }
}
