package vn.landinfo.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.transaction.application.Outcome;
import vn.landinfo.transaction.application.TransactionPipeline;
import vn.landinfo.transaction.application.command.ChangeCommand;
import vn.landinfo.transaction.model.Caller;
import vn.landinfo.transaction.model.TransactionKind;

/**
 * Test helpers for the rights transactions: picking parcels from a test class's own slice of the demo
 * register, building requests, and proving that a rejected transaction wrote nothing.
 *
 * <p>Slices: the rank of a parcel among all parcel rows by id (retired ones included) is stable while
 * tests create and retire parcels (new ids come after), so each test class takes parcels whose rank is in
 * its own range and no two classes ever pick the same parcel. Ranges are 3000 and above (lower ones are
 * for the pipeline's and geometry tests).
 */
final class RegisterRows {

    /** The tables a rights transaction may write; a rejected one must leave every count unchanged. */
    private static final List<String> TABLES = List.of("cadastral_transaction", "audit_log", "register_event", "party",
            "party_version", "party_identifier", "land_right", "right_holder", "restriction", "mortgage", "certificate",
            "certificate_parcel", "certificate_holder", "certificate_endorsement", "parcel", "parcel_version", "parcel_land_use");

    /** Counts and the number of ended rows, so an in-place close (end_lifespan set) is seen too. */
    private static final Map<String, String> ENDED = Map.of("land_right", "end_lifespan", "restriction", "end_lifespan",
            "party_version", "end_lifespan", "party_identifier", "valid_to", "certificate", "end_lifespan", "parcel_version", "end_lifespan");

