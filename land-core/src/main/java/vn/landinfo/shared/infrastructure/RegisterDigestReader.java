package vn.landinfo.shared.infrastructure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import vn.landinfo.shared.model.RegisterDigest;

/**
 * Reads the {@link RegisterDigest} of a database: every table of schema {@code public}, each row's text
 * ({@code t::text}) hashed with md5, the row hashes taken in primary-key order and hashed again. In psql, a
 * table's digest is
 * <pre>SELECT count(*), md5(coalesce(string_agg(md5(t::text) || E'\n', '' ORDER BY &lt;key&gt;), '')) FROM &lt;table&gt; t</pre>
 * with text key columns ordered {@code COLLATE "C"}; here the row hashes are streamed instead, so a register of a
 * million parcels needs no gigabyte string on the server (docs/decisions/0160-register-digest-in-production-code.md).
 *
 * <p>Nothing in the result depends on the session or the database's defaults: every order is by bytes ({@code "C"}),
 * instants are written in UTC, floats with every digit, dates and byte strings in one fixed style, and all tables
 * are read in one repeatable-read snapshot, so a digest taken while the server runs is of one moment.
 *
 * <p>Left out, with their reason ({@link #NOT_THE_REGISTER}): {@code dataset_load} (when a load ran and how long
 * it took: bookkeeping of the load, not the register), {@code flyway_schema_history} (when each migration was
 * applied), and PostGIS's own rows of {@code spatial_ref_sys} (they differ between PostGIS releases; the VN-2000
 * zones migration V1 adds are kept). A caller may leave out more rows, with a reason ({@link #leavingOut}).
 */
public final class RegisterDigestReader {

    /**
     * Rows of one table the digest does not cover: those where {@code condition} (SQL on the row alias {@code t})
     * holds, or every row when it is null.
     */
    public record RowsLeftOut(String table, String condition, String why) {

        static RowsLeftOut all(String table, String why) {
            return new RowsLeftOut(table, null, why);
        }

        boolean wholeTable() {
            return condition == null;
        }

        /** One line for people: what is left out and why. */
        public String describe() {
            return (wholeTable() ? table : table + " where " + condition) + " — " + why;
        }
    }

    /** What records the load or the installation rather than the register. */
    public static final List<RowsLeftOut> NOT_THE_REGISTER = List.of(
            RowsLeftOut.all("dataset_load", "khi nào và bao lâu một lần nạp / when a load ran and how long it took"),
            RowsLeftOut.all("flyway_schema_history", "khi nào áp dụng migration / when each migration was applied"),
            new RowsLeftOut("spatial_ref_sys", "t.srid NOT BETWEEN 9205 AND 9218",
                    "hệ tọa độ của PostGIS, khác nhau giữa các phiên bản / PostGIS's own systems, which differ between its releases"));

    /**
     * Settings that fix the text form of a row; SET LOCAL, so they end with the digest's transaction. Any positive
     * extra_float_digits gives the shortest exact form of a float (PostgreSQL 12+).
     */
    private static final List<String> FIXED_TEXT_FORM = List.of(
            "SET LOCAL TimeZone = 'UTC'", "SET LOCAL extra_float_digits = 3", "SET LOCAL DateStyle = 'ISO, YMD'",
            "SET LOCAL IntervalStyle = 'postgres'", "SET LOCAL bytea_output = 'hex'");

    private static final int FETCH_ROWS = 10_000;

    private final DataSource dataSource;
    private final Map<String, RowsLeftOut> leftOut;

    public RegisterDigestReader(DataSource dataSource) {
        this(dataSource, NOT_THE_REGISTER);
    }

    private RegisterDigestReader(DataSource dataSource, List<RowsLeftOut> leftOut) {
        this.dataSource = dataSource;
        this.leftOut = new LinkedHashMap<>();
        // Two rules for one table leave out the rows either names (a whole-table rule wins).
        leftOut.forEach(r -> this.leftOut.merge(r.table(), r, (a, b) -> new RowsLeftOut(a.table(),
                a.wholeTable() || b.wholeTable() ? null : "(" + a.condition() + ") OR (" + b.condition() + ")",
                a.why() + "; " + b.why())));
    }

