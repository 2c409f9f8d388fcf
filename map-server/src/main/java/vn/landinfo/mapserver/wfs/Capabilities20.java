package vn.landinfo.mapserver.wfs;

import java.util.List;
import vn.landinfo.mapserver.features.FeatureType;
import vn.landinfo.mapserver.ogc.Xml;

/**
 * The WFS 2.0.0 capabilities (wfs/2.0/wfs.xsd, OWS 1.1, FES 2.0 filter capabilities): exactly the operations, formats,
 * CRSs and conformance the service implements (docs/decisions/0174-wfs-versions-axis-order-capabilities.md).
 */
final class Capabilities20 {

    /**
     * WFS 2.0 Table 13 constraints: what is built is TRUE, the rest FALSE (the conformance suite reads them). Feature
     * versioning (A.1.14) is the versions a wfs:Transaction creates and reports (fes:ResourceId with version and
     * previousRid in its results): it comes with WFS-T. Navigating the register's versions is built and declared in
     * the filter capabilities (ImplementsVersionNav); docs/decisions/0186-landinfo-passes-the-ogc-wfs20-suite.md.
     */
    private static final List<String> WFS_TRUE = List.of("ImplementsBasicWFS", "KVPEncoding", "XMLEncoding", "ImplementsResultPaging");
    private static final List<String> WFS_FALSE = List.of("ImplementsTransactionalWFS", "ImplementsLockingWFS", "SOAPEncoding",
            "ImplementsInheritance", "ImplementsRemoteResolve", "ImplementsStandardJoins", "ImplementsSpatialJoins",
            "ImplementsTemporalJoins", "ImplementsFeatureVersioning", "ManageStoredQueries");
    /** FES 2.0 Table 13 conformance classes. */
    private static final List<String> FES_TRUE = List.of("ImplementsQuery", "ImplementsAdHocQuery", "ImplementsResourceId",
            "ImplementsMinStandardFilter", "ImplementsStandardFilter", "ImplementsMinSpatialFilter", "ImplementsSpatialFilter",
            "ImplementsMinTemporalFilter", "ImplementsTemporalFilter", "ImplementsVersionNav", "ImplementsSorting",
            "ImplementsMinimumXPath");
    private static final List<String> FES_FALSE = List.of("ImplementsFunctions", "ImplementsExtendedOperators", "ImplementsSchemaElementFunc");
    static final List<String> COMPARISONS = List.of("PropertyIsEqualTo", "PropertyIsNotEqualTo", "PropertyIsLessThan",
            "PropertyIsGreaterThan", "PropertyIsLessThanOrEqualTo", "PropertyIsGreaterThanOrEqualTo", "PropertyIsLike",
            "PropertyIsNull", "PropertyIsNil", "PropertyIsBetween");
    static final List<String> SPATIAL = List.of("BBOX", "Equals", "Disjoint", "Intersects", "Touches", "Crosses", "Within",
            "Contains", "Overlaps", "Beyond", "DWithin");
    /**
     * The FES 2.0 temporal operators wfs.filter.TemporalReader reads and FilterSql compiles. AnyInteracts is read too,
     * but the FES 2.0.0 schema's TemporalOperatorNameType does not list it, so a valid document cannot declare it.
     */
    static final List<String> TEMPORAL = List.of("After", "Before", "Begins", "BegunBy", "TContains", "During", "TEquals", "TOverlaps",
            "Meets", "OverlappedBy", "MetBy", "Ends", "EndedBy");
    static final List<String> GEOMETRY_OPERANDS = List.of("gml:Envelope", "gml:Point", "gml:LineString", "gml:Polygon",
            "gml:MultiPoint", "gml:MultiCurve", "gml:MultiSurface");

    private final OwsSections sections;
    private final WfsSettings settings;

    Capabilities20(OwsSections sections, WfsSettings settings) {
        this.sections = sections;
        this.settings = settings;
    }

    String write(String url, List<FeatureType> types) {
        StringBuilder b = new StringBuilder(48 * 1024);
        sections.root(b, "2.0.0", " xmlns:wfs=\"http://www.opengis.net/wfs/2.0\" xmlns:ows=\"http://www.opengis.net/ows/1.1\""
                + " xmlns:fes=\"http://www.opengis.net/fes/2.0\" xmlns:gml=\"http://www.opengis.net/gml/3.2\"",
                "http://www.opengis.net/wfs/2.0 http://schemas.opengis.net/wfs/2.0/wfs.xsd");
        sections.service(b, "<ows:ServiceType codeSpace=\"OGC\">WFS</ows:ServiceType>",
                WfsVersion.NEWEST_FIRST.stream().map(WfsVersion::number).toList());
        operations(b, url, types);
        b.append("<wfs:FeatureTypeList>\n");
        sections.featureTypes(b, types, WfsVersion.V2_0_0, "CRS");
        b.append("</wfs:FeatureTypeList>\n");
        filterCapabilities(b);
        return b.append("</wfs:WFS_Capabilities>\n").toString();
    }

