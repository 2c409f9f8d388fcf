package vn.landinfo.mapserver.tiles;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this instance's tile cache true to the register. Every committed transaction writes a row to
 * the {@code register_event} outbox with the extent it touched and sends NOTIFY; this thread LISTENs,
 * reads the new rows and evicts the tiles they touch. It also reads the outbox every poll interval, so a
 * notification lost with a connection costs at most that interval, and re-reads a window of recent
 * sequence numbers because identity values are taken at insert but become visible at commit, not
 * necessarily in order. If the feed itself breaks, the whole cache is dropped: a stale tile is worse
 * than a slow one.
 */
public final class TileInvalidator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TileInvalidator.class);
    public static final String CHANNEL = "landinfo_register_event";
    /** How far back a late commit can hide: far more transactions than can be in flight at once. */
    private static final int LATE_WINDOW = 256;

    private final DataSource dataSource;
    private final TileCache cache;
    private final int pollMillis;
    private final Thread thread;
    private final TreeSet<Long> applied = new TreeSet<>();
    private volatile boolean running = true;
    private volatile long highest = -1;

    public TileInvalidator(DataSource dataSource, TileCache cache, Duration pollInterval) {
        this.dataSource = dataSource;
        this.cache = cache;
        this.pollMillis = (int) Math.max(50, pollInterval.toMillis());
        this.thread = new Thread(this::run, "tile-invalidator");
        this.thread.setDaemon(true);
    }

    public TileInvalidator start() {
        thread.start();
        return this;
    }

    /** The highest register event sequence number this instance has applied (-1 before it connected). */
    public long highestApplied() {
        return highest;
    }

    private void run() {
        long backoff = 500;
        while (running) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(true);
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                if (highest < 0) {
                    highest = maxSeq(c); // the cache is empty: nothing earlier can be stale
                } else {
                    cache.clear(); // the feed was interrupted: anything cached may have changed meanwhile
                    applied.clear();
                    highest = maxSeq(c);
                    LOG.info("tile invalidation feed reconnected at register event {}; tile cache cleared", highest);
                }
                backoff = 500;
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    pg.getNotifications(pollMillis); // wakes on NOTIFY, or after the poll interval
                    applyNewEvents(c);
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warn("tile invalidation feed interrupted ({}); tile cache cleared, retrying in {} ms", e.getMessage(), backoff);
                cache.clear();
                sleep(backoff);
                backoff = Math.min(backoff * 2, 30_000);
            }
        }
    }

    private void applyNewEvents(Connection c) throws SQLException {
        long from = Math.max(0, highest - LATE_WINDOW);
        applied.headSet(from, true).clear();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT seq, ST_XMin(x), ST_YMin(x), ST_XMax(x), ST_YMax(x)
                FROM (SELECT seq, ST_Transform(extent, 3857) AS x FROM register_event
                      WHERE seq > ? AND seq <> ALL (?) ORDER BY seq) e""")) {
            ps.setLong(1, from);
            Array seen = c.createArrayOf("bigint", applied.toArray());
            ps.setArray(2, seen);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long seq = rs.getLong(1);
                    rs.getDouble(2);
                    if (!rs.wasNull()) {
                        TileCache.Change change = new TileCache.Change(rs.getDouble(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5));
                        int evicted = cache.apply(change);
                        LOG.debug("register event {}: {} cached tiles evicted", seq, evicted);
                    }
                    applied.add(seq);
                    highest = Math.max(highest, seq);
                }
            }
            seen.free();
        }
    }

    private static long maxSeq(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT coalesce(max(seq), 0) FROM register_event")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(pollMillis * 2L + 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
