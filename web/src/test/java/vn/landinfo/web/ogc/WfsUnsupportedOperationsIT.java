package vn.landinfo.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The live WFS is read-only: a client asking for an operation it does not offer — editing (Transaction, as QGIS sends
 * it), locking, managing stored queries, or one of a version that has not got it — gets OperationNotSupported with the
 * operation's name as locator and 501 Not Implemented, the status OWS Common 2.0 (06-121r9 Table 28) gives that code
 * and WFS 2.0 adopts (decision 0189), in its version's exception report; the capabilities declare none of them, and
 * nothing is written.
 */
class WfsUnsupportedOperationsIT extends WfsTestSupport {

    private static final List<String> NOT_OFFERED = List.of("Transaction", "LockFeature", "GetFeatureWithLock", "CreateStoredQuery",
            "DropStoredQuery", "GetGmlObject");

    private long registerRows() {
        return jdbc.sql("SELECT (SELECT count(*) FROM parcel_version) + (SELECT count(*) FROM cadastral_transaction)").query(Long.class).single();
    }

    private static void assertNotSupported(Response r, String operation, String reportSchema) {
        assertThat(r.status()).as(operation + ": " + r.text()).isEqualTo(501);
        assertThat(r.text()).contains("OperationNotSupported").contains("locator=\"" + operation + "\"");
        CapabilitiesSchemas.validateAgainst(reportSchema, r.text());
        String message = r.text().replaceAll("(?s).*<(?:ows:ExceptionText|ServiceException[^>]*)>([^<]*)</.*", "$1");
        assertThat(message).as("Vietnamese first, then English").contains(" / ").contains("chỉ đọc").contains("read-only");
    }

    @Test
    void everyVersionAnswersOperationNotSupportedWith501AndTheOperationAsLocator() {
        long before = registerRows();
        for (String op : NOT_OFFERED) {
            assertNotSupported(wfs("SERVICE=WFS&VERSION=2.0.0&REQUEST=" + op), op, "ogc/ows/1.1.0/owsExceptionReport.xsd");
            assertNotSupported(wfs("SERVICE=WFS&VERSION=1.1.0&REQUEST=" + op), op, "ogc/ows/1.0.0/owsExceptionReport.xsd");
            Response v10 = wfs("SERVICE=WFS&VERSION=1.0.0&REQUEST=" + op);
            assertNotSupported(v10, op, "ogc/wfs/1.0.0/OGC-exception.xsd");
            assertThat(v10.text()).contains("<ServiceExceptionReport");
        }
        Response stored11 = wfs("SERVICE=WFS&VERSION=1.1.0&REQUEST=ListStoredQueries");
        assertThat(stored11.status()).as("an operation of 2.0 only, asked in 1.1").isEqualTo(501);
        assertThat(stored11.text()).contains("exceptionCode=\"OperationNotSupported\"").contains("locator=\"ListStoredQueries\"");
        assertThat(registerRows()).isEqualTo(before);
    }

    @Test
    void aTransactionPostedAsQgisSendsItIsRefusedAndWritesNothing() {
        long before = registerRows();
        long parcel = jdbc.sql("SELECT min(id) FROM publish.parcels").query(Long.class).single();
        // QGIS 3.22 on a 2.0.0 connection edits with a 1.0.0 Transaction in GML2 (docs: what QGIS does over WFS-T).
        Response v10 = post("""
                <wfs:Transaction service="WFS" version="1.0.0" xmlns:wfs="http://www.opengis.net/wfs" xmlns:ogc="http://www.opengis.net/ogc"
                    xmlns:landinfo="http://landinfo.gov.vn/cadastre">
                  <wfs:Delete typeName="landinfo:parcels"><ogc:Filter><ogc:FeatureId fid="parcels.%d"/></ogc:Filter></wfs:Delete>
                </wfs:Transaction>""".formatted(parcel));
        assertNotSupported(v10, "Transaction", "ogc/wfs/1.0.0/OGC-exception.xsd");
        assertThat(v10.text()).as("answered in the request's version").contains("<ServiceExceptionReport");
        Response v20 = post("""
                <wfs:Transaction service="WFS" version="2.0.0" xmlns:wfs="http://www.opengis.net/wfs/2.0" xmlns:fes="http://www.opengis.net/fes/2.0">
                  <wfs:Delete typeName="parcels"><fes:Filter><fes:ResourceId rid="parcels.%d"/></fes:Filter></wfs:Delete>
                </wfs:Transaction>""".formatted(parcel));
        assertNotSupported(v20, "Transaction", "ogc/ows/1.1.0/owsExceptionReport.xsd");
        Response lock = post("""
                <wfs:LockFeature service="WFS" version="2.0.0" xmlns:wfs="http://www.opengis.net/wfs/2.0"><wfs:Query typeNames="parcels"/></wfs:LockFeature>""");
        assertNotSupported(lock, "LockFeature", "ogc/ows/1.1.0/owsExceptionReport.xsd");
        assertThat(registerRows()).isEqualTo(before);
        assertThat(wfs("SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=parcels&RESOURCEID=parcels." + parcel + "&RESULTTYPE=hits").text())
                .contains("numberMatched=\"1\"");
    }

    @Test
    void theCapabilitiesOfEveryVersionDeclareNoneOfThem() throws Exception {
        Document v20 = WfsCapabilitiesIT.parse(wfs("SERVICE=WFS&REQUEST=GetCapabilities&ACCEPTVERSIONS=2.0.0").text());
        assertThat(operations(v20, "http://www.opengis.net/ows/1.1")).contains("GetFeature").doesNotContainAnyElementsOf(NOT_OFFERED);
        Document v11 = WfsCapabilitiesIT.parse(wfs("SERVICE=WFS&REQUEST=GetCapabilities&ACCEPTVERSIONS=1.1.0").text());
        assertThat(operations(v11, "http://www.opengis.net/ows")).contains("GetFeature").doesNotContainAnyElementsOf(NOT_OFFERED);
        Document v10 = WfsCapabilitiesIT.parse(wfs("SERVICE=WFS&REQUEST=GetCapabilities&VERSION=1.0.0").text());
        Element request = (Element) v10.getElementsByTagNameNS("http://www.opengis.net/wfs", "Request").item(0);
        List<String> v10ops = new ArrayList<>();
        for (org.w3c.dom.Node n = request.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                v10ops.add(e.getLocalName());
            }
        }
        assertThat(v10ops).containsExactly("GetCapabilities", "DescribeFeatureType", "GetFeature");
    }

    private static List<String> operations(Document d, String ows) {
        NodeList ops = d.getElementsByTagNameNS(ows, "Operation");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < ops.getLength(); i++) {
            names.add(((Element) ops.item(i)).getAttribute("name"));
        }
        return names;
    }
}
