package vn.landinfo.mapserver.features.encode;

import vn.landinfo.mapserver.features.FeatureRow;
import vn.landinfo.mapserver.features.query.GeometryEncoding;

/**
 * GML 3.1.1 for WFS 1.1: wfs:FeatureCollection (WFS 1.1 namespace) with numberOfFeatures (when known) and
 * timeStamp, one gml:featureMember per feature, gml:id on features. Feature and property elements are in
 * {@link vn.landinfo.mapserver.features.AppSchema#NAMESPACE}; values XML-escaped; null values of nullable
 * properties left out; the geometry element first, then the properties in the feature type's order.
 */
public final class Gml311Encoder extends Wfs1GmlWriter {

    public static final String MEDIA_TYPE = "text/xml; subtype=gml/3.1.1";
    public static final String GML_NAMESPACE = GML_1_NAMESPACE;

    public Gml311Encoder() {
        super(MEDIA_TYPE, GeometryEncoding.GML31);
    }

    @Override
    protected String attributes(CollectionInfo c) {
        return (c.numberReturned() == null ? "" : " numberOfFeatures=\"" + c.numberReturned() + "\"")
                + (c.timeStamp() == null ? "" : " timeStamp=\"" + Values.timeStamp(c.timeStamp()) + "\"");
    }

    @Override
    protected String firstChildren() {
        return "";
    }

    @Override
    protected String idAttribute(FeatureRow row) {
        return "gml:id=\"" + row.featureId() + "\"";
    }
}
