package vn.landinfo.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Bad WFS input gets the exception report of its version with the code and locator the standard names, a 4xx status
 * (501 for an operation not offered: WfsUnsupportedOperationsIT) and a Vietnamese-then-English message — never a 500;
 * hostile XML (external entities, entity expansion, oversize bodies) is refused before anything is read.
 */
class WfsExceptionsIT extends WfsTestSupport {

    private static final String GET_FEATURE = "SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=parcels";

    private void assertReport(Response r, int status, String code, String locator) {
        assertThat(r.status()).as(r.text()).isEqualTo(status);
        assertThat(r.text()).contains("exceptionCode=\"" + code + "\"");
        if (locator != null) {
            assertThat(r.text()).contains("locator=\"" + locator + "\"");
        }
        CapabilitiesSchemas.validateAgainst("ogc/ows/1.1.0/owsExceptionReport.xsd", r.text());
        String message = r.text().replaceAll("(?s).*<ows:ExceptionText>([^<]*)</ows:ExceptionText>.*", "$1");
        assertThat(message).contains(" / ");
        assertThat(message.substring(0, message.indexOf(" / ")).chars().anyMatch(c -> c > 127)).as("Vietnamese first: " + message).isTrue();
    }

    @Test
    void kvpMistakesGetTheirCodeAndLocator() {
        assertReport(wfs(GET_FEATURE.replace("parcels", "owners")), 400, "InvalidParameterValue", "typeNames");
        assertReport(wfs(GET_FEATURE.replace("parcels", "restrictions")), 400, "InvalidParameterValue", "typeNames");
        assertReport(wfs(GET_FEATURE + "&PROPERTYNAME=owner_name"), 400, "InvalidParameterValue", "propertyName");
        assertReport(wfs(GET_FEATURE + "&SRSNAME=EPSG:2154"), 400, "InvalidParameterValue", "srsName");
        assertReport(wfs(GET_FEATURE + "&COUNT=1000000"), 400, "InvalidParameterValue", "count");
        assertReport(wfs(GET_FEATURE + "&COUNT=abc"), 400, "InvalidParameterValue", "count");
        assertReport(wfs(GET_FEATURE + "&BBOX=1,2,x,4"), 400, "InvalidParameterValue", "bbox");
        assertReport(wfs(GET_FEATURE + "&OUTPUTFORMAT=image/png"), 400, "InvalidParameterValue", "outputFormat");
        assertReport(wfs("SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature"), 400, "MissingParameterValue", "typeNames");
        assertReport(wfs("SERVICE=WFS&VERSION=2.0.0"), 400, "MissingParameterValue", "REQUEST");
        assertReport(wfs("REQUEST=GetCapabilities"), 400, "MissingParameterValue", "service");
        assertReport(wfs("SERVICE=WFS&VERSION=2.0.0&REQUEST=GetPropertyValue&TYPENAMES=parcels"), 400, "MissingParameterValue",
                "valueReference");
        assertReport(wfs("SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&STOREDQUERY_ID=urn:ogc:def:query:OGC-WFS::GetFeatureById&ID=nothing.1"),
                404, "NotFound", "id");
    }

    /**
     * WFS 2.0 §7.9.2.4.1: an id of a feature of another type than the one queried is refused (the OGC suite's
     * inconsistentFeatureIdentifierAndType), by KVP and inside a posted fes:Filter; an id of no type selects nothing.
     */
    @Test
    void aResourceIdOfAnotherFeatureTypeIsRefusedAnUnknownOneSelectsNothing() {
        long sheet = jdbc.sql("SELECT min(id) FROM publish.map_sheets").query(Long.class).single();
        assertReport(wfs(GET_FEATURE + "&RESOURCEID=map_sheets." + sheet), 400, "InvalidParameterValue", "resourceId");
        assertReport(post("""
                <wfs:GetFeature service="WFS" version="2.0.0" xmlns:wfs="http://www.opengis.net/wfs/2.0" xmlns:fes="http://www.opengis.net/fes/2.0">
                  <wfs:Query typeNames="parcels"><fes:Filter><fes:ResourceId rid="map_sheets.%d"/></fes:Filter></wfs:Query>
                </wfs:GetFeature>""".formatted(sheet)), 400, "InvalidParameterValue", "resourceId");
        Response unknown = wfs(GET_FEATURE + "&RESOURCEID=test-5f0c");
        assertThat(unknown.status()).as(unknown.text()).isEqualTo(200);
        assertThat(unknown.text()).contains("numberMatched=\"0\"").contains("numberReturned=\"0\"");
        Response own = wfs("SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=map_sheets&RESOURCEID=map_sheets." + sheet);
        assertThat(own.text()).contains("numberReturned=\"1\"");
    }

