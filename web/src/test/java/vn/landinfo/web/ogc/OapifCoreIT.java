package vn.landinfo.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.landinfo.mapserver.catalog.Audience;
import vn.landinfo.mapserver.features.FeatureType;
import vn.landinfo.mapserver.features.FeatureTypes;

/**
 * OGC API – Features Part 1, requirements class Core (OGC 17-069r4, Annex A.2): one test per abstract test,
 * named after its identifier (/ats/core/root-op → ats_core_root_op), against the running application and the
 * demo cadastre. The public service's collections are the PUBLIC feature types.
 */
class OapifCoreIT extends FeaturesTestSupport {

    private static final List<String> PUBLIC = FeatureTypes.forAudience(Audience.PUBLIC).all().stream().map(FeatureType::name).toList();

    /** A.2.1 /ats/core/http: the API answers HTTP/1.1. */
    @Test
    void ats_core_http() throws Exception {
        HttpClient http11 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> r = http11.send(HttpRequest.newBuilder(URI.create(base())).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
        assertThat(r.statusCode()).isEqualTo(200);
    }

    /** A.2.2 /ats/core/root-op: GET on the landing page answers 200. */
    @Test
    void ats_core_root_op() {
        assertThat(get("").status()).isEqualTo(200);
        assertThat(get("/").status()).isEqualTo(200);
    }

    /** /ats/core/root-success: links to the API definition, its documentation, conformance and data, each resolving. */
    @Test
    void ats_core_root_success() {
        JsonNode landing = ok("", "application/json");
        assertThat(landing.get("title").asString()).startsWith("Dữ liệu địa chính");
        for (String rel : List.of("service-desc", "service-doc", "conformance", "data", "self", "alternate")) {
            List<JsonNode> links = links(landing, rel);
            assertThat(links).as(rel).isNotEmpty();
            for (JsonNode l : links) {
                Response r = get(l.get("href").asString(), null);
                assertThat(r.status()).as("%s %s", rel, l.get("href")).isEqualTo(200);
                assertThat(r.contentType()).as(rel).startsWith(l.get("type").asString());
            }
        }
    }

    /** /ats/core/api-definition-op: the service-desc link answers the API definition. */
    @Test
    void ats_core_api_definition_op() {
        JsonNode landing = ok("", "application/json");
        Response r = get(link(landing, "service-desc", "application/vnd.oai.openapi+json").get("href").asString(), null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/vnd.oai.openapi+json");
    }

    /** /ats/core/api-definition-success: an OpenAPI 3.0 document of exactly this API's paths. */
    @Test
    void ats_core_api_definition_success() {
        JsonNode api = ok("/api", "application/vnd.oai.openapi+json");
        assertThat(api.get("openapi").asString()).startsWith("3.0.");
        assertThat(api.get("servers").get(0).get("url").asString()).isEqualTo(base());
        List<String> paths = new ArrayList<>(List.of("/", "/conformance", "/api", "/collections",
                "/collections/{collectionId}", "/collections/{collectionId}/items", "/collections/{collectionId}/items/{featureId}",
                "/collections/{collectionId}/queryables"));
        // Each collection's own items path, declaring its queryables as query parameters (decisions 0195, 0199).
        collections().forEach(c -> paths.add("/collections/" + c + "/items"));
        assertThat(api.get("paths").propertyNames()).containsExactlyInAnyOrderElementsOf(paths);
    }

    /** /ats/core/conformance-op: GET /conformance answers 200 JSON. */
    @Test
    void ats_core_conformance_op() {
        assertThat(get("/conformance").status()).isEqualTo(200);
        assertThat(get("/conformance").contentType()).startsWith("application/json");
    }

    /** /ats/core/conformance-success: core and exactly the classes this suite proves. */
    @Test
    void ats_core_conformance_success() {
        JsonNode c = ok("/conformance", "application/json");
        List<String> classes = new ArrayList<>();
        c.get("conformsTo").forEach(n -> classes.add(n.asString()));
        assertThat(classes).contains("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core");
        assertThat(classes).containsExactlyInAnyOrderElementsOf(OapifConformance.declared());
    }

    /** /ats/core/fc-md-op: GET /collections answers 200 JSON. */
    @Test
    void ats_core_fc_md_op() {
        Response r = get("/collections");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/json");
    }

    /** /ats/core/fc-md-success: links and one collection per public feature type — no officer collection. */
    @Test
    void ats_core_fc_md_success() {
        JsonNode c = ok("/collections", "application/json");
        assertThat(links(c, "self")).hasSize(1);
        List<String> ids = new ArrayList<>();
        c.get("collections").forEach(n -> ids.add(n.get("id").asString()));
        assertThat(ids).containsExactlyElementsOf(PUBLIC).doesNotContain("restrictions");
    }

    /** /ats/core/fc-md-links: self and alternate links on /collections. */
    @Test
    void ats_core_fc_md_links() {
        JsonNode c = ok("/collections", "application/json");
        assertThat(link(c, "self", "application/json").get("href").asString()).startsWith(base() + "/collections");
        assertThat(get(link(c, "alternate", "text/html").get("href").asString(), null).contentType()).startsWith("text/html");
    }

    /** /ats/core/fc-md-items: every collection has an id, a title, links and the itemType feature. */
    @Test
    void ats_core_fc_md_items() {
        for (JsonNode col : ok("/collections", "application/json").get("collections")) {
            assertThat(col.get("id").asString()).isNotBlank();
            assertThat(col.get("title").asString()).contains(" / ");
            assertThat(col.get("itemType").asString()).isEqualTo("feature");
            assertThat(col.get("links").isArray()).isTrue();
        }
    }

    /** /ats/core/fc-md-items-links: each collection's items link answers its features. */
    @Test
    void ats_core_fc_md_items_links() {
        for (JsonNode col : ok("/collections", "application/json").get("collections")) {
            JsonNode items = link(col, "items", "application/geo+json");
            assertThat(items.get("href").asString()).isEqualTo(base() + "/collections/" + col.get("id").asString() + "/items?f=json");
            Response r = get(items.get("href").asString() + "&limit=1");
            assertThat(r.status()).as(items.toString()).isEqualTo(200);
            assertThat(r.json().get("type").asString()).isEqualTo("FeatureCollection");
        }
    }

    /** /ats/core/fc-md-extent: the bounding box holds every feature; the parcels' time starts at their first version. */
    @Test
    void ats_core_fc_md_extent() {
        for (JsonNode col : ok("/collections", "application/json").get("collections")) {
            String id = col.get("id").asString();
            JsonNode bbox = col.get("extent").get("spatial").get("bbox").get(0);
            assertThat(col.get("extent").get("spatial").get("crs").asString()).isEqualTo(CRS84);
            FeatureType t = FeatureTypes.forAudience(Audience.PUBLIC).find(id).orElseThrow();
            double[] data = jdbc.sql("SELECT coalesce(ST_XMin(b), 0), coalesce(ST_YMin(b), 0), coalesce(ST_XMax(b), 0), coalesce(ST_YMax(b), 0) "
                            + "FROM (SELECT ST_Extent(geom) b FROM " + t.view() + ") s")
                    .query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)}).single();
            if (data[2] != 0) {
                assertThat(bbox.get(0).asDouble()).as(id).isLessThanOrEqualTo(data[0] + 1e-6);
                assertThat(bbox.get(1).asDouble()).as(id).isLessThanOrEqualTo(data[1] + 1e-6);
                assertThat(bbox.get(2).asDouble()).as(id).isGreaterThanOrEqualTo(data[2] - 1e-6);
                assertThat(bbox.get(3).asDouble()).as(id).isGreaterThanOrEqualTo(data[3] - 1e-6);
            }
            JsonNode temporal = col.get("extent").get("temporal");
            if (t.hasHistory()) {
                Instant first = Instant.parse(temporal.get("interval").get(0).get(0).asString());
                Instant oldest = jdbc.sql("SELECT min(valid_from) FROM " + t.historyView()).query(java.sql.Timestamp.class).single().toInstant();
                assertThat(first).isEqualTo(oldest);
                assertThat(temporal.get("interval").get(0).get(1).isNull()).as("open end: the register goes on").isTrue();
            } else {
                assertThat(temporal).as(id + " keeps no history").isNull();
            }
        }
    }

    /** /ats/core/sfc-md-op: every collection answers; an unknown or officer collection is 404. */
    @Test
    void ats_core_sfc_md_op() {
        for (String id : PUBLIC) {
            assertThat(get("/collections/" + id).status()).as(id).isEqualTo(200);
        }
        problem("/collections/no_such_thing", 404, "no_such_thing");
        problem("/collections/restrictions", 404, "restrictions");
    }

    /** /ats/core/sfc-md-success: the collection alone says what /collections says of it. */
    @Test
    void ats_core_sfc_md_success() {
        JsonNode all = ok("/collections", "application/json");
        for (JsonNode inList : all.get("collections")) {
            String id = inList.get("id").asString();
            JsonNode alone = ok("/collections/" + id, "application/json");
            for (String field : List.of("id", "title", "description", "extent", "crs", "storageCrs", "itemType")) {
                assertThat(alone.get(field)).as(id + "." + field).isEqualTo(inList.get(field));
            }
        }
    }

    /** /ats/core/query-param-unknown: a parameter the API does not define is refused with 400, named. */
    @Test
    void ats_core_query_param_unknown() {
        JsonNode p = problem("/collections/communes/items?bbbox=1,2,3,4", 400, "bbbox");
        assertThat(p.get("parameter").asString()).isEqualTo("bbbox");
        problem("/collections?limit=3", 400, "limit");
        problem("/conformance?foo=bar", 400, "foo");
    }

    /** /ats/core/query-param-invalid: a defined parameter with a value it cannot take is refused with 400, named. */
    @Test
    void ats_core_query_param_invalid() {
        problem("/collections/communes/items?limit=0", 400, "limit");
        problem("/collections/communes/items?limit=abc", 400, "limit");
        problem("/collections/communes/items?bbox=1,2,3", 400, "bbox");
        problem("/collections/communes/items?datetime=yesterday", 400, "datetime");
        problem("/collections/communes/items?f=xml", 400, "f=");
        problem("/collections/communes/items?sortby=-no_such", 400, "no_such");
        problem("/collections/communes/items?limit=1&limit=2", 400, "limit");
    }

    /** The landing page in both formats lists nothing but this service's resources (a sanity check of the routing). */
    @Test
    void anUnknownPathIsA404ProblemNeverAnErrorPage() {
        problem("/nothing/here", 404, "/nothing/here");
        problem("/collections/parcels/items/1/extra", 404, "extra");
        Set<Integer> statuses = new HashSet<>();
        for (String path : List.of("/collections/parcels/items/%2e%2e", "/collections/parcels/items/x'y", "/collections//items")) {
            statuses.add(get(path).status());
        }
        assertThat(statuses).allMatch(s -> s == 400 || s == 404);
    }
}
