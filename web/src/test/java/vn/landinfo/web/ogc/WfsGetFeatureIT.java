package vn.landinfo.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.validation.Schema;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * GetFeature and friends over real HTTP on the demo cadastre: GML valid against the official schemas and the
 * service's own DescribeFeatureType, counts equal to the database, pages that walk every feature once, KVP and POST
 * alike. Every srsName form landing the parcel where PostGIS puts it is SrsNameAxisOrderIT's.
 */
class WfsGetFeatureIT extends WfsTestSupport {

    private static final String GF = "SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature";

    private long parcelId() {
        return jdbc.sql("SELECT min(id) FROM publish.parcels").query(Long.class).single();
    }

    @Test
    void gml32FeaturesAreValidAgainstWfsGmlAndTheApplicationSchema() throws Exception {
        Response r = wfs(GF + "&TYPENAMES=landinfo:parcels&COUNT=5");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/gml+xml");
        String xsd = wfs("SERVICE=WFS&VERSION=2.0.0&REQUEST=DescribeFeatureType&TYPENAMES=parcels").text();
        Schema schema = CapabilitiesSchemas.compileWith("ogc/wfs/2.0/wfs.xsd", xsd);
        CapabilitiesSchemas.validate(schema, r.text());
        Document d = WfsCapabilitiesIT.parse(r.text());
        assertThat(d.getDocumentElement().getAttribute("numberReturned")).isEqualTo("5");
        long total = jdbc.sql("SELECT count(*) FROM publish.parcels").query(Long.class).single();
        assertThat(d.getDocumentElement().getAttribute("numberMatched")).isEqualTo(Long.toString(total));
        assertThat(d.getDocumentElement().getAttribute("next")).contains("STARTINDEX=5");
    }

    @Test
    void hitsCountTheDatabaseAndGeoJsonCarriesTheRows() {
        long total = jdbc.sql("SELECT count(*) FROM publish.map_sheets").query(Long.class).single();
        Response hits = wfs(GF + "&TYPENAMES=map_sheets&RESULTTYPE=hits");
        assertThat(hits.status()).isEqualTo(200);
        assertThat(hits.text()).contains("numberMatched=\"" + total + "\"").contains("numberReturned=\"0\"");
        Response json = wfs(GF + "&TYPENAMES=map_sheets&COUNT=3&OUTPUTFORMAT=application/json");
        assertThat(json.status()).as(json.text()).isEqualTo(200);
        assertThat(json.contentType()).startsWith("application/json");
        assertThat(json.text()).contains("\"numberMatched\":" + total).contains("\"numberReturned\":3").contains("\"id\":\"map_sheets.");
    }

    @Test
    void walkingEveryPageReturnsEveryFeatureOnce() {
        Set<String> expected = new HashSet<>(jdbc.sql("SELECT 'map_sheets.' || id FROM publish.map_sheets").query(String.class).list());
        List<String> seen = new ArrayList<>();
        String url = wfsUrl() + "?" + GF + "&TYPENAMES=map_sheets&COUNT=7&SORTBY=sheet_number%20DESC&OUTPUTFORMAT=application/json";
        int pages = 0;
        while (url != null && pages++ < 1000) {
            String body = wfs(url.substring(url.indexOf('?') + 1)).text();
            Matcher ids = Pattern.compile("\"type\":\"Feature\",\"id\":\"([^\"]+)\"").matcher(body);
            while (ids.find()) {
                seen.add(ids.group(1));
            }
            Matcher next = Pattern.compile("\"href\":\"([^\"]+)\",\"rel\":\"next\"").matcher(body);
            url = next.find() ? next.group(1).replace("\\u0026", "&") : null;
        }
        assertThat(seen).doesNotHaveDuplicates();
        assertThat(new HashSet<>(seen)).isEqualTo(expected);
    }

