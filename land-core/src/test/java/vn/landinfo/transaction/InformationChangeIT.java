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
import vn.landinfo.transaction.application.command.CertificateChange;
import vn.landinfo.transaction.application.command.InformationChange;
import vn.landinfo.transaction.application.command.InformationChange.PartyUpdate;
import vn.landinfo.transaction.model.InvalidChange;
import vn.landinfo.transaction.model.TransactionKind;

/** Information change: the parcel's address and holders' details, always as new versions. */
class InformationChangeIT {


    private static JdbcClient jdbc;
    private static TransactionPipeline pipeline;
    private static RegisterRows rows;
    private static List<Long> clean;
    /** Parcels of other shapes, none of them in {@link #clean}. */
    private static long withCardHolder;
    private static long withCitizen;
    private static long withReplaced;

    @BeforeAll
    static void setUp() {
        jdbc = JdbcClient.create(TransactionFixture.dataSource());
        pipeline = TransactionFixture.pipeline();
        rows = new RegisterRows(jdbc);
        // Lots of a case of their own (CaseFixture): six plain ones, one whose holder still has an old identity
        // card, one whose holder has a personal ID, and one whose certificate was reissued (the old one replaced).
        CaseFixture.Placed c = CaseFixture.lotsInARow(TransactionFixture.dataSource(), 6)
                .parcel("card", "POLYGON((60 0, 70 0, 70 20, 60 20, 60 0))", "ODT").heldBy("Nguyễn Thị Hà").identifiedByCard()
                .parcel("citizen", "POLYGON((70 0, 80 0, 80 20, 70 20, 70 0))", "ODT").heldBy("Trần Văn Dân")
                .parcel("reissued", "POLYGON((80 0, 90 0, 90 20, 80 20, 80 0))", "ODT").heldBy("Lê Thị Cấp")
                .insert();
        clean = List.of("1", "2", "3", "4", "5", "6").stream().map(c::id).toList();
        withCardHolder = c.id("card");
        withCitizen = c.id("citizen");
        withReplaced = c.id("reissued");
        pipeline.commit(request(TransactionKind.CERTIFICATE_REISSUE,
                new CertificateChange(rows.validSerial(withReplaced), "Mất Giấy chứng nhận do hỏa hoạn", null)));
    }

    /** Commits a change that must be refused: its refusal, having checked that nothing was written. */
    private static Outcome rejected(TransactionPipeline.Request r) {
        return TransactionRequests.rejected(pipeline, jdbc, r);
    }

    @Test
    void aNewAddressIsANewParcelVersionWithTheSameShape() {
        long parcel = clean.get(0);
        Map<String, Object> old = jdbc.sql("SELECT id, version, ST_AsEWKB(geom_tm3) AS g FROM parcel_version WHERE parcel_id = :p AND end_lifespan IS NULL")
                .param("p", parcel).query().singleRow();
        String serial = rows.validSerial(parcel);

        Outcome o = pipeline.commit(request(TransactionKind.INFORMATION_CHANGE, new InformationChange(parcel, "Số 12 phố Hàng Bạc", null)));

        Timestamp at = Timestamp.from(o.at());
        assertThat(jdbc.sql("SELECT end_lifespan, ended_by_tx FROM parcel_version WHERE id = :id").param("id", old.get("id"))
                .query((rs, n) -> List.of(rs.getTimestamp(1), rs.getLong(2))).single()).containsExactly(at, o.transactionId());
        Map<String, Object> now = jdbc.sql("""
                SELECT version, address, begin_lifespan, ST_AsEWKB(geom_tm3) AS g, (SELECT count(*) FROM parcel_land_use u WHERE u.parcel_version_id = pv.id) AS uses
                FROM parcel_version pv WHERE parcel_id = :p AND end_lifespan IS NULL""").param("p", parcel).query().singleRow();
        assertThat(now).containsEntry("version", (Integer) old.get("version") + 1).containsEntry("address", "Số 12 phố Hàng Bạc")
                .containsEntry("begin_lifespan", at);
        assertThat((byte[]) now.get("g")).isEqualTo((byte[]) old.get("g"));
        assertThat((Long) now.get("uses")).isPositive();
        assertThat(rows.endorsements(serial, o.transactionId())).containsExactly("Thay đổi thông tin: địa chỉ thửa đất thành Số 12 phố Hàng Bạc");
        assertThat(rows.auditRecords(o.transactionId())).isEqualTo(1);
    }

