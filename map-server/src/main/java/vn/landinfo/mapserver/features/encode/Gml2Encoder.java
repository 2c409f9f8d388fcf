package vn.landinfo.mapserver.features.encode;

import vn.landinfo.mapserver.features.FeatureRow;
import vn.landinfo.mapserver.features.query.GeometryEncoding;

/**
 * GML 2.1.2 for WFS 1.0: wfs:FeatureCollection (WFS 1.0 namespace) with the gml:boundedBy its schema requires
 * (gml:null "unknown": the box is not known before the last row), one gml:featureMember per feature, fid on
 * features. Feature and property elements are in {@link vn.landinfo.mapserver.features.AppSchema#NAMESPACE};
 * values XML-escaped; null values of nullable properties left out; the geometry element first, then the
 * properties in the feature type's order.
 */
public final class Gml2Encoder extends Wfs1GmlWriter {

    public static final String MEDIA_TYPE = "text/xml; subtype=gml/2.1.2";
    public static final String GML_NAMESPACE = GML_1_NAMESPACE;

    public Gml2Encoder() {
        super(MEDIA_TYPE, GeometryEncoding.GML2);
    }

    @Override
    protected String attributes(CollectionInfo c) {
        return "";
    }

    @Override
    protected String firstChildren() {
        return "<gml:boundedBy><gml:null>unknown</gml:null></gml:boundedBy>\n";
    }

    @Override
    protected String idAttribute(FeatureRow row) {
        return "fid=\"" + row.featureId() + "\"";
    }
}
