package vn.landinfo.mapserver.features.encode;

import java.io.IOException;
import java.io.OutputStream;
import vn.landinfo.mapserver.features.FeatureRow;
import vn.landinfo.mapserver.features.query.GeometryEncoding;

/**
 * A GeoJSON FeatureCollection (RFC 7946, with OGC API's numberMatched, numberReturned, timeStamp and links):
 * each feature's {@code id}, the geometry as PostGIS wrote it, and the properties as JSON numbers, booleans and
 * strings (dates as ISO 8601 text).
 */
public final class GeoJsonEncoder implements FeatureEncoder {

    /** {@code application/geo+json}, the media type OGC API and WFS (outputFormat) both name. */
    public static final String MEDIA_TYPE = "application/geo+json";

    private final boolean qualifiedIds;

    /**
     * @param qualifiedIds write ids as {@code parcels.123} (WFS: the id a ResourceId names) rather than {@code 123}
     *                     (OGC API: the id in {@code /items/{featureId}})
     */
    public GeoJsonEncoder(boolean qualifiedIds) {
        this.qualifiedIds = qualifiedIds;
    }

    @Override
    public String contentType() {
        return MEDIA_TYPE;
    }

    @Override
    public GeometryEncoding geometryEncoding() {
        return GeometryEncoding.GEOJSON;
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
