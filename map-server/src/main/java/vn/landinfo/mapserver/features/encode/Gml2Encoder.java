package vn.landinfo.mapserver.features.encode;

import java.io.IOException;
import vn.landinfo.mapserver.features.FeatureRow;
import vn.landinfo.mapserver.features.query.GeometryEncoding;

/**
 * GML 2.1.2 for WFS 1.0: wfs:FeatureCollection (WFS 1.0 namespace) with the gml:boundedBy its schema requires
 * (gml:null "unknown": the box is not known before the last row), one gml:featureMember per feature, fid on
 * features. Feature and property elements are in {@link vn.landinfo.mapserver.features.AppSchema#NAMESPACE};
 * values XML-escaped; null values of nullable properties left out; the geometry element first, then the
 * properties in the feature type's order.
 */
public final class Gml2Encoder extends GmlWriter {

    public static final String MEDIA_TYPE = "text/xml; subtype=gml/2.1.2";
    public static final String WFS_NAMESPACE = "http://www.opengis.net/wfs";
    public static final String GML_NAMESPACE = "http://www.opengis.net/gml";

    @Override
    public String contentType() {
        return MEDIA_TYPE;
    }

    @Override
    public GeometryEncoding geometryEncoding() {
        return GeometryEncoding.GML2;
    }

    @Override
    protected void root(CollectionInfo c) throws IOException {
        w.write("<wfs:FeatureCollection" + namespaces(WFS_NAMESPACE, GML_NAMESPACE) + schemaLocation() + ">\n"
                + "<gml:boundedBy><gml:null>unknown</gml:null></gml:boundedBy>\n");
    }

    @Override
    protected String member() {
        return "gml:featureMember";
    }

    @Override
    protected String idAttribute(FeatureRow row) {
        return "fid=\"" + row.featureId() + "\"";
    }
}
