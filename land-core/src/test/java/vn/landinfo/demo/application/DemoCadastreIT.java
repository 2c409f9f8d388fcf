package vn.landinfo.demo.application;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.testsupport.DemoCadastreFixture;
import vn.landinfo.testsupport.TestDatabase;

/** The CI demo cadastre (Hoàn Kiếm, Mường Phăng) looks like a surveyed cadastre and tessellates its communes. */
class DemoCadastreIT {

    /** Current parcels of the demo's own survey units: other tests' fixtures share the database. */
    private static final String DEMO_PARCELS = """
        WITH demo_parcel AS (
            SELECT v.* FROM parcel_version v
            JOIN map_sheet ms ON ms.id = v.map_sheet_id
            JOIN admin_unit su ON su.id = ms.survey_unit_id
            WHERE v.end_lifespan IS NULL AND su.source = 'demo')
        """;

    private static JdbcClient db;

    @BeforeAll
    static void load() {
        DataSource ds = TestDatabase.dataSource();
        DemoCadastreFixture.ensureLoaded(ds);
        db = JdbcClient.create(ds);
    }

    private static long count(String sql) {
        return db.sql(sql).query(Long.class).single();
    }

    @Test
    void both_fixture_communes_hold_thousands_of_parcels() {
        long parcels = count("""
            SELECT count(*) FROM parcel_version v JOIN admin_unit a ON a.id = v.commune_id
            WHERE v.end_lifespan IS NULL AND a.code IN ('00070', '03325')""");
        assertThat(parcels).isBetween(5_000L, 30_000L);
    }

    @Test
    void neighbouring_communes_generated_apart_meet_along_their_border() {
        // 00070 and 00082 share a border: parcels of both touch across it, and (next test) none overlaps.
        long touching = count(DEMO_PARCELS + """
            SELECT count(*) FROM demo_parcel a JOIN demo_parcel b ON a.commune_id < b.commune_id AND a.geom && b.geom
            WHERE ST_SRID(a.geom_tm3) = ST_SRID(b.geom_tm3) AND ST_Intersects(a.geom_tm3, b.geom_tm3)""");
        assertThat(touching).isGreaterThan(50);
    }

    @Test
    void no_two_current_parcels_overlap() {
        long overlapping = count(DEMO_PARCELS + """
            SELECT count(*) FROM demo_parcel a JOIN parcel_version b
              ON a.id < b.id AND a.geom && b.geom AND ST_SRID(a.geom_tm3) = ST_SRID(b.geom_tm3)
            WHERE b.end_lifespan IS NULL
              AND ST_Relate(a.geom_tm3, b.geom_tm3, '2********')""");
        assertThat(overlapping).isZero();
    }

    @Test
    void every_parcel_lies_within_its_commune_to_5_mm() {
        // The commune boundary is reprojected to the parcel's TM-3 zone; 5 mm absorbs snapping to the 1 mm grid.
        long outside = count(DEMO_PARCELS + """
            SELECT count(*) FROM demo_parcel v JOIN admin_unit a ON a.id = v.commune_id
            WHERE NOT ST_CoveredBy(v.geom_tm3, ST_Buffer(ST_Transform(a.boundary, ST_SRID(v.geom_tm3)), 0.005))""");
        assertThat(outside).isZero();
    }

    @Test
    void the_parcels_cover_each_commune_leaving_no_gap() {
        // The commune as the demo uses it: its reference boundary less any sliver it shares with a lower-coded neighbour.
        for (String code : new String[] {"00070", "03325"}) {
            double gap = db.sql("""
                SELECT ST_Area(ST_Difference(ST_Transform(COALESCE(ST_Difference(ST_MakeValid(a.boundary), (SELECT ST_Union(ST_MakeValid(b.boundary))
                         FROM admin_unit b WHERE b.level = 'commune' AND b.valid_to IS NULL AND b.code < a.code AND b.boundary && a.boundary
                         AND ST_Intersects(b.boundary, a.boundary))), ST_MakeValid(a.boundary)), z.srid),
                         (SELECT ST_Union(v.geom_tm3) FROM parcel_version v WHERE v.commune_id = a.id AND v.end_lifespan IS NULL)))
                FROM admin_unit a JOIN province_tm3_zone z ON z.province_code = a.province_code
                WHERE a.level = 'commune' AND a.valid_to IS NULL AND a.code = ?""").param(code).query(Double.class).single();
            double area = db.sql("""
                SELECT ST_Area(ST_Transform(a.boundary, z.srid)) FROM admin_unit a JOIN province_tm3_zone z ON z.province_code = a.province_code
                WHERE a.level = 'commune' AND a.valid_to IS NULL AND a.code = ?""").param(code).query(Double.class).single();
            System.out.printf("commune %s: gap %.4f m² of %.0f m²%n", code, gap, area);
            assertThat(gap).as("gap in " + code).isLessThan(area * 1e-6);
        }
    }

