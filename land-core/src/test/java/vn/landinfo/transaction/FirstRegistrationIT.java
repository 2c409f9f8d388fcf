package vn.landinfo.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.landinfo.testsupport.TransactionRequests.codes;
import static vn.landinfo.testsupport.TransactionRequests.request;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;
import org.locationtech.jts.geom.Geometry;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.testsupport.CaseFixture;
import vn.landinfo.testsupport.RegisterCounts;
import vn.landinfo.testsupport.TransactionFixture;
import vn.landinfo.testsupport.TransactionRequests;
import vn.landinfo.transaction.application.Outcome;
import vn.landinfo.transaction.application.TransactionPipeline;
import vn.landinfo.transaction.application.command.FirstRegistration;
import vn.landinfo.transaction.application.command.HolderInput;
import vn.landinfo.transaction.application.command.Merge;
import vn.landinfo.transaction.application.command.NewParty;
import vn.landinfo.transaction.application.command.PurposeInput;
import vn.landinfo.transaction.application.command.SheetRef;
import vn.landinfo.transaction.model.InvalidChange;
import vn.landinfo.transaction.model.TransactionKind;

/**
 * Đăng ký lần đầu end to end. Every test draws its case ({@link CaseFixture}): a sheet of its own with a
 * 10 × 20 m lot at the corner, so the next parcel number is 2 and a parcel drawn beside the lot overlaps
 * nothing; the new parcel is the 12 × 15 m rectangle {@link #BESIDE} (180 m²) unless the test says otherwise.
 */
class FirstRegistrationIT {

    private static final String COMMUNE = TransactionFixture.COMMUNE;
    private static final String LOT = "POLYGON((0 0, 10 0, 10 20, 0 20, 0 0))";
    /** East of the lot, sharing 15 m of its side: 12 × 15 m = 180 m². */
    private static final String BESIDE = "POLYGON((10 0, 22 0, 22 15, 10 15, 10 0))";

    private static JdbcClient jdbc;
    private static TransactionPipeline pipeline;
    private static RegisterRows rows;
    private static RegisterProbe probe;

    @BeforeAll
    static void setUp() {
        probe = RegisterProbe.open(TransactionFixture.dataSource());
        jdbc = probe.jdbc;
        pipeline = TransactionFixture.pipeline();
        rows = new RegisterRows(jdbc);
    }

    @AfterAll
    static void tearDown() {
        probe.close();
    }

    /** A sheet of its own holding one lot (number 1) of {@code holder}, with a certificate. */
    private static CaseFixture.Placed lotHeldBy(String holder) {
        return CaseFixture.inFreshSheet(TransactionFixture.dataSource()).parcel("lot", LOT, "ODT").heldBy(holder).insert();
    }

    private static HolderInput newPerson(String name) {
        return new HolderInput(null, new NewParty("individual", name, "personal_id", TransactionRequests.newPersonalId(),
                LocalDate.of(1985, 1, 20), "M", "Hà Nội"), null, null);
    }

    private static FirstRegistration registration(SheetRef sheet, Geometry geometry, Integer number, List<HolderInput> holders, Boolean certificate) {
        return new FirstRegistration(sheet, number, geometry, null, List.of(new PurposeInput("ODT", null, "long_term", "CNQ-CTT")),
                "Ngõ 3 phố Hàng Mắm", holders, null, null, certificate);
    }

    /** On the case's sheet, named by commune, survey unit and sheet number as a legal address names it. */
    private static FirstRegistration registration(CaseFixture.Placed c, String wkt, Integer number, List<HolderInput> holders, Boolean certificate) {
        return registration(sheetOf(c), c.geometry(wkt), number, holders, certificate);
    }

    private static SheetRef sheetOf(CaseFixture.Placed c) {
        return new SheetRef(COMMUNE, CaseFixture.SURVEY_UNIT, c.sheetNumber());
    }

    /** Commits a change that must be refused: its refusal, having checked that nothing was written. */
    private static Outcome rejected(TransactionPipeline.Request r) {
        return TransactionRequests.rejected(pipeline, jdbc, r);
    }

    private static int numberOf(long parcel) {
        return jdbc.sql("SELECT parcel_number FROM parcel_version WHERE parcel_id = :p AND end_lifespan IS NULL").param("p", parcel)
                .query(Integer.class).single();
    }

