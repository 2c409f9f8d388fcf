package vn.landinfo.mapserver.wfs;

import java.util.ArrayList;
import java.util.List;
import vn.landinfo.mapserver.features.FeatureProperty;
import vn.landinfo.mapserver.features.FeatureType;
import vn.landinfo.mapserver.features.FeatureTypes;
import vn.landinfo.mapserver.ogc.OgcException;
import vn.landinfo.mapserver.ogc.OgcResponse;
import vn.landinfo.mapserver.ogc.Xml;

/**
 * DescribeFeatureType: the application schema of the asked types (all when none is named), generated from the
 * feature types so it cannot drift from what GetFeature writes — GML 3.2 for 2.0, GML 3.1.1 for 1.1, GML 2 for 1.0.
 * Each feature carries its geometry first, then its properties in {@link FeatureType#properties()} order (the GML
 * writers follow the same order). Every property is optional (minOccurs 0), since PropertyName may select a subset.
 */
final class DescribeFeatureType {

    private final FeatureTypes types;

    DescribeFeatureType(FeatureTypes types) {
        this.types = types;
    }

    OgcResponse handle(WfsRequest r) {
        GmlVersion gml = r.version().gml();
        if (r.outputFormat() != null && !acceptable(r.outputFormat(), r.version())) {
            throw new OgcException(WfsCodes.INVALID_PARAMETER_VALUE, "outputFormat",
                    "DescribeFeatureType chỉ trả lược đồ XML (" + schemaFormat(r.version()) + ")",
                    "DescribeFeatureType answers an XML schema only (" + schemaFormat(r.version()) + ")");
        }
        List<FeatureType> asked = new ArrayList<>();
        if (r.typeNames().isEmpty()) {
            asked.addAll(types.all());
        } else {
            for (String name : r.typeNames()) {
                asked.add(types.find(Names.local(name)).orElseThrow(() -> new OgcException(WfsCodes.INVALID_PARAMETER_VALUE,
                        r.version() == WfsVersion.V2_0_0 ? "typeNames" : "typeName",
                        "Không có kiểu đối tượng " + WfsCodes.abbreviate(name), "there is no feature type " + WfsCodes.abbreviate(name))));
            }
        }
        return OgcResponse.text(200, contentType(r.version()), schema(asked, gml));
    }

    static String schema(List<FeatureType> types, GmlVersion gml) {
        StringBuilder b = new StringBuilder(8 * 1024);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xsd:schema xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\"")
                .append(" xmlns:gml=\"").append(gml.namespace()).append("\" xmlns:").append(Names.PREFIX).append("=\"").append(Names.NAMESPACE)
                .append("\" targetNamespace=\"").append(Names.NAMESPACE).append("\" elementFormDefault=\"qualified\" version=\"1.0\">\n")
                .append("  <xsd:import namespace=\"").append(gml.namespace()).append("\" schemaLocation=\"").append(gml.schemaLocation())
                .append("\"/>\n");
        String substitution = gml == GmlVersion.GML32 ? "gml:AbstractFeature" : "gml:_Feature";
        for (FeatureType t : types) {
            b.append("  <xsd:complexType name=\"").append(t.name()).append("Type\">\n    <xsd:complexContent>\n")
                    .append("      <xsd:extension base=\"").append(gml.featureBaseType()).append("\">\n        <xsd:sequence>\n");
            element(b, t.geometry(), gml);
            for (FeatureProperty p : t.properties()) {
                element(b, p, gml);
            }
            b.append("        </xsd:sequence>\n      </xsd:extension>\n    </xsd:complexContent>\n  </xsd:complexType>\n")
                    .append("  <xsd:element name=\"").append(t.name()).append("\" type=\"").append(Names.PREFIX).append(':').append(t.name())
                    .append("Type\" substitutionGroup=\"").append(substitution).append("\"/>\n");
        }
        return b.append("</xsd:schema>\n").toString();
    }

    /**
     * The xsi:schemaLocation of a GML feature collection: the version's WFS schema and this service's
     * DescribeFeatureType of the types in it, so that a validating client (the OGC suite among them) finds both.
     */
    static String schemaLocation(WfsVersion v, String serviceUrl, List<String> typeNames) {
        String wfs = switch (v) {
            case V2_0_0 -> "http://www.opengis.net/wfs/2.0 http://schemas.opengis.net/wfs/2.0/wfs.xsd";
            case V1_1_0 -> "http://www.opengis.net/wfs http://schemas.opengis.net/wfs/1.1.0/wfs.xsd";
            case V1_0_0 -> "http://www.opengis.net/wfs http://schemas.opengis.net/wfs/1.0.0/WFS-basic.xsd";
        };
        if (serviceUrl == null || typeNames.isEmpty()) {
            return wfs;
        }
        String describe = serviceUrl + "?SERVICE=WFS&VERSION=" + v.number() + "&REQUEST=DescribeFeatureType&"
                + (v == WfsVersion.V2_0_0 ? "TYPENAMES" : "TYPENAME") + "="
                + java.net.URLEncoder.encode(String.join(",", typeNames), java.nio.charset.StandardCharsets.UTF_8);
        return wfs + " " + Names.NAMESPACE + " " + describe;
    }

    private static void element(StringBuilder b, FeatureProperty p, GmlVersion gml) {
        String type = p.isGeometry() ? gml.geometryPropertyType() : p.type().xsdType();
        b.append("          <xsd:element name=\"").append(Xml.escape(p.name())).append("\" type=\"").append(type)
                .append("\" minOccurs=\"0\"").append(p.nullable() ? " nillable=\"true\"" : "").append("/>\n");
    }

    private static String schemaFormat(WfsVersion v) {
        return switch (v) {
            case V2_0_0 -> "application/gml+xml; version=3.2";
            case V1_1_0 -> "text/xml; subtype=gml/3.1.1";
            case V1_0_0 -> "XMLSCHEMA";
        };
    }

    private static String contentType(WfsVersion v) {
        return switch (v) {
            case V2_0_0 -> "application/gml+xml; version=3.2; charset=UTF-8";
            case V1_1_0 -> "text/xml; subtype=gml/3.1.1; charset=UTF-8";
            case V1_0_0 -> "text/xml; charset=UTF-8";
        };
    }

    private static boolean acceptable(String asked, WfsVersion v) {
        String a = asked.trim().toLowerCase(java.util.Locale.ROOT).replace(" ", "");
        return a.equals(schemaFormat(v).toLowerCase(java.util.Locale.ROOT).replace(" ", "")) || a.equals("xmlschema")
                || a.equals("text/xml") || a.startsWith("text/xml;subtype=gml/") || a.startsWith("application/gml+xml");
    }
}
