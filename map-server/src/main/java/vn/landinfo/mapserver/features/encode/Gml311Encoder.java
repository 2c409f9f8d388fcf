package vn.landinfo.mapserver.features.encode;

import java.io.IOException;
import java.io.OutputStream;
import vn.landinfo.mapserver.features.FeatureRow;
import vn.landinfo.mapserver.features.query.GeometryEncoding;

/**
 * GML 3.1.1 for WFS 1.1: wfs:FeatureCollection (WFS 1.1 namespace) with numberOfFeatures and timeStamp, one gml:featureMember per feature, gml:id on features. Feature and property elements are in
 * {@link vn.landinfo.mapserver.features.AppSchema#NAMESPACE}; property values are XML-escaped; a null value of a
 * nullable property is left out (the schema declares such properties minOccurs="0"). The geometry element
 * ({@code landinfo:geom}) comes first, then the properties in the feature type's order.
 */
public final class Gml311Encoder implements FeatureEncoder {

    public static final String MEDIA_TYPE = "text/xml; subtype=gml/3.1.1";

    @Override
    public String contentType() {
        return MEDIA_TYPE;
    }

    @Override
    public GeometryEncoding geometryEncoding() {
        return GeometryEncoding.GML31;
    }

    @Override
    public void begin(OutputStream out, CollectionInfo info) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void feature(FeatureRow row) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void end(long numberReturned) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }
}
