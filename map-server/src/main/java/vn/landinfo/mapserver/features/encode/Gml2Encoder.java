package vn.landinfo.mapserver.features.encode;

import java.io.IOException;
import java.io.OutputStream;
import vn.landinfo.mapserver.features.FeatureRow;
import vn.landinfo.mapserver.features.query.GeometryEncoding;

/**
 * GML 2.1.2 for WFS 1.0: wfs:FeatureCollection (WFS 1.0 namespace) with gml:boundedBy, one gml:featureMember per feature, fid on features. Feature and property elements are in
 * {@link vn.landinfo.mapserver.features.AppSchema#NAMESPACE}; property values are XML-escaped; a null value of a
 * nullable property is left out (the schema declares such properties minOccurs="0"). The geometry element
 * ({@code landinfo:geom}) comes first, then the properties in the feature type's order.
 */
public final class Gml2Encoder implements FeatureEncoder {

    public static final String MEDIA_TYPE = "text/xml; subtype=gml/2.1.2";

    @Override
    public String contentType() {
        return MEDIA_TYPE;
    }

    @Override
    public GeometryEncoding geometryEncoding() {
        return GeometryEncoding.GML2;
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
