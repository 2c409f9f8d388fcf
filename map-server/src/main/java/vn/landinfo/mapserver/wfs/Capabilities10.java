package vn.landinfo.mapserver.wfs;

import java.util.List;
import vn.landinfo.mapserver.crs.Envelope;
import vn.landinfo.mapserver.features.FeatureType;
import vn.landinfo.mapserver.ogc.Xml;
import vn.landinfo.mapserver.wms.LayerExtents;

/**
 * The WFS 1.0.0 capabilities (wfs/1.0.0/WFS-capabilities.xsd, Filter 1.0). 1.0 gives each type one SRS, so the other
 * CRSs (served with srsName) are declared in the 2.0 and 1.1 capabilities only. Its ResultFormat holds elements, and
 * the schema declares GML2 alone, leaving other formats to elements a server defines: GeoJSON is declared as
 * {@code lwfs:JSON}, an element of our own that stands for wfs:GML2 (substitution group), defined in
 * {@value #FORMATS_SCHEMA} under the service URL (web's static resources), so the document stays valid
 * (docs/decisions/0189-unsupported-operations-501-and-geojson-in-wfs-1-0.md). FlatGeobuf (outputFormat=
 * application/flatgeobuf) is served in 1.0 too but declared in the 2.0 and 1.1 capabilities only.
 */
final class Capabilities10 {

    /** The namespace of the result-format elements landinfo defines for WFS 1.0.0. */
    static final String FORMATS_NAMESPACE = "http://landinfo.gov.vn/wfs";
    /** Where that namespace's schema is, relative to the service URL ({@code /ogc/wfs/schemas/...}). */
    static final String FORMATS_SCHEMA = "/schemas/result-formats-1.0.0.xsd";

    private final LayerExtents extents;

    Capabilities10(LayerExtents extents) {
        this.extents = extents;
    }

    String write(String url, List<FeatureType> types) {
        StringBuilder b = new StringBuilder(16 * 1024);
        String href = Xml.escape(url);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<WFS_Capabilities version=\"1.0.0\"")
                .append(" xmlns=\"http://www.opengis.net/wfs\" xmlns:ogc=\"http://www.opengis.net/ogc\"")
                .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
                .append(" xmlns:").append(Names.PREFIX).append("=\"").append(Names.NAMESPACE).append("\"")
                .append(" xmlns:lwfs=\"").append(FORMATS_NAMESPACE).append("\"")
                .append(" xsi:schemaLocation=\"http://www.opengis.net/wfs http://schemas.opengis.net/wfs/1.0.0/WFS-capabilities.xsd ")
                .append(FORMATS_NAMESPACE).append(' ').append(href).append(FORMATS_SCHEMA).append("\">\n");
        b.append("<Service>\n  <Name>WFS</Name>\n  <Title>").append(Xml.escape(OwsService.TITLE)).append("</Title>\n  <Abstract>")
                .append(Xml.escape(OwsService.ABSTRACT)).append("</Abstract>\n  <Keywords>")
                .append(Xml.escape(String.join(", ", OwsService.KEYWORDS))).append("</Keywords>\n  <OnlineResource>").append(href)
                .append("</OnlineResource>\n  <Fees>NONE</Fees>\n  <AccessConstraints>NONE</AccessConstraints>\n</Service>\n");
        String dcp = "<DCPType><HTTP><Get onlineResource=\"" + href + "?\"/></HTTP></DCPType><DCPType><HTTP><Post onlineResource=\""
                + href + "\"/></HTTP></DCPType>";
        b.append("<Capability>\n<Request>\n  <GetCapabilities>").append(dcp).append("</GetCapabilities>\n")
                .append("  <DescribeFeatureType><SchemaDescriptionLanguage><XMLSCHEMA/></SchemaDescriptionLanguage>").append(dcp)
                .append("</DescribeFeatureType>\n  <GetFeature><ResultFormat><GML2/><lwfs:JSON/></ResultFormat>").append(dcp).append("</GetFeature>\n")
                .append("</Request>\n</Capability>\n<FeatureTypeList>\n  <Operations><Query/></Operations>\n");
        for (FeatureType t : types) {
            Envelope e = extents.of(t.layer().extent()).geographic();
            b.append("  <FeatureType>\n    <Name>").append(Names.PREFIX).append(':').append(t.name()).append("</Name>\n    <Title>")
                    .append(Xml.escape(t.layer().title())).append("</Title>\n    <Abstract>").append(Xml.escape(t.layer().abstractText()))
                    .append("</Abstract>\n    <Keywords>").append(Xml.escape(String.join(", ", t.layer().keywords()))).append("</Keywords>\n")
                    .append("    <SRS>EPSG:4326</SRS>\n    <LatLongBoundingBox minx=\"").append(OwsService.number(e.minX()))
                    .append("\" miny=\"").append(OwsService.number(e.minY())).append("\" maxx=\"").append(OwsService.number(e.maxX()))
                    .append("\" maxy=\"").append(OwsService.number(e.maxY())).append("\"/>\n  </FeatureType>\n");
        }
        b.append("</FeatureTypeList>\n<ogc:Filter_Capabilities>\n  <ogc:Spatial_Capabilities><ogc:Spatial_Operators>")
                .append("<ogc:BBOX/><ogc:Equals/><ogc:Disjoint/><ogc:Intersect/><ogc:Touches/><ogc:Crosses/><ogc:Within/>")
                .append("<ogc:Contains/><ogc:Overlaps/><ogc:Beyond/><ogc:DWithin/></ogc:Spatial_Operators></ogc:Spatial_Capabilities>\n")
                .append("  <ogc:Scalar_Capabilities><ogc:Logical_Operators/><ogc:Comparison_Operators><ogc:Simple_Comparisons/>")
                .append("<ogc:Like/><ogc:Between/><ogc:NullCheck/></ogc:Comparison_Operators></ogc:Scalar_Capabilities>\n")
                .append("</ogc:Filter_Capabilities>\n");
        return b.append("</WFS_Capabilities>\n").toString();
    }
}
