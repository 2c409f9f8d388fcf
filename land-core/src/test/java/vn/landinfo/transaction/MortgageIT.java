package vn.landinfo.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.landinfo.transaction.RegisterRows.CLEAN;
import static vn.landinfo.testsupport.TransactionRequests.codes;
import static vn.landinfo.testsupport.TransactionRequests.request;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.testsupport.RegisterCounts;
import vn.landinfo.testsupport.TransactionFixture;
import vn.landinfo.testsupport.TransactionRequests;
import vn.landinfo.transaction.application.Outcome;
import vn.landinfo.transaction.application.TransactionPipeline;
import vn.landinfo.transaction.application.command.HolderInput;
import vn.landinfo.transaction.application.command.MortgageRegistration;
import vn.landinfo.transaction.application.command.MortgageRelease;
import vn.landinfo.transaction.application.command.NewParty;
import vn.landinfo.transaction.model.InvalidChange;
import vn.landinfo.transaction.model.TransactionKind;

/** Mortgage registration (ranked) and release end to end. */
class MortgageIT {

    private static final int LO = 5000;
    private static final int HI = 7000;

    private static JdbcClient jdbc;
    private static TransactionPipeline pipeline;
    private static RegisterRows rows;
    private static List<Long> clean;
    private static long bank;

    @BeforeAll
    static void setUp() {
        jdbc = JdbcClient.create(TransactionFixture.dataSource());
        pipeline = TransactionFixture.pipeline();
        rows = new RegisterRows(jdbc);
        clean = rows.parcels(LO, HI, CLEAN, 8);
        bank = jdbc.sql("SELECT party_id FROM party_identifier WHERE id_type = 'tax_code' AND id_number = '0100686174'").query(Long.class).single();
    }

    private static MortgageRegistration mortgage(long parcel, HolderInput mortgagee, String contract) {
        return new MortgageRegistration(parcel, mortgagee, contract, LocalDate.now().minusDays(3), 900_000_000L);
    }

    /** Commits a change that must be refused: its refusal, having checked that nothing was written. */
    private static Outcome rejected(TransactionPipeline.Request r) {
        return TransactionRequests.rejected(pipeline, jdbc, r);
    }

