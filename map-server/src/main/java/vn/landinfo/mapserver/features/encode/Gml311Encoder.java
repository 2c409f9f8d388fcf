package vn.landinfo.mapserver.features.encode;

import java.io.IOException;
import vn.landinfo.mapserver.features.FeatureRow;
import vn.landinfo.mapserver.features.query.GeometryEncoding;

/**
 * GML 3.1.1 for WFS 1.1: wfs:FeatureCollection (WFS 1.1 namespace) with numberOfFeatures (when known) and
 * timeStamp, one gml:featureMember per feature, gml:id on features. Feature and property elements are in
 * {@link vn.landinfo.mapserver.features.AppSchema#NAMESPACE}; values XML-escaped; null values of nullable
 * properties left out; the geometry element first, then the properties in the feature type's order.
 */
public final class Gml311Encoder extends GmlWriter {

    public static final String MEDIA_TYPE = "text/xml; subtype=gml/3.1.1";
    public static final String WFS_NAMESPACE = "http://www.opengis.net/wfs";
    public static final String GML_NAMESPACE = "http://www.opengis.net/gml";

    @Override
    public String contentType() {
        return MEDIA_TYPE;
    }

    @Override
    public GeometryEncoding geometryEncoding() {
        return GeometryEncoding.GML31;
    }

    @Override
    protected void root(CollectionInfo c) throws IOException {
        w.write("<wfs:FeatureCollection" + namespaces(WFS_NAMESPACE, GML_NAMESPACE) + schemaLocation()
                + (c.numberReturned() == null ? "" : " numberOfFeatures=\"" + c.numberReturned() + "\"")
                + (c.timeStamp() == null ? "" : " timeStamp=\"" + Values.timeStamp(c.timeStamp()) + "\"") + ">\n");
    }

    @Override
    protected String member() {
        return "gml:featureMember";
    }

    @Override
    protected String idAttribute(FeatureRow row) {
        return "gml:id=\"" + row.featureId() + "\"";
    }
}
