package vn.landinfo.mapserver.features.encode;

import java.io.IOException;
import java.io.OutputStream;
import vn.landinfo.mapserver.features.FeatureRow;
import vn.landinfo.mapserver.features.query.GeometryEncoding;

/**
 * Writes a feature collection as rows arrive (docs/decisions/0172-features-streamed-answers.md): {@link #begin}
 * once, {@link #feature} per row, {@link #end} once. One encoder per answer (it holds the stream). The geometry
 * comes already encoded by PostGIS ({@link #geometryEncoding()} tells the compiler which way); Java writes only
 * the envelope and the properties.
 */
public interface FeatureEncoder {

    /** The media type of the answer, with charset where it has one. */
    String contentType();

    /** How PostGIS must encode the geometry for this format. */
    GeometryEncoding geometryEncoding();

    void begin(OutputStream out, CollectionInfo info) throws IOException;

    void feature(FeatureRow row) throws IOException;

    /**
     * Whether the collection's links are written before its features (WFS 2.0 GML's {@code next} attribute on the
     * root): then the stream finds where the page ends first, so the links can name it (decision 0188).
     */
    default boolean linksFirst() {
        return false;
    }

    /** Closes the collection; {@code numberReturned} is the count of features written. Flushes, does not close. */
    void end(long numberReturned) throws IOException;
}
