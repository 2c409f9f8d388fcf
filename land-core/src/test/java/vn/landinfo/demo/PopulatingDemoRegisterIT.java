package vn.landinfo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.landinfo.demo.application.PopulatingDemoRegister;
import vn.landinfo.demo.application.RegisterProfile;
import vn.landinfo.testsupport.IsolatedDatabase;
import vn.landinfo.testsupport.RegisterParcelsFixture;

class PopulatingDemoRegisterIT {

    /** Busier than the national profile, so that a few dozen parcels show every kind of history. */
    static final RegisterProfile BUSY = new RegisterProfile(15, 8, 20, 25, 25, 15, 3, 4);
    static final long SEED = 20251125L;

    /** Its assertions speak of whole tables, so it runs on a database of its own. */
    static IsolatedDatabase database;

    Connection connection;
    final List<String> progress = new ArrayList<>();

    @BeforeAll
    static void createDatabase() throws SQLException {
        database = IsolatedDatabase.withCommunes("register", List.of("00376", "00004"));
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        if (database != null) {
            database.close();
        }
    }

    @BeforeEach
    void open() throws SQLException {
        DataSource ds = database.dataSource();
        connection = ds.getConnection();
        connection.setAutoCommit(false);
    }

    @AfterEach
    void rollBack() throws SQLException {
        connection.rollback();
        connection.close();
    }

    long loadRural(int blocks) throws SQLException {
        return RegisterParcelsFixture.load(connection, "00376", 583000, 2357000, blocks);
    }

    long loadUrban(int blocks) throws SQLException {
        return RegisterParcelsFixture.load(connection, "00004", 584500, 2328500, blocks);
    }

    void populate(RegisterProfile profile, long seed, long... communes) throws SQLException {
        List<Long> ids = new ArrayList<>();
        for (long c : communes) {
            ids.add(c);
        }
        new PopulatingDemoRegister(profile).populate(connection, ids, seed, progress::add);
    }

