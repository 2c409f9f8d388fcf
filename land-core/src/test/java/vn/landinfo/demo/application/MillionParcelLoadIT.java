package vn.landinfo.demo.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.landinfo.testsupport.AdminUnitFixture;
import vn.landinfo.testsupport.TestDatabase;

/** Heavy lane: Hà Nội's communes, walked in code order, reach a million parcels in under 15 minutes. */
@Tag("heavy")
class MillionParcelLoadIT {

    @Test
    void a_million_parcels_of_ha_noi_load_in_under_fifteen_minutes() throws Exception {
        var ds = TestDatabase.dataSource();
        AdminUnitFixture.ensureLoaded(ds);
        DemoDataReport report = new GeneratingDemoData(ds).generate(DemoDataRequest.province("01", 1_000_000), System.out::println);
        System.out.printf("million load: %,d parcels in %.0f s%n", report.parcels(), report.seconds());
        assertThat(report.parcels()).isGreaterThanOrEqualTo(1_000_000);
        assertThat(report.seconds()).isLessThan(900);
    }
}