    @Test
    void kvpAndPostAnswerTheSameFeatures() {
        String kvp = wfs(GF + "&TYPENAMES=map_sheets&COUNT=4&SORTBY=sheet_number&OUTPUTFORMAT=application/json"
                + "&PROPERTYNAME=sheet_number,scale").text();
        String post = post("""
                <wfs:GetFeature service="WFS" version="2.0.0" count="4" outputFormat="application/json"
                    xmlns:wfs="http://www.opengis.net/wfs/2.0" xmlns:fes="http://www.opengis.net/fes/2.0">
                  <wfs:Query typeNames="map_sheets"><wfs:PropertyName>sheet_number</wfs:PropertyName><wfs:PropertyName>scale</wfs:PropertyName>
                    <fes:SortBy><fes:SortProperty><fes:ValueReference>sheet_number</fes:ValueReference></fes:SortProperty></fes:SortBy>
                  </wfs:Query>
                </wfs:GetFeature>""").text();
        String stamp = "\"timeStamp\":\"[^\"]*\"";
        String links = ",\"links\":\\[.*\\]";
        assertThat(post.replaceAll(stamp, "").replaceAll(links, "")).isEqualTo(kvp.replaceAll(stamp, "").replaceAll(links, ""));
        assertThat(kvp).contains("\"numberReturned\":4");
    }

    @Test
    void anFesFilterSelectsOnlyMatchingFeatures() {
        String commune = jdbc.sql("SELECT commune_code FROM publish.parcels ORDER BY id LIMIT 1").query(String.class).single();
        long expected = jdbc.sql("SELECT count(*) FROM publish.parcels WHERE commune_code = :c").param("c", commune).query(Long.class).single();
        String filter = "<fes:Filter xmlns:fes=\"http://www.opengis.net/fes/2.0\"><fes:PropertyIsEqualTo><fes:ValueReference>commune_code"
                + "</fes:ValueReference><fes:Literal>" + commune + "</fes:Literal></fes:PropertyIsEqualTo></fes:Filter>";
        Response r = wfs(GF + "&TYPENAMES=parcels&RESULTTYPE=hits&FILTER=" + enc(filter));
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.text()).contains("numberMatched=\"" + expected + "\"");
    }

    @Test
    void getFeatureByIdAnswersTheBareFeatureOrNotFound() {
        long id = parcelId();
        Response r = wfs(GF + "&STOREDQUERY_ID=urn:ogc:def:query:OGC-WFS::GetFeatureById&ID=parcels." + id);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.text()).contains("<landinfo:parcels").contains("gml:id=\"parcels." + id + "\"").doesNotContain("FeatureCollection");
        Response missing = wfs(GF + "&STOREDQUERY_ID=urn:ogc:def:query:OGC-WFS::GetFeatureById&ID=parcels.999999999");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.text()).contains("exceptionCode=\"NotFound\"");
    }

    @Test
    void getPropertyValueAnswersAValueCollection() throws Exception {
        Response r = wfs("SERVICE=WFS&VERSION=2.0.0&REQUEST=GetPropertyValue&TYPENAMES=map_sheets&VALUEREFERENCE=sheet_number&COUNT=3");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        CapabilitiesSchemas.validateAgainst("ogc/wfs/2.0/wfs.xsd", r.text());
        assertThat(WfsCapabilitiesIT.texts(WfsCapabilitiesIT.parse(r.text()), "http://www.opengis.net/wfs/2.0", "member")).hasSize(3)
                .allMatch(v -> v.matches("\\d+"));
        Response bad = wfs("SERVICE=WFS&VERSION=2.0.0&REQUEST=GetPropertyValue&TYPENAMES=map_sheets&VALUEREFERENCE=owner");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text()).contains("locator=\"valueReference\"");
    }

    @Test
    void olderVersionsAnswerInTheirGml() {
        Response v11 = wfs("SERVICE=WFS&VERSION=1.1.0&REQUEST=GetFeature&TYPENAME=provinces&MAXFEATURES=2");
        assertThat(v11.status()).as(v11.text()).isEqualTo(200);
        assertThat(v11.text()).contains("gml:featureMember").contains("<landinfo:provinces");
        Response v10 = wfs("SERVICE=WFS&VERSION=1.0.0&REQUEST=GetFeature&TYPENAME=provinces&MAXFEATURES=2");
        assertThat(v10.status()).as(v10.text()).isEqualTo(200);
        assertThat(v10.text().toLowerCase(Locale.ROOT)).contains("gml:coordinates");
    }
}
