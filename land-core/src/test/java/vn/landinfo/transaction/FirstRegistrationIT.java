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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.locationtech.jts.geom.Geometry;
import vn.landinfo.transaction.adapter.json.TestGeoJson;
import tools.jackson.databind.ObjectMapper;
import vn.landinfo.testsupport.RegisterCounts;
import vn.landinfo.testsupport.TransactionFixture;
import vn.landinfo.testsupport.TransactionRequests;
import vn.landinfo.transaction.application.Outcome;
import vn.landinfo.transaction.application.TransactionPipeline;
import vn.landinfo.transaction.application.command.FirstRegistration;
import vn.landinfo.transaction.application.command.HolderInput;
import vn.landinfo.transaction.application.command.NewParty;
import vn.landinfo.transaction.application.command.PurposeInput;
import vn.landinfo.transaction.application.command.SheetRef;
import vn.landinfo.transaction.model.InvalidChange;
import vn.landinfo.transaction.model.TransactionKind;

/**
 * First registration end to end. The demo commune is covered wall to wall by parcels, so new parcels are
 * drawn in TM-3 just east of everything registered (each test asks afresh, so they never overlap each
 * other); the overlap test draws one inside a current parcel.
 */
class FirstRegistrationIT {

    private static final String COMMUNE = TransactionFixture.COMMUNE;

    private static JdbcClient jdbc;
    private static TransactionPipeline pipeline;
    private static RegisterRows rows;
    private static final ObjectMapper JSON = TransactionFixture.json();
    private static int srid;
    /** A sheet number held by several survey units of the commune, and one of those units. */
    private static int sheetNumber;
    private static String surveyUnit;

    @BeforeAll
    static void setUp() {
        jdbc = JdbcClient.create(TransactionFixture.dataSource());
        pipeline = TransactionFixture.pipeline();
        rows = new RegisterRows(jdbc);
        Map<String, Object> sheet = jdbc.sql("""
                SELECT ms.sheet_number, su.code, ms.srid FROM map_sheet ms JOIN admin_unit c ON c.id = ms.commune_id
                JOIN admin_unit su ON su.id = ms.survey_unit_id
                WHERE c.code = :c AND ms.valid_to IS NULL
                  AND (SELECT count(*) FROM map_sheet o WHERE o.commune_id = ms.commune_id AND o.sheet_number = ms.sheet_number AND o.valid_to IS NULL) > 1
                ORDER BY ms.sheet_number DESC, su.code LIMIT 1""").param("c", COMMUNE).query().singleRow();
        sheetNumber = (Integer) sheet.get("sheet_number");
        surveyUnit = (String) sheet.get("code");
        srid = (Integer) sheet.get("srid");
    }

    /** A 12 m × 15 m rectangle in the sheet's TM-3 zone, east of every current parcel. */
    private static Geometry freeRectangle() {
        return TestGeoJson.read(freeRectangleJson(), srid);
    }

    private static String freeRectangleJson() {
        Map<String, Object> b = jdbc.sql("""
                SELECT max(ST_XMax(ST_Transform(geom_tm3, :srid))) AS x, min(ST_YMin(ST_Transform(geom_tm3, :srid))) AS y
                FROM parcel_version WHERE end_lifespan IS NULL""").param("srid", srid).query().singleRow();
        double x = Math.ceil(((Number) b.get("x")).doubleValue()) + 20;
        double y = Math.ceil(((Number) b.get("y")).doubleValue()) + 200;
        return "{\"type\":\"Polygon\",\"coordinates\":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]}"
                .formatted(x, y, x + 12, y, x + 12, y + 15, x, y + 15, x, y);
    }

    private static HolderInput newPerson(String name) {
        return new HolderInput(null, new NewParty("individual", name, "personal_id", TransactionRequests.newPersonalId(),
                LocalDate.of(1985, 1, 20), "M", "Hà Nội"), null, null);
    }

