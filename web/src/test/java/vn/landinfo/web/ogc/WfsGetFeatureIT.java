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
    void hitsCountTheDatabaseAndGeoJsonCarriesTheRows() throws Exception {
        long total = jdbc.sql("SELECT count(*) FROM publish.map_sheets").query(Long.class).single();
        Response hits = wfs(GF + "&TYPENAMES=map_sheets&RESULTTYPE=hits");
        assertThat(hits.status()).isEqualTo(200);
        assertThat(hits.text()).contains("numberMatched=\"" + total + "\"").contains("numberReturned=\"0\"");
        // With a page size, hits point to the first page of the results they counted (WFS 2.0 §7.7.4.2).
        Response paged = wfs(GF + "&TYPENAMES=map_sheets&RESULTTYPE=hits&COUNT=2");
        String next = WfsCapabilitiesIT.parse(paged.text()).getDocumentElement().getAttribute("next");
        assertThat(next).contains("STARTINDEX=0").contains("COUNT=2").doesNotContainIgnoringCase("RESULTTYPE");
        assertThat(wfs(next.substring(next.indexOf('?') + 1)).text()).contains("numberReturned=\"2\"");
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

    private static String nil(String property) {
        return "<fes:Filter xmlns:fes=\"http://www.opengis.net/fes/2.0\" xmlns:landinfo=\"http://landinfo.gov.vn/cadastre\"><fes:PropertyIsNil>"
                + "<fes:ValueReference>landinfo:" + property + "</fes:ValueReference></fes:PropertyIsNil></fes:Filter>";
    }

    /**
     * A nullable property without a value is written xsi:nil (DescribeFeatureType declares it nillable), and FES
     * PropertyIsNil selects exactly the features where it is: what the OGC suite's propertyIsNil checks.
     */
    @Test
    void aMissingValueIsWrittenNilAndPropertyIsNilSelectsExactlyThoseFeatures() throws Exception {
        long withoutAddress = jdbc.sql("SELECT count(*) FROM publish.parcels WHERE address IS NULL").query(Long.class).single();
        Response hits = wfs(GF + "&TYPENAMES=parcels&RESULTTYPE=hits&FILTER=" + enc(nil("address")));
        assertThat(hits.status()).as(hits.text()).isEqualTo(200);
        assertThat(hits.text()).contains("numberMatched=\"" + withoutAddress + "\"");
        // A current parcel has no end of life: valid_to is nil on every one.
        long current = jdbc.sql("SELECT count(*) FROM publish.parcels").query(Long.class).single();
        Response r = wfs(GF + "&TYPENAMES=parcels&COUNT=3&FILTER=" + enc(nil("valid_to")));
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        Schema schema = CapabilitiesSchemas.compileWith("ogc/wfs/2.0/wfs.xsd",
                wfs("SERVICE=WFS&VERSION=2.0.0&REQUEST=DescribeFeatureType&TYPENAMES=parcels").text());
        CapabilitiesSchemas.validate(schema, r.text());
        assertThat(r.text()).contains("numberMatched=\"" + current + "\"");
        assertThat(r.text().split("<landinfo:valid_to xsi:nil=\"true\"/>", -1)).hasSize(4);
        // gml:name, which every GML feature inherits, is never filled: PropertyIsNull holds for every feature.
        String gmlNameIsNull = "<fes:Filter xmlns:fes=\"http://www.opengis.net/fes/2.0\" xmlns:gml=\"http://www.opengis.net/gml/3.2\">"
                + "<fes:PropertyIsNull><fes:ValueReference>gml:name</fes:ValueReference></fes:PropertyIsNull></fes:Filter>";
        assertThat(wfs(GF + "&TYPENAMES=parcels&RESULTTYPE=hits&FILTER=" + enc(gmlNameIsNull)).text()).contains("numberMatched=\"" + current + "\"");
        // A property that always has a value is never nil.
        assertThat(wfs(GF + "&TYPENAMES=parcels&RESULTTYPE=hits&FILTER=" + enc(nil("national_id"))).text()).contains("numberMatched=\"0\"");
    }

    /** The collection names its schemas: WFS 2.0's, and this service's DescribeFeatureType of the types in it. */
    @Test
    void aFeatureCollectionNamesItsSchemasForValidatingClients() throws Exception {
        Response r = wfs(GF + "&TYPENAMES=parcels,map_sheets&COUNT=1");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        String location = WfsCapabilitiesIT.parse(r.text()).getDocumentElement()
                .getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation");
        String[] pairs = location.split(" ");
        assertThat(pairs).hasSize(4);
        assertThat(pairs[0] + " " + pairs[1]).isEqualTo("http://www.opengis.net/wfs/2.0 http://schemas.opengis.net/wfs/2.0/wfs.xsd");
        assertThat(pairs[2]).isEqualTo("http://landinfo.gov.vn/cadastre");
        assertThat(pairs[3]).startsWith(wfsUrl() + "?").contains("REQUEST=DescribeFeatureType").contains("TYPENAMES=parcels%2Cmap_sheets");
        Response schema = wfs(pairs[3].substring(pairs[3].indexOf('?') + 1));
        assertThat(schema.status()).isEqualTo(200);
        assertThat(schema.text()).contains("name=\"parcels\"").contains("name=\"map_sheets\"");
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
        Response empty = wfs("SERVICE=WFS&VERSION=2.0.0&REQUEST=GetPropertyValue&TYPENAMES=map_sheets&VALUEREFERENCE=");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.text()).contains("exceptionCode=\"InvalidParameterValue\"").contains("locator=\"valueReference\"");
        // The feature id is a value every feature has (WFS 2.0 §10.2.4.3).
        Response ids = wfs("SERVICE=WFS&VERSION=2.0.0&REQUEST=GetPropertyValue&TYPENAMES=map_sheets&VALUEREFERENCE=@gml:id&COUNT=3");
        assertThat(ids.status()).as(ids.text()).isEqualTo(200);
        assertThat(WfsCapabilitiesIT.texts(WfsCapabilitiesIT.parse(ids.text()), "http://www.opengis.net/wfs/2.0", "member")).hasSize(3)
                .allMatch(v -> v.matches("map_sheets\\.\\d+"));
    }

    /**
     * WFS 2.0 counts values (§7.6.3.5, decision 0208): a feature whose property is null presents no value, so it is
     * neither a member nor counted. Every version of a few parcels with a history (FES ResourceId version="ALL"): the
     * past versions have a valid_to, the ones in force none — numberMatched is SQL's count of the values, numberReturned
     * the members written, and paging with startIndex and count returns every value once.
     */
    @Test
    void getPropertyValueCountsTheValuesNotTheFeaturesWithoutOne() throws Exception {
        List<Long> parcels = jdbc.sql("SELECT h.id FROM publish.parcel_history h JOIN publish.parcels p ON p.id = h.id "
                + "WHERE h.valid_to IS NOT NULL GROUP BY h.id ORDER BY h.id LIMIT 4").query(Long.class).list();
        assertThat(parcels).as("the demo register holds parcels with past versions").isNotEmpty();
        List<java.time.Instant> expected = jdbc.sql("SELECT valid_to FROM publish.parcel_history WHERE id IN (:ids) AND valid_to IS NOT NULL")
                .param("ids", parcels).query((rs, n) -> rs.getTimestamp(1).toInstant()).list();
        long versions = jdbc.sql("SELECT count(*) FROM publish.parcel_history WHERE id IN (:ids)").param("ids", parcels).query(Long.class).single();
        assertThat(versions).as("the versions in force have no valid_to").isGreaterThan(expected.size());
        StringBuilder filter = new StringBuilder("<fes:Filter xmlns:fes=\"http://www.opengis.net/fes/2.0\">");
        parcels.forEach(id -> filter.append("<fes:ResourceId rid=\"parcels.").append(id).append("\" version=\"ALL\"/>"));
        filter.append("</fes:Filter>");
        String q = "SERVICE=WFS&VERSION=2.0.0&REQUEST=GetPropertyValue&TYPENAMES=parcels&VALUEREFERENCE=valid_to&FILTER="
                + java.net.URLEncoder.encode(filter.toString(), java.nio.charset.StandardCharsets.UTF_8);

        Response all = wfs(q);
        assertThat(all.status()).as(all.text()).isEqualTo(200);
        Document whole = WfsCapabilitiesIT.parse(all.text());
        assertThat(whole.getDocumentElement().getAttribute("numberMatched")).as("values, not the %d versions", versions)
                .isEqualTo(Integer.toString(expected.size()));
        assertThat(whole.getDocumentElement().getAttribute("numberReturned")).isEqualTo(Integer.toString(expected.size()));
        Response hits = wfs(q + "&RESULTTYPE=hits");
        assertThat(WfsCapabilitiesIT.parse(hits.text()).getDocumentElement().getAttribute("numberMatched")).isEqualTo(Integer.toString(expected.size()));

        int count = 2;
        List<java.time.Instant> walked = new ArrayList<>();
        for (int start = 0; start <= expected.size(); start += count) {
            Response page = wfs(q + "&STARTINDEX=" + start + "&COUNT=" + count);
            assertThat(page.status()).as(page.text()).isEqualTo(200);
            CapabilitiesSchemas.validateAgainst("ogc/wfs/2.0/wfs.xsd", page.text());
            Document d = WfsCapabilitiesIT.parse(page.text());
            List<String> members = WfsCapabilitiesIT.texts(d, "http://www.opengis.net/wfs/2.0", "member");
            assertThat(members).as("no empty member stands for a null").allMatch(v -> !v.isBlank());
            assertThat(d.getDocumentElement().getAttribute("numberReturned")).as("numberReturned counts the members").isEqualTo(Integer.toString(members.size()));
            assertThat(members.size()).as("page at %d holds count values while values remain", start).isEqualTo(Math.min(count, expected.size() - start));
            members.forEach(m -> walked.add(java.time.Instant.parse(m)));
        }
        assertThat(walked).as("every value once, over the pages").containsExactlyInAnyOrderElementsOf(expected);
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
