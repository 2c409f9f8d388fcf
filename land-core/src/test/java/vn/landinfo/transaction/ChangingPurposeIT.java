package vn.landinfo.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.testsupport.CaseFixture;
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

/**
 * Purpose change end to end through the pipeline: preview writes nothing, commit versions, audits and
 * announces. Each test draws its own 10 × 20 m residential lot ({@link CaseFixture}): 200 m² of ODT.
 */
class ChangingPurposeIT {

    private static JdbcClient jdbc;
    private static TransactionPipeline pipeline;

    @BeforeAll
    static void setUp() {
        jdbc = JdbcClient.create(TransactionFixture.dataSource());
        pipeline = TransactionFixture.pipeline();
    }

    private static long lot() {
        return CaseFixture.inFreshSheet(TransactionFixture.dataSource())
                .parcel("lot", "POLYGON((0 0, 10 0, 10 20, 0 20, 0 0))", "ODT").heldBy("Nguyễn Văn An")
                .insert().id("lot");
    }

    /** One purpose for the whole lot, or the first for 190 m² and the second for 10 m² until 2075. */
    private static TransactionPipeline.Request request(long parcel, Map<Long, Integer> expected, String... codes) {
        List<PurposeInput> purposes = codes.length == 1
                ? List.of(new PurposeInput(codes[0], null, "long_term", null))
                : List.of(new PurposeInput(codes[0], new BigDecimal("190.0"), "long_term", null),
                          new PurposeInput(codes[1], BigDecimal.TEN, "2075-12-31", null));
        return TransactionRequests.request(TransactionKind.PURPOSE_CHANGE, new PurposeChange(parcel, purposes), 4326, expected);
    }

    private static int version(long parcel) {
        return jdbc.sql("SELECT version FROM parcel_version WHERE parcel_id = :p AND end_lifespan IS NULL").param("p", parcel)
                .query(Integer.class).single();
    }

    @Test
    void a_preview_writes_nothing_and_a_commit_opens_a_version_with_its_audit_record_and_event() {
        long parcel = lot();
        long audits = jdbc.sql("SELECT count(*) FROM audit_log").query(Long.class).single();

        Outcome preview = pipeline.preview(request(parcel, Map.of(parcel, 1), "ODT", "TMD"));
        assertThat(preview.violations()).isEmpty();
        assertThat(preview.changedParcels()).containsExactly(parcel);
        assertThat(preview.parcelsGeoJson()).contains("\"TMD\"");
        assertThat(version(parcel)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM cadastral_transaction WHERE id = :id").param("id", preview.transactionId())
                .query(Long.class).single()).isZero();

        Outcome committed = pipeline.commit(request(parcel, Map.of(parcel, 1), "ODT", "TMD"));
        assertThat(version(parcel)).isEqualTo(2);
        assertThat(jdbc.sql("""
                SELECT string_agg(purpose_code || ':' || area, ',' ORDER BY purpose_code) FROM parcel_land_use u
                JOIN parcel_version pv ON pv.id = u.parcel_version_id WHERE pv.parcel_id = :p AND pv.end_lifespan IS NULL""")
                .param("p", parcel).query(String.class).single()).isEqualTo("ODT:190.0,TMD:10.0");
        assertThat(jdbc.sql("SELECT status FROM cadastral_transaction WHERE id = :id").param("id", committed.transactionId())
                .query(String.class).single()).isEqualTo("committed");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log").query(Long.class).single()).isEqualTo(audits + 1);
        assertThat(jdbc.sql("SELECT after_digest IS NOT NULL FROM audit_log WHERE transaction_id = :id").param("id", committed.transactionId())
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("SELECT parcel_ids FROM register_event WHERE transaction_id = :id").param("id", committed.transactionId())
                .query((rs, n) -> List.of((Long[]) rs.getArray(1).getArray())).single()).containsExactly(parcel);
    }

    @Test
    void a_stale_if_match_is_refused_before_anything_is_written() {
        long parcel = lot();

        assertThatThrownBy(() -> pipeline.commit(request(parcel, Map.of(parcel, 99), "TMD")))
                .isInstanceOf(StaleVersion.class)
                .satisfies(e -> assertThat(((StaleVersion) e).atCommit()).isFalse());
        assertThat(version(parcel)).isEqualTo(1);
    }

    @Test
    void purposes_that_do_not_add_up_to_the_legal_area_are_refused_with_the_rule_code() {
        long parcel = lot();
        TransactionPipeline.Request r = TransactionRequests.request(TransactionKind.PURPOSE_CHANGE,
                new PurposeChange(parcel, List.of(new PurposeInput("ODT", new BigDecimal("1.0"), "long_term", null),
                        new PurposeInput("CLN", new BigDecimal("2.0"), "long_term", null))), 4326, Map.of(parcel, 1));

        assertThatThrownBy(() -> pipeline.commit(r)).isInstanceOf(TransactionRejected.class)
                .satisfies(e -> assertThat(((TransactionRejected) e).outcome().violations())
                        .extracting(Outcome.ViolationView::code).containsExactly("PURPOSE_AREAS_MISMATCH"));
        assertThat(version(parcel)).isEqualTo(1);
    }

    @Test
    void an_unknown_purpose_code_is_a_malformed_request_naming_the_field() {
        long parcel = lot();

        assertThatThrownBy(() -> pipeline.commit(request(parcel, null, "XYZ")))
                .isInstanceOf(InvalidChange.class).hasMessageContaining("purposes[0].code");
    }
}