    @Test
    void aNewParcelGetsANationalIdTheNextNumberARightAndACertificate() {
        CaseFixture.Placed c = lotHeldBy("Đinh Thị Có");
        long existing = c.party("Đinh Thị Có");

        Outcome o = pipeline.commit(request(TransactionKind.FIRST_REGISTRATION, registration(c, BESIDE, null,
                List.of(newPerson("Kiều Văn Anh"), new HolderInput(existing, null, null, null)), null), c.srid()));

        assertThat(o.createdParcels()).hasSize(1);
        long parcel = o.createdParcels().get(0);
        Timestamp at = Timestamp.from(o.at());
        Map<String, Object> v = jdbc.sql("""
                SELECT p.national_id, p.created_by_tx, pv.version, pv.parcel_number, pv.map_sheet_id, pv.legal_area, pv.address,
                       pv.begin_lifespan, pv.created_by_tx AS v_tx, ST_SRID(pv.geom_tm3) AS srid, u.purpose_code, u.area, u.origin_code
                FROM parcel p JOIN parcel_version pv ON pv.parcel_id = p.id AND pv.end_lifespan IS NULL
                JOIN parcel_land_use u ON u.parcel_version_id = pv.id WHERE p.id = :p""").param("p", parcel).query().singleRow();
        assertThat((String) v.get("national_id")).matches("[0-9b-hjkmnp-z]{12}");
        // The sheet holds the lot, number 1: the new parcel is number 2 on it.
        assertThat(v).containsEntry("created_by_tx", o.transactionId()).containsEntry("version", 1).containsEntry("parcel_number", 2)
                .containsEntry("map_sheet_id", c.sheetIds().get(0))
                .containsEntry("begin_lifespan", at).containsEntry("v_tx", o.transactionId()).containsEntry("srid", c.srid())
                .containsEntry("purpose_code", "ODT").containsEntry("origin_code", "CNQ-CTT").containsEntry("address", "Ngõ 3 phố Hàng Mắm");
        assertThat((BigDecimal) v.get("legal_area")).isEqualByComparingTo("180.0");
        assertThat((BigDecimal) v.get("area")).isEqualByComparingTo("180.0");
        assertThat(probe.geometry(parcel).symDifference(c.geometry(BESIDE)).getArea()).isLessThan(1e-6);
        assertThat(jdbc.sql("""
                SELECT r.right_type || ' ' || r.use_form || ' ' || r.term_type || ' ' || r.origin_code || ' ' || count(h.party_id)
                FROM land_right r JOIN right_holder h ON h.right_id = r.id WHERE r.parcel_id = :p AND r.end_lifespan IS NULL
                GROUP BY r.id""").param("p", parcel).query(String.class).single()).isEqualTo("land_use chung long_term CNQ-CTT 2");
        assertThat(rows.holders(parcel)).contains(existing).hasSize(2);
        String serial = rows.validSerial(parcel);
        assertThat(o.certificateEffects()).containsExactly("issued " + serial);
        assertThat(jdbc.sql("SELECT count(*) FROM certificate_holder ch JOIN certificate c ON c.id = ch.certificate_id WHERE c.serial = :s")
                .param("s", serial).query(Long.class).single()).isEqualTo(2);
        assertThat(rows.auditRecords(o.transactionId())).isEqualTo(1);
        assertThat(jdbc.sql("SELECT parcel_ids FROM register_event WHERE transaction_id = :tx").param("tx", o.transactionId())
                .query((rs, n) -> List.of((Long[]) rs.getArray(1).getArray())).single()).containsExactly(parcel);
        // The lot beside it is untouched.
        assertThat(probe.version(c.id("lot"))).isEqualTo(1);
    }

