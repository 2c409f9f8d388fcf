package vn.landinfo.adminunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.net.URISyntaxException;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.adminunit.application.ImportingAdminUnits;
import vn.landinfo.adminunit.model.AdminUnitImportReport;
import vn.landinfo.adminunit.model.InvalidAdminUnitInput;
import vn.landinfo.adminunit.model.OverlapTolerance;
import vn.landinfo.testsupport.AdminUnitFixture;
import vn.landinfo.testsupport.TestDatabase;

/**
 * {@code ./landinfo import admin-units <file>} on two communes of Đà Nẵng (20194 Hải Vân, 20197 Liên Chiểu),
 * which the reference data leaves without a boundary. The fixture shapes lie in the sea east of Đà Nẵng, away
 * from every reference commune, and are removed after each test so the reference state is left as it was.
 */
class ImportingAdminUnitBoundariesIT {

    private static DataSource ds;
    private static JdbcClient db;
    private static ImportingAdminUnits importing;

    @BeforeAll
    static void load() {
        ds = TestDatabase.dataSource();
        db = JdbcClient.create(ds);
        AdminUnitFixture.ensureLoaded(ds);
        importing = new ImportingAdminUnits(ds);
    }

    @AfterEach
    void restoreDaNangWithoutBoundaries() {
        db.sql("UPDATE admin_unit SET boundary = NULL, boundary_repair = NULL WHERE level = 'commune' AND province_code = '48'")
                .update();
        db.sql("DELETE FROM dataset_load WHERE name LIKE 'admin-unit-boundaries:%'").update();
    }

    @Test
    void a_bow_tie_is_made_valid_and_an_overlap_goes_to_the_lower_code_and_both_are_reported() {
        double overlapM2 = db.sql("""
                SELECT ST_Area(ST_Intersection(
                    ST_GeomFromText('POLYGON((109.01 16.01, 109.02 16.02, 109.02 16.0, 109.01 16.01))', 4326),
                    ST_MakeEnvelope(109.015, 16.0, 109.03, 16.02, 4326))::geography)""").query(Double.class).single();

        AdminUnitImportReport report = importing.importBoundaries(fixture("boundaries-bowtie-and-overlap.geojson"));

        assertThat(report.alreadyLoaded()).isFalse();
        assertThat(report.boundariesLoaded()).isEqualTo(2);
        assertThat(report.invalidRepaired()).isEqualTo(1);
        assertThat(report.overlappingPairs()).isEqualTo(1);
        assertThat(report.overlapAreaMovedM2()).isCloseTo(overlapM2, offset(1.0));
        assertThat(report.repairedUnits()).containsExactly("20194", "20197");
        assertThat(report.communesWithoutBoundary()).isEqualTo(count(
                "SELECT count(*) FROM admin_unit WHERE level = 'commune' AND valid_to IS NULL AND boundary IS NULL"));

        assertThat(db.sql("""
                SELECT ST_NumGeometries(boundary) FROM admin_unit
                 WHERE code = '20194' AND valid_to IS NULL AND ST_IsValid(boundary)
                   AND ST_GeometryType(boundary) = 'ST_MultiPolygon'""").query(Integer.class).single()).isEqualTo(2);
        assertThat(repairOf("20194")).contains("invalid boundary made valid");
        assertThat(repairOf("20197")).contains("overlap with 20194 removed");
        assertThat(count("""
                SELECT count(*) FROM admin_unit a, admin_unit b
                 WHERE a.code = '20194' AND b.code = '20197' AND a.valid_to IS NULL AND b.valid_to IS NULL
                   AND ST_Area(ST_Intersection(a.boundary, b.boundary)::geography) >= """
                + OverlapTolerance.SQUARE_METRES)).isZero();
        assertThat(db.sql("SELECT report->>'invalidRepaired' FROM dataset_load WHERE name = ?")
                .param("admin-unit-boundaries:boundaries-bowtie-and-overlap.geojson").query(String.class).single())
                .isEqualTo("1");
    }

    @Test
    void importing_the_same_file_twice_leaves_the_same_boundaries() {
        importing.importBoundaries(fixture("boundaries-bowtie-and-overlap.geojson"));
        String first = fingerprint();
        importing.importBoundaries(fixture("boundaries-bowtie-and-overlap.geojson"));
        assertThat(fingerprint()).isEqualTo(first);
    }

    @Test
    void an_unknown_code_is_refused_naming_the_feature_and_nothing_is_written() {
        String before = fingerprint();
        assertThatThrownBy(() -> importing.importBoundaries(fixture("unknown-code.geojson")))
                .isInstanceOf(InvalidAdminUnitInput.class)
                .hasMessageContaining("unknown-code.geojson: feature 2 (id 99999)")
                .hasMessageContaining("no current commune has code 99999");
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void malformed_json_is_refused_with_its_position_and_nothing_is_written() {
        String before = fingerprint();
        assertThatThrownBy(() -> importing.importBoundaries(fixture("malformed.geojson")))
                .isInstanceOf(InvalidAdminUnitInput.class)
                .hasMessageContaining("malformed.geojson: JSON không hợp lệ / malformed JSON at line 6");
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void a_line_string_is_refused_naming_the_feature_and_nothing_is_written() {
        String before = fingerprint();
        assertThatThrownBy(() -> importing.importBoundaries(fixture("linestring.geojson")))
                .isInstanceOf(InvalidAdminUnitInput.class)
                .hasMessageContaining("linestring.geojson: feature 2 (id 20194)")
                .hasMessageContaining("geometry type LineString is not a Polygon or MultiPolygon");
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void a_missing_file_is_refused() {
        assertThatThrownBy(() -> importing.importBoundaries(Path.of("no-such-file.geojson")))
                .isInstanceOf(InvalidAdminUnitInput.class).hasMessageContaining("file not found: no-such-file.geojson");
    }

    /**
     * The boundaries and repair notes of Đà Nẵng's communes exactly, and of every other unit by vertex count and
     * notes (hashing all 150 MB of geometry per assertion would make the test slow, not stricter: only Đà Nẵng's
     * communes are in the files).
     */
    private static String fingerprint() {
        return db.sql("""
                SELECT md5(string_agg(code || CASE WHEN province_code = '48' AND level = 'commune'
                                                   THEN coalesce(encode(ST_AsEWKB(boundary), 'hex'), '-')
                                                   ELSE coalesce(ST_NPoints(boundary)::text, '-') END
                                      || coalesce(boundary_repair, '-'), '|' ORDER BY level, code))
                  FROM admin_unit WHERE valid_to IS NULL""").query(String.class).single();
    }

    private static String repairOf(String code) {
        return db.sql("SELECT boundary_repair FROM admin_unit WHERE level = 'commune' AND code = ? AND valid_to IS NULL")
                .param(code).query(String.class).single();
    }

    private static int count(String sql) {
        return db.sql(sql).query(Integer.class).single();
    }

    private static Path fixture(String name) {
        try {
            return Path.of(ImportingAdminUnitBoundariesIT.class.getResource("/adminunit/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