    private static FirstRegistration registration(Geometry geometry, Integer number, List<HolderInput> holders, Boolean certificate) {
        return new FirstRegistration(new SheetRef(COMMUNE, surveyUnit, sheetNumber), number, geometry, null,
                List.of(new PurposeInput("ODT", null, "long_term", "CNQ-CTT")), "Ngõ 3 phố Hàng Mắm", holders, null, null, certificate);
    }

    /** Commits a change that must be refused: its refusal, having checked that nothing was written. */
    private static Outcome rejected(TransactionPipeline.Request r) {
        return TransactionRequests.rejected(pipeline, jdbc, r);
    }

    @Test
    void aNewParcelGetsANationalIdTheNextNumberARightAndACertificate() {
        long existing = rows.holders(rows.parcel(11_000, 12_000, RegisterRows.CLEAN, 0)).get(0);
        int next = jdbc.sql("""
                SELECT coalesce(max(pv.parcel_number), 0) + 1 FROM parcel_version pv JOIN map_sheet ms ON ms.id = pv.map_sheet_id
                JOIN admin_unit su ON su.id = ms.survey_unit_id WHERE su.code = :su AND ms.sheet_number = :n""")
                .param("su", surveyUnit).param("n", sheetNumber).query(Integer.class).single();

        Outcome o = pipeline.commit(request(TransactionKind.FIRST_REGISTRATION, registration(freeRectangle(), null,
                List.of(newPerson("Kiều Văn Anh"), new HolderInput(existing, null, null, null)), null), srid));

        assertThat(o.createdParcels()).hasSize(1);
        long parcel = o.createdParcels().get(0);
        Timestamp at = Timestamp.from(o.at());
        Map<String, Object> v = jdbc.sql("""
                SELECT p.national_id, p.created_by_tx, pv.version, pv.parcel_number, pv.legal_area, pv.computed_area, pv.address,
                       pv.begin_lifespan, pv.created_by_tx AS v_tx, ST_SRID(pv.geom_tm3) AS srid, u.purpose_code, u.area, u.origin_code
                FROM parcel p JOIN parcel_version pv ON pv.parcel_id = p.id AND pv.end_lifespan IS NULL
                JOIN parcel_land_use u ON u.parcel_version_id = pv.id WHERE p.id = :p""").param("p", parcel).query().singleRow();
        assertThat((String) v.get("national_id")).matches("[0-9b-hjkmnp-z]{12}");
        assertThat(v).containsEntry("created_by_tx", o.transactionId()).containsEntry("version", 1).containsEntry("parcel_number", next)
                .containsEntry("begin_lifespan", at).containsEntry("v_tx", o.transactionId()).containsEntry("srid", srid)
                .containsEntry("purpose_code", "ODT").containsEntry("origin_code", "CNQ-CTT").containsEntry("address", "Ngõ 3 phố Hàng Mắm");
        assertThat((BigDecimal) v.get("legal_area")).isEqualByComparingTo("180.0");
        assertThat((BigDecimal) v.get("area")).isEqualByComparingTo("180.0");
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
    }