    @Test
    void aMortgageIsRankedAfterTheOnesInForceAndEndorsedThenReleased() {
        long parcel = clean.get(0);
        String serial = rows.validSerial(parcel);
        HolderInput agribank = new HolderInput(bank, null, null, null);

        Outcome first = pipeline.commit(request(TransactionKind.MORTGAGE_REGISTRATION, mortgage(parcel, agribank, "01/2026/HĐTC")));
        Map<String, Object> m = jdbc.sql("""
                SELECT r.id, r.kind, r.begin_lifespan, r.registered_at, r.created_by_tx, m.rank, m.mortgagee_party_id, m.mortgagor_party_id,
                       m.contract_no, m.secured_amount_vnd, m.released_at
                FROM restriction r JOIN mortgage m ON m.restriction_id = r.id WHERE r.parcel_id = :p AND r.end_lifespan IS NULL""")
                .param("p", parcel).query().singleRow();
        Timestamp at = Timestamp.from(first.at());
        assertThat(m).containsEntry("kind", "mortgage").containsEntry("begin_lifespan", at).containsEntry("registered_at", at)
                .containsEntry("created_by_tx", first.transactionId()).containsEntry("rank", 1)
                .containsEntry("mortgagee_party_id", bank).containsEntry("mortgagor_party_id", rows.holders(parcel).get(0))
                .containsEntry("contract_no", "01/2026/HĐTC").containsEntry("secured_amount_vnd", 900_000_000L)
                .containsEntry("released_at", null);
        assertThat(first.changedParcels()).containsExactly(parcel);
        assertThat(first.certificateEffects()).containsExactly("endorsed " + serial);
        assertThat(rows.endorsements(serial, first.transactionId())).singleElement().asString()
                .startsWith("Thế chấp bằng quyền sử dụng đất tại Ngân hàng Nông nghiệp").contains("01/2026/HĐTC").contains("thứ tự ưu tiên 1");
        assertThat(rows.auditRecords(first.transactionId())).isEqualTo(1);

        HolderInput newBank = new HolderInput(null, new NewParty("organisation", "Quỹ tín dụng nhân dân Hoàn Kiếm", "tax_code",
                TransactionRequests.newTaxCode(), null, null, "Hà Nội"), null, null);
        Outcome second = pipeline.commit(request(TransactionKind.MORTGAGE_REGISTRATION, mortgage(parcel, newBank, "02/2026/HĐTC")));
        assertThat(jdbc.sql("""
                SELECT m.rank || ' ' || p.kind FROM restriction r JOIN mortgage m ON m.restriction_id = r.id JOIN party p ON p.id = m.mortgagee_party_id
                WHERE r.created_by_tx = :tx""").param("tx", second.transactionId()).query(String.class).single()).isEqualTo("2 organisation");

        long firstId = (Long) m.get("id");
        Outcome release = pipeline.commit(request(TransactionKind.MORTGAGE_RELEASE, new MortgageRelease(parcel, firstId)));
        Timestamp released = Timestamp.from(release.at());
        assertThat(jdbc.sql("SELECT r.end_lifespan, r.ended_by_tx, m.released_at FROM restriction r JOIN mortgage m ON m.restriction_id = r.id WHERE r.id = :id")
                .param("id", firstId).query((rs, n) -> List.of(rs.getTimestamp(1), rs.getLong(2), rs.getTimestamp(3))).single())
                .containsExactly(released, release.transactionId(), released);
        assertThat(rows.endorsements(serial, release.transactionId())).singleElement().asString()
                .startsWith("Xóa đăng ký thế chấp tại Ngân hàng Nông nghiệp").contains("01/2026/HĐTC");
        // The second mortgage stays in force.
        assertThat(jdbc.sql("SELECT count(*) FROM restriction WHERE parcel_id = :p AND end_lifespan IS NULL").param("p", parcel)
                .query(Long.class).single()).isEqualTo(1);

        // Released once, it cannot be released again.
        var before = RegisterCounts.of(jdbc);
        assertThat(codes(rejected(request(TransactionKind.MORTGAGE_RELEASE, new MortgageRelease(parcel, firstId)))))
                .containsExactly("MORTGAGE_NOT_FOUND");
        RegisterCounts.assertNothingWritten(jdbc, before);
    }

    @Test
    void aMortgageOfAnotherParcelIsNotFoundOnThisOne() {
        long parcel = clean.get(1);
        long elsewhere = jdbc.sql("SELECT id FROM restriction WHERE kind = 'mortgage' AND end_lifespan IS NULL AND parcel_id <> :p ORDER BY id LIMIT 1")
                .param("p", parcel).query(Long.class).single();
        var before = RegisterCounts.of(jdbc);
        Outcome o = rejected(request(TransactionKind.MORTGAGE_RELEASE, new MortgageRelease(parcel, elsewhere)));
        assertThat(codes(o)).containsExactly("MORTGAGE_NOT_FOUND");
        assertThat(o.violations().get(0).parcelId()).isEqualTo(parcel);
        RegisterCounts.assertNothingWritten(jdbc, before);
    }

    @Test
    void theSameContractTwiceAndAHolderAsItsOwnMortgageeAreRefused() {
        long parcel = clean.get(2);
        pipeline.commit(request(TransactionKind.MORTGAGE_REGISTRATION, mortgage(parcel, new HolderInput(bank, null, null, null), "07/2026/HĐTC")));
        var before = RegisterCounts.of(jdbc);
        assertThat(codes(rejected(request(TransactionKind.MORTGAGE_REGISTRATION,
                mortgage(parcel, new HolderInput(bank, null, null, null), "07/2026/HĐTC"))))).containsExactly("MORTGAGE_ALREADY_REGISTERED");
        long holder = rows.holders(parcel).get(0);
        assertThat(codes(rejected(request(TransactionKind.MORTGAGE_REGISTRATION,
                mortgage(parcel, new HolderInput(holder, null, null, null), "08/2026/HĐTC"))))).containsExactly("MORTGAGEE_IS_HOLDER");
        RegisterCounts.assertNothingWritten(jdbc, before);
    }

