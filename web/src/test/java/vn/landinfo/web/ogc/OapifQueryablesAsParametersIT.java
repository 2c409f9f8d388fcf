package vn.landinfo.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * OGC API – Features Part 3 (OGC 19-079r2, Annex A), conformance class Queryables as Query Parameters: one test per
 * abstract test, named after it. For every collection and every queryable with a simple value, the value of a real
 * feature selects exactly the features the published view holds with that value; a value the queryable's type
 * cannot hold is a 400 naming the parameter; each collection's items path declares its parameters in the API
 * definition (docs/decisions/0199-queryables-as-query-parameters.md).
 */
class OapifQueryablesAsParametersIT extends FeaturesTestSupport {

    private static final String CLASS = "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables-query-parameters";

    /** The queryables of a collection that are parameters: those whose schema has a simple type (not the geometry). */
    private List<String[]> simpleQueryables(String collection) {
        List<String[]> out = new ArrayList<>();
        JsonNode properties = get("/collections/" + collection + "/queryables", "application/schema+json").json().get("properties");
        for (String name : properties.propertyNames()) {
            JsonNode type = properties.get(name).get("type");
            if (type == null) {
                continue; // the geometry: a $ref to GeoJSON, no simple type
            }
            String t = type.isArray() ? type.get(0).asString() : type.asString();
            String format = properties.get(name).has("format") ? properties.get(name).get("format").asString() : "";
            out.add(new String[] {name, format.equals("date-time") ? "date-time" : t});
        }
        return out;
    }

    /** /conf/queryables-query-parameters/get-conformance: the class is declared. */
    @Test
    void ats_queryables_query_parameters_get_conformance() {
        List<String> classes = new ArrayList<>();
        ok("/conformance", "application/json").get("conformsTo").forEach(n -> classes.add(n.asString()));
        assertThat(classes).contains(CLASS);
    }

    /**
     * /conf/queryables-query-parameters/query-param: for each collection and queryable, the value of its first feature
     * selects only features with that value — as many as the view holds — and a value of the wrong type is a 400.
     */
    @Test
    void ats_queryables_query_parameters_query_param() {
        int checked = 0;
        for (String c : collections()) {
            JsonNode first = ok("/collections/" + c + "/items?limit=1", "application/geo+json").get("features");
            assertThat(first).as(c + " has features").isNotEmpty();
            JsonNode props = first.get(0).get("properties");
            for (String[] q : simpleQueryables(c)) {
                String name = q[0];
                JsonNode value = props.get(name);
                if (value == null || value.isNull()) {
                    continue;
                }
                String text = value.asString();
                JsonNode fc = ok("/collections/" + c + "/items?limit=200&" + name + "=" + enc(text), "application/geo+json");
                assertThat(fc.get("features")).as("%s?%s=%s", c, name, text).isNotEmpty();
                for (JsonNode f : fc.get("features")) {
                    JsonNode v = f.get("properties").get(name);
                    if (value.isNumber()) {
                        assertThat(v.asDouble()).as("%s.%s", c, name).isEqualTo(value.asDouble());
                    } else {
                        assertThat(v.asString()).as("%s.%s", c, name).isEqualTo(text);
                    }
                }
                if (q[1].equals("string") || q[1].equals("integer") || q[1].equals("boolean")) {
                    // Text, whole numbers and booleans read the same in SQL's text form: count them in the view.
                    long inView = jdbc.sql("SELECT count(*) FROM publish." + c + " WHERE " + name + "::text = :v").param("v", text)
                            .query(Long.class).single();
                    assertThat(fc.get("numberMatched").asLong()).as("%s?%s=%s matched as in the view", c, name, text).isEqualTo(inView);
                }
                if (!q[1].equals("string")) {
                    JsonNode p = problem("/collections/" + c + "/items?" + name + "=" + enc("[invalid-value]"), 400, "[invalid-value]");
                    assertThat(p.get("parameter").asString()).isEqualTo(name);
                }
                checked++;
            }
        }
        assertThat(checked).as("queryables checked").isGreaterThan(10);
    }

    /** /req/queryables-query-parameters/parameters: each collection's items path declares its queryables as parameters. */
    @Test
    void theApiDefinitionDeclaresEachCollectionsQueryablesAsParametersOfItsItemsPath() {
        JsonNode paths = ok("/api", "application/vnd.oai.openapi+json").get("paths");
        for (String c : collections()) {
            JsonNode op = paths.get("/collections/" + c + "/items");
            assertThat(op).as("/collections/%s/items in the API definition", c).isNotNull();
            List<String> declared = new ArrayList<>();
            op.get("get").get("parameters").forEach(p -> declared.add(p.has("name") ? p.get("name").asString() : p.get("$ref").asString()));
            for (String[] q : simpleQueryables(c)) {
                assertThat(declared).as(c).contains(q[0]);
            }
        }
    }

    @Test
    void queryablesCombineWithEachOtherAndWithTheFilterByAnd() {
        long expected = jdbc.sql("SELECT count(*) FROM publish.parcels WHERE main_purpose = 'ODT' AND commune_code = '00070' AND legal_area > 100")
                .query(Long.class).single();
        JsonNode fc = ok("/collections/parcels/items?limit=1&main_purpose=ODT&commune_code=00070&filter=" + enc("legal_area > 100"),
                "application/geo+json");
        assertThat(fc.get("numberMatched").asLong()).isEqualTo(expected);
        assertThat(expected).as("the demo has ODT parcels over 100 m² in 00070").isPositive();
        // The next link carries the parameters on.
        JsonNode next = ok("/collections/parcels/items?limit=1&main_purpose=ODT", "application/geo+json");
        assertThat(link(next, "next", "application/geo+json").get("href").asString()).contains("main_purpose=ODT");
        problem("/collections/parcels/items?main_purpose=ODT&main_purpose=LUC", 400, "main_purpose");
        problem("/collections/parcels/items?owner_name=x", 400, "owner_name");
    }
}