    @Test
    void resolveTakesLocalOrNoneAndRemoteIsNotOffered() {
        assertThat(wfs(GET_FEATURE + "&COUNT=1&RESOLVE=local").status()).isEqualTo(200);
        assertThat(wfs(GET_FEATURE + "&COUNT=1&RESOLVE=none").status()).isEqualTo(200);
        // OptionNotSupported is 501 Not Implemented (OWS Common 2.0 Table 28; decision 0189).
        assertReport(wfs(GET_FEATURE + "&COUNT=1&RESOLVE=remote"), 501, "OptionNotSupported", "resolve");
        assertReport(wfs(GET_FEATURE + "&COUNT=1&RESOLVE=sometimes"), 400, "InvalidParameterValue", "resolve");
        assertReport(post("""
                <wfs:GetFeature service="WFS" version="2.0.0" resolve="all" xmlns:wfs="http://www.opengis.net/wfs/2.0">
                  <wfs:Query typeNames="parcels"/></wfs:GetFeature>"""), 501, "OptionNotSupported", "resolve");
    }

    @Test
    void olderVersionsAnswerInTheirOwnReport() {
        Response v11 = wfs("SERVICE=WFS&VERSION=1.1.0&REQUEST=GetFeature&TYPENAME=owners");
        assertThat(v11.status()).isEqualTo(400);
        assertThat(v11.text()).contains("xmlns:ows=\"http://www.opengis.net/ows\"").contains("exceptionCode=\"InvalidParameterValue\"");
        CapabilitiesSchemas.validateAgainst("ogc/ows/1.0.0/owsExceptionReport.xsd", v11.text());
        Response v10 = wfs("SERVICE=WFS&VERSION=1.0.0&REQUEST=GetFeature&TYPENAME=owners");
        assertThat(v10.status()).isEqualTo(400);
        assertThat(v10.text()).contains("<ServiceExceptionReport").contains("code=\"InvalidParameterValue\"");
        CapabilitiesSchemas.validateAgainst("ogc/wfs/1.0.0/OGC-exception.xsd", v10.text());
        Response stored = wfs("SERVICE=WFS&VERSION=1.1.0&REQUEST=ListStoredQueries");
        assertThat(stored.status()).isEqualTo(501);
        assertThat(stored.text()).contains("exceptionCode=\"OperationNotSupported\"");
    }

    @Test
    void hostileAndBrokenXmlBodiesAreRefusedBeforeAnythingIsRead() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <wfs:DescribeFeatureType service="WFS" version="2.0.0" xmlns:wfs="http://www.opengis.net/wfs/2.0"><wfs:TypeName>&xxe;</wfs:TypeName></wfs:DescribeFeatureType>""";
        Response r = post(xxe);
        assertReport(r, 400, "OperationParsingFailed", "request");
        assertThat(r.text()).doesNotContain("root:");
        String laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\">" + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>"
                + "<wfs:GetCapabilities service=\"WFS\" xmlns:wfs=\"http://www.opengis.net/wfs/2.0\">&d;</wfs:GetCapabilities>";
        assertReport(post(laughs), 400, "OperationParsingFailed", "request");
        assertReport(post("<wfs:GetFeature xmlns:wfs=\"http://www.opengis.net/wfs/2.0\"><wfs:Query"), 400, "OperationParsingFailed", "request");
        assertReport(post("<GetFeature/>"), 400, "OperationParsingFailed", "GetFeature");
        byte[] huge = ("<wfs:GetFeature xmlns:wfs=\"http://www.opengis.net/wfs/2.0\"><!--" + "x".repeat(2 * 1024 * 1024) + "--></wfs:GetFeature>")
                .getBytes(StandardCharsets.UTF_8);
        assertReport(post(huge), 413, "OperationParsingFailed", "request");
    }

    @Test
    void xmlMistakesGetTheSameCodesAsKvp() {
        assertReport(post("""
                <wfs:GetFeature service="WFS" version="2.0.0" count="1000000" xmlns:wfs="http://www.opengis.net/wfs/2.0">
                  <wfs:Query typeNames="parcels"/></wfs:GetFeature>"""), 400, "InvalidParameterValue", "count");
        assertReport(post("""
                <wfs:GetFeature service="WFS" version="2.0.0" xmlns:wfs="http://www.opengis.net/wfs/2.0">
                  <wfs:Query typeNames="owners"/></wfs:GetFeature>"""), 400, "InvalidParameterValue", "typeNames");
        assertReport(post("""
                <wfs:GetFeature service="WFS" version="2.0.0" xmlns:wfs="http://www.opengis.net/wfs/2.0">
                  <wfs:Query typeNames="parcels" srsName="urn:ogc:def:crs:EPSG::2154"/></wfs:GetFeature>"""), 400, "InvalidParameterValue", "srsName");
    }
}
