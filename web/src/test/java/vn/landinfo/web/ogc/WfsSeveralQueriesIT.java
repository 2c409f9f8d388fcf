package vn.landinfo.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A GetFeature with several queries (map sheets, then provinces) is one result set, as WFS 2.0 reads it (09-025r2
 * §7.6.3.4–5): numberMatched is the sum of the queries' matches, hits say the same, {@code count} limits the whole
 * answer and {@code startIndex} is a position in the queries' results taken in order — so a page can end one query
 * and begin the next, and walking the pages returns every feature of both once. Expected values come from the views.
 */
class WfsSeveralQueriesIT extends WfsTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WFS20 = "http://www.opengis.net/wfs/2.0";
    private static final String GML32 = "http://www.opengis.net/gml/3.2";

    /** Every map sheet then every province, in the service's stable order (by id, by code). */
    private List<String> both() {
        List<String> all = new ArrayList<>(jdbc.sql("SELECT 'map_sheets.' || id FROM publish.map_sheets ORDER BY id").query(String.class).list());
        all.addAll(jdbc.sql("SELECT 'provinces.' || code FROM publish.provinces ORDER BY code").query(String.class).list());
        return all;
    }

    private long sheets() {
        return jdbc.sql("SELECT count(*) FROM publish.map_sheets").query(Long.class).single();
    }

    private static String getFeature(String attributes) {
        return """
                <wfs:GetFeature service="WFS" version="2.0.0" %s xmlns:wfs="http://www.opengis.net/wfs/2.0">
                  <wfs:Query typeNames="map_sheets"/>
                  <wfs:Query typeNames="provinces"/>
                </wfs:GetFeature>""".formatted(attributes);
    }

    private static List<String> geoJsonIds(JsonNode collection) {
        List<String> ids = new ArrayList<>();
        collection.get("features").forEach(f -> ids.add(f.get("id").asString()));
        return ids;
    }

    @Test
    void hitsAndNumberMatchedAreTheSumOfTheQueries() throws Exception {
        int total = both().size();
        Response hits = post(getFeature("resultType=\"hits\""));
        assertThat(hits.status()).as(hits.text()).isEqualTo(200);
        Element root = WfsCapabilitiesIT.parse(hits.text()).getDocumentElement();
        assertThat(root.getAttribute("numberMatched")).isEqualTo(String.valueOf(total));
        assertThat(root.getAttribute("numberReturned")).isEqualTo("0");

        Response kvpHits = wfs("SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=map_sheets,provinces&RESULTTYPE=hits");
        assertThat(WfsCapabilitiesIT.parse(kvpHits.text()).getDocumentElement().getAttribute("numberMatched")).isEqualTo(String.valueOf(total));

        JsonNode json = JSON.readTree(post(getFeature("count=\"5\" outputFormat=\"application/json\"")).text());
        assertThat(json.get("numberMatched").asLong()).isEqualTo(total);
        assertThat(json.get("numberReturned").asInt()).isEqualTo(5);
        assertThat(geoJsonIds(json)).containsExactlyElementsOf(both().subList(0, 5));
    }

    @Test
    void countLimitsTheWholeAnswerAndAPageCanSpanTwoQueries() throws Exception {
        List<String> all = both();
        int start = (int) sheets() - 2;
        Response gml = post(getFeature("count=\"6\" startIndex=\"" + start + "\""));
        assertThat(gml.status()).as(gml.text()).isEqualTo(200);
        Document d = WfsCapabilitiesIT.parse(gml.text());
        Element root = d.getDocumentElement();
        assertThat(root.getAttribute("numberMatched")).isEqualTo(String.valueOf(all.size()));
        assertThat(root.getAttribute("numberReturned")).isEqualTo("6");
        List<String> ids = new ArrayList<>();
        NodeList members = d.getElementsByTagNameNS(WFS20, "member");
        for (int i = 0; i < members.getLength(); i++) {
            for (Node n = members.item(i).getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element feature) {
                    ids.add(feature.getAttributeNS(GML32, "id"));
                    break;
                }
            }
        }
        assertThat(ids).as("the last two sheets, then the first four provinces").containsExactlyElementsOf(all.subList(start, start + 6));

        JsonNode json = JSON.readTree(post(getFeature("count=\"6\" startIndex=\"" + start + "\" outputFormat=\"application/json\"")).text());
        assertThat(json.get("numberReturned").asInt()).isEqualTo(6);
        assertThat(geoJsonIds(json)).containsExactlyElementsOf(all.subList(start, start + 6));

        JsonNode past = JSON.readTree(post(getFeature("count=\"6\" startIndex=\"" + (all.size() - 1) + "\" outputFormat=\"application/json\"")).text());
        assertThat(geoJsonIds(past)).as("the last page holds what is left").containsExactly(all.get(all.size() - 1));
    }

    @Test
    void walkingThePagesOfSeveralTypesReturnsEveryFeatureOnce() {
        List<String> seen = new ArrayList<>();
        String next = wfsUrl() + "?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=map_sheets,provinces&COUNT=7&OUTPUTFORMAT=application/json";
        int pages = 0;
        while (next != null) {
            assertThat(pages++).as("the walk ends").isLessThan(1000);
            Response r = wfs(next.substring(next.indexOf('?') + 1));
            assertThat(r.status()).as(r.text()).isEqualTo(200);
            JsonNode page = JSON.readTree(r.text());
            assertThat(page.get("numberReturned").asInt()).isLessThanOrEqualTo(7);
            seen.addAll(geoJsonIds(page));
            next = null;
            if (page.has("links")) {
                for (JsonNode l : page.get("links")) {
                    if (l.get("rel").asString().equals("next")) {
                        next = l.get("href").asString();
                    }
                }
            }
        }
        assertThat(seen).containsExactlyElementsOf(both());
    }
}
