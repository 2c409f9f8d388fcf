package vn.landinfo.testsupport;

import javax.sql.DataSource;
import vn.landinfo.demo.application.DemoDataRequest;
import vn.landinfo.demo.application.GeneratingDemoData;

/**
 * The CI demo cadastre (DemoDataRequest.ciFixture(): Hoàn Kiếm and Mường Phăng) on the real admin
 * units, loaded once per database: ITs that need parcels call {@link #ensureLoaded(DataSource)}.
 */
public final class DemoCadastreFixture {

    private static boolean loaded;

    private DemoCadastreFixture() {
    }

    public static synchronized void ensureLoaded(DataSource ds) {
        if (loaded) {
            return;
        }
        AdminUnitFixture.ensureLoaded(ds);
        try {
            new GeneratingDemoData(ds).generate(DemoDataRequest.ciFixture().ifAbsent(true), line -> System.out.println(line));
        } catch (Exception e) {
            throw new IllegalStateException("could not load the CI demo cadastre: " + e.getMessage(), e);
        }
        loaded = true;
    }
}
