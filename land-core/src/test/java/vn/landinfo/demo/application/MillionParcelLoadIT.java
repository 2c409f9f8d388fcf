package vn.landinfo.demo.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.testsupport.AdminUnitFixture;
import vn.landinfo.testsupport.TestDatabase;

/**
 * Heavy lane: Hà Nội's communes, walked in code order, up to a million parcels with their register, and the
 * tessellation still holds at that scale. The load time is printed for the closing note, not asserted:
 * speed is measured by benchmarks and reported, tests assert outcomes.
 */
@Tag("heavy")
class MillionParcelLoadIT {

    @Test
    void a_million_parcels_of_ha_noi_load_and_still_tessellate() throws Exception {
        var ds = TestDatabase.dataSource();
        AdminUnitFixture.ensureLoaded(ds);
        DemoDataReport report = new GeneratingDemoData(ds).generate(DemoDataRequest.province("01", 1_000_000), System.out::println);
        System.out.printf("million load: %,d parcels in %.0f s (%.0f parcels/s)%n", report.parcels(), report.seconds(), report.parcels() / report.seconds());
        assertThat(report.parcels()).isGreaterThanOrEqualTo(1_000_000);

        JdbcClient db = JdbcClient.create(ds);
        long overlapping = db.sql("""
            SELECT count(*) FROM parcel_version a JOIN parcel_version b
              ON a.id < b.id AND a.geom && b.geom AND ST_SRID(a.geom_tm3) = ST_SRID(b.geom_tm3)
            JOIN admin_unit c ON c.id = a.commune_id
            WHERE a.end_lifespan IS NULL AND b.end_lifespan IS NULL AND c.province_code = '01'
              AND ST_Relate(a.geom_tm3, b.geom_tm3, '2********')""").query(Long.class).single();
        assertThat(overlapping).isZero();
        long duplicateAddresses = db.sql("""
            SELECT count(*) FROM (SELECT map_sheet_id, parcel_number FROM parcel_version WHERE end_lifespan IS NULL
                                  GROUP BY 1, 2 HAVING count(*) > 1) d""").query(Long.class).single();
        assertThat(duplicateAddresses).isZero();
        long withoutRight = db.sql("""
            SELECT count(*) FROM parcel_version v JOIN parcel_land_use u ON u.parcel_version_id = v.id
            WHERE v.end_lifespan IS NULL AND u.purpose_code IN ('ODT', 'ONT')
              AND NOT EXISTS (SELECT 1 FROM land_right r WHERE r.parcel_id = v.parcel_id AND r.end_lifespan IS NULL)""")
            .query(Long.class).single();
        assertThat(withoutRight).as("residential parcels without a current right").isZero();
    }
}