    @Test
    void aGivenNumberIsUsedWhenFreeAndRefusedWhenEverUsedOnTheSheet() {
        int current = jdbc.sql("""
                SELECT pv.parcel_number FROM parcel_version pv JOIN map_sheet ms ON ms.id = pv.map_sheet_id
                JOIN admin_unit su ON su.id = ms.survey_unit_id WHERE su.code = :su AND ms.sheet_number = :n AND pv.end_lifespan IS NULL
                ORDER BY 1 LIMIT 1""").param("su", surveyUnit).param("n", sheetNumber).query(Integer.class).single();
        var before = RegisterCounts.of(jdbc);
        Outcome taken = rejected(request(TransactionKind.FIRST_REGISTRATION, registration(freeRectangle(), current,
                List.of(newPerson("Lò Văn Bảo")), null), srid));
        assertThat(codes(taken)).containsExactly("PARCEL_NUMBER_TAKEN");
        RegisterCounts.assertNothingWritten(jdbc, before);

        Map<String, Object> retired = jdbc.sql("""
                SELECT su.code, ms.sheet_number, pv.parcel_number FROM parcel_version pv JOIN map_sheet ms ON ms.id = pv.map_sheet_id
                JOIN admin_unit su ON su.id = ms.survey_unit_id
                WHERE NOT EXISTS (SELECT 1 FROM parcel_version c WHERE c.map_sheet_id = pv.map_sheet_id AND c.parcel_number = pv.parcel_number
                                  AND c.end_lifespan IS NULL)
                ORDER BY pv.id LIMIT 1""").query().singleRow();
        FirstRegistration reuse = new FirstRegistration(new SheetRef(COMMUNE, (String) retired.get("code"), (Integer) retired.get("sheet_number")),
                (Integer) retired.get("parcel_number"), freeRectangle(), null, List.of(new PurposeInput("ODT", null, null, null)), null,
                List.of(newPerson("Lò Văn Bảo")), null, null, null);
        Outcome r = rejected(request(TransactionKind.FIRST_REGISTRATION, reuse, srid));
        assertThat(codes(r)).containsExactly("PARCEL_NUMBER_TAKEN");
        assertThat(r.violations().get(0).messageEn()).contains("never reused");
        RegisterCounts.assertNothingWritten(jdbc, before);

        int free = jdbc.sql("""
                SELECT coalesce(max(pv.parcel_number), 0) + 50 FROM parcel_version pv JOIN map_sheet ms ON ms.id = pv.map_sheet_id
                JOIN admin_unit su ON su.id = ms.survey_unit_id WHERE su.code = :su AND ms.sheet_number = :n""")
                .param("su", surveyUnit).param("n", sheetNumber).query(Integer.class).single();
        Outcome ok = pipeline.commit(request(TransactionKind.FIRST_REGISTRATION, registration(freeRectangle(), free,
                List.of(newPerson("Lò Văn Bảo")), false), srid));
        assertThat(jdbc.sql("SELECT parcel_number FROM parcel_version WHERE parcel_id = :p AND end_lifespan IS NULL")
                .param("p", ok.createdParcels().get(0)).query(Integer.class).single()).isEqualTo(free);
        // Declined: no certificate yet.
        assertThat(ok.certificateEffects()).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM certificate_parcel WHERE parcel_id = :p").param("p", ok.createdParcels().get(0))
                .query(Long.class).single()).isZero();
    }

    @Test
    void aParcelDrawnOverARegisteredOneIsRefusedWithTheOverlap() {
        long neighbour = rows.parcel(11_000, 12_000, "true", 0);
        String inside = jdbc.sql("SELECT ST_AsGeoJSON(ST_Buffer(ST_PointOnSurface(geom), 0.00003)) FROM parcel_version WHERE parcel_id = :p AND end_lifespan IS NULL")
                .param("p", neighbour).query(String.class).single();
        var before = RegisterCounts.of(jdbc);
        Outcome o = rejected(request(TransactionKind.FIRST_REGISTRATION, registration(TestGeoJson.read(inside, 4326), null,
                List.of(newPerson("Quàng Văn Chiến")), null)));
        assertThat(codes(o)).contains("OVERLAPS_NEIGHBOUR");
        assertThat(o.violations()).filteredOn(v -> v.code().equals("OVERLAPS_NEIGHBOUR")).first()
                .satisfies(v -> assertThat(v.geometryGeoJson()).contains("Polygon"));
        RegisterCounts.assertNothingWritten(jdbc, before);
    }

    @Test
    void anAmbiguousSheetNumberListsItsSurveyUnits() {
        FirstRegistration r = new FirstRegistration(new SheetRef(COMMUNE, null, sheetNumber), null, freeRectangle(), null,
                List.of(new PurposeInput("ODT", null, null, null)), null, List.of(newPerson("Mùa Văn Dơ")), null, null, null);
        assertThatThrownBy(() -> pipeline.commit(request(TransactionKind.FIRST_REGISTRATION, r, srid)))
                .isInstanceOf(InvalidChange.class)
                .satisfies(e -> assertThat(((InvalidChange) e).field()).isEqualTo("sheet.surveyUnit"))
                .hasMessageContaining(surveyUnit).hasMessageContaining("đơn vị đo đạc");
        FirstRegistration none = new FirstRegistration(new SheetRef(COMMUNE, null, 9999), null, freeRectangle(), null,
                List.of(new PurposeInput("ODT", null, null, null)), null, List.of(newPerson("Mùa Văn Dơ")), null, null, null);
        assertThatThrownBy(() -> pipeline.commit(request(TransactionKind.FIRST_REGISTRATION, none, srid)))
                .isInstanceOf(InvalidChange.class)
                .satisfies(e -> assertThat(((InvalidChange) e).reason()).isEqualTo(InvalidChange.Reason.NOT_FOUND));
    }

    @Test
    void invalidOrNonPolygonGeometriesAndBadHoldersAreRefused() {
        Geometry free = freeRectangle();
        double x = free.getCoordinates()[0].x;
        double y = free.getCoordinates()[0].y;
        Geometry bowTie = TestGeoJson.read("{\"type\":\"Polygon\",\"coordinates\":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]}"
                .formatted(x, y, x + 10, y + 10, x + 10, y, x, y + 10, x, y), srid);
        var before = RegisterCounts.of(jdbc);
        HolderInput cmnd = new HolderInput(null, new NewParty("individual", "Sùng Văn Páo", "identity_card", "012345678", null, null, null), null, null);
        Outcome o = rejected(request(TransactionKind.FIRST_REGISTRATION, registration(bowTie, null, List.of(cmnd), null), srid));
        assertThat(codes(o)).containsExactlyInAnyOrder("INVALID_GEOMETRY", "IDENTIFIER_FORMAT");
        assertThat(o.violations()).filteredOn(v -> v.code().equals("INVALID_GEOMETRY")).first()
                .satisfies(v -> assertThat(v.geometryGeoJson()).contains("Point"));
        RegisterCounts.assertNothingWritten(jdbc, before);

        Geometry line = TestGeoJson.read("{\"type\":\"LineString\",\"coordinates\":[[%s,%s],[%s,%s]]}".formatted(x, y, x + 5, y + 5), srid);
        assertThatThrownBy(() -> pipeline.commit(request(TransactionKind.FIRST_REGISTRATION, registration(line, null,
                List.of(newPerson("Sùng Văn Páo")), null), srid))).isInstanceOf(InvalidChange.class).hasMessageContaining("Polygon");
        HolderInput household = new HolderInput(null, new NewParty("household", "Hộ ông Sùng Văn Páo", null, null, null, null, null), null, null);
        assertThat(codes(rejected(request(TransactionKind.FIRST_REGISTRATION, registration(free, null, List.of(household), null), srid))))
                .containsExactly("PARTY_KIND_NOT_ALLOWED");
        RegisterCounts.assertNothingWritten(jdbc, before);
    }

    @Test
    void aGeometryInWgs84IsStoredInTheSheetsZone() {
        String tm3 = freeRectangleJson();
        String wgs84 = jdbc.sql("SELECT ST_AsGeoJSON(ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(:g), :s), 4326), 12)")
                .param("g", tm3).param("s", srid).query(String.class).single();
        Outcome o = pipeline.commit(request(TransactionKind.FIRST_REGISTRATION, registration(TestGeoJson.read(wgs84, 4326), null,
                List.of(newPerson("Giàng Văn Sình")), null)));
        assertThat(jdbc.sql("SELECT ST_SRID(geom_tm3) || ' ' || round(ST_Area(geom_tm3)::numeric, 1) FROM parcel_version WHERE parcel_id = :p AND end_lifespan IS NULL")
                .param("p", o.createdParcels().get(0)).query(String.class).single()).isEqualTo(srid + " 180.0");
    }
}