    private void operations(StringBuilder b, String url, List<FeatureType> types) {
        b.append("<ows:OperationsMetadata>\n");
        for (String op : Operations.ALL) {
            b.append("<ows:Operation name=\"").append(op).append("\">\n");
            OwsService.dcp(b, url);
            switch (op) {
                case Operations.GET_CAPABILITIES -> {
                    allowed(b, "Parameter", "AcceptVersions", WfsVersion.NEWEST_FIRST.stream().map(WfsVersion::number).toList());
                    allowed(b, "Parameter", "AcceptFormats", List.of("text/xml"));
                    allowed(b, "Parameter", "Sections", List.of("ServiceIdentification", "ServiceProvider", "OperationsMetadata",
                            "FeatureTypeList", "Filter_Capabilities"));
                }
                case Operations.DESCRIBE_FEATURE_TYPE -> allowed(b, "Parameter", "outputFormat",
                        List.of("application/gml+xml; version=3.2"));
                case Operations.GET_FEATURE, Operations.GET_PROPERTY_VALUE -> {
                    allowed(b, "Parameter", "outputFormat", OutputFormat.of(WfsVersion.V2_0_0).stream().map(OutputFormat::declared).toList());
                    // No property holds a reference, so resolving local ones is done by answering as is; remote ones are not fetched.
                    allowed(b, "Parameter", "resolve", Resolve.ALLOWED);
                    allowed(b, "Parameter", "resultType", List.of("results", "hits"));
                }
                default -> {
                }
            }
            b.append("</ows:Operation>\n");
        }
        allowed(b, "Parameter", "version", WfsVersion.NEWEST_FIRST.stream().map(WfsVersion::number).toList());
        for (String c : WFS_TRUE) {
            constraint(b, "ows", c, "TRUE");
        }
        for (String c : WFS_FALSE) {
            constraint(b, "ows", c, "FALSE");
        }
        constraint(b, "ows", "CountDefault", Integer.toString(settings.defaultCount()));
        allowed(b, "Constraint", "QueryExpressions", List.of("wfs:Query", "wfs:StoredQuery"));
        b.append("</ows:OperationsMetadata>\n");
    }

    private static void allowed(StringBuilder b, String element, String name, List<String> values) {
        b.append("  <ows:").append(element).append(" name=\"").append(name).append("\"><ows:AllowedValues>");
        values.forEach(v -> b.append("<ows:Value>").append(Xml.escape(v)).append("</ows:Value>"));
        b.append("</ows:AllowedValues></ows:").append(element).append(">\n");
    }

    private static void constraint(StringBuilder b, String prefix, String name, String value) {
        b.append("  <").append(prefix).append(":Constraint name=\"").append(name).append("\"><ows:NoValues/><ows:DefaultValue>")
                .append(value).append("</ows:DefaultValue></").append(prefix).append(":Constraint>\n");
    }

    private static void filterCapabilities(StringBuilder b) {
        b.append("<fes:Filter_Capabilities>\n<fes:Conformance>\n");
        FES_TRUE.forEach(c -> constraint(b, "fes", c, "TRUE"));
        FES_FALSE.forEach(c -> constraint(b, "fes", c, "FALSE"));
        b.append("</fes:Conformance>\n<fes:Id_Capabilities><fes:ResourceIdentifier name=\"fes:ResourceId\"/></fes:Id_Capabilities>\n")
                .append("<fes:Scalar_Capabilities>\n  <fes:LogicalOperators/>\n  <fes:ComparisonOperators>");
        COMPARISONS.forEach(c -> b.append("<fes:ComparisonOperator name=\"").append(c).append("\"/>"));
        b.append("</fes:ComparisonOperators>\n</fes:Scalar_Capabilities>\n<fes:Spatial_Capabilities>\n  <fes:GeometryOperands>");
        GEOMETRY_OPERANDS.forEach(g -> b.append("<fes:GeometryOperand name=\"").append(g).append("\"/>"));
        b.append("</fes:GeometryOperands>\n  <fes:SpatialOperators>");
        SPATIAL.forEach(s -> b.append("<fes:SpatialOperator name=\"").append(s).append("\"/>"));
        b.append("</fes:SpatialOperators>\n</fes:Spatial_Capabilities>\n<fes:Temporal_Capabilities>\n  <fes:TemporalOperands>")
                .append("<fes:TemporalOperand name=\"gml:TimeInstant\"/><fes:TemporalOperand name=\"gml:TimePeriod\"/></fes:TemporalOperands>\n")
                .append("  <fes:TemporalOperators>");
        TEMPORAL.forEach(t -> b.append("<fes:TemporalOperator name=\"").append(t).append("\"/>"));
        b.append("</fes:TemporalOperators>\n</fes:Temporal_Capabilities>\n</fes:Filter_Capabilities>\n");
    }
}
