package vn.landinfo.mapserver.features;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import vn.landinfo.mapserver.features.encode.CollectionInfo;
import vn.landinfo.mapserver.features.encode.FeatureEncoder;
import vn.landinfo.mapserver.features.query.FeatureQuery;
import vn.landinfo.mapserver.ogc.OgcResponse;

/**
 * Reads features from the database and hands them to an encoder as they arrive
 * (docs/decisions/0172-features-streamed-answers.md): one read-only, repeatable-read transaction per answer (so
 * the count and the pages agree even while transactions commit), a server-side cursor (autocommit off, a fetch
 * size of {@value #DEFAULT_FETCH_SIZE} rows) so memory stays flat whatever the count, and a statement timeout
 * on each statement. The statements are run before the encoder writes its first byte, so a refused or timed-out
 * query is still an {@link vn.landinfo.mapserver.ogc.OgcException} the service can report.
 */
public final class FeatureStream {

    public static final int DEFAULT_FETCH_SIZE = 500;

    private final DataSource dataSource;
    private final Duration statementTimeout;
    private final int fetchSize;

    public FeatureStream(DataSource dataSource, Duration statementTimeout) {
        this(dataSource, statementTimeout, DEFAULT_FETCH_SIZE);
    }

    public FeatureStream(DataSource dataSource, Duration statementTimeout, int fetchSize) {
        this.dataSource = dataSource;
        this.statementTimeout = statementTimeout;
        this.fetchSize = fetchSize;
    }

    /** numberMatched of every query together (WFS resultType=hits). */
    public long hits(List<FeatureQuery> queries) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Writes the features of every query, in order, as one collection. With {@code countMatched} the queries'
     * hits are counted first in the same snapshot, and {@code info} gets numberMatched and numberReturned (the
     * exact number this answer will hold); otherwise the counts in {@code info} are written as given.
     *
     * @return the number of features written
     * @throws vn.landinfo.mapserver.ogc.OgcException before the first byte, when a query is refused or times out
     */
    public long write(List<FeatureQuery> queries, boolean countMatched, FeatureEncoder encoder, CollectionInfo info, OutputStream out)
            throws IOException {
        throw new UnsupportedOperationException("not yet");
    }

    /** The streamed answer of {@link #write}: a 200 in the encoder's media type, written when the web layer sends it. */
    public OgcResponse response(List<FeatureQuery> queries, boolean countMatched, FeatureEncoder encoder, CollectionInfo info) {
        return OgcResponse.streamed(encoder.contentType(), out -> write(queries, countMatched, encoder, info, out));
    }
}
