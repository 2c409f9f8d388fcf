package vn.landinfo.mapserver.features.encode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import vn.landinfo.mapserver.catalog.PublishedLayer;
import vn.landinfo.mapserver.features.AppSchema;
import vn.landinfo.mapserver.features.FeatureRow;
import vn.landinfo.mapserver.features.FeatureType;
import vn.landinfo.mapserver.features.FeatureTypes;

class FeatureEncodersTest {

    private static final FeatureType PARCELS = FeatureTypes.of(PublishedLayer.PARCELS);
    private static final String GML3 = "<gml:MultiSurface srsName=\"EPSG:4326\" gml:id=\"g\"><gml:surfaceMember><gml:Polygon gml:id=\"g\">"
            + "<gml:exterior><gml:LinearRing><gml:posList>0 0 1 0 1 1 0 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>"
            + "</gml:surfaceMember></gml:MultiSurface>";

    private static FeatureRow row(String geometry, Integer version) {
        List<Object> values = new ArrayList<>();
        for (var p : PARCELS.properties()) {
            values.add(switch (p.name()) {
                case "legal_area" -> new BigDecimal("200.0");
                case "parcel_number" -> 7L;
                case "restricted" -> true;
                case "address" -> null;
                case "valid_from" -> OffsetDateTime.parse("2026-01-02T03:04:05Z");
                case "valid_to" -> null;
                case "version" -> 1L;
                default -> "A & <B> \"c\"";
            });
        }
        return new FeatureRow(PARCELS, "42", version, geometry, PARCELS.properties(), values);
    }

