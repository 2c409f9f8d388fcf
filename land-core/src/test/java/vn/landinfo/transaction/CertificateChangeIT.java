package vn.landinfo.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.landinfo.testsupport.TransactionRequests.codes;
import static vn.landinfo.testsupport.TransactionRequests.request;

import java.sql.Timestamp;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.testsupport.RegisterCounts;
import vn.landinfo.testsupport.CaseFixture;
import vn.landinfo.testsupport.TransactionFixture;
import vn.landinfo.testsupport.TransactionRequests;
import vn.landinfo.transaction.application.Outcome;
import vn.landinfo.transaction.application.TransactionPipeline;
import vn.landinfo.transaction.application.command.CertificateChange;
import vn.landinfo.transaction.application.command.HolderInput;
import vn.landinfo.transaction.application.command.MortgageRegistration;
import vn.landinfo.transaction.application.command.RightsTransfer;
import vn.landinfo.transaction.model.InvalidChange;
import vn.landinfo.transaction.model.TransactionKind;

/** Certificate re-issue, replacement, correction and revocation by serial. */
class CertificateChangeIT {


    private static JdbcClient jdbc;
    private static TransactionPipeline pipeline;
    private static RegisterRows rows;
    private static List<Long> clean;

    @BeforeAll
    static void setUp() {
        jdbc = JdbcClient.create(TransactionFixture.dataSource());
        pipeline = TransactionFixture.pipeline();
        rows = new RegisterRows(jdbc);
        // Plain lots of a case of their own (CaseFixture), one per test: each meets the same lot on every machine.
        clean = List.copyOf(CaseFixture.lotsInARow(TransactionFixture.dataSource(), 8).insert().ids().values());
    }

    /** Commits a change that must be refused: its refusal, having checked that nothing was written. */
    private static Outcome rejected(TransactionPipeline.Request r) {
        return TransactionRequests.rejected(pipeline, jdbc, r);
    }

    private static String statusOf(String serial) {
        return jdbc.sql("SELECT status FROM certificate WHERE serial = :s").param("s", serial).query(String.class).single();
    }

    @Test
    void aReissueAfterLossReplacesTheCertificateForTheSameParcelAndHolders() {
        long parcel = clean.get(0);
        String old = rows.validSerial(parcel);
        Outcome o = pipeline.commit(request(TransactionKind.CERTIFICATE_REISSUE, new CertificateChange(old, "Mất Giấy chứng nhận do hỏa hoạn", null)));

        String issued = rows.validSerial(parcel);
        assertThat(issued).isNotEqualTo(old).matches("AA[0-9]{8}");
        assertThat(o.certificateEffects()).containsExactly("issued " + issued, "replaced " + old);
        assertThat(o.changedParcels()).containsExactly(parcel);
        assertThat(jdbc.sql("""
                SELECT c.status || ' ' || r.serial || ' ' || c.status_reason || ' ' || (c.end_lifespan = :at) || ' ' || c.ended_by_tx
                FROM certificate c JOIN certificate r ON r.id = c.replaced_by_id WHERE c.serial = :s""")
                .param("s", old).param("at", Timestamp.from(o.at())).query(String.class).single())
                .isEqualTo("replaced " + issued + " Mất Giấy chứng nhận do hỏa hoạn true " + o.transactionId());
        assertThat(jdbc.sql("""
                SELECT ch.party_id FROM certificate_holder ch JOIN certificate c ON c.id = ch.certificate_id WHERE c.serial = :s ORDER BY 1""")
                .param("s", issued).query(Long.class).list()).isEqualTo(rows.holders(parcel));
        assertThat(jdbc.sql("SELECT form || ' ' || issued_by_tx FROM certificate WHERE serial = :s").param("s", issued).query(String.class).single())
                .isEqualTo("TT10_2024 " + o.transactionId());
        assertThat(rows.auditRecords(o.transactionId())).isEqualTo(1);

        // The replaced certificate can be neither re-issued again nor used.
        var before = RegisterCounts.of(jdbc);
        Outcome again = rejected(request(TransactionKind.CERTIFICATE_REPLACEMENT, new CertificateChange(old, null, null)));
        assertThat(codes(again)).containsExactly("CERTIFICATE_NOT_VALID");
        assertThat(again.violations().get(0).messageEn()).contains(old).contains("replaced");
        RegisterCounts.assertNothingWritten(jdbc, before);
    }

    @Test
    void aReplacementAfterAnEndorsedTransferShowsTheCurrentHolders() {
        long parcel = clean.get(1);
        String old = rows.validSerial(parcel);
        long recipient = rows.holders(clean.get(7)).get(0);
        pipeline.commit(request(TransactionKind.GIFT, new RightsTransfer(parcel, rows.holders(parcel), List.of(new HolderInput(recipient, null, null, null)), null, null)));
        assertThat(statusOf(old)).isEqualTo("valid");

        pipeline.commit(request(TransactionKind.CERTIFICATE_REPLACEMENT, new CertificateChange(old, null, null)));
        String issued = rows.validSerial(parcel);
        assertThat(jdbc.sql("SELECT ch.party_id FROM certificate_holder ch JOIN certificate c ON c.id = ch.certificate_id WHERE c.serial = :s")
                .param("s", issued).query(Long.class).list()).containsExactly(recipient);
        assertThat(jdbc.sql("SELECT status_reason FROM certificate WHERE serial = :s").param("s", old).query(String.class).single())
                .isEqualTo("Cấp đổi Giấy chứng nhận");
    }

