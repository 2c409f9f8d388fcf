package vn.landinfo.mapserver.wms;

import java.awt.Dimension;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import vn.landinfo.mapserver.ogc.Xml;
import vn.landinfo.mapserver.crs.CrsCatalogue;
import vn.landinfo.mapserver.crs.Envelope;
import vn.landinfo.mapserver.crs.MapCrs;
import vn.landinfo.mapserver.layer.MapLayers;
import vn.landinfo.mapserver.catalog.LayerStyle;
import vn.landinfo.mapserver.catalog.ExtentSource;
import vn.landinfo.mapserver.layer.MapLayer;
import vn.landinfo.mapserver.metadata.LayerMetadata;
import vn.landinfo.mapserver.metadata.ServiceContact;
import vn.landinfo.mapserver.ogc.OgcException;
import vn.landinfo.mapserver.ogc.OgcParameters;
import vn.landinfo.mapserver.ogc.OgcResponse;
import vn.landinfo.mapserver.render.MapView;

/**
 * GetCapabilities. 1.3.0 is valid against the official capabilities_1_3_0.xsd; GetLegendGraphic is
 * declared through the SLD 1.1 capabilities schema (its sld:GetLegendGraphic is a substitute for
 * wms:_ExtendedOperation), so the document carries no undeclared vendor element. 1.1.1 follows
 * WMS_MS_Capabilities.dtd.
 */
final class GetCapabilities {

    private static final String TITLE = "landinfo — Bản đồ địa chính Việt Nam / Vietnam cadastral map";
    private static final String ABSTRACT = "Bản đồ địa chính số: thửa đất theo loại đất, tờ bản đồ, địa giới xã và tỉnh; "
            + "hệ tọa độ VN-2000 (TM-3, UTM) và Web Mercator. Digital cadastral map of Vietnam: parcels by land use, "
            + "map sheets, commune and province boundaries, in VN-2000 (TM-3, UTM) and web CRSs.";
    private static final List<String> KEYWORDS = List.of("địa chính", "cadastre", "thửa đất", "parcels", "loại đất", "land use", "VN-2000");
    private static final List<String> MAP_FORMATS = List.of("image/png", "image/png; mode=8bit", "image/jpeg");
    private static final List<String> INFO_FORMATS = List.of("text/html", "application/json", "application/vnd.ogc.gml", "text/xml");

    private final MapLayers layers;
    private final CrsCatalogue crss;
    private final LayerExtents extents;
    private final UpdateSequence updateSequence;
    private final GetLegendGraphic legends;
    private final WmsSettings settings;
    private final ServiceContact contact;

    GetCapabilities(MapLayers layers, CrsCatalogue crss, LayerExtents extents, UpdateSequence updateSequence,
                    GetLegendGraphic legends, WmsSettings settings, ServiceContact contact) {
        this.layers = layers;
        this.crss = crss;
        this.extents = extents;
        this.updateSequence = updateSequence;
        this.legends = legends;
        this.settings = settings;
        this.contact = contact;
    }

    /**
     * FORMAT is not checked: the capabilities exist in one format only, and a client that asks for another
     * still gets them as text/xml, as the OGC conformance tests require (docs/decisions/0073-wms-conformance-version-format-bbox.md).
     */
    OgcResponse handle(OgcParameters p, WmsVersion version, String serviceUrl) {
        long sequence = updateSequence.current();
        p.get("UPDATESEQUENCE").filter(s -> !s.isEmpty()).ifPresent(asked -> checkUpdateSequence(asked, sequence));
        String xml = version == WmsVersion.V1_3_0 ? v130(serviceUrl, sequence) : v111(serviceUrl, sequence);
        return OgcResponse.text(200, version.capabilitiesMimeType() + "; charset=UTF-8", xml);
    }

    /**
     * WMS 1.3.0 Table 3: the client's sequence equal to the current one → CurrentUpdateSequence, later
     * → InvalidUpdateSequence, earlier → the capabilities. Compared as numbers of any length.
     */
    private static void checkUpdateSequence(String asked, long current) {
        BigInteger number;
        try {
            number = new BigInteger(asked);
        } catch (NumberFormatException e) {
            throw new OgcException(OgcException.INVALID_UPDATE_SEQUENCE, "UPDATESEQUENCE",
                    "Số thứ tự cập nhật là một số nguyên (hiện là " + current + "), không phải " + MapRequestReader.abbreviate(asked),
                    "the update sequence is a whole number (the current one is " + current + "), not " + MapRequestReader.abbreviate(asked));
        }
        int order = number.compareTo(BigInteger.valueOf(current));
        if (order == 0) {
            throw new OgcException(OgcException.CURRENT_UPDATE_SEQUENCE, "UPDATESEQUENCE",
                    "Mô tả dịch vụ (capabilities) vẫn ở số thứ tự cập nhật " + current, "the capabilities are still at update sequence " + current);
        }
        if (order > 0) {
            throw new OgcException(OgcException.INVALID_UPDATE_SEQUENCE, "UPDATESEQUENCE",
                    "Số thứ tự cập nhật " + MapRequestReader.abbreviate(asked) + " lớn hơn số hiện tại, " + current,
                    "update sequence " + MapRequestReader.abbreviate(asked) + " is later than the current one, " + current);
        }
    }