    @Test
    void aHolderWithAnOldIdentityCardGetsACitizenIdAndANewNameAsNewVersions() {
        Map<String, Object> p = jdbc.sql("""
                SELECT pv.parcel_id, h.party_id, v.id AS version_id, v.version, v.birth_date, v.gender, i.id AS card
                FROM parcel_version pv JOIN land_right r ON r.parcel_id = pv.parcel_id AND r.end_lifespan IS NULL
                JOIN right_holder h ON h.right_id = r.id
                JOIN party_version v ON v.party_id = h.party_id AND v.end_lifespan IS NULL
                JOIN party_identifier i ON i.party_id = h.party_id AND i.valid_to IS NULL AND i.id_type = 'identity_card'
                WHERE pv.end_lifespan IS NULL AND pv.parcel_id = :parcel AND v.birth_date IS NOT NULL AND v.gender IS NOT NULL
                ORDER BY h.party_id LIMIT 1""")
                .param("parcel", withCardHolder).query().singleRow();
        long parcel = (Long) p.get("parcel_id");
        long party = (Long) p.get("party_id");
        LocalDate birth = (LocalDate) ((java.sql.Date) p.get("birth_date")).toLocalDate();
        int centuryGender = (birth.getYear() >= 2000 ? 2 : 0) + ("F".equals(p.get("gender")) ? 1 : 0);
        String citizenId = "095" + centuryGender + String.format("%02d", birth.getYear() % 100) + String.format("%06d", party % 1_000_000);

        Outcome o = pipeline.commit(request(TransactionKind.INFORMATION_CHANGE, new InformationChange(parcel, null,
                List.of(new PartyUpdate(party, "Nguyễn Thị Thu Hà", "Số 8 phố Lò Sũ", "personal_id", citizenId)))));

        Timestamp at = Timestamp.from(o.at());
        assertThat(jdbc.sql("SELECT end_lifespan, ended_by_tx FROM party_version WHERE id = :id").param("id", p.get("version_id"))
                .query((rs, n) -> List.of(rs.getTimestamp(1), rs.getLong(2))).single()).containsExactly(at, o.transactionId());
        assertThat(jdbc.sql("""
                SELECT version || ' ' || name || ' ' || address || ' ' || (begin_lifespan = :at) || ' ' || created_by_tx || ' ' || (birth_date = :b)
                FROM party_version WHERE party_id = :p AND end_lifespan IS NULL""")
                .param("p", party).param("at", at).param("b", birth).query(String.class).single())
                .isEqualTo(((Integer) p.get("version") + 1) + " Nguyễn Thị Thu Hà Số 8 phố Lò Sũ true " + o.transactionId() + " true");
        assertThat(jdbc.sql("SELECT valid_to FROM party_identifier WHERE id = :id").param("id", p.get("card")).query(Timestamp.class).single())
                .isEqualTo(at);
        assertThat(jdbc.sql("SELECT id_type || ' ' || id_number || ' ' || (valid_from = :at) FROM party_identifier WHERE party_id = :p AND valid_to IS NULL")
                .param("p", party).param("at", at).query(String.class).list()).containsExactly("personal_id " + citizenId + " true");
        assertThat(rows.endorsements(rows.validSerial(parcel), o.transactionId())).singleElement().asString()
                .startsWith("Thay đổi thông tin: ").contains("họ tên/tên thành Nguyễn Thị Thu Hà").contains("số định danh cá nhân " + citizenId);
        // The parcel's version is untouched: only the party changed.
        assertThat(o.changedParcels()).containsExactly(parcel);
    }

