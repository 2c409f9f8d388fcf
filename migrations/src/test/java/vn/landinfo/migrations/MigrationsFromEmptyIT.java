package vn.landinfo.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The schema builds from an empty database and its constraints hold what docs/architecture.md#domain-vocabulary and
 * #geodesy require. */
class MigrationsFromEmptyIT {

    private static ScratchDatabase db;
    private static Flyway flyway;

    @BeforeAll
    static void migrateAnEmptyDatabase() throws SQLException {
        db = ScratchDatabase.create("migrations");
        flyway = Flyway.configure()
                .dataSource(db.url, ScratchDatabase.properties().getProperty("user"), ScratchDatabase.properties().getProperty("password"))
                .locations("classpath:db/migration")
                .load();
        flyway.migrate();
    }

    @AfterAll
    static void dropIt() throws SQLException {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void everyMigrationAppliesSuccessfullyFromAnEmptyDatabase() {
        MigrationInfo[] applied = flyway.info().applied();
        assertThat(applied).isNotEmpty();
        assertThat(applied).allSatisfy(m -> assertThat(m.getState()).isEqualTo(MigrationState.SUCCESS));
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
    }

    @Test
    void theProvincialTm3ZonesMissingFromPostgisAreDeclaredWithTheirCentralMeridians() throws SQLException {
        List<String> zones = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                 SELECT s.srid, substring(s.proj4text from '\\+lon_0=([0-9.]+)')::numeric AS lon0,
                        s.proj4text LIKE '%+k=0.9999 %' AND s.proj4text LIKE '%+x_0=500000 %'
                        AND s.proj4text LIKE '%+towgs84=-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278%' AS tm3
                 FROM spatial_ref_sys s WHERE s.srid BETWEEN 9205 AND 9218 ORDER BY s.srid""")) {
            while (rs.next()) {
                assertThat(rs.getBoolean("tm3")).as("TM-3 parameters of EPSG:%d", rs.getInt("srid")).isTrue();
                zones.add(rs.getInt("srid") + "@" + rs.getBigDecimal("lon0").stripTrailingZeros().toPlainString());
            }
        }
        assertThat(zones).containsExactly("9205@103", "9206@104", "9207@104.5", "9208@104.75", "9209@105.5",
                "9210@105.75", "9211@106", "9212@106.25", "9213@106.5", "9214@107", "9215@107.25", "9216@107.5",
                "9217@108.25", "9218@108.5");
    }

    @Test
    void surveyCoordinatesRoundTripThroughTheTm3StorageColumnWithinOneMillimetreInEveryZone() throws SQLException {
        // The legal geometry is stored in the sheet's own zone (parcel_version.geom_tm3), so what the
        // surveyor delivered is what an export gives back.
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE survey_points (srid integer, p geometry(Point))");
            s.execute("""
                INSERT INTO survey_points
                SELECT z.srid, ST_SetSRID(ST_MakePoint(500000 + dx, north), z.srid)
                FROM tm3_zone z, (VALUES (-95000.123), (0.0), (87000.456)) AS e(dx),
                     (VALUES (1000000.789), (1650000.0), (2550000.321)) AS n(north)""");
            try (ResultSet rs = s.executeQuery("""
                    SELECT t.srid, max(ST_Distance(ST_SetSRID(ST_MakePoint(ST_X(t.p), ST_Y(t.p)), t.srid),
                                               ST_GeomFromEWKB(ST_AsEWKB(t.p)))) AS worst
                    FROM survey_points t GROUP BY t.srid""")) {
                int zones = 0;
                while (rs.next()) {
                    zones++;
                    assertThat(rs.getDouble("worst")).as("storage round trip in EPSG:%d (m)", rs.getInt("srid")).isLessThan(0.001);
                }
                assertThat(zones).isEqualTo(18);
            }
        }
    }

    @Test
    void theDerivedWgs84CopyReprojectsBackToTheSurveyWithinTwoMillimetres() throws SQLException {
        // A 2D datum shift drops the ellipsoidal height, which costs about a millimetre at Vietnam's
        // latitudes (measured: 0.8 mm at 15°N to 1.5 mm at 23°N). That is why legal areas and exports use
        // the TM-3 column and the WGS 84 copy only serves the API and maps.
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                 WITH pts AS (
                     SELECT z.srid, ST_SetSRID(ST_MakePoint(500000 + dx, north), z.srid) AS p
                     FROM tm3_zone z,
                          (VALUES (-95000.123), (0.0), (87000.456)) AS e(dx),
                          (VALUES (1000000.789), (1650000.0), (2550000.321)) AS n(north))
                 SELECT srid, max(ST_Distance(p, ST_Transform(ST_Transform(p, 4326), srid))) AS worst
                 FROM pts GROUP BY srid ORDER BY srid""")) {
            int zones = 0;
            while (rs.next()) {
                zones++;
                assertThat(rs.getDouble("worst")).as("WGS 84 round trip in EPSG:%d (m)", rs.getInt("srid")).isLessThan(0.002);
            }
            assertThat(zones).isEqualTo(18);
        }
    }

    @Test
    void aParcelStoredInTm3KeepsItsVerticesAndItsComputedAreaIsThePlaneAreaInThatZone() throws SQLException {
        // A surveyed quadrilateral (easting, northing) in VN-2000 / TM-3 105°00′ (EPSG:5897).
        double[][] ring = {{583000.000, 2326000.000}, {583020.512, 2326001.204}, {583018.333, 2326030.705}, {582999.127, 2326028.418}};
        double shoelace = 0;
        for (int i = 0; i < ring.length; i++) {
            double[] a = ring[i];
            double[] b = ring[(i + 1) % ring.length];
            shoelace += a[0] * b[1] - b[0] * a[1];
        }
        double handArea = Math.abs(shoelace) / 2;
        StringBuilder wkt = new StringBuilder("MULTIPOLYGON(((");
        for (double[] p : ring) {
            wkt.append(p[0]).append(' ').append(p[1]).append(',');
        }
        wkt.append(ring[0][0]).append(' ').append(ring[0][1]).append(")))");

        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            long parcelVersion = insertParcel(c, wkt.toString(), 5897, Math.round(handArea * 10) / 10.0);
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT computed_area,
                           ST_HausdorffDistance(geom_tm3, ST_Transform(geom, 5897)) AS drift,
                           ST_AsText(geom_tm3) AS stored
                    FROM parcel_version WHERE id = ?""")) {
                ps.setLong(1, parcelVersion);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertThat(rs.getBigDecimal("computed_area").doubleValue()).isEqualTo(Math.round(handArea * 100) / 100.0);
                    assertThat(rs.getDouble("drift")).isLessThan(0.002);
                    assertThat(rs.getString("stored")).contains("583020.512 2326001.204");
                }
            }
            c.rollback();
        }
    }

    @Test
    void theMainPurposeAMapFillsAParcelWithFollowsItsLandUsesWhoeverWritesThem() throws SQLException {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            long v = insertParcel(c, "MULTIPOLYGON(((583000 2326000,583040 2326000,583040 2326040,583000 2326040,583000 2326000)))", 5897, 1600.0);
            String mainPurpose = "SELECT main_purpose FROM parcel_version WHERE id = " + v;
            String shown = "SELECT s.main_purpose FROM publish.parcel_shapes s JOIN parcel_version pv ON pv.parcel_id = s.id WHERE pv.id = " + v;
            assertThat(queryString(c, mainPurpose)).isNull();

            // One statement writing two uses: the larger one is the main purpose.
            execute(c, "INSERT INTO parcel_land_use (parcel_version_id, purpose_code, area, term_type) VALUES ("
                    + v + ", 'ODT', 300, 'long_term'), (" + v + ", 'CLN', 1300, 'long_term')");
            assertThat(queryString(c, mainPurpose)).isEqualTo("CLN");
            assertThat(queryString(c, shown)).isEqualTo("CLN");

            // An area correction that turns the order round; equal areas fall to the code order.
            execute(c, "UPDATE parcel_land_use SET area = 1300 WHERE parcel_version_id = " + v + " AND purpose_code = 'ODT'");
            assertThat(queryString(c, mainPurpose)).isEqualTo("CLN");
            execute(c, "UPDATE parcel_land_use SET area = 1350 WHERE parcel_version_id = " + v + " AND purpose_code = 'ODT'");
            assertThat(queryString(c, mainPurpose)).isEqualTo("ODT");

            // Removing the main use leaves the other; removing both leaves none.
            execute(c, "DELETE FROM parcel_land_use WHERE parcel_version_id = " + v + " AND purpose_code = 'ODT'");
            assertThat(queryString(c, mainPurpose)).isEqualTo("CLN");
            execute(c, "DELETE FROM parcel_land_use WHERE parcel_version_id = " + v);
            assertThat(queryString(c, mainPurpose)).isNull();
            c.rollback();
        }
    }

    @Test
    void theZoomsWhereAParcelSnapsToTheTileGridValidlyFollowItsGeometry() throws SQLException {
        // A 40 m square lot with a slit 1 cm wide cut into it from the north: valid as surveyed, but on a
        // coarse tile grid the slit's two sides fall onto one grid line and the ring touches itself.
        String slit = "MULTIPOLYGON(((583000 2326000,583040 2326000,583040 2326040,583020.005 2326040,583020.005 2326020,"
                + "583019.995 2326020,583019.995 2326040,583000 2326040,583000 2326000)))";
        String square = "MULTIPOLYGON(((583000 2326000,583040 2326000,583040 2326040,583000 2326040,583000 2326000)))";
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            long v = insertParcel(c, slit, 5897, 1599.8);
            int slitZooms = snapSafeZooms(c, v);
            assertThat(slitZooms).as("stored bits").isEqualTo(expectedSnapSafeZooms(c, v));
            assertThat(slitZooms & (1 << 14)).as("the slit closes on the zoom-14 grid").isZero();
            assertThat(slitZooms & (1 << 20)).as("the slit stays open on the zoom-20 grid (1 cm over 9 mm units)").isNotZero();

            // A boundary correction rewrites the geometry; the bits follow it.
            execute(c, "UPDATE parcel_version SET geom_tm3 = ST_GeomFromText('" + square + "', 5897), "
                    + "geom = ST_Transform(ST_GeomFromText('" + square + "', 5897), 4326) WHERE id = " + v);
            assertThat(snapSafeZooms(c, v)).isEqualTo(expectedSnapSafeZooms(c, v)).isEqualTo(0b111_1111 << 14);
            assertThat(queryString(c, "SELECT s.tile_snap_safe_zooms FROM publish.parcel_shapes s JOIN parcel_version pv ON pv.parcel_id = s.id WHERE pv.id = " + v))
                    .isEqualTo(Integer.toString(0b111_1111 << 14));
            c.rollback();
        }
    }

    private static int snapSafeZooms(Connection c, long version) throws SQLException {
        return (int) queryLong(c, "SELECT tile_snap_safe_zooms FROM parcel_version WHERE id = " + version);
    }

    /**
     * The definition worked out here, not by the database's function: the parcel's Web Mercator vertices
     * taken to zoom z's world grid of 4096·2^z units (y down) and rounded half to even as PostGIS does,
     * the rings rebuilt from them, and PostGIS asked only whether that polygon is valid.
     */
    private static int expectedSnapSafeZooms(Connection c, long version) throws SQLException {
        List<double[]> points = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT (d).path[2], ST_X((d).geom), ST_Y((d).geom) FROM (SELECT ST_DumpPoints(ST_Transform(geom, 3857)) d "
                        + "FROM parcel_version WHERE id = " + version + ") x")) {
            while (rs.next()) {
                points.add(new double[] {rs.getInt(1), rs.getDouble(2), rs.getDouble(3)});
            }
        }
        int bits = 0;
        for (int z = 14; z <= 20; z++) {
            double f = 4096 * Math.pow(2, z) / 40075016.685578488;
            double off = 20037508.342789244 * f;
            StringBuilder wkt = new StringBuilder("POLYGON(");
            int ring = -1;
            for (double[] p : points) {
                if ((int) p[0] != ring) {
                    wkt.append(ring < 0 ? "(" : "),(");
                    ring = (int) p[0];
                } else {
                    wkt.append(',');
                }
                wkt.append(Math.rint(f * p[1] + off)).append(' ').append(Math.rint(-f * p[2] + off));
            }
            wkt.append("))");
            if ("t".equals(queryString(c, "SELECT (ST_IsValidDetail(ST_GeomFromText('" + wkt + "'))).valid"))) {
                bits |= 1 << z;
            }
        }
        return bits;
    }

    @Test
    void formatChecksFollowTheIdentifierTypeSoHistoryLoadsButMalformedCurrentIdsDoNot() throws SQLException {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            long party = queryLong(c, "INSERT INTO party (kind) VALUES ('individual') RETURNING id");
            execute(c, "INSERT INTO party_identifier (party_id, id_type, id_number) VALUES (" + party + ", 'personal_id', '001085012345')");
            execute(c, "INSERT INTO party_identifier (party_id, id_type, id_number) VALUES (" + party + ", 'identity_card', '012345678')");
            execute(c, "INSERT INTO party_identifier (party_id, id_type, id_number) VALUES (" + party + ", 'tax_code', '0100109106-001')");
            assertRejected(c, "INSERT INTO party_identifier (party_id, id_type, id_number) VALUES (" + party + ", 'personal_id', '01234567890')", "party_identifier_format");
            assertRejected(c, "INSERT INTO party_identifier (party_id, id_type, id_number) VALUES (" + party + ", 'identity_card', '0123456789')", "party_identifier_format");
            assertRejected(c, "INSERT INTO admin_unit (level, code, unit_type, name_vi, name_en, full_name_vi, full_name_en, province_code, valid_from, source) "
                    + "VALUES ('commune', '1234', 'xa', 'X', 'X', 'Xã X', 'X Commune', '01', '2025-07-01', 'test')", "admin_unit_code_format");
            c.rollback();
        }
    }

    @Test
    void certificateSerialsAreCheckedAgainstTheFormTheyWerePrintedOn() throws SQLException {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            long tx = insertTransaction(c);
            String insert = "INSERT INTO certificate (serial, form, book_number, issue_date, issuing_authority, status, begin_lifespan, issued_by_tx) "
                    + "VALUES ('%s', '%s', 'CS 00001', '2020-01-01', 'Sở Tài nguyên và Môi trường', 'valid', now(), " + tx + ")";
            execute(c, insert.formatted("AA01234567", "TT10_2024"));
            execute(c, insert.formatted("BK123456", "TT23_2014"));
            assertRejected(c, insert.formatted("AA1234567", "TT10_2024"), "certificate_serial_format");
            assertRejected(c, insert.formatted("A12345", "TT23_2014"), "certificate_serial_format");
            c.rollback();
        }
    }

    @Test
    void theAuditLogChainsEveryRecordAndRefusesUpdatesAndDeletes() throws SQLException {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            execute(c, "SELECT audit_append('officer-1', 'test', 'parcel', '1', NULL, 'why', 'basis', NULL, NULL, '{\"a\":1}')");
            execute(c, "SELECT audit_append('officer-1', 'test', 'parcel', '2', NULL, 'why', 'basis', NULL, NULL, '{}')");
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                    SELECT seq, prev_hash, hash,
                           encode(sha256(convert_to(audit_record_text(seq, occurred_at, actor, action, entity_type, entity_id,
                               transaction_id, reason, legal_basis, before_digest, after_digest, details, prev_hash), 'UTF8')), 'hex') AS recomputed
                    FROM audit_log ORDER BY seq""")) {
                String previous = "0".repeat(64);
                while (rs.next()) {
                    assertThat(rs.getString("prev_hash")).isEqualTo(previous);
                    assertThat(rs.getString("hash")).isEqualTo(rs.getString("recomputed"));
                    previous = rs.getString("hash");
                }
                try (Statement h = c.createStatement(); ResultSet head = h.executeQuery("SELECT hash FROM audit_chain_head")) {
                    head.next();
                    assertThat(head.getString(1)).as("the chain head is the last record's hash").isEqualTo(previous);
                }
            }
            c.commit();
            assertRejected(c, "UPDATE audit_log SET actor = 'someone else'", "append-only");
            assertRejected(c, "DELETE FROM audit_log", "append-only");
            assertRejected(c, "TRUNCATE audit_log", "append-only");
        }
    }

    /**
     * A commit reads back, by its transaction id, every register row it ended and opened (the audit
     * digests): each such lookup must be an index scan, or every commit reads the whole register. With
     * sequential scans switched off the planner still takes one only where no index can answer.
     */
    @Test
    void registerRowsAreFoundByTheTransactionThatMadeOrEndedThemThroughAnIndex() throws SQLException {
        String[][] lookups = {
                {"parcel_version", "created_by_tx"}, {"parcel_version", "ended_by_tx"},
                {"land_right", "created_by_tx"}, {"land_right", "ended_by_tx"},
                {"restriction", "created_by_tx"}, {"restriction", "ended_by_tx"},
                {"certificate", "issued_by_tx"}, {"certificate", "ended_by_tx"},
                {"certificate_endorsement", "transaction_id"},
        };
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            execute(c, "SET LOCAL enable_seqscan = off");
            for (String[] l : lookups) {
                StringBuilder plan = new StringBuilder();
                try (PreparedStatement s = c.prepareStatement("EXPLAIN SELECT * FROM " + l[0] + " WHERE " + l[1] + " = ?")) {
                    s.setLong(1, 42);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            plan.append(rs.getString(1)).append('\n');
                        }
                    }
                }
                assertThat(plan.toString()).as(l[0] + "." + l[1]).doesNotContain("Seq Scan").containsPattern("Index (Only )?Scan|Bitmap Index Scan");
            }
            c.rollback();
        }
    }

    @Test
    void nationalIdCandidatesStartAtThePointsOwnCellAndWalkItsNeighboursWithoutRepeating() throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT k, national_id_candidate(ST_SetSRID(ST_MakePoint(583010.25, 2326015.75), 5897), k) AS id,
                       ST_GeoHash(ST_Transform(ST_SetSRID(ST_MakePoint(583010.25, 2326015.75), 5897), 4326), 12) AS own
                FROM generate_series(0, 48) k ORDER BY k""")) {
            Set<String> seen = new HashSet<>();
            while (rs.next()) {
                String id = rs.getString("id");
                assertThat(id).hasSize(12);
                if (rs.getInt("k") == 0) {
                    assertThat(id).isEqualTo(rs.getString("own"));
                }
                assertThat(seen.add(id)).as("candidate %d repeats %s", rs.getInt("k"), id).isTrue();
            }
            assertThat(seen).hasSize(49);
        }
    }

    private static long insertParcel(Connection c, String wkt, int srid, double legalArea) throws SQLException {
        long province = queryLong(c, "INSERT INTO admin_unit (level, code, unit_type, name_vi, name_en, full_name_vi, full_name_en, province_code, valid_from, source) "
                + "VALUES ('province', '01', 'thanh_pho', 'Hà Nội', 'Hanoi', 'Thành phố Hà Nội', 'Hanoi City', '01', '2025-07-01', 'test') RETURNING id");
        long commune = queryLong(c, "INSERT INTO admin_unit (level, code, unit_type, name_vi, name_en, full_name_vi, full_name_en, parent_id, province_code, valid_from, source) "
                + "VALUES ('commune', '00070', 'phuong', 'Hoàn Kiếm', 'Hoan Kiem', 'Phường Hoàn Kiếm', 'Hoan Kiem Ward', " + province + ", '01', '2025-07-01', 'test') RETURNING id");
        long sheet = queryLong(c, "INSERT INTO map_sheet (commune_id, survey_unit_id, sheet_number, scale, srid, valid_from) VALUES ("
                + commune + ", " + commune + ", 1, 500, " + srid + ", '2010-01-01') RETURNING id");
        long tx = insertTransaction(c);
        long parcel = queryLong(c, "INSERT INTO parcel (national_id, representative_point, begin_lifespan, created_by_tx) VALUES ("
                + "national_id_candidate(ST_PointOnSurface(ST_GeomFromText('" + wkt + "', " + srid + ")), 0), ST_PointOnSurface(ST_GeomFromText('" + wkt + "', " + srid + ")), now(), " + tx + ") RETURNING id");
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO parcel_version (parcel_id, version, commune_id, map_sheet_id, parcel_number, geom_tm3, geom, legal_area, begin_lifespan, created_by_tx)
                SELECT ?, 1, ?, ?, 1, g, ST_Transform(g, 4326), ?, now(), ?
                FROM (SELECT ST_GeomFromText(?, ?) AS g) x RETURNING id""")) {
            ps.setLong(1, parcel);
            ps.setLong(2, commune);
            ps.setLong(3, sheet);
            ps.setDouble(4, legalArea);
            ps.setLong(5, tx);
            ps.setString(6, wkt);
            ps.setInt(7, srid);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long insertTransaction(Connection c) throws SQLException {
        return queryLong(c, "INSERT INTO cadastral_transaction (kind, status, legal_basis, created_by, committed_by, committed_at) "
                + "VALUES ('DATA_MIGRATION', 'committed', 'test', 'test', 'test', now()) RETURNING id");
    }

    @Test
    void theHistoryViewHasTheColumnsOfTheCurrentViewInTheSameOrderPlusItsLifespanEndAndVersionId() throws SQLException {
        try (Connection c = db.connect()) {
            List<String> current = columns(c, "parcels");
            List<String> history = columns(c, "parcel_history");
            assertThat(current.get(current.size() - 1)).isEqualTo("valid_to");
            assertThat(current.subList(0, 4)).containsExactly("id", "national_id", "commune_code", "commune_name");
            assertThat(history).containsExactlyElementsOf(concat(current, List.of("version_id")));
        }
    }

    private static List<String> columns(Connection c, String view) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT column_name FROM information_schema.columns "
                + "WHERE table_schema = 'publish' AND table_name = ? ORDER BY ordinal_position")) {
            ps.setString(1, view);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String queryString(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).as("a row from %s", sql).isTrue();
            return rs.getString(1);
        }
    }

    private static long queryLong(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** The statement must fail naming the constraint; the transaction continues from a savepoint. */
    private static void assertRejected(Connection c, String sql, String expectedInMessage) throws SQLException {
        boolean tx = !c.getAutoCommit();
        var savepoint = tx ? c.setSavepoint() : null;
        assertThatThrownBy(() -> execute(c, sql)).isInstanceOf(SQLException.class).hasMessageContaining(expectedInMessage);
        if (tx) {
            c.rollback(savepoint);
        }
    }
}
