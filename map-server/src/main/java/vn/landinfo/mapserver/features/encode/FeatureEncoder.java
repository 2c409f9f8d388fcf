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

    /**
     * Whether the collection can name numberMatched after its features (GeoJSON: an object's members have no order).
     * Then the stream writes the first feature without counting first and gives the count to {@link #end(long,
     * CollectionInfo)}, so the first byte of a large answer does not wait for a count of it
     * (docs/decisions/0230-the-first-feature-does-not-wait-for-a-count.md).
     */
    default boolean countsAfterFeatures() {
        return false;
    }

    /** Closes the collection; {@code numberReturned} is the count of features written. Flushes, does not close. */
    void end(long numberReturned) throws IOException;

    /**
     * Closes the collection with what the stream learnt while writing it: {@code tail} is the {@link CollectionInfo}
     * given to {@link #begin} with numberMatched when it was counted after the features, and links that know whether
     * the page was the last. Encoders that write nothing after their features need not care: by default as
     * {@link #end(long)}.
     */
    default void end(long numberReturned, CollectionInfo tail) throws IOException {
        end(numberReturned);
    }
}
