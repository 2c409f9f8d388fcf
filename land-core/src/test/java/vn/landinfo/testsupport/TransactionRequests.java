package vn.landinfo.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.transaction.application.Outcome;
import vn.landinfo.transaction.application.TransactionPipeline;
import vn.landinfo.transaction.application.TransactionRejected;
import vn.landinfo.transaction.application.command.ChangeCommand;
import vn.landinfo.transaction.model.Caller;
import vn.landinfo.transaction.model.TransactionKind;

/** Pipeline requests as the transaction ITs send them, and what they check when one must be refused. */
public final class TransactionRequests {

    /** The officer the ITs' requests come from. */
    public static final Caller OFFICER = new Caller("officer-test");

    private static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 100_000);

    private TransactionRequests() {
    }

    /** A request with geometries (if any) in EPSG:4326 and no parcel versions named (If-Match absent). */
    public static TransactionPipeline.Request request(TransactionKind kind, ChangeCommand command) {
        return request(kind, command, 4326, null);
    }

    /** A request whose geometries are in {@code srid} (4326, or a VN-2000 TM-3 zone), no parcel versions named. */
    public static TransactionPipeline.Request request(TransactionKind kind, ChangeCommand command, int srid) {
        return request(kind, command, srid, null);
    }

    /**
     * A request whose geometries are in {@code srid} (4326, or a VN-2000 TM-3 zone), held to the parcel
     * versions {@code expected} as a client's If-Match would name them (null: none named).
     */
    public static TransactionPipeline.Request request(TransactionKind kind, ChangeCommand command, int srid, Map<Long, Integer> expected) {
        return new TransactionPipeline.Request(null, kind, command, "{}", OFFICER,
                "Luật Đất đai 2024; Nghị định 101/2024/NĐ-CP", "test " + kind.code(), null, srid, expected);
    }

    /**
     * Commits a change that must be refused and returns the refusal, having checked that every violation
     * speaks both languages and that no row of the register changed ({@link RegisterCounts}).
     */
    public static Outcome rejected(TransactionPipeline pipeline, JdbcClient jdbc, TransactionPipeline.Request request) {
        Map<String, Long> before = RegisterCounts.of(jdbc);
        Outcome refusal;
        try {
            pipeline.commit(request);
            throw new AssertionError("the transaction was committed");
        } catch (TransactionRejected e) {
            refusal = e.outcome();
        }
        RegisterCounts.assertNothingWritten(jdbc, before);
        assertThat(refusal.violations()).isNotEmpty().allSatisfy(v -> {
            assertThat(v.messageVi()).isNotBlank();
            assertThat(v.messageEn()).isNotBlank();
        });
        return refusal;
    }

    /**
     * A fresh 12-digit personal ID consistent with a man born in 1985 (095, a province the demo register
     * never uses; 0 = male 20th century, 85), unique in this test run.
     */
    public static String newPersonalId() {
        return "095085" + String.format("%06d", IDS.incrementAndGet() % 1_000_000);
    }

    /** A fresh 10-digit tax code, unique in this test run. */
    public static String newTaxCode() {
        return "09" + String.format("%08d", IDS.incrementAndGet() % 100_000_000);
    }

    /** The violation codes of an outcome, in its order. */
    public static List<String> codes(Outcome o) {
        return o.violations().stream().map(Outcome.ViolationView::code).toList();
    }
}
