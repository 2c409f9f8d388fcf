package vn.landinfo.cadastre.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Creates {@code parcel} rows with their national parcel ID (docs/decisions/0008-stable-national-parcel-id.md). The ID is
 * SQL's
 * {@code national_id_candidate(rep_tm3, k)}: candidate 0 is the GeoHash-12 cell of the representative
 * point; when that cell is taken, k = 1, 2, … walk the neighbouring cells in a fixed order. The unique
 * constraint on {@code parcel.national_id} is the arbiter, so concurrent writers cannot both win.
 */
public final class NationalIdAssigner {

    /** Far more candidates than two points within a few centimetres could ever need. */
    private static final int MAX_CANDIDATES = 1000;

    /** Inserts one parcel for a representative point (TM-3, EWKB hex or WKT with SRID) and returns its id. */
    public long assignOne(Connection connection, String representativePointEwkt, Instant beginLifespan, long transactionId)
            throws SQLException {
        String sql = """
            INSERT INTO parcel (national_id, representative_point, begin_lifespan, created_by_tx)
            VALUES (national_id_candidate(ST_GeomFromEWKT(?), ?), ST_GeomFromEWKT(?), ?, ?)
            ON CONFLICT (national_id) DO NOTHING
            RETURNING id""";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int k = 0; k < MAX_CANDIDATES; k++) {
                insert.setString(1, representativePointEwkt);
                insert.setInt(2, k);
                insert.setString(3, representativePointEwkt);
                insert.setTimestamp(4, Timestamp.from(beginLifespan));
                insert.setLong(5, transactionId);
                try (ResultSet rs = insert.executeQuery()) {
                    if (rs.next()) {
                        return rs.getLong(1);
                    }
                }
            }
        }
        throw new IllegalStateException("no free national parcel ID near " + representativePointEwkt);
    }

    /**
     * Creates a parcel for every row of a staging table with columns {@code seq bigint, rep geometry,
     * parcel_id bigint, national_id char(12), k int} and fills in {@code parcel_id} and
     * {@code national_id}. Set-based: all rows try candidate 0 at once; within the batch the lowest
     * {@code seq} keeps a shared cell, and the few losers step to the next candidate and try again.
     */
    public void assignStaged(Connection connection, String stagingTable, Instant beginLifespan, long transactionId)
            throws SQLException {
        String t = stagingTable;
        try (Statement st = connection.createStatement();
             PreparedStatement insert = connection.prepareStatement("""
                 WITH ins AS (
                   INSERT INTO parcel (national_id, representative_point, begin_lifespan, created_by_tx)
                   SELECT national_id, rep, ?, ? FROM %s WHERE parcel_id IS NULL ORDER BY seq
                   ON CONFLICT (national_id) DO NOTHING
                   RETURNING id, national_id)
                 UPDATE %s s SET parcel_id = ins.id FROM ins
                 WHERE s.parcel_id IS NULL AND s.national_id = ins.national_id""".formatted(t, t))) {
            st.execute("UPDATE " + t + " SET k = 0, national_id = national_id_candidate(rep, 0) WHERE parcel_id IS NULL");
            for (int round = 0; round < MAX_CANDIDATES; round++) {
                // Inside the batch, two rows on one cell: every row but the lowest seq moves on.
                while (st.executeUpdate("""
                    UPDATE %s s SET k = s.k + 1, national_id = national_id_candidate(s.rep, s.k + 1)
                    FROM (SELECT seq, row_number() OVER (PARTITION BY national_id ORDER BY seq) AS rn
                          FROM %s WHERE parcel_id IS NULL) d
                    WHERE s.seq = d.seq AND d.rn > 1""".formatted(t, t)) > 0) {
                    // repeat until the pending candidates are distinct
                }
                insert.setTimestamp(1, Timestamp.from(beginLifespan));
                insert.setLong(2, transactionId);
                insert.executeUpdate();
                // Rows whose cell an existing parcel already holds step to their next candidate.
                int left = st.executeUpdate("UPDATE " + t
                    + " SET k = k + 1, national_id = national_id_candidate(rep, k + 1) WHERE parcel_id IS NULL");
                if (left == 0) {
                    return;
                }
            }
        }
        throw new IllegalStateException("national parcel IDs could not be assigned for " + stagingTable);
    }
}