    @Test
    void seizedDisputedOrUncertifiedParcelsCannotBeMortgaged() {
        var before = RegisterCounts.of(jdbc);
        long seized = rows.parcel(0, 100_000, RegisterRows.restricted("seizure"), 1);
        assertThat(codes(rejected(request(TransactionKind.MORTGAGE_REGISTRATION, mortgage(seized, new HolderInput(bank, null, null, null), "S/1")))))
                .contains("PARCEL_SEIZED");
        long disputed = rows.parcel(0, 100_000, RegisterRows.restricted("dispute"), 1);
        assertThat(codes(rejected(request(TransactionKind.MORTGAGE_REGISTRATION, mortgage(disputed, new HolderInput(bank, null, null, null), "D/1")))))
                .contains("PARCEL_DISPUTED");
        long uncertified = rows.parcel(LO, HI, """
                NOT EXISTS (SELECT 1 FROM certificate_parcel cp WHERE cp.parcel_id = pv.parcel_id)
                AND NOT EXISTS (SELECT 1 FROM restriction x WHERE x.parcel_id = pv.parcel_id AND x.end_lifespan IS NULL)
                AND EXISTS (SELECT 1 FROM land_right r WHERE r.parcel_id = pv.parcel_id AND r.end_lifespan IS NULL)""", 0);
        assertThat(codes(rejected(request(TransactionKind.MORTGAGE_REGISTRATION, mortgage(uncertified, new HolderInput(bank, null, null, null), "U/1")))))
                .containsExactly("CERTIFICATE_REQUIRED");
        RegisterCounts.assertNothingWritten(jdbc, before);
    }

    @Test
    void aMortgageeIsCheckedLikeAnyNewPartyAndTheContractIsRequired() {
        long parcel = clean.get(3);
        var before = RegisterCounts.of(jdbc);
        HolderInput badBank = new HolderInput(null, new NewParty("organisation", "Ngân hàng X", "tax_code", "12345", null, null, null), null, null);
        assertThat(codes(rejected(request(TransactionKind.MORTGAGE_REGISTRATION, mortgage(parcel, badBank, "B/1"))))).containsExactly("IDENTIFIER_FORMAT");
        assertThat(codes(rejected(request(TransactionKind.MORTGAGE_REGISTRATION, new MortgageRegistration(parcel,
                new HolderInput(bank, null, null, null), "C/1", LocalDate.now(), null, "ZZ00000000"))))).containsExactly("CERTIFICATE_NOT_FOUND");
        assertThatThrownBy(() -> pipeline.commit(request(TransactionKind.MORTGAGE_REGISTRATION, new MortgageRegistration(parcel,
                new HolderInput(bank, null, null, null), " ", LocalDate.now(), null)))).isInstanceOf(InvalidChange.class).hasMessageContaining("contractNo");
        assertThatThrownBy(() -> pipeline.commit(request(TransactionKind.MORTGAGE_REGISTRATION, new MortgageRegistration(parcel,
                new HolderInput(bank, null, null, null), "F/1", LocalDate.now().plusDays(30), null)))).isInstanceOf(InvalidChange.class)
                .hasMessageContaining("future");
        assertThatThrownBy(() -> pipeline.commit(request(TransactionKind.MORTGAGE_RELEASE, new MortgageRelease(parcel, null))))
                .isInstanceOf(InvalidChange.class).hasMessageContaining("mortgageId");
        RegisterCounts.assertNothingWritten(jdbc, before);
    }
}