    private String v130(String url, long sequence) {
        StringBuilder b = new StringBuilder(32 * 1024);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<WMS_Capabilities version=\"1.3.0\" updateSequence=\"").append(sequence).append("\"")
                .append(" xmlns=\"http://www.opengis.net/wms\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"")
                .append(" xmlns:sld=\"http://www.opengis.net/sld\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
                .append(" xsi:schemaLocation=\"http://www.opengis.net/wms http://schemas.opengis.net/wms/1.3.0/capabilities_1_3_0.xsd")
                .append(" http://www.opengis.net/sld http://schemas.opengis.net/sld/1.1.0/sld_capabilities.xsd\">\n");
        b.append("<Service>\n  <Name>WMS</Name>\n  <Title>").append(Xml.escape(TITLE)).append("</Title>\n  <Abstract>")
                .append(Xml.escape(ABSTRACT)).append("</Abstract>\n  <KeywordList>");
        KEYWORDS.forEach(k -> b.append("<Keyword>").append(Xml.escape(k)).append("</Keyword>"));
        b.append("</KeywordList>\n  ").append(onlineResourceHref(url, false)).append('\n');
        contactInformation(b);
        b.append("  <Fees>none</Fees>\n  <AccessConstraints>none</AccessConstraints>\n")
                .append("  <LayerLimit>").append(settings.maxLayers()).append("</LayerLimit>\n")
                .append("  <MaxWidth>").append(settings.maxWidth()).append("</MaxWidth>\n")
                .append("  <MaxHeight>").append(settings.maxHeight()).append("</MaxHeight>\n</Service>\n");
        b.append("<Capability>\n<Request>\n");
        operation(b, "GetCapabilities", List.of("text/xml"), url, false);
        operation(b, "GetMap", MAP_FORMATS, url, false);
        operation(b, "GetFeatureInfo", INFO_FORMATS, url, false);
        operation(b, "sld:GetLegendGraphic", List.of("image/png", "image/jpeg"), url, false);
        b.append("</Request>\n<Exception><Format>XML</Format><Format>INIMAGE</Format><Format>BLANK</Format></Exception>\n");

        LayerExtents.Extents country = extents.of(ExtentSource.PROVINCES);
        b.append("<Layer>\n  <Title>").append(Xml.escape(TITLE)).append("</Title>\n");
        for (MapCrs crs : crss.all()) {
            b.append("  <CRS>").append(crs.code()).append("</CRS>\n");
        }
        geographicBox130(b, country.geographic());
        boundingBoxes(b, country, WmsVersion.V1_3_0);
        for (MapLayer layer : layers.all()) {
            LayerExtents.Extents e = extents.of(layer.extentSource());
            b.append("  <Layer queryable=\"1\" opaque=\"0\">\n    <Name>").append(layer.name()).append("</Name>\n    <Title>")
                    .append(Xml.escape(layer.title())).append("</Title>\n    <Abstract>").append(Xml.escape(layer.abstractText())).append("</Abstract>\n");
            keywords(b, layer);
            geographicBox130(b, e.geographic());
            boundingBoxes(b, e, WmsVersion.V1_3_0);
            metadataUrl(b, layer, url, WmsVersion.V1_3_0);
            styles(b, layer, url, WmsVersion.V1_3_0);
            if (Double.isFinite(layer.maxScaleDenominator())) {
                b.append("    <MaxScaleDenominator>").append(plain(layer.maxScaleDenominator(), 0)).append("</MaxScaleDenominator>\n");
            }
            b.append("  </Layer>\n");
        }
        b.append("</Layer>\n</Capability>\n</WMS_Capabilities>\n");
        return b.toString();
    }

    private String v111(String url, long sequence) {
        StringBuilder b = new StringBuilder(32 * 1024);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n")
                .append("<!DOCTYPE WMT_MS_Capabilities SYSTEM \"http://schemas.opengis.net/wms/1.1.1/WMS_MS_Capabilities.dtd\">\n")
                .append("<WMT_MS_Capabilities version=\"1.1.1\" updateSequence=\"").append(sequence).append("\">\n");
        b.append("<Service>\n  <Name>OGC:WMS</Name>\n  <Title>").append(Xml.escape(TITLE)).append("</Title>\n  <Abstract>")
                .append(Xml.escape(ABSTRACT)).append("</Abstract>\n  <KeywordList>");
        KEYWORDS.forEach(k -> b.append("<Keyword>").append(Xml.escape(k)).append("</Keyword>"));
        b.append("</KeywordList>\n  ").append(onlineResourceHref(url, true)).append('\n');
        contactInformation(b);
        b.append("  <Fees>none</Fees>\n  <AccessConstraints>none</AccessConstraints>\n</Service>\n");
        b.append("<Capability>\n<Request>\n");
        operation(b, "GetCapabilities", List.of("application/vnd.ogc.wms_xml"), url, true);
        operation(b, "GetMap", MAP_FORMATS, url, true);
        operation(b, "GetFeatureInfo", INFO_FORMATS, url, true);
        operation(b, "GetLegendGraphic", List.of("image/png", "image/jpeg"), url, true);
        b.append("</Request>\n<Exception><Format>application/vnd.ogc.se_xml</Format><Format>application/vnd.ogc.se_inimage</Format>")
                .append("<Format>application/vnd.ogc.se_blank</Format></Exception>\n");
        LayerExtents.Extents country = extents.of(ExtentSource.PROVINCES);
        b.append("<Layer>\n  <Title>").append(Xml.escape(TITLE)).append("</Title>\n");
        for (MapCrs crs : crss.all()) {
            if (!crs.code().startsWith("CRS:")) {
                b.append("  <SRS>").append(crs.code()).append("</SRS>\n");
            }
        }
        latLonBox(b, country.geographic());
        boundingBoxes(b, country, WmsVersion.V1_1_1);
        for (MapLayer layer : layers.all()) {
            LayerExtents.Extents e = extents.of(layer.extentSource());
            b.append("  <Layer queryable=\"1\" opaque=\"0\">\n    <Name>").append(layer.name()).append("</Name>\n    <Title>")
                    .append(Xml.escape(layer.title())).append("</Title>\n    <Abstract>").append(Xml.escape(layer.abstractText())).append("</Abstract>\n");
            keywords(b, layer);
            latLonBox(b, e.geographic());
            boundingBoxes(b, e, WmsVersion.V1_1_1);
            metadataUrl(b, layer, url, WmsVersion.V1_1_1);
            styles(b, layer, url, WmsVersion.V1_1_1);
            if (Double.isFinite(layer.maxScaleDenominator())) {
                // ScaleHint is the ground size of a pixel's diagonal, in metres.
                double max = layer.maxScaleDenominator() * MapView.PIXEL_SIZE_M * Math.sqrt(2);
                b.append("    <ScaleHint min=\"0\" max=\"").append(plain(max, 4)).append("\"/>\n");
            }
            b.append("  </Layer>\n");
        }
        b.append("</Layer>\n</Capability>\n</WMT_MS_Capabilities>\n");
        return b.toString();
    }

    /**
     * The registration office that answers for the service. Both versions want the same elements in the
     * same order, and a ContactAddress with all six parts; telephone and e-mail are optional.
     */
    private void contactInformation(StringBuilder b) {
        b.append("  <ContactInformation>\n    <ContactPersonPrimary><ContactPerson>").append(Xml.escape(contact.person()))
                .append("</ContactPerson><ContactOrganization>").append(Xml.escape(contact.organization()))
                .append("</ContactOrganization></ContactPersonPrimary>\n    <ContactPosition>").append(Xml.escape(contact.position()))
                .append("</ContactPosition>\n    <ContactAddress><AddressType>").append(Xml.escape(contact.addressType()))
                .append("</AddressType><Address>").append(Xml.escape(contact.address()))
                .append("</Address><City>").append(Xml.escape(contact.city()))
                .append("</City><StateOrProvince>").append(Xml.escape(contact.stateOrProvince()))
                .append("</StateOrProvince><PostCode>").append(Xml.escape(contact.postCode()))
                .append("</PostCode><Country>").append(Xml.escape(contact.country())).append("</Country></ContactAddress>\n");
        if (!contact.telephone().isBlank()) {
            b.append("    <ContactVoiceTelephone>").append(Xml.escape(contact.telephone())).append("</ContactVoiceTelephone>\n");
        }
        if (!contact.email().isBlank()) {
            b.append("    <ContactElectronicMailAddress>").append(Xml.escape(contact.email())).append("</ContactElectronicMailAddress>\n");
        }
        b.append("  </ContactInformation>\n");
    }

    /** The layer's keywords from the catalogue, Vietnamese first, then English. */
    private static void keywords(StringBuilder b, MapLayer layer) {
        b.append("    <KeywordList>");
        layer.published().keywords().forEach(k -> b.append("<Keyword>").append(Xml.escape(k)).append("</Keyword>"));
        b.append("</KeywordList>\n");
    }

    /**
     * The layer's metadata document, served beside this endpoint. 1.1.1's DTD allows only the types TC211
     * and FGDC; the page holds the ISO 19115 (TC 211) core elements in HTML.
     */
    private static void metadataUrl(StringBuilder b, MapLayer layer, String url, WmsVersion version) {
        String type = version == WmsVersion.V1_3_0 ? "ISO19115:2003" : "TC211";
        b.append("    <MetadataURL type=\"").append(type).append("\">\n      <Format>text/html</Format>\n      ")
                .append(onlineResourceHref(LayerMetadata.url(url, layer.name()), version == WmsVersion.V1_1_1))
                .append("\n    </MetadataURL>\n");
    }

    private void styles(StringBuilder b, MapLayer layer, String url, WmsVersion version) {
        for (LayerStyle style : layer.styles()) {
            Dimension size = legends.size(layer, style);
            String href = url + "?SERVICE=WMS&REQUEST=GetLegendGraphic&VERSION=" + version.number() + "&FORMAT=image%2Fpng&LAYER="
                    + enc(layer.name()) + "&STYLE=" + enc(style.name());
            b.append("    <Style>\n      <Name>").append(style.name()).append("</Name>\n      <Title>").append(Xml.escape(style.title()))
                    .append("</Title>\n      <LegendURL width=\"").append(size.width).append("\" height=\"").append(size.height)
                    .append("\">\n        <Format>image/png</Format>\n        ")
                    .append(onlineResourceHref(href, version == WmsVersion.V1_1_1)).append("\n      </LegendURL>\n    </Style>\n");
        }
    }

    private static void operation(StringBuilder b, String element, List<String> formats, String url, boolean v111) {
        b.append("  <").append(element).append(">");
        formats.forEach(f -> b.append("<Format>").append(Xml.escape(f)).append("</Format>"));
        b.append("<DCPType><HTTP><Get>").append(onlineResourceHref(url + "?", v111)).append("</Get></HTTP></DCPType></")
                .append(element).append(">\n");
    }

    /** 1.1.1 declares xlink on the element itself (its DTD fixes it there); 1.3.0 declares it on the root. */
    private static String onlineResourceHref(String href, boolean v111) {
        return "<OnlineResource" + (v111 ? " xmlns:xlink=\"http://www.w3.org/1999/xlink\"" : "")
                + " xlink:type=\"simple\" xlink:href=\"" + Xml.escape(href) + "\"/>";
    }

    private static void geographicBox130(StringBuilder b, Envelope g) {
        b.append("  <EX_GeographicBoundingBox><westBoundLongitude>").append(plain(g.minX(), 6))
                .append("</westBoundLongitude><eastBoundLongitude>").append(plain(g.maxX(), 6))
                .append("</eastBoundLongitude><southBoundLatitude>").append(plain(g.minY(), 6))
                .append("</southBoundLatitude><northBoundLatitude>").append(plain(g.maxY(), 6))
                .append("</northBoundLatitude></EX_GeographicBoundingBox>\n");
    }

    private static void latLonBox(StringBuilder b, Envelope g) {
        b.append("  <LatLonBoundingBox minx=\"").append(plain(g.minX(), 6)).append("\" miny=\"").append(plain(g.minY(), 6))
                .append("\" maxx=\"").append(plain(g.maxX(), 6)).append("\" maxy=\"").append(plain(g.maxY(), 6)).append("\"/>\n");
    }

    /** One BoundingBox per CRS; in 1.3.0 a latitude-first CRS lists latitude first. */
    private static void boundingBoxes(StringBuilder b, LayerExtents.Extents e, WmsVersion version) {
        for (Map.Entry<MapCrs, Envelope> entry : e.byCrs().entrySet()) {
            MapCrs crs = entry.getKey();
            if (version == WmsVersion.V1_1_1 && crs.code().startsWith("CRS:")) {
                continue;
            }
            Envelope x = entry.getValue();
            int digits = crs.geographic() ? 6 : 2;
            boolean swap = version == WmsVersion.V1_3_0 && crs.latitudeFirst();
            double minx = swap ? x.minY() : x.minX(), miny = swap ? x.minX() : x.minY();
            double maxx = swap ? x.maxY() : x.maxX(), maxy = swap ? x.maxX() : x.maxY();
            b.append("  <BoundingBox ").append(version == WmsVersion.V1_3_0 ? "CRS" : "SRS").append("=\"").append(crs.code())
                    .append("\" minx=\"").append(plain(minx, digits)).append("\" miny=\"").append(plain(miny, digits))
                    .append("\" maxx=\"").append(plain(maxx, digits)).append("\" maxy=\"").append(plain(maxy, digits)).append("\"/>\n");
        }
    }

    private static String plain(double d, int digits) {
        return BigDecimal.valueOf(d).setScale(digits, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