    long count(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static final String STATE_MANAGED = "('DGT','SON','MNC','DTL','DCT','DPC','DRA','DNL','DBV','DCK','NTD','CQP','CAN','DNG','PNK','BCS','DCS','NCS','MCS')";

    String text(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void everyPrivateParcelHasExactlyOneCurrentRightWhoseSharesAddUpToOne() throws SQLException {
        populate(BUSY, SEED, loadRural(2), loadUrban(2));

        assertThat(count("SELECT count(*) FROM publish.parcels")).isEqualTo(4 * RegisterParcelsFixture.PARCELS_PER_BLOCK);
        assertThat(count("""
            SELECT count(*) FROM publish.parcels pp
            WHERE pp.main_purpose NOT IN """ + STATE_MANAGED + """
              AND (SELECT count(*) FROM land_right r WHERE r.parcel_id = pp.id AND r.end_lifespan IS NULL) <> 1""")).isZero();
        assertThat(count("""
            SELECT count(*) FROM publish.parcels pp JOIN land_right r ON r.parcel_id = pp.id
            WHERE pp.main_purpose IN """ + STATE_MANAGED)).as("roads and waterways are state-managed, without a right").isZero();
        assertThat(count("""
            SELECT count(*) FROM land_right r
            WHERE (SELECT round(sum(h.share_numerator::numeric / h.share_denominator), 9) FROM right_holder h WHERE h.right_id = r.id) <> 1""")).isZero();
        assertThat(count("SELECT count(*) FROM land_right WHERE use_form = 'chung'")).as("co-held parcels").isPositive();
        assertThat(count("""
            SELECT count(*) FROM land_right r WHERE r.use_form = 'chung' AND (SELECT count(*) FROM right_holder h WHERE h.right_id = r.id) < 2""")).isZero();
        assertThat(count("SELECT count(*) FROM party WHERE kind = 'household'")).isPositive();
        assertThat(count("SELECT count(*) FROM party_member")).isPositive();
    }

    @Test
    void personalIdsAreWellFormedAndAgreeWithBirthDateAndGender() throws SQLException {
        populate(BUSY, SEED, loadRural(3));

        assertThat(count("SELECT count(*) FROM party_identifier WHERE id_type = 'personal_id'")).isGreaterThan(50);
        assertThat(count("""
            SELECT count(*) FROM party_identifier i JOIN party_version v ON v.party_id = i.party_id
            WHERE i.id_type = 'personal_id' AND NOT (
                  i.id_number ~ '^0[0-9]{2}[0-3][0-9]{8}$'
              AND substr(i.id_number, 4, 1)::int = CASE WHEN extract(year FROM v.birth_date) >= 2000 THEN 2 ELSE 0 END
                                                   + CASE WHEN v.gender = 'F' THEN 1 ELSE 0 END
              AND substr(i.id_number, 5, 2) = to_char(v.birth_date, 'YY'))""")).isZero();
        assertThat(count("""
            SELECT count(*) FROM (SELECT id_number FROM party_identifier WHERE id_type = 'personal_id'
                                  GROUP BY id_number HAVING count(*) > 1) d""")).as("duplicate personal ids").isZero();
        assertThat(count("SELECT count(*) FROM party_identifier WHERE id_type = 'identity_card'")).as("older parties with a CMND").isPositive();
        assertThat(count("SELECT count(*) FROM party_version WHERE (gender = 'F' AND name LIKE '% Văn %') OR (gender = 'M' AND name LIKE '% Thị %')")).isZero();
        assertThat(count("SELECT count(*) FROM party_identifier WHERE id_type = 'tax_code' AND id_number ~ '^[0-9]{10}$'")).isPositive();
    }

    @Test
    void certificateSerialsFollowTheirFormAndAreUniqueAcrossCommunesLoadedOneAfterTheOther() throws SQLException {
        populate(BUSY, SEED, loadRural(2));
        populate(BUSY, SEED, loadUrban(2));

        assertThat(count("SELECT count(DISTINCT c.id) FROM certificate c JOIN certificate_parcel cp ON cp.certificate_id = c.id "
            + "JOIN parcel_version pv ON pv.parcel_id = cp.parcel_id JOIN admin_unit a ON a.id = pv.commune_id WHERE a.code = '00004'")).isPositive();
        assertThat(count("""
            SELECT count(*) FROM certificate WHERE NOT CASE form
                WHEN 'TT10_2024' THEN serial ~ '^[A-Z]{2}[0-9]{8}$' AND issue_date >= date '2024-08-01'
                ELSE serial ~ '^[A-Z]{1,2}[0-9]{6,7}$' AND issue_date < date '2024-08-01' END""")).isZero();
        assertThat(count("SELECT count(*) - count(DISTINCT serial) FROM certificate")).isZero();
        assertThat(count("SELECT count(*) FROM certificate WHERE book_number !~ '^C[HST][0-9]{5,}$'")).isZero();
        assertThat(count("SELECT count(*) FROM certificate WHERE status = 'replaced'")).isPositive();
        assertThat(count("SELECT count(*) FROM certificate_endorsement")).isPositive();
    }

    @Test
    void aParcelIsPubliclyRestrictedExactlyWhileARestrictionIsRegistered() throws SQLException {
        populate(BUSY, SEED, loadRural(2));

        assertThat(count("SELECT count(*) FROM publish.parcels WHERE restricted")).isPositive();
        assertThat(count("""
            SELECT count(*) FROM publish.parcels pp
            WHERE pp.restricted <> EXISTS (SELECT 1 FROM restriction r WHERE r.parcel_id = pp.id AND r.end_lifespan IS NULL AND r.kind IN ('mortgage', 'seizure', 'dispute'))""")).isZero();
        assertThat(count("SELECT count(*) FROM restriction r JOIN mortgage m ON m.restriction_id = r.id WHERE r.end_lifespan IS NOT NULL AND m.released_at = r.end_lifespan"))
            .as("released mortgages").isPositive();
        assertThat(count("SELECT count(*) FROM mortgage WHERE rank = 2")).isPositive();
        assertThat(count("""
            SELECT count(*) FROM restriction r WHERE NOT EXISTS (
                SELECT 1 FROM land_right l WHERE l.parcel_id = r.parcel_id AND l.begin_lifespan <= r.begin_lifespan
                  AND (l.end_lifespan IS NULL OR l.end_lifespan > r.begin_lifespan))""")).as("restriction without a right").isZero();
    }

    @Test
    void theHistoryIsConsistentAndEveryPastInstantIsATessellation() throws SQLException {
        populate(BUSY, SEED, loadRural(3), loadUrban(2));

        for (String kind : List.of("SPLIT", "MERGE", "TRANSFER", "PURPOSE_CHANGE", "MORTGAGE_REGISTRATION", "MORTGAGE_RELEASE")) {
            assertThat(count("SELECT count(*) FROM cadastral_transaction WHERE kind = '" + kind + "' AND status = 'committed'")).as(kind).isPositive();
        }
        assertThat(count("SELECT count(*) FROM parcel_lineage WHERE kind = 'split'")).isPositive();
        assertThat(count("SELECT count(*) FROM parcel_lineage WHERE kind = 'merge'")).isPositive();
        assertThat(count("SELECT count(*) FROM parcel_version WHERE version = 2")).as("purpose changes").isPositive();
        assertThat(count("""
            SELECT count(*) FROM parcel_lineage l JOIN parcel p ON p.id = l.parent_parcel_id JOIN parcel c ON c.id = l.child_parcel_id
            WHERE p.end_lifespan IS DISTINCT FROM c.begin_lifespan OR p.retired_by_tx <> l.transaction_id OR c.created_by_tx <> l.transaction_id""")).isZero();
        assertThat(count("""
            SELECT count(*) FROM parcel_version a JOIN parcel_version b ON a.parcel_id = b.parcel_id AND a.id < b.id
            WHERE tstzrange(a.begin_lifespan, a.end_lifespan) && tstzrange(b.begin_lifespan, b.end_lifespan)""")).isZero();
        assertThat(count("""
            SELECT count(*) FROM land_right a JOIN land_right b ON a.parcel_id = b.parcel_id AND a.id < b.id
            WHERE tstzrange(a.begin_lifespan, a.end_lifespan) && tstzrange(b.begin_lifespan, b.end_lifespan)""")).as("overlapping rights").isZero();
        assertThat(count("""
            SELECT count(*) FROM parcel p JOIN parcel_version v ON v.parcel_id = p.id
            WHERE v.begin_lifespan < p.begin_lifespan OR (p.end_lifespan IS NOT NULL AND (v.end_lifespan IS NULL OR v.end_lifespan > p.end_lifespan))""")).isZero();
        // At every instant a history transaction committed, and just before it, current versions do not overlap.
        assertThat(count("""
            WITH instants AS (
                SELECT committed_at AS t FROM cadastral_transaction WHERE kind IN ('SPLIT', 'MERGE', 'PURPOSE_CHANGE')
                UNION SELECT committed_at - interval '1 millisecond' FROM cadastral_transaction WHERE kind IN ('SPLIT', 'MERGE', 'PURPOSE_CHANGE')),
            state AS (
                SELECT i.t, v.parcel_id, v.geom_tm3 FROM instants i JOIN parcel_version v
                  ON v.begin_lifespan <= i.t AND (v.end_lifespan IS NULL OR v.end_lifespan > i.t))
            SELECT count(*) FROM state a JOIN state b ON a.t = b.t AND a.parcel_id < b.parcel_id
            WHERE a.geom_tm3 && b.geom_tm3 AND ST_Area(ST_Intersection(a.geom_tm3, b.geom_tm3)) > 0.01""")).isZero();
        // ... and cover the same ground as today.
        assertThat(count("""
            WITH instants AS (SELECT committed_at - interval '1 millisecond' AS t FROM cadastral_transaction WHERE kind IN ('SPLIT', 'MERGE'))
            SELECT count(*) FROM instants i
            WHERE abs((SELECT sum(ST_Area(v.geom_tm3)) FROM parcel_version v WHERE v.begin_lifespan <= i.t AND (v.end_lifespan IS NULL OR v.end_lifespan > i.t))
                    - (SELECT sum(ST_Area(v.geom_tm3)) FROM parcel_version v WHERE v.end_lifespan IS NULL)) > 0.1""")).isZero();
        assertThat(count("""
            SELECT count(*) FROM cadastral_transaction t JOIN application a ON a.id = t.application_id
            WHERE t.kind <> 'DATA_MIGRATION' AND (a.status <> 10 OR (SELECT h.status FROM application_status_history h WHERE h.application_id = a.id
                                                                       ORDER BY h.changed_at DESC LIMIT 1) <> 10 OR a.status_changed_at < t.committed_at)""")).isZero();
        assertThat(count("""
            SELECT count(*) FROM cadastral_transaction t WHERE t.kind <> 'DATA_MIGRATION'
              AND (t.committed_at < timestamptz '2016-01-01 00:00+07' OR t.committed_at > now()
                   OR NOT EXISTS (SELECT 1 FROM audit_log l WHERE l.transaction_id = t.id))""")).isZero();
    }

    @Test
    void theSameSeedGivesTheSameRegister() throws SQLException {
        long rural = loadRural(2);
        String first = fingerprintAfterPopulating(rural, SEED);
        String again = fingerprintAfterPopulating(rural, SEED);
        String other = fingerprintAfterPopulating(rural, SEED + 1);
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    private String fingerprintAfterPopulating(long commune, long seed) throws SQLException {
        var savepoint = connection.setSavepoint();
        populate(BUSY, seed, commune);
        String fingerprint = text("""
            SELECT md5(string_agg(line, E'\\n' ORDER BY line)) FROM (
                SELECT p.national_id || ' ' || r.begin_lifespan || ' ' || r.origin_code || ' ' || pv.name || ' ' || h.share_numerator || '/' || h.share_denominator
                       || ' ' || coalesce(i.id_number, '') AS line
                FROM land_right r JOIN parcel p ON p.id = r.parcel_id JOIN right_holder h ON h.right_id = r.id
                JOIN party_version pv ON pv.party_id = h.party_id LEFT JOIN party_identifier i ON i.party_id = h.party_id
                UNION ALL
                SELECT p.national_id || ' ' || c.serial || ' ' || c.issue_date || ' ' || c.status FROM certificate c
                JOIN certificate_parcel cp ON cp.certificate_id = c.id JOIN parcel p ON p.id = cp.parcel_id
                UNION ALL
                SELECT p.national_id || ' ' || r.kind || ' ' || r.begin_lifespan FROM restriction r JOIN parcel p ON p.id = r.parcel_id) x""");
        connection.rollback(savepoint);
        return fingerprint;
    }
}