    private static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 100_000);

    private final JdbcClient jdbc;

    RegisterRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The n-th current parcel (0-based) meeting {@code criteria} (SQL on {@code pv}, the current version)
     * among the parcels of rank [lo, hi).
     */
    long parcel(int lo, int hi, String criteria, int n) {
        return jdbc.sql("""
                WITH ranked AS (SELECT id, row_number() OVER (ORDER BY id) AS rn FROM parcel)
                SELECT pv.parcel_id FROM ranked k JOIN parcel_version pv ON pv.parcel_id = k.id AND pv.end_lifespan IS NULL
                WHERE k.rn >= :lo AND k.rn < :hi AND (%s)
                ORDER BY pv.parcel_id OFFSET :n LIMIT 1""".formatted(criteria))
                .param("lo", lo).param("hi", hi).param("n", n).query(Long.class).single();
    }

    /** The first {@code count} such parcels, fixed when a test class starts so later changes do not shift its picks. */
    List<Long> parcels(int lo, int hi, String criteria, int count) {
        List<Long> found = jdbc.sql("""
                WITH ranked AS (SELECT id, row_number() OVER (ORDER BY id) AS rn FROM parcel)
                SELECT pv.parcel_id FROM ranked k JOIN parcel_version pv ON pv.parcel_id = k.id AND pv.end_lifespan IS NULL
                WHERE k.rn >= :lo AND k.rn < :hi AND (%s)
                ORDER BY pv.parcel_id LIMIT :n""".formatted(criteria))
                .param("lo", lo).param("hi", hi).param("n", count).query(Long.class).list();
        assertThat(found).as("parcels of rank [%d, %d) meeting the criteria", lo, hi).hasSize(count);
        return found;
    }

    /** One current land-use right, a single certificate in force covering only this parcel, no restriction, term not near its end. */
    static final String CLEAN = """
            (SELECT count(*) FROM land_right r WHERE r.parcel_id = pv.parcel_id AND r.end_lifespan IS NULL) = 1
            AND EXISTS (SELECT 1 FROM land_right r WHERE r.parcel_id = pv.parcel_id AND r.end_lifespan IS NULL
                        AND r.right_type = 'land_use' AND (r.term_end IS NULL OR r.term_end > current_date + 3650))
            AND (SELECT count(*) FROM certificate_parcel cp JOIN certificate c ON c.id = cp.certificate_id AND c.status = 'valid'
                 WHERE cp.parcel_id = pv.parcel_id) = 1
            AND NOT EXISTS (SELECT 1 FROM certificate_parcel cp JOIN certificate_parcel o ON o.certificate_id = cp.certificate_id
                            AND o.parcel_id <> cp.parcel_id WHERE cp.parcel_id = pv.parcel_id)
            AND NOT EXISTS (SELECT 1 FROM restriction x WHERE x.parcel_id = pv.parcel_id AND x.end_lifespan IS NULL)""";

    /** A current restriction of this kind and nothing that blocks otherwise (a certificate in force, term fine). */
    static String restricted(String kind) {
        return """
                EXISTS (SELECT 1 FROM restriction x WHERE x.parcel_id = pv.parcel_id AND x.end_lifespan IS NULL AND x.kind = '%s')
                AND (SELECT count(*) FROM land_right r WHERE r.parcel_id = pv.parcel_id AND r.end_lifespan IS NULL) = 1
                AND EXISTS (SELECT 1 FROM certificate_parcel cp JOIN certificate c ON c.id = cp.certificate_id AND c.status = 'valid'
                            WHERE cp.parcel_id = pv.parcel_id)""".formatted(kind);
    }

    static TransactionPipeline.Request request(TransactionKind kind, ChangeCommand command) {
        return request(kind, command, 4326);
    }

    /** A request whose geometries are in {@code srid} (4326, or a VN-2000 TM-3 zone given explicitly). */
    static TransactionPipeline.Request request(TransactionKind kind, ChangeCommand command, int srid) {
        return new TransactionPipeline.Request(null, kind, command, "{}", new Caller("officer-rights-test"),
                "Luật Đất đai 2024; Nghị định 101/2024/NĐ-CP", "test " + kind.code(), null, srid, null);
    }

    /** Party ids of the parcel's current land-use holders. */
    List<Long> holders(long parcel) {
        return jdbc.sql("""
                SELECT h.party_id FROM land_right r JOIN right_holder h ON h.right_id = r.id
                WHERE r.parcel_id = :p AND r.end_lifespan IS NULL AND r.right_type = 'land_use' ORDER BY 1""")
                .param("p", parcel).query(Long.class).list();
    }

    String validSerial(long parcel) {
        return jdbc.sql("""
                SELECT c.serial FROM certificate c JOIN certificate_parcel cp ON cp.certificate_id = c.id
                WHERE cp.parcel_id = :p AND c.status = 'valid' ORDER BY c.id LIMIT 1""").param("p", parcel).query(String.class).single();
    }

    List<String> endorsements(String serial, long tx) {
        return jdbc.sql("""
                SELECT e.content_vi FROM certificate_endorsement e JOIN certificate c ON c.id = e.certificate_id
                WHERE c.serial = :s AND e.transaction_id = :tx ORDER BY e.id""").param("s", serial).param("tx", tx).query(String.class).list();
    }

    long auditRecords(long tx) {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE transaction_id = :tx").param("tx", tx).query(Long.class).single();
    }

    String status(long tx) {
        return jdbc.sql("SELECT status FROM cadastral_transaction WHERE id = :tx").param("tx", tx).query(String.class).single();
    }

    /** Row counts (and ended-row counts) of every table a rights transaction writes, read in one statement. */
    Map<String, Long> snapshot() {
        Map<String, String> columns = new LinkedHashMap<>();
        for (String t : TABLES) {
            columns.put(t, "(SELECT count(*) FROM " + t + ")");
            if (ENDED.containsKey(t)) {
                columns.put(t + ".ended", "(SELECT count(*) FROM " + t + " WHERE " + ENDED.get(t) + " IS NOT NULL)");
            }
        }
        columns.put("mortgage.released", "(SELECT count(*) FROM mortgage WHERE released_at IS NOT NULL)");
        List<String> names = List.copyOf(columns.keySet());
        return jdbc.sql("SELECT " + String.join(", ", columns.values())).query((rs, n) -> {
            Map<String, Long> out = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                out.put(names.get(i), rs.getLong(i + 1));
            }
            return out;
        }).single();
    }

    void assertNothingWritten(Map<String, Long> before) {
        assertThat(snapshot()).isEqualTo(before);
    }

    static List<String> codes(Outcome o) {
        return o.violations().stream().map(Outcome.ViolationView::code).toList();
    }

    /**
     * A fresh 12-digit personal ID consistent with a man born in 1985 (095, a province the demo register never uses; 0 = male 20th century,
     * 85), unique in this test run.
     */
    static String newPersonalId() {
        return "095085" + String.format("%06d", IDS.incrementAndGet() % 1_000_000);
    }

    /** A fresh 10-digit tax code, unique in this test run. */
    static String newTaxCode() {
        return "09" + String.format("%08d", IDS.incrementAndGet() % 100_000_000);
    }

    BigDecimal legalArea(long parcel) {
        return jdbc.sql("SELECT legal_area FROM parcel_version WHERE parcel_id = :p AND end_lifespan IS NULL").param("p", parcel)
                .query(BigDecimal.class).single();
    }
}
