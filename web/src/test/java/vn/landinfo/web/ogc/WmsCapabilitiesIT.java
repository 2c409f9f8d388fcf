package vn.landinfo.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import vn.landinfo.mapserver.metadata.ServiceContact;
import vn.landinfo.mapserver.ogc.OgcParameters;
import vn.landinfo.mapserver.ogc.OgcResponse;
import vn.landinfo.mapserver.wms.WebMapService;
import vn.landinfo.mapserver.wms.WmsSettings;

/** Capabilities: 1.3.0 valid against the official XSD, 1.1.1 against its DTD, and saying what is served. */
class WmsCapabilitiesIT extends WmsTestSupport {

    private static final String WMS = "http://www.opengis.net/wms";
    private static final List<String> CRSS = List.of("EPSG:3857", "EPSG:4326", "CRS:84", "EPSG:4756", "EPSG:3405", "EPSG:3406",
            "EPSG:5896", "EPSG:5897", "EPSG:5898", "EPSG:5899", "EPSG:9205", "EPSG:9206", "EPSG:9207", "EPSG:9208", "EPSG:9209",
            "EPSG:9210", "EPSG:9211", "EPSG:9212", "EPSG:9213", "EPSG:9214", "EPSG:9215", "EPSG:9216", "EPSG:9217", "EPSG:9218");

    @Autowired
    DataSource dataSource;

    private static Document parse(String xml, boolean namespaces) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(namespaces);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    /** The first direct child element of that name (getElementsByTagName would also find the sublayers'). */
    private static Element child(Element parent, String localName) {
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static List<String> texts(NodeList nodes) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    @Test
    void capabilities130AreValidAndListLayersStylesCrssAndBoxes() throws Exception {
        Response r = wms("SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.3.0");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/xml");
        CapabilitiesSchemas.validateCapabilities130(r.text());

        Document d = parse(r.text(), true);
        List<Element> named = new ArrayList<>();
        NodeList layers = d.getElementsByTagNameNS(WMS, "Layer");
        for (int i = 0; i < layers.getLength(); i++) {
            Element l = (Element) layers.item(i);
            if (child(l, "Name") != null) {
                named.add(l);
            }
        }
        assertThat(named).extracting(l -> child(l, "Name").getTextContent())
                .containsExactly("parcels", "map_sheets", "communes", "provinces");
        Element parcels = named.get(0);
        assertThat(parcels.getAttribute("queryable")).isEqualTo("1");
        assertThat(child(parcels, "Title").getTextContent()).isEqualTo("Thửa đất địa chính / Cadastral parcels");
        Element root = (Element) layers.item(0);
        List<String> rootCrs = new ArrayList<>();
        for (int i = 0; i < root.getChildNodes().getLength(); i++) {
            if ("CRS".equals(root.getChildNodes().item(i).getLocalName())) {
                rootCrs.add(root.getChildNodes().item(i).getTextContent());
            }
        }
        assertThat(rootCrs).containsExactlyElementsOf(CRSS);

        // One BoundingBox per CRS; EPSG:4326 lists latitude first, around Hoàn Kiếm and Mường Phăng.
        NodeList boxes = parcels.getElementsByTagNameNS(WMS, "BoundingBox");
        List<String> boxCrs = new ArrayList<>();
        for (int i = 0; i < boxes.getLength(); i++) {
            Element b = (Element) boxes.item(i);
            boxCrs.add(b.getAttribute("CRS"));
            if (b.getAttribute("CRS").equals("EPSG:4326")) {
                assertThat(Double.parseDouble(b.getAttribute("minx"))).as("min latitude").isBetween(20.0, 22.0);
                assertThat(Double.parseDouble(b.getAttribute("miny"))).as("min longitude").isBetween(102.0, 106.5);
            }
            if (b.getAttribute("CRS").equals("CRS:84")) {
                assertThat(Double.parseDouble(b.getAttribute("minx"))).as("min longitude").isBetween(102.0, 106.5);
            }
        }
        assertThat(boxCrs).containsExactlyInAnyOrderElementsOf(CRSS);
        assertThat(texts(parcels.getElementsByTagNameNS(WMS, "westBoundLongitude")).get(0)).startsWith("10");

        List<String> styles = texts(((Element) parcels.getElementsByTagNameNS(WMS, "Style").item(0)).getElementsByTagNameNS(WMS, "Name"));
        assertThat(styles).containsExactly("land-use");
        Element legendUrl = (Element) parcels.getElementsByTagNameNS(WMS, "LegendURL").item(0);
        String href = ((Element) legendUrl.getElementsByTagNameNS(WMS, "OnlineResource").item(0))
                .getAttributeNS("http://www.w3.org/1999/xlink", "href");
        Response legend = wms(href.substring(href.indexOf('?') + 1));
        assertThat(legend.status()).isEqualTo(200);
        assertThat(legend.image().getWidth()).isEqualTo(Integer.parseInt(legendUrl.getAttribute("width")));
        assertThat(legend.image().getHeight()).isEqualTo(Integer.parseInt(legendUrl.getAttribute("height")));

        assertThat(texts(d.getElementsByTagNameNS(WMS, "Format"))).contains("image/png", "image/png; mode=8bit", "image/jpeg",
                "text/html", "application/json", "application/vnd.ogc.gml", "XML", "INIMAGE", "BLANK");
        assertThat(d.getElementsByTagNameNS("http://www.opengis.net/sld", "GetLegendGraphic").getLength()).isEqualTo(1);
    }

    @Test
    void capabilitiesAskedForInAnUnknownFormatStillComeAsXml() throws Exception {
        Response r = wms("SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.3.0&FORMAT=application/x-unknown");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/xml");
        CapabilitiesSchemas.validateCapabilities130(r.text());
        Response old = wms("SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.1.1&FORMAT=image/png");
        assertThat(old.status()).isEqualTo(200);
        assertThat(old.contentType()).startsWith("application/vnd.ogc.wms_xml");
        CapabilitiesSchemas.validateWithDtd(old.text());
    }

    @Test
    void capabilitiesNameTheRegistrationOfficeAndGiveEveryLayerKeywordsAnAbstractAndAMetadataDocumentThatAnswers() throws Exception {
        Response r = wms("SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.3.0");
        CapabilitiesSchemas.validateCapabilities130(r.text());
        Document d = parse(r.text(), true);
        Element contact = (Element) d.getElementsByTagNameNS(WMS, "ContactInformation").item(0);
        assertThat(contact).as("Service/ContactInformation").isNotNull();
        assertThat(texts(contact.getElementsByTagNameNS(WMS, "ContactOrganization"))).containsExactly("Văn phòng Đăng ký đất đai / Land Registration Office");
        assertThat(texts(contact.getElementsByTagNameNS(WMS, "Country"))).containsExactly("Việt Nam");
        assertThat(texts(contact.getElementsByTagNameNS(WMS, "ContactElectronicMailAddress"))).hasSize(1);

        NodeList layers = d.getElementsByTagNameNS(WMS, "Layer");
        List<String> named = new ArrayList<>();
        for (int i = 0; i < layers.getLength(); i++) {
            Element layer = (Element) layers.item(i);
            Element name = child(layer, "Name");
            if (name == null) {
                continue;
            }
            named.add(name.getTextContent());
            assertThat(child(layer, "Abstract").getTextContent()).as(name.getTextContent()).isNotBlank();
            List<String> keywords = texts(child(layer, "KeywordList").getElementsByTagNameNS(WMS, "Keyword"));
            assertThat(keywords).as("keywords of %s, Vietnamese and English", name.getTextContent())
                    .anyMatch(k -> k.chars().anyMatch(c -> c > 127)).anyMatch(k -> k.matches("[a-z ]+"));
            Element metadata = child(layer, "MetadataURL");
            assertThat(metadata.getAttribute("type")).isEqualTo("ISO19115:2003");
            String href = ((Element) metadata.getElementsByTagNameNS(WMS, "OnlineResource").item(0))
                    .getAttributeNS("http://www.w3.org/1999/xlink", "href");
            assertThat(href).isEqualTo("http://localhost:" + port + "/ogc/layers/" + name.getTextContent());
            Response page = get(href);
            assertThat(page.status()).as(href).isEqualTo(200);
            assertThat(page.contentType()).startsWith("text/html");
            assertThat(page.text()).contains(child(layer, "Title").getTextContent().split(" / ")[0]).contains(keywords.get(0))
                    .contains("Văn phòng Đăng ký đất đai");
        }
        assertThat(named).containsExactly("parcels", "map_sheets", "communes", "provinces");
        // The officers' layer has no public metadata document either: to the public it does not exist.
        Response hidden = get("http://localhost:" + port + "/ogc/layers/restrictions");
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.contentType()).startsWith("application/problem+json");
        assertThat(hidden.text()).contains("parcels, map_sheets, communes, provinces");

        Response old = wms("SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.1.1");
        CapabilitiesSchemas.validateWithDtd(old.text());
        Document d111 = parse(old.text(), false);
        assertThat(d111.getElementsByTagName("ContactInformation").getLength()).isEqualTo(1);
        assertThat(d111.getElementsByTagName("MetadataURL").getLength()).isEqualTo(named.size());
        assertThat(((Element) d111.getElementsByTagName("MetadataURL").item(0)).getAttribute("type")).isEqualTo("TC211");
    }

