package vn.landinfo.web.api.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A parcel that an officer splits through the REST API is gone afterwards: 410 with links to where its land went. */
class RetiredParcelApiIT extends TransactionApiTestSupport {

    @Test
    void aParcelSplitThroughTheTransactionsApiAnswersGoneWithLinksToItsChildren() {
        Split split = lotOnAStreet();
        String nationalId = jdbc.sql("SELECT national_id FROM parcel WHERE id = :p").param("p", split.parcel()).query(String.class).single();
        List<Long> children = commitSplit(split, "retired parcel test", "officer-gone");

        for (String path : List.of("/api/v1/parcels/" + split.parcel(), "/api/v1/parcels/" + nationalId, "/api/v1/parcels?nationalId=" + nationalId)) {
            Response gone = get(path);
            assertThat(gone.status()).as(path + " " + gone.body()).isEqualTo(410);
            assertThat(gone.contentType()).as(path).startsWith("application/problem+json");
            JsonNode problem = gone.json();
            assertThat(problem.get("type").asString()).isEqualTo("urn:landinfo:problem:parcel-retired");
            assertThat(problem.get("parcelId").asLong()).isEqualTo(split.parcel());
            assertThat(problem.get("lastVersion").asInt()).isEqualTo(split.version());
            List<Long> successors = new ArrayList<>();
            problem.get("successors").forEach(s -> {
                successors.add(s.get("id").asLong());
                assertThat(s.get("kind").asString()).isEqualTo("split");
            });
            assertThat(successors).containsExactlyInAnyOrderElementsOf(children);
            assertThat(gone.header("link")).contains("/api/v1/parcels/" + children.get(0) + ">; rel=\"successor-version\"");
        }

        // Every link leads somewhere that answers: the children now, the last version, the history.
        JsonNode links = get("/api/v1/parcels/" + split.parcel()).json().get("links");
        for (JsonNode link : links) {
            Response followed = get(link.get("href").asString().replaceFirst("^http://localhost:\\d+", ""));
            assertThat(followed.status()).as(link.toString()).isEqualTo(200);
            if (link.get("rel").asString().equals("latest-version")) {
                assertThat(followed.json().get("id").asLong()).isEqualTo(split.parcel());
                assertThat(followed.json().get("properties").get("version").asInt()).isEqualTo(split.version());
            }
        }
    }
}