    @Test
    void aGivenNumberIsUsedWhenFreeAndRefusedWhenEverUsedOnTheSheet() {
        // Two lots (numbers 1 and 2) of one holder, merged: 1 and 2 are retired, the merged parcel is number 3.
        CaseFixture.Placed c = CaseFixture.inFreshSheet(TransactionFixture.dataSource())
                .parcel("west", "POLYGON((0 0, 10 0, 10 15, 0 15, 0 0))", "ODT").heldBy("Lò Văn Bảo")
                .parcel("east", "POLYGON((10 0, 20 0, 20 15, 10 15, 10 0))", "ODT").heldBy("Lò Văn Bảo")
                .insert();
        List<Long> lots = List.of(c.id("west"), c.id("east"));
        long merged = pipeline.commit(TransactionRequests.request(TransactionKind.MERGE, new Merge(lots, null, null, null), 4326,
                probe.versions(lots))).createdParcels().get(0);
        assertThat(numberOf(merged)).isEqualTo(3);
        String north = "POLYGON((0 15, 12 15, 12 30, 0 30, 0 15))";
        var before = RegisterCounts.of(jdbc);

        Outcome taken = rejected(request(TransactionKind.FIRST_REGISTRATION, registration(c, north, 3, List.of(newPerson("Lò Văn Bảo")), null),
                c.srid()));
        assertThat(codes(taken)).containsExactly("PARCEL_NUMBER_TAKEN");
        assertThat(taken.violations().get(0).messageEn()).isEqualTo("Parcel number 3 is already in use on map sheet " + c.sheetNumber());

        Outcome retired = rejected(request(TransactionKind.FIRST_REGISTRATION, registration(c, north, 1, List.of(newPerson("Lò Văn Bảo")), null),
                c.srid()));
        assertThat(codes(retired)).containsExactly("PARCEL_NUMBER_TAKEN");
        assertThat(retired.violations().get(0).messageEn())
                .isEqualTo("Parcel number 1 was used on map sheet " + c.sheetNumber() + " before; a number is never reused");
        RegisterCounts.assertNothingWritten(jdbc, before);

        // 7 was never used on the sheet: it is taken as given. Declined: no certificate yet.
        Outcome ok = pipeline.commit(request(TransactionKind.FIRST_REGISTRATION, registration(c, north, 7, List.of(newPerson("Lò Văn Bảo")), false),
                c.srid()));
        long parcel = ok.createdParcels().get(0);
        assertThat(numberOf(parcel)).isEqualTo(7);
        assertThat(ok.certificateEffects()).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM certificate_parcel WHERE parcel_id = :p").param("p", parcel).query(Long.class).single()).isZero();
    }

    @Test
    void aParcelDrawnOverARegisteredOneIsRefusedWithTheOverlap() {
        CaseFixture.Placed c = lotHeldBy("Quàng Thị Dung");
        // A 10 × 10 m square whose west half lies on the lot: 5 × 10 m = 50 m² of overlap.
        var before = RegisterCounts.of(jdbc);

        Outcome o = rejected(request(TransactionKind.FIRST_REGISTRATION, registration(c, "POLYGON((5 5, 15 5, 15 15, 5 15, 5 5))", null,
                List.of(newPerson("Quàng Văn Chiến")), null), c.srid()));

        assertThat(codes(o)).containsExactly("OVERLAPS_NEIGHBOUR");
        Outcome.ViolationView v = o.violations().get(0);
        assertThat(v.messageEn()).startsWith("The parcel overlaps parcel 1 of sheet " + c.sheetNumber() + " by 50.00 m²");
        assertThat(v.messageVi()).startsWith("Thửa đất chồng lấn 50.00 m² lên thửa 1 tờ bản đồ " + c.sheetNumber());
        assertThat(v.geometryGeoJson()).contains("Polygon");
        RegisterCounts.assertNothingWritten(jdbc, before);
    }

    @Test
    void aSheetNumberHeldByTwoSurveyUnitsNeedsTheSurveyUnit() {
        CaseFixture.Placed c = CaseFixture.inFreshSheet(TransactionFixture.dataSource())
                .parcel("lot", LOT, "ODT").heldBy("Mùa Thị Én").sheetNumberSharedWithAnotherSurveyUnit().insert();
        int sheet = c.sheetNumber();
        var before = RegisterCounts.of(jdbc);

        assertThatThrownBy(() -> pipeline.commit(request(TransactionKind.FIRST_REGISTRATION,
                registration(new SheetRef(COMMUNE, null, sheet), c.geometry(BESIDE), null, List.of(newPerson("Mùa Văn Dơ")), null), c.srid())))
                .isInstanceOf(InvalidChange.class)
                .satisfies(e -> assertThat(((InvalidChange) e).field()).isEqualTo("sheet.surveyUnit"))
                .hasMessageContaining("has 2 sheets numbered " + sheet + ", one per survey unit: "
                        + CaseFixture.SURVEY_UNIT + " (Phường Ca kiểm thử), " + CaseFixture.SECOND_SURVEY_UNIT + " (Phường Ca kiểm thử thứ hai)")
                .hasMessageContaining("đơn vị đo đạc");
        assertThatThrownBy(() -> pipeline.commit(request(TransactionKind.FIRST_REGISTRATION,
                registration(new SheetRef(COMMUNE, null, 9999), c.geometry(BESIDE), null, List.of(newPerson("Mùa Văn Dơ")), null), c.srid())))
                .isInstanceOf(InvalidChange.class)
                .satisfies(e -> assertThat(((InvalidChange) e).reason()).isEqualTo(InvalidChange.Reason.NOT_FOUND));
        RegisterCounts.assertNothingWritten(jdbc, before);

        // With the survey unit the address is whole: the second unit's sheet of that number is empty, so the parcel is its number 1.
        Outcome o = pipeline.commit(request(TransactionKind.FIRST_REGISTRATION, registration(new SheetRef(COMMUNE, CaseFixture.SECOND_SURVEY_UNIT, sheet),
                c.geometry(BESIDE), null, List.of(newPerson("Mùa Văn Dơ")), null), c.srid()));
        long parcel = o.createdParcels().get(0);
        assertThat(jdbc.sql("""
                SELECT su.code || ' ' || ms.sheet_number || ' ' || pv.parcel_number FROM parcel_version pv
                JOIN map_sheet ms ON ms.id = pv.map_sheet_id JOIN admin_unit su ON su.id = ms.survey_unit_id
                WHERE pv.parcel_id = :p AND pv.end_lifespan IS NULL""").param("p", parcel).query(String.class).single())
                .isEqualTo(CaseFixture.SECOND_SURVEY_UNIT + " " + sheet + " 1");
    }