    @Test
    void theUpdateSequenceIsTheRegistersLatestEventSoEveryInstanceAdvertisesTheSameOne() {
        long latest = jdbc.sql("SELECT coalesce(max(seq), 0) FROM register_event").query(Long.class).single();
        Response r = wms("SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.3.0");
        assertThat(r.text()).contains("updateSequence=\"" + latest + "\"");
        // A second instance over the same database says the same.
        WebMapService another = new WebMapService(dataSource, WmsSettings.defaults(), ServiceContact.registrationOffice());
        OgcResponse caps = another.handle(OgcParameters.ofSingle(Map.of("SERVICE", "WMS", "REQUEST", "GetCapabilities")), serviceUrl());
        assertThat(new String(caps.body(), StandardCharsets.UTF_8)).contains("updateSequence=\"" + latest + "\"");
    }

    private Response get(String url) {
        try {
            java.net.http.HttpResponse<byte[]> r = HTTP.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void capabilities111FollowTheirDtdAndNegotiationPicksThem() throws Exception {
        Response r = wms("SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.1.0");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/vnd.ogc.wms_xml");
        assertThat(r.text()).contains("<WMT_MS_Capabilities version=\"1.1.1\"");
        CapabilitiesSchemas.validateWithDtd(r.text());
        Document d = parse(r.text(), false);
        List<String> srs = texts(d.getElementsByTagName("SRS"));
        assertThat(srs).contains("EPSG:4326", "EPSG:3857", "EPSG:9210", "EPSG:5897").doesNotContain("CRS:84");
        Element box = (Element) d.getElementsByTagName("LatLonBoundingBox").item(1);
        assertThat(Double.parseDouble(box.getAttribute("minx"))).as("longitude first").isBetween(102.0, 106.5);
        // No VERSION: the highest, 1.3.0.
        assertThat(wms("SERVICE=WMS&REQUEST=GetCapabilities").text()).contains("<WMS_Capabilities version=\"1.3.0\"");
    }
}
