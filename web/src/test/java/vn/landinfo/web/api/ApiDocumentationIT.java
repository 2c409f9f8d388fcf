package vn.landinfo.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ApiDocumentationIT extends ApiTestSupport {

    @Test
    void theOpenApiDocumentDescribesEveryEndpointAndItsParameters() {
        Response r = get("/v3/api-docs");

        assertThat(r.status()).isEqualTo(200);
        JsonNode paths = r.json().get("paths");
        assertThat(paths.propertyNames()).contains("/api/v1/parcels", "/api/v1/parcels/{id}", "/api/v1/parcels/{id}/history",
                "/api/v1/admin-units", "/api/v1/admin-units/{code}", "/api/v1/certificates/{serial}", "/api/v1/land-use-codes");
        JsonNode search = paths.get("/api/v1/parcels").get("get");
        assertThat(search.get("parameters")).extracting(p -> p.get("name").asString())
                .contains("commune", "sheet", "number", "surveyUnit", "nationalId", "bbox", "purpose", "limit", "cursor", "asOf");
        assertThat(search.get("responses").propertyNames()).contains("200", "400", "404");
        assertThat(search.get("responses").get("400").get("content").propertyNames()).contains("application/problem+json");
    }

    @Test
    void theSwaggerUiPageLoads() {
        Response r = get("/swagger-ui");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/html");
        assertThat(r.body()).containsIgnoringCase("swagger");
    }
}