    @Test
    void national_ids_are_unique_twelve_character_geohashes() {
        assertThat(count("SELECT count(*) FROM parcel WHERE length(national_id) <> 12")).isZero();
        assertThat(count("SELECT count(*) - count(DISTINCT national_id) FROM parcel")).isZero();
    }

    @Test
    void the_legal_address_is_unique_per_sheet() {
        assertThat(count("""
            SELECT count(*) FROM (SELECT map_sheet_id, parcel_number FROM parcel_version WHERE end_lifespan IS NULL
                                  GROUP BY 1, 2 HAVING count(*) > 1) d""")).isZero();
    }

    @Test
    void each_commune_has_several_survey_units_whose_sheets_restart_at_one() {
        for (String code : new String[] {"00070", "03325"}) {
            long units = db.sql("""
                SELECT count(*) FROM admin_unit_succession s JOIN admin_unit cur ON cur.id = s.successor_id
                JOIN admin_unit old ON old.id = s.predecessor_id
                WHERE cur.code = ? AND cur.valid_to IS NULL AND old.source = 'demo' AND s.kind = 'merged_into'""")
                .param(code).query(Long.class).single();
            long sheetsNumberedOne = db.sql("""
                SELECT count(*) FROM map_sheet m JOIN admin_unit a ON a.id = m.commune_id
                WHERE a.code = ? AND a.valid_to IS NULL AND m.sheet_number = 1""").param(code).query(Long.class).single();
            assertThat(units).as(code).isBetween(2L, 4L);
            assertThat(sheetsNumberedOne).as(code).isGreaterThan(1);
        }
    }

    @Test
    void urban_residential_lots_are_40_to_200_square_metres() {
        // Current lots only: a retired parent of a past split was the two lots together, legitimately larger.
        long odt = count(DEMO_PARCELS + """
            SELECT count(*) FROM parcel_land_use u JOIN demo_parcel v ON v.id = u.parcel_version_id
            WHERE u.purpose_code = 'ODT'""");
        long outOfRange = count(DEMO_PARCELS + """
            SELECT count(*) FROM parcel_land_use u JOIN demo_parcel v ON v.id = u.parcel_version_id
            WHERE u.purpose_code = 'ODT' AND (v.computed_area < 40 OR v.computed_area > 200)""");
        assertThat(odt).isGreaterThan(1_000);
        assertThat(outOfRange).isZero();
    }

    @Test
    void land_use_areas_add_up_to_the_legal_area() {
        assertThat(count("""
            SELECT count(*) FROM parcel_version v
            WHERE v.end_lifespan IS NULL AND v.legal_area <> (SELECT sum(area) FROM parcel_land_use u WHERE u.parcel_version_id = v.id)""")).isZero();
    }

    @Test
    void mountain_commune_has_forest_and_the_ward_has_no_rice() {
        assertThat(count("""
            SELECT count(*) FROM parcel_land_use u JOIN parcel_version v ON v.id = u.parcel_version_id
            JOIN admin_unit a ON a.id = v.commune_id WHERE a.code = '03325' AND u.purpose_code IN ('RSX', 'RPH')""")).isGreaterThan(10);
        assertThat(count("""
            SELECT count(*) FROM parcel_land_use u JOIN parcel_version v ON v.id = u.parcel_version_id
            JOIN admin_unit a ON a.id = v.commune_id WHERE a.code = '00070' AND u.purpose_code = 'LUC'""")).isZero();
    }
}
