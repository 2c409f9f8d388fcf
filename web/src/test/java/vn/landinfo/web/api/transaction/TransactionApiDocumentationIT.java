package vn.landinfo.web.api.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document describes every transaction endpoint, a request schema per kind with an example, and every error. */
class TransactionApiDocumentationIT extends TransactionApiTestSupport {

    @Test
    void everyTransactionEndpointIsDocumentedWithItsBodyHeadersAndProblems() {
        Response r = get("/v3/api-docs");
        assertThat(r.status()).isEqualTo(200);
        JsonNode doc = r.json();
        JsonNode paths = doc.get("paths");
        assertThat(paths.propertyNames()).contains(TX, TX + "/preview", TX + "/drafts", TX + "/{id}", TX + "/{id}/change",
                TX + "/{id}/preview", TX + "/{id}/submit", TX + "/{id}/approve", TX + "/{id}/commit", TX + "/{id}/abandon");

        JsonNode create = paths.get(TX).get("post");
        assertThat(create.get("description").asString()).contains("If-Match").contains("Idempotency-Key").contains("Tạo giao dịch");
        assertThat(create.get("parameters")).extracting(p -> p.get("name").asString())
                .contains("dryRun", "If-Match", "Idempotency-Key", "X-Landinfo-Officer");
        assertThat(create.get("responses").propertyNames()).contains("201", "200", "400", "404", "409", "412", "413", "422", "428");
        assertThat(create.get("responses").get("422").get("content").propertyNames()).contains("application/problem+json");
        JsonNode body = create.get("requestBody").get("content").get("application/json");
        assertThat(body.get("schema").get("$ref").asString()).endsWith("/TransactionRequest");
        JsonNode example = body.get("examples").get("PURPOSE_CHANGE").get("value");
        assertThat(example.get("kind").asString()).isEqualTo("PURPOSE_CHANGE");
        assertThat(example.get("change").get("purposes").get(0).get("code").asString()).isEqualTo("ODT");

        JsonNode schemas = doc.get("components").get("schemas");
        JsonNode request = schemas.get("TransactionRequest");
        assertThat(request.get("discriminator").get("propertyName").asString()).isEqualTo("kind");
        assertThat(request.get("discriminator").get("mapping").get("PURPOSE_CHANGE").asString()).endsWith("/PurposeChangeRequest");
        JsonNode purposeChange = schemas.get("PurposeChangeRequest");
        assertThat(purposeChange.get("required")).extracting(JsonNode::asString).contains("kind", "legalBasis", "change");
        assertThat(purposeChange.get("description").asString()).contains("Chuyển mục đích").contains("Purpose change");
        assertThat(schemas.get("PurposeChange").get("properties").propertyNames()).containsExactlyInAnyOrder("parcelId", "purposes");
        assertThat(schemas.get("PurposeInput").get("properties").propertyNames()).contains("code", "area", "term", "origin");
        assertThat(schemas.get("TransactionOutcome").get("properties").propertyNames()).contains("violations", "parcels", "auditSeq");

        assertThat(paths.get(TX + "/{id}/approve").get("post").get("responses").propertyNames()).contains("200", "403", "409");
        assertThat(paths.get(TX + "/{id}/change").get("put").get("requestBody").get("content").get("application/json")
                .get("schema").get("$ref").asString()).endsWith("/ChangeRevision");
        assertThat(paths.get("/api/v1/parcels/{id}").get("get").get("description").asString()).contains("ETag");
    }

    @Test
    void everyDocumentedExampleIsAChangeItsKindReads() {
        JsonNode examples = get("/v3/api-docs").json().get("paths").get(TX).get("post").get("requestBody").get("content")
                .get("application/json").get("examples");
        assertThat(examples.propertyNames()).contains("PURPOSE_CHANGE");
        for (String kind : examples.propertyNames()) {
            // Opening a draft checks exactly what can be checked alone: the kind and that the change reads as its command.
            Response r = openDraft(examples.get(kind).get("value").toString(), "X-Landinfo-Officer", "doc-check");
            assertThat(r.status()).as(kind + ": " + r.body()).isEqualTo(201);
            assertThat(step(r.json().get("id").asLong(), "abandon", "X-Landinfo-Officer", "doc-check").status())
                    .isEqualTo(200);
        }
    }
}
