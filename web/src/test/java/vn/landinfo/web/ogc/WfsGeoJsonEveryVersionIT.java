package vn.landinfo.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * GeoJSON is served by every WFS version, and every version's capabilities say so under the name a client sends
 * back: 2.0.0 and 1.1.0 as {@code application/json}, 1.0.0 — whose schema names GML2 alone in ResultFormat — as
 * {@code lwfs:JSON}, an element the service defines in a schema of its own that stands for wfs:GML2, so the
 * document still validates (decision 0189). The same request in each version returns the same features.
 */
class WfsGeoJsonEveryVersionIT extends WfsTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private List<String> ids(String query) {
        Response r = wfs(query);
        assertThat(r.status()).as(query + " → " + r.text()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/json");
        JsonNode page = JSON.readTree(r.text());
        assertThat(page.get("type").asString()).isEqualTo("FeatureCollection");
        List<String> ids = new ArrayList<>();
        page.get("features").forEach(f -> {
            assertThat(f.get("geometry").get("type").asString()).isIn("Polygon", "MultiPolygon");
            ids.add(f.get("id").asString());
        });
        return ids;
    }

    @Test
    void capabilities100DeclareGeoJsonAsJsonAndStayValid() throws Exception {
        Response r = wfs("SERVICE=WFS&REQUEST=GetCapabilities&VERSION=1.0.0");
        assertThat(r.status()).isEqualTo(200);
        validateCapabilities100(r.text());
        Document d = WfsCapabilitiesIT.parse(r.text());
        Element resultFormat = (Element) d.getElementsByTagNameNS("http://www.opengis.net/wfs", "ResultFormat").item(0);
        List<String> formats = new ArrayList<>();
        for (org.w3c.dom.Node n = resultFormat.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                formats.add("{" + e.getNamespaceURI() + "}" + e.getLocalName());
            }
        }
        assertThat(formats).containsExactly("{http://www.opengis.net/wfs}GML2", "{http://landinfo.gov.vn/wfs}JSON");
    }

    @Test
    void everyVersionServesGeoJsonUnderTheNameItsCapabilitiesDeclare() throws Exception {
        Document v20 = WfsCapabilitiesIT.parse(wfs("SERVICE=WFS&REQUEST=GetCapabilities&ACCEPTVERSIONS=2.0.0").text());
        assertThat(WfsCapabilitiesIT.texts(v20, "http://www.opengis.net/ows/1.1", "Value")).contains("application/json");
        Document v11 = WfsCapabilitiesIT.parse(wfs("SERVICE=WFS&REQUEST=GetCapabilities&ACCEPTVERSIONS=1.1.0").text());
        assertThat(WfsCapabilitiesIT.texts(v11, "http://www.opengis.net/ows", "Value")).contains("application/json");

        List<String> v2 = ids("SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=map_sheets&COUNT=4&OUTPUTFORMAT=application/json");
        List<String> v1 = ids("SERVICE=WFS&VERSION=1.1.0&REQUEST=GetFeature&TYPENAME=map_sheets&MAXFEATURES=4&OUTPUTFORMAT=application/json");
        List<String> v0 = ids("SERVICE=WFS&VERSION=1.0.0&REQUEST=GetFeature&TYPENAME=map_sheets&MAXFEATURES=4&OUTPUTFORMAT=JSON");
        List<String> expected = jdbc.sql("SELECT 'map_sheets.' || id FROM publish.map_sheets ORDER BY id LIMIT 4").query(String.class).list();
        assertThat(v2).containsExactlyElementsOf(expected);
        assertThat(v1).containsExactlyElementsOf(expected);
        assertThat(v0).containsExactlyElementsOf(expected);
    }
}