    @Test
    void aCorrectionIsEndorsedAndTheCertificateStaysInForce() {
        long parcel = clean.get(2);
        String serial = rows.validSerial(parcel);
        Outcome o = pipeline.commit(request(TransactionKind.CERTIFICATE_CORRECTION, new CertificateChange(serial.toLowerCase(),
                "Sai sót khi in", "Năm sinh của người sử dụng đất là 1962, không phải 1926")));
        assertThat(statusOf(serial)).isEqualTo("valid");
        assertThat(o.certificateEffects()).containsExactly("endorsed " + serial);
        assertThat(rows.endorsements(serial, o.transactionId()))
                .containsExactly("Đính chính: Năm sinh của người sử dụng đất là 1962, không phải 1926 (lý do: Sai sót khi in)");
        assertThatThrownBy(() -> pipeline.commit(request(TransactionKind.CERTIFICATE_CORRECTION, new CertificateChange(serial, null, " "))))
                .isInstanceOf(InvalidChange.class).hasMessageContaining("correction");
    }

    @Test
    void aRevokedCertificateCannotBeUsedForAnything() {
        long parcel = clean.get(3);
        String serial = rows.validSerial(parcel);
        assertThatThrownBy(() -> pipeline.commit(request(TransactionKind.CERTIFICATE_REVOCATION, new CertificateChange(serial, null, null))))
                .isInstanceOf(InvalidChange.class).hasMessageContaining("reason");
        Outcome o = pipeline.commit(request(TransactionKind.CERTIFICATE_REVOCATION,
                new CertificateChange(serial, "Quyết định thu hồi số 15/QĐ-UBND: cấp không đúng thẩm quyền", null)));
        assertThat(o.certificateEffects()).containsExactly("revoked " + serial);
        assertThat(jdbc.sql("SELECT status || ' ' || status_reason || ' ' || (replaced_by_id IS NULL) || ' ' || (end_lifespan = :at) FROM certificate WHERE serial = :s")
                .param("s", serial).param("at", Timestamp.from(o.at())).query(String.class).single())
                .isEqualTo("revoked Quyết định thu hồi số 15/QĐ-UBND: cấp không đúng thẩm quyền true true");
        // Rights are not ended by a revocation alone.
        assertThat(rows.holders(parcel)).isNotEmpty();

        var before = RegisterCounts.of(jdbc);
        for (TransactionKind k : List.of(TransactionKind.CERTIFICATE_REISSUE, TransactionKind.CERTIFICATE_REPLACEMENT,
                TransactionKind.CERTIFICATE_CORRECTION, TransactionKind.CERTIFICATE_REVOCATION)) {
            assertThat(codes(rejected(request(k, new CertificateChange(serial, "lý do", "nội dung"))))).as(k.code())
                    .containsExactly("CERTIFICATE_NOT_VALID");
        }
        long bank = jdbc.sql("SELECT party_id FROM party_identifier WHERE id_type = 'tax_code' AND id_number = '0100112437'").query(Long.class).single();
        assertThat(codes(rejected(request(TransactionKind.MORTGAGE_REGISTRATION, new MortgageRegistration(parcel,
                new HolderInput(bank, null, null, null), "R/1", java.time.LocalDate.now(), null, serial))))).containsExactly("CERTIFICATE_NOT_VALID");
        assertThat(codes(rejected(request(TransactionKind.MORTGAGE_REGISTRATION, new MortgageRegistration(parcel,
                new HolderInput(bank, null, null, null), "R/1", java.time.LocalDate.now(), null))))).containsExactly("CERTIFICATE_NOT_VALID");
        RegisterCounts.assertNothingWritten(jdbc, before);
    }

    @Test
    void anUnknownSerialIsReportedAndNothingIsWritten() {
        var before = RegisterCounts.of(jdbc);
        for (TransactionKind k : List.of(TransactionKind.CERTIFICATE_REISSUE, TransactionKind.CERTIFICATE_REVOCATION)) {
            Outcome o = rejected(request(k, new CertificateChange("ZZ00000001", "lý do", null)));
            assertThat(codes(o)).containsExactly("CERTIFICATE_NOT_FOUND");
            assertThat(o.violations().get(0).messageVi()).contains("ZZ00000001");
        }
        assertThatThrownBy(() -> pipeline.commit(request(TransactionKind.CERTIFICATE_REISSUE, new CertificateChange(" ", null, null))))
                .isInstanceOf(InvalidChange.class).hasMessageContaining("serial");
        RegisterCounts.assertNothingWritten(jdbc, before);
    }
}
