package vn.landinfo.mapserver.features.encode;

import java.io.IOException;
import java.io.OutputStream;
import vn.landinfo.mapserver.features.FeatureRow;
import vn.landinfo.mapserver.features.query.GeometryEncoding;

/**
 * GML 3.2.1 for WFS 2.0: wfs:FeatureCollection (WFS 2.0 namespace) with numberMatched, numberReturned and timeStamp, one wfs:member per feature, gml:id on features and geometries. Feature and property elements are in
 * {@link vn.landinfo.mapserver.features.AppSchema#NAMESPACE}; property values are XML-escaped; a null value of a
 * nullable property is left out (the schema declares such properties minOccurs="0"). The geometry element
 * ({@code landinfo:geom}) comes first, then the properties in the feature type's order.
 */
public final class Gml32Encoder implements FeatureEncoder {

    public static final String MEDIA_TYPE = "application/gml+xml; version=3.2";

    @Override
    public String contentType() {
        return MEDIA_TYPE;
    }

    @Override
    public GeometryEncoding geometryEncoding() {
        return GeometryEncoding.GML32;
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
