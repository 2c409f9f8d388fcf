package vn.landinfo.adminunit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.adminunit.application.ImportingAdminUnits;
import vn.landinfo.adminunit.model.AdminUnitImportReport;
import vn.landinfo.adminunit.model.OverlapTolerance;
import vn.landinfo.testsupport.AdminUnitFixture;
import vn.landinfo.testsupport.TestDatabase;

class ImportingReferenceAdminUnitsIT {

    private static DataSource ds;
    private static JdbcClient db;

    @BeforeAll
    static void load() {
        ds = TestDatabase.dataSource();
        db = JdbcClient.create(ds);
        long start = System.nanoTime();
        AdminUnitFixture.ensureLoaded(ds);
        System.out.printf("reference admin units ready in %d ms%n", (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void all_34_provinces_and_3321_communes_are_current() {
        assertThat(count("SELECT count(*) FROM admin_unit WHERE level = 'province' AND valid_to IS NULL")).isEqualTo(34);
        assertThat(count("SELECT count(*) FROM admin_unit WHERE level = 'commune' AND valid_to IS NULL")).isEqualTo(3321);
        assertThat(count("""
            SELECT count(*) FROM admin_unit c JOIN admin_unit p ON p.id = c.parent_id
             WHERE c.level = 'commune' AND c.valid_to IS NULL AND p.level = 'province' AND p.code = c.province_code
               AND c.valid_from = DATE '2025-07-01'""")).isEqualTo(3321);
    }

    @Test
    void the_demo_communes_exist_with_their_vietnamese_and_english_names() {
        Map<String, String> expected = Map.of(
                "00004", "Phường Ba Đình", "00070", "Phường Hoàn Kiếm", "00376", "Xã Sóc Sơn",
                "31135", "Phường Ninh Kiều", "31258", "Xã Thới Lai",
                "03127", "Phường Điện Biên Phủ", "03325", "Xã Mường Phăng");
        expected.forEach((code, fullName) -> {
            var row = db.sql("""
                    SELECT full_name_vi, name_en, unit_type FROM admin_unit
                     WHERE level = 'commune' AND code = ? AND valid_to IS NULL""")
                    .param(code).query().singleRow();
            assertThat(row.get("full_name_vi")).as(code).isEqualTo(fullName);
            assertThat((String) row.get("name_en")).as(code).isNotBlank();
            assertThat(row.get("unit_type")).as(code).isEqualTo(fullName.startsWith("Phường") ? "phuong" : "xa");
        });
        assertThat(db.sql("SELECT full_name_en FROM admin_unit WHERE level = 'province' AND code = '01'")
                .query(String.class).single()).isEqualTo("Hanoi City");
        assertThat(db.sql("SELECT unit_type FROM admin_unit WHERE level = 'province' AND code = '11'")
                .query(String.class).single()).isEqualTo("tinh");
    }

    @Test
    void every_stored_boundary_is_a_valid_multipolygon() {
        assertThat(count("""
            SELECT count(*) FROM admin_unit WHERE valid_to IS NULL AND boundary IS NOT NULL
               AND (NOT ST_IsValid(boundary) OR ST_GeometryType(boundary) <> 'ST_MultiPolygon'
                    OR ST_SRID(boundary) <> 4326 OR ST_IsEmpty(boundary))""")).isZero();
        assertThat(count("SELECT count(*) FROM admin_unit WHERE level = 'province' AND boundary IS NULL")).isZero();
    }

    @Test
    void no_two_current_communes_overlap_by_more_than_the_tolerance() {
        assertThat(count("""
            SELECT count(*) FROM admin_unit a JOIN admin_unit b
                ON a.level = 'commune' AND b.level = 'commune' AND a.valid_to IS NULL AND b.valid_to IS NULL
               AND a.code < b.code AND a.boundary && b.boundary
             WHERE ST_Relate(a.boundary, b.boundary, '2********')
               AND ST_Area(ST_Intersection(a.boundary, b.boundary)::geography) >= ?""",
                OverlapTolerance.SQUARE_METRES)).isZero();
    }

    @Test
    void communes_of_da_nang_and_ho_chi_minh_city_have_no_boundary_and_all_others_have_one() {
        assertThat(count("""
            SELECT count(*) FROM admin_unit WHERE level = 'commune' AND valid_to IS NULL
               AND province_code IN ('48', '79') AND boundary IS NOT NULL""")).isZero();
        assertThat(count("""
            SELECT count(*) FROM admin_unit WHERE level = 'commune' AND valid_to IS NULL
               AND province_code NOT IN ('48', '79') AND boundary IS NULL""")).isZero();
    }

    @Test
    void a_second_import_is_a_fast_no_op_whose_report_matches_the_database() {
        long start = System.nanoTime();
        AdminUnitImportReport report = new ImportingAdminUnits(ds)
                .importReference(TestDatabase.repositoryRoot().resolve("data/admin-units"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println(String.join("\n", report.lines()) + "\n" + report);

        assertThat(report.alreadyLoaded()).isTrue();
        assertThat(millis).isLessThan(5_000);
        assertThat(report.provinces()).isEqualTo(count("SELECT count(*) FROM admin_unit WHERE level = 'province' AND valid_to IS NULL"));
        assertThat(report.communes()).isEqualTo(count("SELECT count(*) FROM admin_unit WHERE level = 'commune' AND valid_to IS NULL"));
        assertThat(report.boundariesLoaded()).isEqualTo(count("SELECT count(*) FROM admin_unit WHERE valid_to IS NULL AND boundary IS NOT NULL"));
        assertThat(report.communesWithoutBoundary()).isEqualTo(count(
                "SELECT count(*) FROM admin_unit WHERE level = 'commune' AND valid_to IS NULL AND boundary IS NULL"));
        assertThat(report.repairedUnits()).containsExactlyElementsOf(db.sql(
                "SELECT code FROM admin_unit WHERE valid_to IS NULL AND boundary_repair IS NOT NULL ORDER BY code")
                .query(String.class).list());
        assertThat(report.invalidRepaired()).isEqualTo(count(
                "SELECT count(*) FROM admin_unit WHERE valid_to IS NULL AND boundary_repair LIKE '%invalid boundary made valid%'"));
        // each overlap note names the lower-coded units that kept the overlap: one pair per name
        List<String> notes = db.sql("SELECT boundary_repair FROM admin_unit WHERE boundary_repair LIKE '%overlap with%'")
                .query(String.class).list();
        int pairs = 0;
        double moved = 0;
        for (String note : notes) {
            String winners = note.substring(note.indexOf("overlap with ") + 13, note.indexOf(" removed ("));
            pairs += winners.split(", ").length;
            moved += Double.parseDouble(note.substring(note.indexOf(" removed (") + 10, note.indexOf(" m² kept")));
        }
        assertThat(report.overlappingPairs()).isEqualTo(pairs).isPositive();
        assertThat(report.overlapAreaMovedM2()).isCloseTo(moved, org.assertj.core.data.Offset.offset(1.0 + notes.size() * 0.05));
        assertThat(report.overlapToleranceM2()).isEqualTo(OverlapTolerance.SQUARE_METRES);
    }

    private static int count(String sql, Object... params) {
        var spec = db.sql(sql);
        for (Object p : params) {
            spec = spec.param(p);
        }
        return spec.query(Integer.class).single();
    }
}