    /**
     * A reader that also leaves out the rows of {@code table} where {@code condition} holds, e.g. idempotency keys
     * that store a refusal. The condition is SQL written in code, never input from a request.
     */
    public RegisterDigestReader leavingOut(String table, String condition, String why) {
        List<RowsLeftOut> all = new ArrayList<>(leftOut.values());
        all.add(new RowsLeftOut(table, condition, why));
        return new RegisterDigestReader(dataSource, all);
    }

    /** What this reader leaves out, and why, one line each. */
    public List<String> leftOut() {
        return leftOut.values().stream().map(RowsLeftOut::describe).toList();
    }

    /** The digest of the register as it is now, in one snapshot. */
    public RegisterDigest read() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                try (Statement s = c.createStatement()) {
                    s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                    for (String setting : FIXED_TEXT_FORM) {
                        s.execute(setting);
                    }
                }
                List<RegisterDigest.Table> tables = new ArrayList<>();
                for (Map.Entry<Long, String> table : tables(c).entrySet()) {
                    RowsLeftOut rows = leftOut.get(table.getValue());
                    if (rows == null || !rows.wholeTable()) {
                        tables.add(digest(c, table.getKey(), table.getValue(), rows));
                    }
                }
                return new RegisterDigest(tables);
            } finally {
                c.rollback();
                c.setAutoCommit(autoCommit);
            }
        }
    }

    /**
     * The database's default collation, for a reader of the digest (the demo load orders some text keys by it):
     * {@code C.UTF-8}, or {@code icu:vi-VN} for a database whose collations come from ICU. Read as JSON so it works
     * whatever PostgreSQL release names the ICU column.
     */
    public String collation() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT CASE WHEN j ->> 'datlocprovider' = 'i' THEN 'icu:' || coalesce(j ->> 'daticulocale', j ->> 'datlocale')
                            ELSE j ->> 'datcollate' END
                FROM (SELECT to_jsonb(d) AS j FROM pg_database d WHERE d.datname = current_database()) x""")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Tables of schema public (partitioned ones once, not their partitions): oid → name, in byte order of names. */
    private static Map<Long, String> tables(Connection c) throws SQLException {
        Map<Long, String> out = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT c.oid::bigint, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
                ORDER BY c.relname COLLATE "C"
                """)) {
            while (rs.next()) {
                out.put(rs.getLong(1), rs.getString(2));
            }
        }
        return out;
    }

    private static RegisterDigest.Table digest(Connection c, long oid, String table, RowsLeftOut rows) throws SQLException {
        String sql = "SELECT md5(t::text) FROM public." + quoteIdent(table) + " t"
                + (rows == null ? "" : " WHERE (" + rows.condition() + ") IS NOT TRUE")
                + " ORDER BY " + order(c, oid);
        MessageDigest md5 = md5();
        long count = 0;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setFetchSize(FETCH_ROWS);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    md5.update((rs.getString(1) + "\n").getBytes(StandardCharsets.US_ASCII));
                    count++;
                }
            }
        }
        return new RegisterDigest.Table(table, count, HexFormat.of().formatHex(md5.digest()));
    }

    /**
     * The primary key's columns, text ones in byte order ({@code COLLATE "C"}): a key of text sorted by the
     * database's collation would put rows in another order on a database created with another locale. A table
     * without a key is ordered by its rows' text, in byte order too.
     */
    private static String order(Connection c, long oid) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT a.attname, a.attcollation <> 0
                FROM pg_index i CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY k(attnum, ord)
                JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
                WHERE i.indrelid = ?::oid AND i.indisprimary ORDER BY k.ord""")) {
            ps.setLong(1, oid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.add("t." + quoteIdent(rs.getString(1)) + (rs.getBoolean(2) ? " COLLATE \"C\"" : ""));
                }
            }
        }
        return columns.isEmpty() ? "t::text COLLATE \"C\"" : String.join(", ", columns);
    }

    private static String quoteIdent(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has MD5", e);
        }
    }
}
