package vn.landinfo.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import vn.landinfo.mapserver.catalog.Audience;
import vn.landinfo.mapserver.features.FeatureProperty;
import vn.landinfo.mapserver.features.FeatureType;
import vn.landinfo.mapserver.features.FeatureTypes;

/**
 * The WFS's description of itself in all three versions — capabilities, application schemas, stored queries — valid
 * against the official OGC schemas, saying exactly what is served, and the same whether asked by KVP or XML POST.
 */
class WfsCapabilitiesIT extends WfsTestSupport {

    private static final String WFS20 = "http://www.opengis.net/wfs/2.0";
    private static final String WFS = "http://www.opengis.net/wfs";
    private static final String OWS11 = "http://www.opengis.net/ows/1.1";
    private static final String FES20 = "http://www.opengis.net/fes/2.0";
    private static final List<String> PUBLIC_TYPES = List.of("landinfo:parcels", "landinfo:map_sheets", "landinfo:communes",
            "landinfo:provinces");

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    static List<String> texts(Document d, String ns, String localName) {
        NodeList nodes = d.getElementsByTagNameNS(ns, localName);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent().trim());
        }
        return out;
    }

    private static String constraint(Document d, String ns, String name) {
        NodeList nodes = d.getElementsByTagNameNS(ns, "Constraint");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element c = (Element) nodes.item(i);
            if (c.getAttribute("name").equals(name)) {
                return c.getElementsByTagNameNS(OWS11, "DefaultValue").item(0).getTextContent();
            }
        }
        return null;
    }

    @Test
    void capabilities200AreValidAndDeclareThePublicTypesCrssFormatsAndConformance() throws Exception {
        Response r = wfs("SERVICE=WFS&REQUEST=GetCapabilities&ACCEPTVERSIONS=2.0.0");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/xml");
        CapabilitiesSchemas.validateAgainst("ogc/wfs/2.0/wfs.xsd", r.text());
        Document d = parse(r.text());
        assertThat(d.getDocumentElement().getAttribute("version")).isEqualTo("2.0.0");
        assertThat(texts(d, WFS20, "Name")).containsExactlyElementsOf(PUBLIC_TYPES);
        assertThat(texts(d, WFS20, "DefaultCRS")).containsOnly("urn:ogc:def:crs:EPSG::4326");
        assertThat(texts(d, WFS20, "OtherCRS")).contains("urn:ogc:def:crs:EPSG::5897", "urn:ogc:def:crs:EPSG::9205",
                "urn:ogc:def:crs:EPSG::3857", "urn:ogc:def:crs:OGC:1.3:CRS84").doesNotContain("urn:ogc:def:crs:EPSG::4326");
        assertThat(texts(d, WFS20, "Format")).contains("application/gml+xml; version=3.2", "application/json");
        assertThat(constraint(d, OWS11, "ImplementsBasicWFS")).isEqualTo("TRUE");
        assertThat(constraint(d, OWS11, "ImplementsTransactionalWFS")).isEqualTo("FALSE");
        assertThat(constraint(d, OWS11, "ImplementsResultPaging")).isEqualTo("TRUE");
        assertThat(constraint(d, OWS11, "CountDefault")).isEqualTo("1000");
        assertThat(constraint(d, "http://www.opengis.net/fes/2.0", "ImplementsResourceId")).isEqualTo("TRUE");
        NodeList ops = d.getElementsByTagNameNS(OWS11, "Operation");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < ops.getLength(); i++) {
            names.add(((Element) ops.item(i)).getAttribute("name"));
        }
        assertThat(names).containsExactly("GetCapabilities", "DescribeFeatureType", "GetFeature", "GetPropertyValue",
                "ListStoredQueries", "DescribeStoredQueries");
        // Each type's box is inside Vietnam, longitude first.
        for (String lower : texts(d, OWS11, "LowerCorner")) {
            double lon = Double.parseDouble(lower.split(" ")[0]);
            double lat = Double.parseDouble(lower.split(" ")[1]);
            assertThat(lon).isBetween(100.0, 112.0);
            assertThat(lat).isBetween(7.0, 24.0);
        }
    }

    private static List<String> allowedValues(Document d, String operation, String parameter) {
        List<String> out = new ArrayList<>();
        NodeList ops = d.getElementsByTagNameNS(OWS11, "Operation");
        for (int i = 0; i < ops.getLength(); i++) {
            Element op = (Element) ops.item(i);
            if (!op.getAttribute("name").equals(operation)) {
                continue;
            }
            NodeList params = op.getElementsByTagNameNS(OWS11, "Parameter");
            for (int j = 0; j < params.getLength(); j++) {
                Element p = (Element) params.item(j);
                if (p.getAttribute("name").equals(parameter)) {
                    NodeList values = p.getElementsByTagNameNS(OWS11, "Value");
                    for (int k = 0; k < values.getLength(); k++) {
                        out.add(values.item(k).getTextContent());
                    }
                }
            }
        }
        return out;
    }

    private static List<String> operatorNames(Document d, String element) {
        NodeList nodes = d.getElementsByTagNameNS(FES20, element);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(((Element) nodes.item(i)).getAttribute("name"));
        }
        return out;
    }

    /**
     * What the OGC WFS 2.0 suite gates its conformance classes on is declared exactly as built (decision 0186): the
     * temporal and spatial filters with every operator the filter compiler has (but AnyInteracts, which the FES 2.0.0
     * schema cannot name), version navigation, resolve=local;
     * feature versioning (versions made by wfs:Transaction), transactions and locking not.
     */
    @Test
    void capabilities200DeclareEveryFilterOperatorBuiltAndNoTransactions() throws Exception {
        Document d = parse(wfs("SERVICE=WFS&REQUEST=GetCapabilities&ACCEPTVERSIONS=2.0.0").text());
        for (String c : List.of("ImplementsBasicWFS", "KVPEncoding", "XMLEncoding", "ImplementsResultPaging")) {
            assertThat(constraint(d, OWS11, c)).as(c).isEqualTo("TRUE");
        }
        for (String c : List.of("ImplementsTransactionalWFS", "ImplementsLockingWFS", "ImplementsFeatureVersioning", "ManageStoredQueries",
                "ImplementsRemoteResolve")) {
            assertThat(constraint(d, OWS11, c)).as(c).isEqualTo("FALSE");
        }
        for (String c : List.of("ImplementsSpatialFilter", "ImplementsTemporalFilter", "ImplementsMinTemporalFilter", "ImplementsVersionNav",
                "ImplementsSorting", "ImplementsStandardFilter")) {
            assertThat(constraint(d, FES20, c)).as(c).isEqualTo("TRUE");
        }
        assertThat(operatorNames(d, "TemporalOperator")).containsExactlyInAnyOrder("After", "Before", "Begins", "BegunBy", "TContains",
                "During", "TEquals", "TOverlaps", "Meets", "OverlappedBy", "MetBy", "Ends", "EndedBy");
        assertThat(operatorNames(d, "SpatialOperator")).contains("BBOX", "Intersects", "Within", "Contains", "Disjoint", "DWithin", "Beyond");
        assertThat(allowedValues(d, "GetFeature", "resolve")).containsExactly("local", "none");
        assertThat(allowedValues(d, "GetPropertyValue", "resolve")).containsExactly("local", "none");
    }

    @Test
    void capabilities110And100AreValidAgainstTheirSchemas() throws Exception {
        Response v11 = wfs("SERVICE=WFS&REQUEST=GetCapabilities&ACCEPTVERSIONS=1.1.0");
        assertThat(v11.status()).isEqualTo(200);
        CapabilitiesSchemas.validateAgainst("ogc/wfs/1.1.0/wfs.xsd", v11.text());
        Document d11 = parse(v11.text());
        assertThat(d11.getDocumentElement().getAttribute("version")).isEqualTo("1.1.0");
        assertThat(texts(d11, WFS, "Name")).containsExactlyElementsOf(PUBLIC_TYPES);
        assertThat(texts(d11, WFS, "DefaultSRS")).containsOnly("urn:ogc:def:crs:EPSG::4326");
        assertThat(texts(d11, WFS, "OtherSRS")).contains("urn:ogc:def:crs:EPSG::5897");
        assertThat(texts(d11, WFS, "Format")).contains("text/xml; subtype=gml/3.1.1", "application/json");

        Response v10 = wfs("SERVICE=WFS&REQUEST=GetCapabilities&VERSION=1.0.0");
        assertThat(v10.status()).isEqualTo(200);
        validateCapabilities100(v10.text());
        Document d10 = parse(v10.text());
        assertThat(d10.getDocumentElement().getAttribute("version")).isEqualTo("1.0.0");
        assertThat(texts(d10, WFS, "SRS")).containsOnly("EPSG:4326");
        assertThat(texts(d10, WFS, "Name")).contains("landinfo:parcels").doesNotContain("landinfo:restrictions");
    }

    @Test
    void negotiationAnswersTheFirstAcceptedVersionAndRefusesUnknownOnes() throws Exception {
        assertThat(parse(wfs("SERVICE=WFS&REQUEST=GetCapabilities").text()).getDocumentElement().getAttribute("version")).isEqualTo("2.0.0");
        assertThat(parse(wfs("service=wfs&request=getcapabilities&acceptversions=3.0.0,1.1.0").text()).getDocumentElement()
                .getAttribute("version")).isEqualTo("1.1.0");
        Response none = wfs("SERVICE=WFS&REQUEST=GetCapabilities&ACCEPTVERSIONS=3.0.0");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.text()).contains("exceptionCode=\"VersionNegotiationFailed\"");
    }

    @Test
    void capabilitiesPostedAsXmlAreTheSameDocument() {
        String kvp = wfs("SERVICE=WFS&REQUEST=GetCapabilities&ACCEPTVERSIONS=2.0.0").text();
        Response posted = post("""
                <GetCapabilities service="WFS" xmlns="http://www.opengis.net/wfs/2.0" xmlns:ows="http://www.opengis.net/ows/1.1">
                  <ows:AcceptVersions><ows:Version>2.0.0</ows:Version></ows:AcceptVersions>
                </GetCapabilities>""");
        assertThat(posted.status()).isEqualTo(200);
        assertThat(posted.text()).isEqualTo(kvp);
    }

    @Test
    void describeFeatureTypeIsAValidSchemaOfEveryPropertyInEachGml() throws Exception {
        FeatureType parcels = FeatureTypes.forAudience(Audience.PUBLIC).find("parcels").orElseThrow();
        for (String version : List.of("2.0.0", "1.1.0", "1.0.0")) {
            String typeParam = version.equals("2.0.0") ? "TYPENAMES" : "TYPENAME";
            Response r = wfs("SERVICE=WFS&VERSION=" + version + "&REQUEST=DescribeFeatureType&" + typeParam + "=landinfo:parcels");
            assertThat(r.status()).as(version + ": " + r.text()).isEqualTo(200);
            CapabilitiesSchemas.compile(r.text());
            Document d = parse(r.text());
            List<String> elements = new ArrayList<>();
            NodeList nodes = d.getElementsByTagNameNS("http://www.w3.org/2001/XMLSchema", "element");
            for (int i = 0; i < nodes.getLength(); i++) {
                elements.add(((Element) nodes.item(i)).getAttribute("name"));
            }
            List<String> expected = new ArrayList<>();
            expected.add(parcels.geometry().name());
            parcels.properties().stream().map(FeatureProperty::name).forEach(expected::add);
            expected.add("parcels");
            assertThat(elements).as(version).containsExactlyElementsOf(expected);
            // The nullable properties are nillable: GetFeature writes their missing values xsi:nil.
            for (int i = 0; i < nodes.getLength(); i++) {
                Element e = (Element) nodes.item(i);
                parcels.property(e.getAttribute("name")).ifPresent(p -> assertThat(e.getAttribute("nillable"))
                        .as(version + " " + p.name()).isEqualTo(p.nullable() ? "true" : ""));
            }
            String gml = version.equals("2.0.0") ? "http://www.opengis.net/gml/3.2" : "http://www.opengis.net/gml";
            assertThat(r.text()).contains("namespace=\"" + gml + "\"").contains("targetNamespace=\"http://landinfo.gov.vn/cadastre\"");
        }
        Response all = wfs("SERVICE=WFS&VERSION=2.0.0&REQUEST=DescribeFeatureType");
        CapabilitiesSchemas.compile(all.text());
        assertThat(all.text()).contains("name=\"provinces\"").doesNotContain("name=\"restrictions\"");
        Response posted = post("""
                <wfs:DescribeFeatureType service="WFS" version="2.0.0" xmlns:wfs="http://www.opengis.net/wfs/2.0"
                    xmlns:landinfo="http://landinfo.gov.vn/cadastre"><wfs:TypeName>landinfo:parcels</wfs:TypeName></wfs:DescribeFeatureType>""");
        assertThat(posted.text()).isEqualTo(wfs("SERVICE=WFS&VERSION=2.0.0&REQUEST=DescribeFeatureType&TYPENAMES=parcels").text());
    }

    @Test
    void storedQueriesListAndDescribeGetFeatureById() throws Exception {
        Response list = wfs("SERVICE=WFS&VERSION=2.0.0&REQUEST=ListStoredQueries");
        assertThat(list.status()).isEqualTo(200);
        CapabilitiesSchemas.validateAgainst("ogc/wfs/2.0/wfs.xsd", list.text());
        assertThat(list.text()).contains("id=\"urn:ogc:def:query:OGC-WFS::GetFeatureById\"");
        Response describe = wfs("SERVICE=WFS&VERSION=2.0.0&REQUEST=DescribeStoredQueries&STOREDQUERY_ID=urn:ogc:def:query:OGC-WFS::GetFeatureById");
        assertThat(describe.status()).isEqualTo(200);
        CapabilitiesSchemas.validateAgainst("ogc/wfs/2.0/wfs.xsd", describe.text());
        assertThat(texts(parse(describe.text()), WFS20, "Parameter")).hasSize(1);
        Response unknown = wfs("SERVICE=WFS&VERSION=2.0.0&REQUEST=DescribeStoredQueries&STOREDQUERY_ID=urn:nope");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text()).contains("exceptionCode=\"InvalidParameterValue\"");
    }
}