    @Test
    void onlyHoldersOfTheParcelAndOnlyCurrentFormatsUniqueInTheRegister() {
        long parcel = withCitizen;
        long holder = jdbc.sql("""
                SELECT h.party_id FROM land_right r JOIN right_holder h ON h.right_id = r.id
                JOIN party_identifier i ON i.party_id = h.party_id AND i.id_type = 'personal_id' AND i.valid_to IS NULL
                WHERE r.parcel_id = :p AND r.end_lifespan IS NULL ORDER BY 1 LIMIT 1""").param("p", parcel).query(Long.class).single();
        long stranger = rows.holders(clean.get(3)).get(0);
        String takenId = jdbc.sql("SELECT id_number FROM party_identifier WHERE id_type = 'personal_id' AND valid_to IS NULL AND party_id = :p")
                .param("p", rows.holders(clean.get(4)).get(0)).query(String.class).single();
        var before = RegisterCounts.of(jdbc);

        assertThat(codes(rejected(request(TransactionKind.INFORMATION_CHANGE, new InformationChange(parcel, null,
                List.of(new PartyUpdate(stranger, "Người Lạ", null, null, null))))))).containsExactly("PARTY_NOT_HOLDER");
        assertThat(codes(rejected(request(TransactionKind.INFORMATION_CHANGE, new InformationChange(parcel, null,
                List.of(new PartyUpdate(holder, null, null, "identity_card", "012345678"))))))).containsExactly("IDENTIFIER_FORMAT");
        // Someone else's number (which may also disagree with this holder's birth, reported too).
        assertThat(codes(rejected(request(TransactionKind.INFORMATION_CHANGE, new InformationChange(parcel, null,
                List.of(new PartyUpdate(holder, null, null, "personal_id", takenId))))))).contains("IDENTIFIER_IN_USE");
        String address = jdbc.sql("SELECT address FROM parcel_version WHERE parcel_id = :p AND end_lifespan IS NULL").param("p", parcel)
                .query(String.class).single();
        String name = jdbc.sql("SELECT name FROM party_version WHERE party_id = :p AND end_lifespan IS NULL").param("p", holder)
                .query(String.class).single();
        assertThat(codes(rejected(request(TransactionKind.INFORMATION_CHANGE, new InformationChange(parcel, address,
                List.of(new PartyUpdate(holder, name, null, null, null))))))).containsExactly("NOTHING_CHANGES");
        RegisterCounts.assertNothingWritten(jdbc, before);

        assertThatThrownBy(() -> pipeline.commit(request(TransactionKind.INFORMATION_CHANGE, new InformationChange(parcel, null, null))))
                .isInstanceOf(InvalidChange.class);
        assertThatThrownBy(() -> pipeline.commit(request(TransactionKind.INFORMATION_CHANGE, new InformationChange(parcel, null,
                List.of(new PartyUpdate(holder, null, null, "personal_id", null)))))).isInstanceOf(InvalidChange.class).hasMessageContaining("idNumber");
        RegisterCounts.assertNothingWritten(jdbc, before);
    }

    @Test
    void aReplacedCertificateCannotBePresented() {
        long parcel = withReplaced;
        String replaced = jdbc.sql("""
                SELECT c.serial FROM certificate c JOIN certificate_parcel cp ON cp.certificate_id = c.id
                WHERE c.status = 'replaced' AND cp.parcel_id = :p ORDER BY c.id LIMIT 1""").param("p", parcel).query(String.class).single();
        var before = RegisterCounts.of(jdbc);
        assertThat(codes(rejected(request(TransactionKind.INFORMATION_CHANGE, new InformationChange(parcel, "Số 1 phố Hàng Đào", null, replaced)))))
                .containsExactly("CERTIFICATE_NOT_VALID");
        assertThat(codes(rejected(request(TransactionKind.INFORMATION_CHANGE, new InformationChange(parcel, "Số 1 phố Hàng Đào", null, "AB12")))))
                .containsExactly("CERTIFICATE_NOT_FOUND");
        RegisterCounts.assertNothingWritten(jdbc, before);
    }
}
