package vn.landinfo.mapserver.wfs;

import java.util.List;
import java.util.Locale;
import vn.landinfo.mapserver.crs.Envelope;
import vn.landinfo.mapserver.metadata.ServiceContact;
import vn.landinfo.mapserver.ogc.Xml;

/**
 * What the capabilities of every version say about the service itself — title, abstract, keywords, the office that
 * answers for it (the same contact as the WMS) — and the OWS ServiceProvider block that 2.0 (OWS 1.1) and 1.1 (OWS
 * 1.0) write alike.
 */
final class OwsService {

    static final String TITLE = "landinfo — Dữ liệu địa chính Việt Nam (đối tượng) / Vietnam cadastral data (features)";
    static final String ABSTRACT = "Thửa đất địa chính, tờ bản đồ, địa giới xã và tỉnh dưới dạng đối tượng địa lý (GML, GeoJSON); "
            + "hệ tọa độ WGS 84, VN-2000 (TM-3, UTM) và Web Mercator; chỉ đọc. Cadastral parcels, map sheets, commune and province "
            + "boundaries as features (GML, GeoJSON), in WGS 84, VN-2000 (TM-3, UTM) and Web Mercator; read-only.";
    static final List<String> KEYWORDS = List.of("địa chính", "cadastre", "thửa đất", "parcels", "WFS", "VN-2000");

    private OwsService() {
    }

    static void keywords(StringBuilder b, String prefix, List<String> keywords) {
        b.append("<").append(prefix).append(":Keywords>");
        keywords.forEach(k -> b.append("<").append(prefix).append(":Keyword>").append(Xml.escape(k)).append("</").append(prefix).append(":Keyword>"));
        b.append("</").append(prefix).append(":Keywords>\n");
    }

    /** ows:ServiceProvider (the same element structure in OWS 1.0 and 1.1). */
    static void serviceProvider(StringBuilder b, ServiceContact c) {
        b.append("<ows:ServiceProvider>\n  <ows:ProviderName>").append(Xml.escape(c.organization())).append("</ows:ProviderName>\n")
                .append("  <ows:ServiceContact>\n    <ows:IndividualName>").append(Xml.escape(c.person())).append("</ows:IndividualName>\n")
                .append("    <ows:PositionName>").append(Xml.escape(c.position())).append("</ows:PositionName>\n    <ows:ContactInfo>\n");
        if (!c.telephone().isBlank()) {
            b.append("      <ows:Phone><ows:Voice>").append(Xml.escape(c.telephone())).append("</ows:Voice></ows:Phone>\n");
        }
        b.append("      <ows:Address>\n        <ows:DeliveryPoint>").append(Xml.escape(c.address())).append("</ows:DeliveryPoint>\n")
                .append("        <ows:City>").append(Xml.escape(c.city())).append("</ows:City>\n")
                .append("        <ows:AdministrativeArea>").append(Xml.escape(c.stateOrProvince())).append("</ows:AdministrativeArea>\n")
                .append("        <ows:PostalCode>").append(Xml.escape(c.postCode())).append("</ows:PostalCode>\n")
                .append("        <ows:Country>").append(Xml.escape(c.country())).append("</ows:Country>\n");
        if (!c.email().isBlank()) {
            b.append("        <ows:ElectronicMailAddress>").append(Xml.escape(c.email())).append("</ows:ElectronicMailAddress>\n");
        }
        b.append("      </ows:Address>\n    </ows:ContactInfo>\n  </ows:ServiceContact>\n</ows:ServiceProvider>\n");
    }

    /** ows:WGS84BoundingBox: longitude, latitude (OWS §10.2.2), the same in both OWS versions. */
    static void wgs84Box(StringBuilder b, Envelope e) {
        b.append("  <ows:WGS84BoundingBox><ows:LowerCorner>").append(number(e.minX())).append(' ').append(number(e.minY()))
                .append("</ows:LowerCorner><ows:UpperCorner>").append(number(e.maxX())).append(' ').append(number(e.maxY()))
                .append("</ows:UpperCorner></ows:WGS84BoundingBox>\n");
    }

    static String number(double d) {
        return String.format(Locale.ROOT, "%.6f", d);
    }

    /** An operation's DCP: the same endpoint for KVP GET and XML POST. */
    static void dcp(StringBuilder b, String url) {
        String href = Xml.escape(url);
        b.append("  <ows:DCP><ows:HTTP><ows:Get xlink:href=\"").append(href).append("?\"/><ows:Post xlink:href=\"").append(href)
                .append("\"/></ows:HTTP></ows:DCP>\n");
    }
}
