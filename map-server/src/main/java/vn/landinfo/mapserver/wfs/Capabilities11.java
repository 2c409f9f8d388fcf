package vn.landinfo.mapserver.wfs;

import java.util.List;
import vn.landinfo.mapserver.features.FeatureType;
import vn.landinfo.mapserver.ogc.Xml;

/** The WFS 1.1.0 capabilities (wfs/1.1.0/wfs.xsd, OWS 1.0, Filter 1.1 capabilities). */
final class Capabilities11 {

    private static final List<String> OPERATIONS = List.of(Operations.GET_CAPABILITIES, Operations.DESCRIBE_FEATURE_TYPE,
            Operations.GET_FEATURE);
    private static final List<String> COMPARISONS = List.of("LessThan", "GreaterThan", "LessThanEqualTo", "GreaterThanEqualTo",
            "EqualTo", "NotEqualTo", "Like", "Between", "NullCheck");

    private final OwsSections sections;
    private final WfsSettings settings;

    Capabilities11(OwsSections sections, WfsSettings settings) {
        this.sections = sections;
        this.settings = settings;
    }

    String write(String url, List<FeatureType> types) {
        StringBuilder b = new StringBuilder(48 * 1024);
        sections.root(b, "1.1.0", " xmlns:wfs=\"http://www.opengis.net/wfs\" xmlns:ows=\"http://www.opengis.net/ows\""
                + " xmlns:ogc=\"http://www.opengis.net/ogc\" xmlns:gml=\"http://www.opengis.net/gml\"",
                "http://www.opengis.net/wfs http://schemas.opengis.net/wfs/1.1.0/wfs.xsd");
        sections.service(b, "<ows:ServiceType>WFS</ows:ServiceType>", List.of(WfsVersion.V1_1_0.number()));
        b.append("<ows:OperationsMetadata>\n");
        for (String op : OPERATIONS) {
            b.append("<ows:Operation name=\"").append(op).append("\">\n");
            OwsService.dcp(b, url);
            switch (op) {
                case Operations.GET_CAPABILITIES -> {
                    parameter(b, "AcceptVersions", WfsVersion.NEWEST_FIRST.stream().map(WfsVersion::number).toList());
                    parameter(b, "AcceptFormats", List.of("text/xml"));
                }
                case Operations.DESCRIBE_FEATURE_TYPE -> parameter(b, "outputFormat", List.of("text/xml; subtype=gml/3.1.1"));
                default -> {
                    parameter(b, "outputFormat", OutputFormat.of(WfsVersion.V1_1_0).stream().map(OutputFormat::declared).toList());
                    parameter(b, "resultType", List.of("results", "hits"));
                }
            }
            b.append("</ows:Operation>\n");
        }
        // WFS 1.1 has no CountDefault: the features a GetFeature without maxFeatures holds at most, in the constraint
        // MapServer declares and QGIS reads (decision 0205). More than that is refused, never cut silently.
        b.append("<ows:Constraint name=\"DefaultMaxFeatures\"><ows:Value>").append(settings.maxCount()).append("</ows:Value></ows:Constraint>\n");
        b.append("</ows:OperationsMetadata>\n<wfs:FeatureTypeList>\n  <wfs:Operations><wfs:Operation>Query</wfs:Operation></wfs:Operations>\n");
        sections.featureTypes(b, types, WfsVersion.V1_1_0, "SRS");
        b.append("</wfs:FeatureTypeList>\n<ogc:Filter_Capabilities>\n<ogc:Spatial_Capabilities>\n  <ogc:GeometryOperands>");
        // Filter 1.1's GeometryOperandType is a closed list without the multi-geometries (which are still read).
        List.of("gml:Envelope", "gml:Point", "gml:LineString", "gml:Polygon").forEach(g -> b.append("<ogc:GeometryOperand>").append(g).append("</ogc:GeometryOperand>"));
        b.append("</ogc:GeometryOperands>\n  <ogc:SpatialOperators>");
        Capabilities20.SPATIAL.forEach(s -> b.append("<ogc:SpatialOperator name=\"").append(s).append("\"/>"));
        b.append("</ogc:SpatialOperators>\n</ogc:Spatial_Capabilities>\n<ogc:Scalar_Capabilities>\n  <ogc:LogicalOperators/>\n  <ogc:ComparisonOperators>");
        COMPARISONS.forEach(c -> b.append("<ogc:ComparisonOperator>").append(c).append("</ogc:ComparisonOperator>"));
        b.append("</ogc:ComparisonOperators>\n</ogc:Scalar_Capabilities>\n<ogc:Id_Capabilities><ogc:FID/></ogc:Id_Capabilities>\n")
                .append("</ogc:Filter_Capabilities>\n");
        return b.append("</wfs:WFS_Capabilities>\n").toString();
    }

    private static void parameter(StringBuilder b, String name, List<String> values) {
        b.append("  <ows:Parameter name=\"").append(name).append("\">");
        values.forEach(v -> b.append("<ows:Value>").append(Xml.escape(v)).append("</ows:Value>"));
        b.append("</ows:Parameter>\n");
    }
}