    @Test
    void invalidOrNonPolygonGeometriesAndBadHoldersAreRefused() {
        CaseFixture.Placed c = lotHeldBy("Sùng Thị Mỷ");
        var before = RegisterCounts.of(jdbc);
        HolderInput cmnd = new HolderInput(null, new NewParty("individual", "Sùng Văn Páo", "identity_card", "012345678", null, null, null), null, null);
        // A bow tie east of the lot: its boundary crosses itself at (27, 5).
        Outcome o = rejected(request(TransactionKind.FIRST_REGISTRATION, registration(c, "POLYGON((22 0, 32 10, 32 0, 22 10, 22 0))", null,
                List.of(cmnd), null), c.srid()));
        assertThat(codes(o)).containsExactlyInAnyOrder("INVALID_GEOMETRY", "IDENTIFIER_FORMAT");
        assertThat(o.violations()).filteredOn(v -> v.code().equals("INVALID_GEOMETRY")).singleElement()
                .satisfies(v -> assertThat(v.geometryGeoJson()).contains("Point"))
                .satisfies(v -> assertThat(v.messageEn()).contains("Self-intersection"));
        RegisterCounts.assertNothingWritten(jdbc, before);

        assertThatThrownBy(() -> pipeline.commit(request(TransactionKind.FIRST_REGISTRATION, registration(c, "LINESTRING(22 0, 27 5)", null,
                List.of(newPerson("Sùng Văn Páo")), null), c.srid()))).isInstanceOf(InvalidChange.class).hasMessageContaining("Polygon");
        HolderInput household = new HolderInput(null, new NewParty("household", "Hộ ông Sùng Văn Páo", null, null, null, null, null), null, null);
        assertThat(codes(rejected(request(TransactionKind.FIRST_REGISTRATION, registration(c, BESIDE, null, List.of(household), null), c.srid()))))
                .containsExactly("PARTY_KIND_NOT_ALLOWED");
        RegisterCounts.assertNothingWritten(jdbc, before);
    }

    @Test
    void aGeometryInWgs84IsStoredInTheSheetsZone() {
        CaseFixture.Placed c = lotHeldBy("Giàng Thị Sua");
        Geometry wgs84 = probe.inWgs84(c.geometry(BESIDE));

        Outcome o = pipeline.commit(request(TransactionKind.FIRST_REGISTRATION, registration(sheetOf(c), wgs84, null,
                List.of(newPerson("Giàng Văn Sình")), null)));

        long parcel = o.createdParcels().get(0);
        assertThat(jdbc.sql("SELECT ST_SRID(geom_tm3) || ' ' || round(ST_Area(geom_tm3)::numeric, 1) || ' ' || legal_area FROM parcel_version WHERE parcel_id = :p AND end_lifespan IS NULL")
                .param("p", parcel).query(String.class).single()).isEqualTo(c.srid() + " 180.0 180.0");
        // Back in the zone it is the rectangle as drawn, to the millimetre: PostGIS's way to WGS84 and back (VN-2000's
        // seven-parameter shift each way) moves a corner by 0.84 mm here.
        assertThat(DiscreteHausdorffDistance.distance(probe.geometry(parcel), c.geometry(BESIDE))).isLessThan(0.002);
    }
}
