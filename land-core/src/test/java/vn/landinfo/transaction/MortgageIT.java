package vn.landinfo.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.landinfo.testsupport.TransactionRequests.codes;
import static vn.landinfo.testsupport.TransactionRequests.request;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.testsupport.CaseFixture;
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

/**
 * Mortgage registration (ranked) and release end to end, each test on its own drawn case
 * ({@link CaseFixture}): the lot, its holder and the bank are the case's own.
 */
class MortgageIT {

    private static final String AGRIBANK = "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam";

    private static JdbcClient jdbc;
    private static TransactionPipeline pipeline;
    private static RegisterRows rows;

    @BeforeAll
    static void setUp() {
        jdbc = JdbcClient.create(TransactionFixture.dataSource());
        pipeline = TransactionFixture.pipeline();
        rows = new RegisterRows(jdbc);
    }

    /** A 12 × 15 m lot held by one person with its certificate, and a bank that holds nothing here. */
    private static CaseFixture.Placed lotAndBank() {
        return CaseFixture.inFreshSheet(TransactionFixture.dataSource())
                .organisation(AGRIBANK)
                .parcel("lot", "POLYGON((0 0, 12 0, 12 15, 0 15, 0 0))", "ODT").heldBy("Nguyễn Văn An")
                .insert();
    }

    private static MortgageRegistration mortgage(long parcel, HolderInput mortgagee, String contract) {
        return new MortgageRegistration(parcel, mortgagee, contract, LocalDate.now().minusDays(3), 900_000_000L);
    }

    /** Commits a change that must be refused: its refusal, having checked that nothing was written. */
    private static Outcome rejected(TransactionPipeline.Request r) {
        return TransactionRequests.rejected(pipeline, jdbc, r);
    }

    @Test
    void a_mortgage_is_ranked_after_the_ones_in_force_endorsed_and_then_released() {
        CaseFixture.Placed c = lotAndBank();
        long parcel = c.id("lot");
        long bank = c.party(AGRIBANK);
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
                .containsEntry("mortgagee_party_id", bank).containsEntry("mortgagor_party_id", c.party("Nguyễn Văn An"))
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
    void a_mortgage_of_another_parcel_is_not_found_on_this_one() {
        CaseFixture.Placed c = CaseFixture.inFreshSheet(TransactionFixture.dataSource())
                .parcel("lot", "POLYGON((0 0, 12 0, 12 15, 0 15, 0 0))", "ODT").heldBy("Nguyễn Văn An")
                .parcel("mortgaged", "POLYGON((12 0, 24 0, 24 15, 12 15, 12 0))", "ODT").heldBy("Trần Thị Bình").restricted("mortgage")
                .insert();
        long parcel = c.id("lot");
        long elsewhere = jdbc.sql("SELECT id FROM restriction WHERE kind = 'mortgage' AND end_lifespan IS NULL AND parcel_id = :p")
                .param("p", c.id("mortgaged")).query(Long.class).single();
        var before = RegisterCounts.of(jdbc);
        Outcome o = rejected(request(TransactionKind.MORTGAGE_RELEASE, new MortgageRelease(parcel, elsewhere)));
        assertThat(codes(o)).containsExactly("MORTGAGE_NOT_FOUND");
        assertThat(o.violations().get(0).parcelId()).isEqualTo(parcel);
        RegisterCounts.assertNothingWritten(jdbc, before);
    }

    @Test
    void the_same_contract_twice_and_a_holder_as_its_own_mortgagee_are_refused() {
        CaseFixture.Placed c = lotAndBank();
        long parcel = c.id("lot");
        long bank = c.party(AGRIBANK);
        pipeline.commit(request(TransactionKind.MORTGAGE_REGISTRATION, mortgage(parcel, new HolderInput(bank, null, null, null), "07/2026/HĐTC")));
        var before = RegisterCounts.of(jdbc);
        assertThat(codes(rejected(request(TransactionKind.MORTGAGE_REGISTRATION,
                mortgage(parcel, new HolderInput(bank, null, null, null), "07/2026/HĐTC"))))).containsExactly("MORTGAGE_ALREADY_REGISTERED");
        long holder = c.party("Nguyễn Văn An");
        assertThat(codes(rejected(request(TransactionKind.MORTGAGE_REGISTRATION,
                mortgage(parcel, new HolderInput(holder, null, null, null), "08/2026/HĐTC"))))).containsExactly("MORTGAGEE_IS_HOLDER");
        RegisterCounts.assertNothingWritten(jdbc, before);
    }

    @Test
    void seized_disputed_or_uncertified_parcels_cannot_be_mortgaged() {
        CaseFixture.Placed c = CaseFixture.inFreshSheet(TransactionFixture.dataSource())
                .organisation(AGRIBANK)
                .parcel("seized", "POLYGON((0 0, 12 0, 12 15, 0 15, 0 0))", "ODT").heldBy("Nguyễn Văn An").restricted("seizure")
                .parcel("disputed", "POLYGON((12 0, 24 0, 24 15, 12 15, 12 0))", "ODT").heldBy("Trần Thị Bình").restricted("dispute")
                .parcel("uncertified", "POLYGON((24 0, 36 0, 36 15, 24 15, 24 0))", "ODT").heldBy("Lê Văn Chí").uncertified()
                .insert();
        HolderInput bank = new HolderInput(c.party(AGRIBANK), null, null, null);
        var before = RegisterCounts.of(jdbc);
        assertThat(codes(rejected(request(TransactionKind.MORTGAGE_REGISTRATION, mortgage(c.id("seized"), bank, "S/1")))))
                .contains("PARCEL_SEIZED");
        assertThat(codes(rejected(request(TransactionKind.MORTGAGE_REGISTRATION, mortgage(c.id("disputed"), bank, "D/1")))))
                .contains("PARCEL_DISPUTED");
        assertThat(codes(rejected(request(TransactionKind.MORTGAGE_REGISTRATION, mortgage(c.id("uncertified"), bank, "U/1")))))
                .containsExactly("CERTIFICATE_REQUIRED");
        RegisterCounts.assertNothingWritten(jdbc, before);
    }

    @Test
    void a_mortgagee_is_checked_like_any_new_party_and_the_contract_is_required() {
        CaseFixture.Placed c = lotAndBank();
        long parcel = c.id("lot");
        long bank = c.party(AGRIBANK);
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
