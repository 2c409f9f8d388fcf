package vn.landinfo.mapserver.wfs;

import java.util.List;
import vn.landinfo.mapserver.crs.CrsCatalogue;
import vn.landinfo.mapserver.crs.MapCrs;
import vn.landinfo.mapserver.features.FeatureType;
import vn.landinfo.mapserver.metadata.ServiceContact;
import vn.landinfo.mapserver.ogc.Xml;
import vn.landinfo.mapserver.wms.LayerExtents;

/**
 * The sections the WFS 2.0 and 1.1 capabilities write alike (OWS 1.1 and OWS 1.0 give them the same element
 * structure): the root element, the service identification and provider, and each feature type with its CRSs,
 * output formats and WGS 84 box. Where the versions differ in a name or a list, the caller says which.
 */
final class OwsSections {

    private final CrsCatalogue crss;
    private final LayerExtents extents;
    private final ServiceContact contact;

    OwsSections(CrsCatalogue crss, LayerExtents extents, ServiceContact contact) {
        this.crss = crss;
        this.extents = extents;
        this.contact = contact;
    }

    /**
     * The XML declaration and the wfs:WFS_Capabilities start tag in this version: its own namespaces (each with its
     * leading space), then XLink's, XML Schema instance's and landinfo's, and the schema location.
     */
    void root(StringBuilder b, String version, String namespaces, String schemaLocation) {
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<wfs:WFS_Capabilities version=\"").append(version).append('"').append(namespaces)
                .append(" xmlns:xlink=\"http://www.w3.org/1999/xlink\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
                .append(" xmlns:").append(Names.PREFIX).append("=\"").append(Names.NAMESPACE).append("\"")
                .append(" xsi:schemaLocation=\"").append(schemaLocation).append("\">\n");
    }

    /** ows:ServiceIdentification, with this ows:ServiceType element and these ServiceTypeVersions, then ows:ServiceProvider. */
    void service(StringBuilder b, String serviceTypeElement, List<String> versions) {
        b.append("<ows:ServiceIdentification>\n  <ows:Title>").append(Xml.escape(OwsService.TITLE)).append("</ows:Title>\n  <ows:Abstract>")
                .append(Xml.escape(OwsService.ABSTRACT)).append("</ows:Abstract>\n  ");
        OwsService.keywords(b, "ows", OwsService.KEYWORDS);
        b.append("  ").append(serviceTypeElement).append('\n');
        for (String v : versions) {
            b.append("  <ows:ServiceTypeVersion>").append(v).append("</ows:ServiceTypeVersion>\n");
        }
        b.append("  <ows:Fees>NONE</ows:Fees>\n  <ows:AccessConstraints>NONE</ows:AccessConstraints>\n</ows:ServiceIdentification>\n");
        OwsService.serviceProvider(b, contact);
    }

    /**
     * A wfs:FeatureType per type: WGS 84 as the default CRS, every other CRS of the catalogue in the version's syntax,
     * the version's output formats. {@code crsTerm} is what the version calls a CRS in the element names: "CRS" in
     * 2.0 (DefaultCRS, OtherCRS), "SRS" in 1.1 (DefaultSRS, OtherSRS).
     */
    void featureTypes(StringBuilder b, List<FeatureType> types, WfsVersion version, String crsTerm) {
        for (FeatureType t : types) {
            b.append("<wfs:FeatureType>\n  <wfs:Name>").append(Names.PREFIX).append(':').append(t.name()).append("</wfs:Name>\n")
                    .append("  <wfs:Title>").append(Xml.escape(t.layer().title())).append("</wfs:Title>\n")
                    .append("  <wfs:Abstract>").append(Xml.escape(t.layer().abstractText())).append("</wfs:Abstract>\n  ");
            OwsService.keywords(b, "ows", t.layer().keywords());
            b.append("  <wfs:Default").append(crsTerm).append(">urn:ogc:def:crs:EPSG::4326</wfs:Default").append(crsTerm).append(">\n");
            for (MapCrs crs : crss.all()) {
                if (!crs.code().equals("EPSG:4326")) {
                    b.append("  <wfs:Other").append(crsTerm).append('>').append(SrsName.inSyntaxOf(crs, version))
                            .append("</wfs:Other").append(crsTerm).append(">\n");
                }
            }
            b.append("  <wfs:OutputFormats>");
            OutputFormat.of(version).forEach(f -> b.append("<wfs:Format>").append(Xml.escape(f.declared())).append("</wfs:Format>"));
            b.append("</wfs:OutputFormats>\n");
            OwsService.wgs84Box(b, extents.of(t.layer().extent()).geographic());
            b.append("</wfs:FeatureType>\n");
        }
    }
}