    private static String write(FeatureEncoder e, CollectionInfo info, FeatureRow... rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        e.begin(out, info);
        for (FeatureRow r : rows) {
            e.feature(r);
        }
        e.end(rows.length);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void geoJsonWritesTypedPropertiesIdsCountsAndLinks() throws IOException {
        CollectionInfo info = CollectionInfo.of(Instant.parse("2026-12-07T10:00:00.123Z")).withCounts(5L, null)
                .withLinks((n, last) -> List.of(new Link("http://x/items?offset=1&after=" + last, "next", GeoJsonEncoder.MEDIA_TYPE, null)));
        String json = write(new GeoJsonEncoder(false), info, row("{\"type\":\"Point\",\"coordinates\":[1,2]}", 2));
        assertThat(json).startsWith("{\"type\":\"FeatureCollection\",\"timeStamp\":\"2026-12-07T10:00:00Z\",\"numberMatched\":5,\"features\":[")
                .contains("{\"type\":\"Feature\",\"id\":\"42.2\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]},\"properties\":{")
                .contains("\"legal_area\":200.0").contains("\"parcel_number\":7").contains("\"restricted\":true").contains("\"address\":null")
                .contains("\"valid_from\":\"2026-01-02T03:04:05Z\"").contains("\"national_id\":\"A & <B> \\\"c\\\"\"")
                .endsWith("],\"numberReturned\":1,\"links\":[{\"href\":\"http://x/items?offset=1&after=42.2\",\"rel\":\"next\",\"type\":\"application/geo+json\"}]}");
        assertThat(write(new GeoJsonEncoder(true), CollectionInfo.of(null), row(null, null))).contains("\"id\":\"parcels.42\",\"geometry\":null");
    }

    @Test
    void gml32IsWellFormedWithUniqueGmlIdsTheClientsSrsNameAndCounts() throws Exception {
        CollectionInfo info = CollectionInfo.of(Instant.parse("2026-12-07T10:00:00Z")).withCounts(9L, 2L)
                .withSrsName("urn:ogc:def:crs:EPSG::4326").withSchemaLocation("http://www.opengis.net/wfs/2.0 http://schemas.opengis.net/wfs/2.0/wfs.xsd");
        FeatureRow twoPolygons = row(GML3.replace("</gml:MultiSurface>", "") + "<gml:surfaceMember><gml:Polygon gml:id=\"g\"><gml:exterior>"
                + "<gml:LinearRing><gml:posList>5 5 6 5 6 6 5 5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>"
                + "</gml:MultiSurface>", 3);
        String xml = write(new Gml32Encoder(), info, row(GML3, null), twoPolygons);
        Document d = parse(xml);
        assertThat(d.getDocumentElement().getNamespaceURI()).isEqualTo(Gml32Encoder.WFS_NAMESPACE);
        assertThat(d.getDocumentElement().getAttribute("numberMatched")).isEqualTo("9");
        assertThat(d.getDocumentElement().getAttribute("numberReturned")).isEqualTo("2");
        assertThat(d.getElementsByTagNameNS(Gml32Encoder.WFS_NAMESPACE, "member").getLength()).isEqualTo(2);
        assertThat(d.getElementsByTagNameNS(AppSchema.NAMESPACE, "parcels").getLength()).isEqualTo(2);
        // address is nullable (nillable in the schema): its missing value is written nil, which PropertyIsNil selects.
        org.w3c.dom.Element address = (org.w3c.dom.Element) d.getElementsByTagNameNS(AppSchema.NAMESPACE, "address").item(0);
        assertThat(address.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "nil")).isEqualTo("true");
        assertThat(address.getTextContent()).isEmpty();
        assertThat(d.getDocumentElement().getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation"))
                .isEqualTo("http://www.opengis.net/wfs/2.0 http://schemas.opengis.net/wfs/2.0/wfs.xsd");
        assertThat(d.getElementsByTagNameNS(AppSchema.NAMESPACE, "national_id").item(0).getTextContent()).isEqualTo("A & <B> \"c\"");
        assertThat(xml).contains("<landinfo:parcels gml:id=\"parcels.42\"><landinfo:geom><gml:MultiSurface srsName=\"urn:ogc:def:crs:EPSG::4326\" gml:id=\"parcels.42.g1\">")
                .contains("gml:id=\"parcels.42.3.g3\" srsName=\"urn:ogc:def:crs:EPSG::4326\"")
                // a member polygon carries the root's srsName too, for clients that read it on its own
                .contains("<gml:Polygon gml:id=\"parcels.42.g2\" srsName=\"urn:ogc:def:crs:EPSG::4326\">");
        List<String> ids = new ArrayList<>(Arrays.asList(xml.split("gml:id=\"")));
        ids.remove(0);
        assertThat(ids.stream().map(s -> s.substring(0, s.indexOf('"'))).toList()).doesNotHaveDuplicates().hasSize(7);
    }

    @Test
    void gml311AndGml2AreWellFormedWithTheirMembersAndIds() throws Exception {
        CollectionInfo info = CollectionInfo.of(Instant.parse("2026-12-07T10:00:00Z")).withCounts(1L, 1L);
        Document d31 = parse(write(new Gml311Encoder(), info, row(GML3.replace(" gml:id=\"g\"", ""), null)));
        assertThat(d31.getDocumentElement().getAttribute("numberOfFeatures")).isEqualTo("1");
        assertThat(d31.getElementsByTagNameNS(Gml311Encoder.GML_NAMESPACE, "featureMember").getLength()).isEqualTo(1);
        String gml2 = write(new Gml2Encoder(), info.withSrsName("EPSG:4326"), row("<gml:MultiPolygon srsName=\"EPSG:4326\"><gml:polygonMember><gml:Polygon>"
                + "<gml:outerBoundaryIs><gml:LinearRing><gml:coordinates>0,0 1,0 1,1 0,0</gml:coordinates></gml:LinearRing>"
                + "</gml:outerBoundaryIs></gml:Polygon></gml:polygonMember></gml:MultiPolygon>", null));
        Document d2 = parse(gml2);
        assertThat(d2.getElementsByTagNameNS(Gml2Encoder.GML_NAMESPACE, "featureMember").getLength()).isEqualTo(1);
        assertThat(gml2).contains("<landinfo:parcels fid=\"parcels.42\">").contains("<gml:boundedBy><gml:null>unknown</gml:null></gml:boundedBy>");
    }

    @Test
    void theSrsNameIsReplacedOrAddedOnTheGeometrysRootElementOnly() {
        assertThat(GmlWriter.withSrsName("<gml:Polygon gml:id=\"x\"><gml:exterior/></gml:Polygon>", "EPSG:9205"))
                .isEqualTo("<gml:Polygon srsName=\"EPSG:9205\" gml:id=\"x\"><gml:exterior/></gml:Polygon>");
        assertThat(GmlWriter.withSrsName("<gml:Polygon><a srsName=\"k\"/></gml:Polygon>", "EPSG:9205"))
                .isEqualTo("<gml:Polygon srsName=\"EPSG:9205\"><a srsName=\"k\"/></gml:Polygon>");
        assertThat(GmlWriter.withSrsName("<gml:Point srsName=\"EPSG:4326\">", "http://www.opengis.net/def/crs/EPSG/0/4326"))
                .isEqualTo("<gml:Point srsName=\"http://www.opengis.net/def/crs/EPSG/0/4326\">");
    }
}
