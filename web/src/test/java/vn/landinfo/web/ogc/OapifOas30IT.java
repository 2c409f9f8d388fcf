package vn.landinfo.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.landinfo.web.testtools.Spectral;

/**
 * OGC API – Features Part 1, requirements class OpenAPI 3.0 (OGC 17-069r4, Annex A.7): the definition at
 * /ogc/features/api is valid (Spectral's {@code spectral:oas} rules, the linter the REST API's document passes,
 * docs/decisions/0065-openapi-lint-and-generated-client.md), complete and implemented.
 */
class OapifOas30IT extends FeaturesTestSupport {

    private JsonNode api() {
        return ok("/api", "application/vnd.oai.openapi+json");
    }

    /** Every concrete path of the definition: collection ids from their enum, a real feature id per collection. */
    private List<String[]> concretePaths() {
        JsonNode api = api();
        List<String> collections = new ArrayList<>();
        api.get("components").get("parameters").get("collectionId").get("schema").get("enum").forEach(n -> collections.add(n.asString()));
        List<String[]> paths = new ArrayList<>();
        for (String template : api.get("paths").propertyNames()) {
            if (!template.contains("{collectionId}")) {
                paths.add(new String[] {template, template});
                continue;
            }
            for (String c : collections) {
                String p = template.replace("{collectionId}", c);
                if (p.contains("{featureId}")) {
                    JsonNode first = ok("/collections/" + c + "/items?limit=1", "application/geo+json").get("features");
                    if (first.isEmpty()) {
                        continue;
                    }
                    p = p.replace("{featureId}", first.get(0).get("id").asString());
                }
                paths.add(new String[] {template, p});
            }
        }
        return paths;
    }

    /** /ats/oas30/completeness: every path answers, with a status and media type its operation declares. */
    @Test
    void ats_oas30_completeness() {
        JsonNode api = api();
        for (String[] p : concretePaths()) {
            Response r = get(p[1]);
            JsonNode responses = api.get("paths").get(p[0]).get("get").get("responses");
            assertThat(responses.has(String.valueOf(r.status()))).as("%s → %d declared", p[1], r.status()).isTrue();
            String mediaType = r.contentType().split(";")[0].trim();
            assertThat(responses.get("200").get("content").propertyNames()).as(p[1]).anyMatch(t -> t.startsWith(mediaType));
        }
    }

    /** /ats/oas30/exception-codes: the refusals met in practice (400, 404) are declared for their operations. */
    @Test
    void ats_oas30_exception_codes() {
        JsonNode paths = api().get("paths");
        Map<String, String> bad = Map.of(
                "/collections/{collectionId}/items", "/collections/parcels/items?limit=x",
                "/collections/{collectionId}/items/{featureId}", "/collections/parcels/items/0",
                "/collections/{collectionId}", "/collections/nothing",
                "/collections", "/collections?x=1",
                "/conformance", "/conformance?f=pdf");
        bad.forEach((template, path) -> {
            int status = get(path).status();
            assertThat(status).as(path).isBetween(400, 499);
            assertThat(paths.get(template).get("get").get("responses").has(String.valueOf(status))).as("%s: %d declared", template, status).isTrue();
        });
    }

    /** /ats/oas30/oas-definition-1: the service-desc link answers OpenAPI 3.0 JSON, the service-doc link HTML. */
    @Test
    void ats_oas30_oas_definition_1() {
        JsonNode landing = ok("", "application/json");
        Response desc = get(link(landing, "service-desc", "application/vnd.oai.openapi+json").get("href").asString(), null);
        assertThat(desc.contentType()).isEqualTo("application/vnd.oai.openapi+json;version=3.0");
        assertThat(desc.json().get("openapi").asString()).matches("3\\.0\\.[0-9]+");
        Response doc = get(link(landing, "service-doc", "text/html").get("href").asString(), null);
        assertThat(doc.contentType()).startsWith("text/html");
        assertThat(doc.body()).contains("/collections/{collectionId}/items");
    }

    /** /ats/oas30/oas-definition-2: the definition is valid OpenAPI 3.0 — Spectral finds no error and no warning. */
    @Test
    void ats_oas30_oas_definition_2() throws IOException {
        Path dir = Files.createDirectories(Path.of("target/oapif-lint").toAbsolutePath());
        Path document = dir.resolve("ogc-features-api.json");
        Files.writeString(document, get("/api").body(), StandardCharsets.UTF_8);
        Spectral.Result lint = Spectral.lint(document);
        assertThat(lint.exit()).as(lint.output()).isZero();
    }

    /** /ats/oas30/oas-impl: each path built from the server URL and the enumerated parameters performs as declared. */
    @Test
    void ats_oas30_oas_impl() {
        String server = api().get("servers").get(0).get("url").asString();
        for (String[] p : concretePaths()) {
            Response r = get(server + p[1]);
            assertThat(r.status()).as(p[1] + " " + r.body()).isEqualTo(200);
        }
    }

    /** /ats/oas30/security: no security scheme is declared, and indeed every path answers without credentials. */
    @Test
    void ats_oas30_security() {
        JsonNode api = api();
        assertThat(api.get("security").isArray() && api.get("security").isEmpty()).isTrue();
        assertThat(api.get("components").has("securitySchemes")).isFalse();
        for (String[] p : concretePaths()) {
            assertThat(get(p[1]).status()).as(p[1]).isNotIn(401, 403);
        }
    }
}
