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
import vn.landinfo.testsupport.RegisterCounts;
import vn.landinfo.testsupport.CaseFixture;
import vn.landinfo.testsupport.TransactionFixture;
import vn.landinfo.testsupport.TransactionRequests;
import vn.landinfo.transaction.application.Outcome;
import vn.landinfo.transaction.application.TransactionPipeline;
import vn.landinfo.transaction.application.command.CertificateChange;
import vn.landinfo.transaction.application.command.HolderInput;
import vn.landinfo.transaction.application.command.NewParty;
import vn.landinfo.transaction.application.command.RightsTransfer;
import vn.landinfo.transaction.model.InvalidChange;
import vn.landinfo.transaction.model.TransactionKind;

/**
 * Transfers, gifts, inheritances, exchanges, capital contributions and leases end to end, each on lots of a case of
 * its own ({@link CaseFixture}).
 */
class RightsTransferIT {

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
        clean = List.copyOf(CaseFixture.lotsInARow(TransactionFixture.dataSource(), 14).insert().ids().values());
    }

    /** A 10 × 20 m residential lot of a case of its own, as {@code holding} makes it (holders, restrictions). */
    private static long lot(java.util.function.UnaryOperator<CaseFixture> holding) {
        return holding.apply(CaseFixture.inFreshSheet(TransactionFixture.dataSource())
                .parcel("lot", "POLYGON((0 0, 10 0, 10 20, 0 20, 0 0))", "ODT")).insert().id("lot");
    }

    private static long clean(int n) {
        return clean.get(n);
    }

    private static HolderInput buyer(String name) {
        return new HolderInput(null, new NewParty("individual", name, "personal_id", TransactionRequests.newPersonalId(),
                LocalDate.of(1985, 6, 1), "M", "Số 5 phố Hàng Bông, phường Hoàn Kiếm, Hà Nội"), null, null);
    }

    private static TransactionPipeline.Request transfer(TransactionKind kind, long parcel, List<Long> from, List<HolderInput> to,
                                                        Boolean newCertificate) {
        return request(kind, new RightsTransfer(parcel, from, to, null, newCertificate));
    }

    /** Commits a change that must be refused: its refusal, having checked that nothing was written. */
    private static Outcome rejected(TransactionPipeline.Request r) {
        return TransactionRequests.rejected(pipeline, jdbc, r);
    }

    @Test
    void aTransferEndsTheSellersRightOpensTheBuyersAndIsEndorsed() {
        long parcel = clean(0);
        List<Long> sellers = rows.holders(parcel);
        String serial = rows.validSerial(parcel);
        long oldRight = jdbc.sql("SELECT id FROM land_right WHERE parcel_id = :p AND end_lifespan IS NULL").param("p", parcel)
                .query(Long.class).single();
        int version = jdbc.sql("SELECT version FROM parcel_version WHERE parcel_id = :p AND end_lifespan IS NULL").param("p", parcel)
                .query(Integer.class).single();

        Outcome o = pipeline.commit(transfer(TransactionKind.TRANSFER, parcel, sellers, List.of(buyer("Trần Văn Bình")), null));

        long tx = o.transactionId();
        Timestamp at = Timestamp.from(o.at());
        assertThat(o.changedParcels()).containsExactly(parcel);
        assertThat(o.certificateEffects()).containsExactly("endorsed " + serial);
        assertThat(jdbc.sql("SELECT end_lifespan, ended_by_tx FROM land_right WHERE id = :id").param("id", oldRight)
                .query((rs, n) -> List.of(rs.getTimestamp(1), rs.getLong(2))).single()).containsExactly(at, tx);
        Map<String, Object> right = jdbc.sql("""
                SELECT r.id, r.right_type, r.use_form, r.origin_code, r.begin_lifespan, r.created_by_tx, h.party_id, h.share_numerator, h.share_denominator
                FROM land_right r JOIN right_holder h ON h.right_id = r.id WHERE r.parcel_id = :p AND r.end_lifespan IS NULL""")
                .param("p", parcel).query().singleRow();
        assertThat(right).containsEntry("right_type", "land_use").containsEntry("use_form", "rieng").containsEntry("origin_code", "NCN")
                .containsEntry("begin_lifespan", at).containsEntry("created_by_tx", tx).containsEntry("share_numerator", 1)
                .containsEntry("share_denominator", 1);
        long buyer = (Long) right.get("party_id");
        assertThat(sellers).doesNotContain(buyer);
        assertThat(jdbc.sql("SELECT v.version || ' ' || v.name || ' ' || (v.begin_lifespan = :at) || ' ' || v.created_by_tx || ' ' || i.id_type FROM party_version v JOIN party_identifier i ON i.party_id = v.party_id WHERE v.party_id = :p")
                .param("p", buyer).param("at", at).query(String.class).single()).isEqualTo("1 Trần Văn Bình true " + tx + " personal_id");
        assertThat(rows.endorsements(serial, tx)).singleElement().asString()
                .startsWith("Chuyển nhượng quyền sử dụng đất cho Trần Văn Bình").contains("giao dịch số " + tx);
        assertThat(jdbc.sql("SELECT status FROM certificate WHERE serial = :s").param("s", serial).query(String.class).single()).isEqualTo("valid");
        // The parcel itself is unchanged: a transfer changes rights, not the parcel version.
        assertThat(jdbc.sql("SELECT version FROM parcel_version WHERE parcel_id = :p AND end_lifespan IS NULL").param("p", parcel)
                .query(Integer.class).single()).isEqualTo(version);
        assertThat(rows.status(tx)).isEqualTo("committed");
        assertThat(rows.auditRecords(tx)).isEqualTo(1);
    }

    @Test
    void aGiftWithANewCertificateReplacesTheOldOneForTheRecipient() {
        long parcel = clean(1);
        long recipient = rows.holders(clean(2)).get(0);
        String oldSerial = rows.validSerial(parcel);

        Outcome o = pipeline.commit(transfer(TransactionKind.GIFT, parcel, rows.holders(parcel),
                List.of(new HolderInput(recipient, null, null, null)), true));

        String newSerial = rows.validSerial(parcel);
        assertThat(newSerial).matches("[A-Z]{2}[0-9]{8}").isNotEqualTo(oldSerial);
        assertThat(o.certificateEffects()).containsExactly("issued " + newSerial, "replaced " + oldSerial);
        assertThat(jdbc.sql("""
                SELECT c.status || ' ' || r.serial || ' ' || (c.end_lifespan = :at) || ' ' || c.ended_by_tx FROM certificate c
                JOIN certificate r ON r.id = c.replaced_by_id WHERE c.serial = :s""")
                .param("s", oldSerial).param("at", Timestamp.from(o.at())).query(String.class).single())
                .isEqualTo("replaced " + newSerial + " true " + o.transactionId());
        assertThat(jdbc.sql("SELECT ch.party_id FROM certificate_holder ch JOIN certificate c ON c.id = ch.certificate_id WHERE c.serial = :s")
                .param("s", newSerial).query(Long.class).list()).containsExactly(recipient);
        assertThat(jdbc.sql("SELECT issued_by_tx FROM certificate WHERE serial = :s").param("s", newSerial).query(Long.class).single())
                .isEqualTo(o.transactionId());
        assertThat(rows.holders(parcel)).containsExactly(recipient);
        assertThat(jdbc.sql("SELECT origin_code FROM land_right WHERE parcel_id = :p AND end_lifespan IS NULL").param("p", parcel)
                .query(String.class).single()).isEqualTo("NTC");
    }

    @Test
    void anInheritanceByTwoHeirsGivesThemAJointRightInEqualShares() {
        long parcel = clean(3);
        Outcome o = pipeline.commit(transfer(TransactionKind.INHERITANCE, parcel, rows.holders(parcel),
                List.of(buyer("Nguyễn Văn Cường"), buyer("Nguyễn Văn Dũng")), null));
        assertThat(jdbc.sql("""
                SELECT r.use_form || ' ' || r.origin_code || ' ' || string_agg(h.share_numerator || '/' || h.share_denominator, ',')
                FROM land_right r JOIN right_holder h ON h.right_id = r.id WHERE r.parcel_id = :p AND r.end_lifespan IS NULL
                GROUP BY r.use_form, r.origin_code""").param("p", parcel).query(String.class).single()).isEqualTo("chung NTK 1/2,1/2");
        assertThat(rows.endorsements(rows.validSerial(parcel), o.transactionId())).singleElement().asString()
                .startsWith("Thừa kế quyền sử dụng đất: Nguyễn Văn Cường, Nguyễn Văn Dũng");
    }

    @Test
    void anExchangeAndACapitalContributionRecordHowTheRightWasReceived() {
        long exchanged = clean(4);
        pipeline.commit(transfer(TransactionKind.EXCHANGE, exchanged, rows.holders(exchanged), List.of(buyer("Lê Văn Em")), null));
        assertThat(jdbc.sql("SELECT origin_code FROM land_right WHERE parcel_id = :p AND end_lifespan IS NULL").param("p", exchanged)
                .query(String.class).single()).isEqualTo("NCD");

        long contributed = clean(5);
        HolderInput company = new HolderInput(null, new NewParty("organisation", "Công ty TNHH Hoàn Kiếm Xanh", "tax_code",
                TransactionRequests.newTaxCode(), null, null, "Hà Nội"), null, null);
        Outcome o = pipeline.commit(transfer(TransactionKind.CAPITAL_CONTRIBUTION, contributed, rows.holders(contributed), List.of(company), null));
        assertThat(jdbc.sql("""
                SELECT r.origin_code || ' ' || p.kind FROM land_right r JOIN right_holder h ON h.right_id = r.id JOIN party p ON p.id = h.party_id
                WHERE r.parcel_id = :p AND r.end_lifespan IS NULL""").param("p", contributed).query(String.class).single())
                .isEqualTo("NGV organisation");
        assertThat(rows.endorsements(rows.validSerial(contributed), o.transactionId())).singleElement().asString()
                .startsWith("Góp vốn bằng quyền sử dụng đất vào Công ty TNHH Hoàn Kiếm Xanh");
    }

    @Test
    void aLeaseKeepsTheHoldersAndGivesTheLesseeALeaseRightEvenUnderAMortgage() {
        long parcel = lot(c -> c.heldBy("Nguyễn Văn An").restricted("mortgage"));
        List<Long> holders = rows.holders(parcel);
        long holdersRight = jdbc.sql("SELECT id FROM land_right WHERE parcel_id = :p AND end_lifespan IS NULL").param("p", parcel)
                .query(Long.class).single();
        LocalDate end = LocalDate.now().plusYears(5);

        Outcome o = pipeline.commit(request(TransactionKind.LEASE, new RightsTransfer(parcel, holders, List.of(buyer("Phạm Văn Giang")), end, null)));

        assertThat(rows.holders(parcel)).isEqualTo(holders);
        assertThat(jdbc.sql("SELECT id FROM land_right WHERE parcel_id = :p AND end_lifespan IS NULL AND right_type = 'land_use'")
                .param("p", parcel).query(Long.class).single()).isEqualTo(holdersRight);
        assertThat(jdbc.sql("SELECT term_end FROM land_right WHERE parcel_id = :p AND end_lifespan IS NULL AND right_type = 'lease'")
                .param("p", parcel).query(LocalDate.class).single()).isEqualTo(end);
        assertThat(rows.endorsements(rows.validSerial(parcel), o.transactionId())).singleElement().asString()
                .startsWith("Cho Phạm Văn Giang thuê quyền sử dụng đất đến ngày " + end.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }

    @Test
    void fromMustBeExactlyTheCurrentHoldersAndAMortgageBlocksTheTransfer() {
        long parcel = lot(c -> c.heldBy("Nguyễn Văn An", "Nguyễn Thị Ánh").restricted("mortgage"));
        List<Long> holders = rows.holders(parcel);
        assertThat(holders).hasSize(2);
        var before = RegisterCounts.of(jdbc);
        Outcome o = rejected(transfer(TransactionKind.TRANSFER, parcel, List.of(holders.get(0) + 1_000_000), List.of(buyer("Vũ Văn Hải")), null));
        assertThat(codes(o)).contains("HOLDERS_NOT_CURRENT", "PARCEL_MORTGAGED");
        assertThat(o.violations()).allSatisfy(v -> assertThat(v.parcelId()).isEqualTo(parcel));
        assertThat(o.violations().get(0).messageVi()).isNotBlank();
        RegisterCounts.assertNothingWritten(jdbc, before);

        // Only the current holders, no more and no fewer.
        assertThat(codes(rejected(transfer(TransactionKind.GIFT, parcel, holders.subList(0, 1), List.of(buyer("Vũ Văn Khoa")), null))))
                .contains("HOLDERS_NOT_CURRENT");
        assertThat(codes(rejected(transfer(TransactionKind.GIFT, parcel, holders, List.of(buyer("Vũ Văn Khoa")), null))))
                .containsExactly("PARCEL_MORTGAGED");
        RegisterCounts.assertNothingWritten(jdbc, before);
    }

    @Test
    void seizureAndDisputeBlockEveryTransferIncludingALease() {
        Map<String, Long> restricted = Map.of("seizure", lot(c -> c.heldBy("Nguyễn Văn An").restricted("seizure")),
                "dispute", lot(c -> c.heldBy("Nguyễn Văn An").restricted("dispute")));
        var before = RegisterCounts.of(jdbc);
        restricted.forEach((kind, parcel) ->
            assertThat(codes(rejected(request(TransactionKind.LEASE, new RightsTransfer(parcel, rows.holders(parcel),
                    List.of(buyer("Đỗ Văn Long")), LocalDate.now().plusYears(2), null)))))
                    .contains(kind.equals("seizure") ? "PARCEL_SEIZED" : "PARCEL_DISPUTED"));
        RegisterCounts.assertNothingWritten(jdbc, before);
    }

    @Test
    void sharesMustMakeAWholeAndNewPeopleNeedTheCurrentIdFormat() {
        long parcel = clean(6);
        var before = RegisterCounts.of(jdbc);
        HolderInput half = new HolderInput(null, new NewParty("individual", "Hoàng Văn Minh", "personal_id", TransactionRequests.newPersonalId(),
                null, null, null), 1, 2);
        HolderInput third = new HolderInput(null, new NewParty("individual", "Hoàng Thị Nga", "identity_card", "012345678",
                null, null, null), 1, 3);
        Outcome o = rejected(transfer(TransactionKind.TRANSFER, parcel, rows.holders(parcel), List.of(half, third), null));
        assertThat(codes(o)).containsExactlyInAnyOrder("SHARES_DO_NOT_ADD_UP", "IDENTIFIER_FORMAT");
        assertThat(o.violations()).filteredOn(v -> v.code().equals("SHARES_DO_NOT_ADD_UP")).singleElement()
                .satisfies(v -> assertThat(v.messageEn()).contains("5/6"));
        assertThat(o.violations()).filteredOn(v -> v.code().equals("IDENTIFIER_FORMAT")).singleElement()
                .satisfies(v -> assertThat(v.messageEn()).startsWith("to[1].party"));
        RegisterCounts.assertNothingWritten(jdbc, before);
    }

    @Test
    void aPersonAlreadyInTheRegisterIsNotCreatedTwice() {
        long parcel = clean(7);
        // The holder of another lot of the case: in the register with a personal ID already.
        Map<String, Object> known = jdbc.sql("""
                SELECT party_id, id_number FROM party_identifier WHERE id_type = 'personal_id' AND valid_to IS NULL AND party_id = :p""")
                .param("p", rows.holders(clean(10)).get(0)).query().singleRow();
        var before = RegisterCounts.of(jdbc);
        Outcome o = rejected(transfer(TransactionKind.TRANSFER, parcel, rows.holders(parcel), List.of(new HolderInput(null,
                new NewParty("individual", "Ai Đó", "personal_id", (String) known.get("id_number"), null, null, null), null, null)), null));
        assertThat(codes(o)).containsExactly("PARTY_ALREADY_REGISTERED");
        assertThat(o.violations().get(0).messageEn()).contains("use partyId " + known.get("party_id"));
        RegisterCounts.assertNothingWritten(jdbc, before);
    }

    @Test
    void givingTheRightToItsOwnHoldersChangesNothing() {
        long parcel = clean(8);
        List<Long> holders = rows.holders(parcel);
        var before = RegisterCounts.of(jdbc);
        assertThat(codes(rejected(transfer(TransactionKind.GIFT, parcel, holders,
                holders.stream().map(h -> new HolderInput(h, null, null, null)).toList(), null)))).containsExactly("SAME_HOLDERS");
        RegisterCounts.assertNothingWritten(jdbc, before);
    }

    @Test
    void aCertificateNamedByTheDossierMustExistCoverTheParcelAndBeInForce() {
        long parcel = clean(9);
        List<Long> holders = rows.holders(parcel);
        // The lot's first certificate was lost and re-issued: the old one still names the lot but is replaced.
        String replaced = rows.validSerial(parcel);
        pipeline.commit(request(TransactionKind.CERTIFICATE_REISSUE, new CertificateChange(replaced, "Mất Giấy chứng nhận (test)", null)));
        String current = rows.validSerial(parcel);
        assertThat(current).isNotEqualTo(replaced);
        String otherParcels = rows.validSerial(clean(10));
        var before = RegisterCounts.of(jdbc);
        assertThat(codes(rejected(request(TransactionKind.TRANSFER, new RightsTransfer(parcel, holders, List.of(buyer("Lý Văn Phúc")), null, null, "ZZ99999999")))))
                .containsExactly("CERTIFICATE_NOT_FOUND");
        assertThat(codes(rejected(request(TransactionKind.TRANSFER, new RightsTransfer(parcel, holders, List.of(buyer("Lý Văn Phúc")), null, null, otherParcels)))))
                .containsExactly("CERTIFICATE_NOT_FOR_PARCEL");
        Outcome o = rejected(request(TransactionKind.TRANSFER, new RightsTransfer(parcel, holders, List.of(buyer("Lý Văn Phúc")), null, null, replaced)));
        assertThat(codes(o)).containsExactly("CERTIFICATE_NOT_VALID");
        assertThat(o.violations().get(0).messageEn()).isEqualTo("Certificate " + replaced + " was replaced by another certificate and can no longer be used");
        RegisterCounts.assertNothingWritten(jdbc, before);
        // The certificate in force passes.
        assertThat(pipeline.preview(request(TransactionKind.TRANSFER, new RightsTransfer(parcel, holders, List.of(buyer("Lý Văn Phúc")), null, null,
                current))).violations()).isEmpty();
    }

    @Test
    void aParcelWhoseOnlyCertificateWasRevokedCannotBeTransferred() {
        long parcel = clean(11);
        String serial = rows.validSerial(parcel);
        pipeline.commit(request(TransactionKind.CERTIFICATE_REVOCATION, new CertificateChange(serial, "Cấp sai đối tượng (test)", null)));
        var before = RegisterCounts.of(jdbc);
        Outcome o = rejected(transfer(TransactionKind.TRANSFER, parcel, rows.holders(parcel), List.of(buyer("Mai Văn Quang")), null));
        assertThat(codes(o)).containsExactly("CERTIFICATE_NOT_VALID");
        assertThat(o.violations().get(0).messageVi()).contains(serial).contains("thu hồi");
        RegisterCounts.assertNothingWritten(jdbc, before);
    }

    @Test
    void withoutAnyCertificateOnlyAnInheritanceCanBeRegisteredAndTheHeirsGetOne() {
        long parcel = lot(c -> c.heldBy("Nguyễn Văn An").uncertified());
        var before = RegisterCounts.of(jdbc);
        assertThat(codes(rejected(transfer(TransactionKind.TRANSFER, parcel, rows.holders(parcel), List.of(buyer("Tạ Văn Sơn")), null))))
                .containsExactly("CERTIFICATE_REQUIRED");
        RegisterCounts.assertNothingWritten(jdbc, before);

        Outcome o = pipeline.commit(transfer(TransactionKind.INHERITANCE, parcel, rows.holders(parcel), List.of(buyer("Tạ Văn Sơn")), null));
        assertThat(o.certificateEffects()).singleElement().asString().startsWith("issued ");
        assertThat(rows.validSerial(parcel)).isEqualTo(o.certificateEffects().get(0).substring("issued ".length()));
    }

    @Test
    void leaseRulesAndMalformedRequestsAreToldApart() {
        long parcel = clean(12);
        List<Long> holders = rows.holders(parcel);
        var before = RegisterCounts.of(jdbc);
        assertThat(codes(rejected(request(TransactionKind.LEASE, new RightsTransfer(parcel, holders, List.of(buyer("Cao Văn Tài")),
                LocalDate.now().minusDays(1), null))))).containsExactly("LEASE_END_PASSED");
        assertThat(codes(rejected(request(TransactionKind.LEASE, new RightsTransfer(parcel, holders,
                List.of(new HolderInput(holders.get(0), null, null, null)), LocalDate.now().plusYears(1), null))))).containsExactly("LESSEE_IS_HOLDER");
        assertThatThrownBy(() -> pipeline.commit(request(TransactionKind.LEASE, new RightsTransfer(parcel, holders, List.of(buyer("Cao Văn Tài")), null, null))))
                .isInstanceOf(InvalidChange.class).hasMessageContaining("leaseEnd");
        assertThatThrownBy(() -> pipeline.commit(transfer(TransactionKind.TRANSFER, parcel, holders, List.of(new HolderInput(999_999_999L, null, null, null)), null)))
                .isInstanceOf(InvalidChange.class).hasMessageContaining("to[0].partyId")
                .satisfies(e -> assertThat(((InvalidChange) e).reason()).isEqualTo(InvalidChange.Reason.NOT_FOUND));
        assertThatThrownBy(() -> pipeline.commit(transfer(TransactionKind.TRANSFER, parcel, holders,
                List.of(new HolderInput(holders.get(0), null, 1, 2), new HolderInput(null, null, null, null)), null)))
                .isInstanceOf(InvalidChange.class).hasMessageContaining("every holder or for none");
        RegisterCounts.assertNothingWritten(jdbc, before);
    }

    @Test
    void aPreviewShowsTheTransferAndWritesNothing() {
        long parcel = clean(13);
        var before = RegisterCounts.of(jdbc);
        Outcome o = pipeline.preview(transfer(TransactionKind.TRANSFER, parcel, rows.holders(parcel), List.of(buyer("Ninh Văn Út")), null));
        assertThat(o.violations()).isEmpty();
        assertThat(o.certificateEffects()).containsExactly("endorsed " + rows.validSerial(parcel));
        RegisterCounts.assertNothingWritten(jdbc, before);
    }
}
