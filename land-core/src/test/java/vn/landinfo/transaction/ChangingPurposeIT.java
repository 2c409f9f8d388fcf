package vn.landinfo.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.testsupport.TransactionFixture;
import vn.landinfo.testsupport.TransactionRequests;
import vn.landinfo.transaction.application.Outcome;
import vn.landinfo.transaction.application.TransactionPipeline;
import vn.landinfo.transaction.application.TransactionRejected;
import vn.landinfo.transaction.application.command.PurposeChange;
import vn.landinfo.transaction.application.command.PurposeInput;
import vn.landinfo.transaction.model.InvalidChange;
import vn.landinfo.transaction.model.StaleVersion;
import vn.landinfo.transaction.model.TransactionKind;

/** Purpose change end to end through the pipeline: preview writes nothing, commit versions, audits and announces. */
class ChangingPurposeIT {

    private static DataSource ds;
    private static JdbcClient jdbc;
    private static TransactionPipeline pipeline;

    @BeforeAll
    static void setUp() {
        ds = TransactionFixture.dataSource();
        jdbc = JdbcClient.create(ds);
        pipeline = TransactionFixture.pipeline();
    }

    /** A current single-purpose ODT parcel without restrictions, the n-th in a fixed order (tests pick different n). */
    static long odtParcel(int n) {
        return jdbc.sql("""
                SELECT pv.parcel_id FROM parcel_version pv
                WHERE pv.end_lifespan IS NULL
                  AND (SELECT array_agg(purpose_code) FROM parcel_land_use u WHERE u.parcel_version_id = pv.id) = ARRAY['ODT']::varchar[]
                  AND NOT EXISTS (SELECT 1 FROM restriction r WHERE r.parcel_id = pv.parcel_id AND r.end_lifespan IS NULL)
                ORDER BY pv.parcel_id OFFSET :n LIMIT 1""").param("n", 1000 + n).query(Long.class).single();
    }

    private static TransactionPipeline.Request request(long parcel, Map<Long, Integer> expected, String... codes) {
        BigDecimal legal = jdbc.sql("SELECT legal_area FROM parcel_version WHERE parcel_id = :p AND end_lifespan IS NULL")
                .param("p", parcel).query(BigDecimal.class).single();
        List<PurposeInput> purposes = codes.length == 1
                ? List.of(new PurposeInput(codes[0], null, "long_term", null))
                : List.of(new PurposeInput(codes[0], legal.subtract(BigDecimal.TEN), "long_term", null),
                          new PurposeInput(codes[1], BigDecimal.TEN, "2075-12-31", null));
        return TransactionRequests.request(TransactionKind.PURPOSE_CHANGE, new PurposeChange(parcel, purposes), 4326, expected);
    }

    private static int version(long parcel) {
        return jdbc.sql("SELECT version FROM parcel_version WHERE parcel_id = :p AND end_lifespan IS NULL").param("p", parcel)
                .query(Integer.class).single();
    }

    @Test
    void previewWritesNothingAndCommitOpensAVersionWithAuditAndEvent() {
        long parcel = odtParcel(1);
        int before = version(parcel);
        long audits = jdbc.sql("SELECT count(*) FROM audit_log").query(Long.class).single();

        Outcome preview = pipeline.preview(request(parcel, Map.of(parcel, before), "ODT", "TMD"));
        assertThat(preview.violations()).isEmpty();
        assertThat(preview.changedParcels()).containsExactly(parcel);
        assertThat(preview.parcelsGeoJson()).contains("\"TMD\"");
        assertThat(version(parcel)).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM cadastral_transaction WHERE id = :id").param("id", preview.transactionId())
                .query(Long.class).single()).isZero();

        Outcome committed = pipeline.commit(request(parcel, Map.of(parcel, before), "ODT", "TMD"));
        assertThat(version(parcel)).isEqualTo(before + 1);
        assertThat(jdbc.sql("""
                SELECT string_agg(purpose_code || ':' || area, ',' ORDER BY purpose_code) FROM parcel_land_use u
                JOIN parcel_version pv ON pv.id = u.parcel_version_id WHERE pv.parcel_id = :p AND pv.end_lifespan IS NULL""")
                .param("p", parcel).query(String.class).single()).contains("TMD:10.0");
        assertThat(jdbc.sql("SELECT status FROM cadastral_transaction WHERE id = :id").param("id", committed.transactionId())
                .query(String.class).single()).isEqualTo("committed");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log").query(Long.class).single()).isEqualTo(audits + 1);
        assertThat(jdbc.sql("SELECT after_digest IS NOT NULL FROM audit_log WHERE transaction_id = :id").param("id", committed.transactionId())
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("SELECT parcel_ids FROM register_event WHERE transaction_id = :id").param("id", committed.transactionId())
                .query((rs, n) -> List.of((Long[]) rs.getArray(1).getArray())).single()).containsExactly(parcel);
    }

    @Test
    void staleIfMatchIsRefusedBeforeAnythingIsWritten() {
        long parcel = odtParcel(2);
        int current = version(parcel);
        assertThatThrownBy(() -> pipeline.commit(request(parcel, Map.of(parcel, current - 1 == 0 ? 99 : current - 1), "TMD")))
                .isInstanceOf(StaleVersion.class)
                .satisfies(e -> assertThat(((StaleVersion) e).atCommit()).isFalse());
        assertThat(version(parcel)).isEqualTo(current);
    }

    @Test
    void purposesThatDoNotAddUpAreRejectedWithTheRuleCode() {
        long parcel = odtParcel(3);
        int current = version(parcel);
        TransactionPipeline.Request r = TransactionRequests.request(TransactionKind.PURPOSE_CHANGE,
                new PurposeChange(parcel, List.of(new PurposeInput("ODT", new BigDecimal("1.0"), "long_term", null),
                        new PurposeInput("CLN", new BigDecimal("2.0"), "long_term", null))), 4326, Map.of(parcel, current));
        assertThatThrownBy(() -> pipeline.commit(r)).isInstanceOf(TransactionRejected.class)
                .satisfies(e -> assertThat(((TransactionRejected) e).outcome().violations())
                        .extracting(Outcome.ViolationView::code).contains("PURPOSE_AREAS_MISMATCH"));
        assertThat(version(parcel)).isEqualTo(current);
    }

    @Test
    void unknownCodeIsAMalformedRequestNamingTheField() {
        long parcel = odtParcel(4);
        assertThatThrownBy(() -> pipeline.commit(request(parcel, null, "XYZ")))
                .isInstanceOf(InvalidChange.class).hasMessageContaining("purposes[0].code");
    }
}
