package vn.landinfo.mapserver.features;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import vn.landinfo.mapserver.features.encode.CollectionInfo;
import vn.landinfo.mapserver.features.encode.FeatureEncoder;
import vn.landinfo.mapserver.features.query.FeatureQuery;
import vn.landinfo.mapserver.features.query.FeatureSql;
import vn.landinfo.mapserver.features.query.FeatureStatement;
import vn.landinfo.mapserver.features.query.GeometryEncoding;
import vn.landinfo.mapserver.ogc.OgcException;
import vn.landinfo.mapserver.sql.Sql;
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
    private static final String QUERY_CANCELED = "57014";

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
        return count(queries.stream().map(FeatureSql::hits).toList());
    }

    /** The features the queries select together, counted up to {@code limit} (each query stops there). */
    public long hitsUpTo(List<FeatureQuery> queries, long limit) {
        return Math.min(limit, count(queries.stream().map(q -> FeatureSql.hitsUpTo(q, limit)).toList()));
    }

    private long count(List<Sql> counts) {
        try (Connection c = dataSource.getConnection()) {
            return inReadTransaction(c, () -> {
                long total = 0;
                for (Sql s : counts) {
                    total += count(c, s);
                }
                return total;
            });
        } catch (SQLException e) {
            throw translate(e);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Writes the features of every query, in order, as one collection. With {@code countMatched} the queries' hits
     * are counted in the same snapshot and {@code info} gets numberMatched and numberReturned (the exact number this
     * answer will hold); otherwise the counts in {@code info} are written as given. An encoder that names
     * numberMatched after its features ({@link FeatureEncoder#countsAfterFeatures}) gets it at the end, where a page
     * that stopped short tells it without a count: the first feature never waits for a count it does not need
     * (docs/decisions/0230-the-first-feature-does-not-wait-for-a-count.md). Several queries are one result set: the
     * first query's startIndex and count page through all of them together ({@link SharedPage}), counted first. An
     * encoder that writes its links first learns the page's last feature id beforehand, unless the count shows no
     * feature follows the page.
     *
     * @return the number of features written
     * @throws OgcException before the first byte, when a query is refused or times out
     */
    public long write(List<FeatureQuery> queries, boolean countMatched, FeatureEncoder encoder, CollectionInfo info, OutputStream out)
            throws IOException {
        // Compiled before the database is touched: an unknown property costs no connection.
        List<FeatureStatement> checked = queries.stream().map(q -> FeatureSql.page(q, encoder.geometryEncoding())).toList();
        // Several queries (WFS: several wfs:Query) are one result set: startIndex and count page through all of them together.
        boolean shared = queries.size() > 1;
        boolean countAfter = countMatched && !shared && encoder.countsAfterFeatures();
        List<Sql> counts = (countMatched && !countAfter) || shared ? queries.stream().map(FeatureSql::hits).toList() : List.of();
        boolean pageEnd = encoder.linksFirst() && info.links() != CollectionInfo.NO_LINKS && !shared && queries.get(0).walksByKey();
        try (Connection c = dataSource.getConnection()) {
            return inReadTransaction(c, () -> {
                CollectionInfo header = info;
                List<FeatureStatement> statements = checked;
                boolean lastPage = false;
                if (!counts.isEmpty()) {
                    long[] matched = new long[counts.size()];
                    for (int i = 0; i < matched.length; i++) {
                        matched[i] = count(c, counts.get(i));
                    }
                    List<FeatureQuery> pages = shared ? SharedPage.of(queries, matched) : queries;
                    if (shared) {
                        statements = pages.stream().map(q -> FeatureSql.page(q, encoder.geometryEncoding())).toList();
                    } else if (Matches.allOnOnePage(queries.get(0), matched[0])) {
                        // Every match on this page: read unordered, the first row comes without a sort of all of them.
                        statements = List.of(FeatureSql.page(queries.get(0).page(0, null, null), encoder.geometryEncoding()));
                    }
                    if (countMatched) {
                        header = info.withCounts(LongStream.of(matched).sum(), SharedPage.returned(pages, matched));
                    }
                    if (!shared) {
                        header = Matches.withoutNextPastTheEnd(header, queries.get(0), matched[0]);
                        lastPage = Matches.reachEnd(queries.get(0), matched[0]);
                    }
                }
                if (pageEnd && !lastPage) {
                    header = withPageEnd(c, queries.get(0), header, countMatched);
                }
                long written = stream(c, statements, encoder, header, out);
                CollectionInfo tail = header;
                if (countAfter) {
                    FeatureQuery q = queries.get(0);
                    Long implied = Matches.implied(q, written);
                    // Same snapshot: the count after the features counts the features written.
                    long matched = implied != null ? implied : count(c, FeatureSql.hits(q));
                    tail = Matches.withoutNextPastTheEnd(header.withCounts(matched, written), q, matched);
                }
                encoder.end(written, tail);
                return written;
            });
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /** Runs the statements in order on the open transaction and hands each row to the encoder; begins the answer. */
    private long stream(Connection c, List<FeatureStatement> statements, FeatureEncoder encoder, CollectionInfo header, OutputStream out)
            throws SQLException, IOException {
        long written = 0;
        boolean begun = false;
        for (FeatureStatement st : statements) {
            try (PreparedStatement ps = c.prepareStatement(st.sql().text())) {
                ps.setFetchSize(fetchSize);
                bind(ps, st.sql().params());
                try (ResultSet rs = ps.executeQuery()) {
                    // The first rows are read: from here on the answer is a 200.
                    if (!begun) {
                        encoder.begin(out, header);
                        begun = true;
                    }
                    Rows rows = new Rows(st, rs);
                    while (rs.next()) {
                        encoder.feature(rows.read());
                        written++;
                    }
                }
            }
        }
        if (!begun) {
            encoder.begin(out, header);
        }
        return written;
    }

    /** The page's last feature id and its exact size, read in the answer's snapshot before anything is written. */
    private static CollectionInfo withPageEnd(Connection c, FeatureQuery q, CollectionInfo header, boolean countMatched) throws SQLException {
        Sql sql = FeatureSql.pageEnd(q);
        try (PreparedStatement ps = c.prepareStatement(sql.text())) {
            bind(ps, sql.params());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return countMatched ? header.withCounts(header.numberMatched(), 0L) : header;
                }
                String id = rs.getString(1);
                int v = rs.getInt(2);
                String last = rs.wasNull() ? id : id + "." + v;
                long n = rs.getLong(3);
                CollectionInfo withLast = header.withLastId(last);
                return countMatched ? withLast.withCounts(header.numberMatched(), n) : withLast;
            }
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T run() throws SQLException, IOException;
    }

    /**
     * One read-only repeatable-read transaction: the count and every page see one snapshot, and the cursor
     * (autocommit off) lets the driver fetch {@code fetchSize} rows at a time. The transaction's characteristics
     * and its statement timeout go in one batch with the driver's BEGIN, and the pooled connection's session
     * characteristics are never touched: the driver's {@code getTransactionIsolation} and
     * {@code setTransactionIsolation} are a round trip each (SHOW, SET SESSION CHARACTERISTICS, and again to put
     * it back), so an answer took 7 round trips where 4 do
     * (docs/decisions/0194-features-answer-in-four-round-trips.md).
     */
    private <T> T inReadTransaction(Connection c, Work<T> work) throws SQLException, IOException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            try (Statement s = c.createStatement()) {
                // Each statement and each fetch of the cursor is bounded; sending to a slow client is not.
                s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY; SET LOCAL statement_timeout = "
                        + Math.max(1, statementTimeout.toMillis()));
            }
            T result = work.run();
            c.commit();
            return result;
        } catch (SQLException | IOException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    private static long count(Connection c, Sql sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql.text())) {
            bind(ps, sql.params());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private OgcException translate(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String m = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (QUERY_CANCELED.equals(state)) {
            long s = Math.max(1, statementTimeout.toSeconds());
            return new OgcException(OgcException.NO_APPLICABLE_CODE, null,
                    "Truy vấn cần hơn " + s + " giây xử lý cơ sở dữ liệu; hãy thu hẹp bộ lọc, khung hoặc số đối tượng",
                    "the query needed more than " + s + " s of database work; narrow the filter, the box or the count");
        }
        if ("XX000".equals(state) || state.startsWith("22")) {
            if (m.contains("parse error") || m.contains("invalid geometry") || m.contains("geometry requires") || m.contains("wkt")) {
                return new OgcException(OgcException.INVALID_PARAMETER_VALUE, "filter",
                        "Hình thể trong bộ lọc không đọc được: " + firstLine(e), "the geometry in the filter cannot be read: " + firstLine(e));
            }
            if (m.contains("transform") || m.contains("proj") || m.contains("latitude or longitude")) {
                return new OgcException(OgcException.INVALID_PARAMETER_VALUE, "filter",
                        "Hình thể nằm ngoài miền của hệ tọa độ, không chuyển đổi được", "a geometry lies outside its CRS's domain and cannot be transformed");
            }
        }
        throw new IllegalStateException("feature query failed: " + e.getMessage(), e);
    }

    private static String firstLine(SQLException e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object v = params.get(i);
            if (v instanceof OffsetDateTime t) {
                ps.setObject(i + 1, t, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                ps.setObject(i + 1, v);
            }
        }
    }

    /** Reads rows of one statement into {@link FeatureRow}s, by the statement's column layout. */
    private static final class Rows {
        private final FeatureStatement st;
        private final ResultSet rs;
        private final boolean[] dates;

        Rows(FeatureStatement st, ResultSet rs) throws SQLException {
            this.st = st;
            this.rs = rs;
            this.dates = new boolean[st.properties().size()];
            for (int i = 0; i < dates.length; i++) {
                dates[i] = rs.getMetaData().getColumnType(4 + i) == Types.DATE;
            }
        }

        FeatureRow read() throws SQLException {
            String id = rs.getString(1);
            int v = rs.getInt(2);
            Integer version = rs.wasNull() ? null : v;
            boolean binary = st.encoding() == GeometryEncoding.WKB;
            String geometry = binary ? null : rs.getString(3);
            byte[] wkb = binary ? rs.getBytes(3) : null;
            List<FeatureProperty> props = st.properties();
            List<Object> values = new ArrayList<>(props.size());
            for (int i = 0; i < props.size(); i++) {
                values.add(value(props.get(i).type(), 4 + i, dates[i]));
            }
            return new FeatureRow(st.type(), id, version, geometry, props, values, wkb);
        }

        private Object value(PropertyType type, int column, boolean date) throws SQLException {
            Object v = switch (type) {
                case STRING -> rs.getString(column);
                case INTEGER -> rs.getLong(column);
                case DECIMAL -> rs.getBigDecimal(column);
                case BOOLEAN -> rs.getBoolean(column);
                case DATE_TIME -> date ? rs.getObject(column, LocalDate.class) : rs.getObject(column, OffsetDateTime.class);
                case GEOMETRY -> rs.getString(column);
            };
            return rs.wasNull() ? null : v;
        }
    }

    /**
     * The rows of one bounded query in memory (OGC API's single item, WFS GetPropertyValue of a few values):
     * for anything that can be large use {@link #write}.
     *
     * @throws IllegalArgumentException when the query has no count
     */
    public List<FeatureRow> rows(FeatureQuery query, GeometryEncoding encoding) {
        if (query.count() == null) {
            throw new IllegalArgumentException("rows() reads a bounded page only; stream the rest with write()");
        }
        List<FeatureRow> rows = new ArrayList<>();
        FeatureEncoder collect = new FeatureEncoder() {
            @Override
            public String contentType() {
                return "application/octet-stream";
            }

            @Override
            public GeometryEncoding geometryEncoding() {
                return encoding;
            }

            @Override
            public void begin(OutputStream out, CollectionInfo info) {
            }

            @Override
            public void feature(FeatureRow row) {
                rows.add(row);
            }

            @Override
            public void end(long numberReturned) {
            }
        };
        try {
            write(List.of(query), false, collect, CollectionInfo.of(null), OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return rows;
    }

    /** The streamed answer of {@link #write}: a 200 in the encoder's media type, written when the web layer sends it. */
    public OgcResponse response(List<FeatureQuery> queries, boolean countMatched, FeatureEncoder encoder, CollectionInfo info) {
        return OgcResponse.streamed(encoder.contentType(), out -> write(queries, countMatched, encoder, info, out));
    }
}
