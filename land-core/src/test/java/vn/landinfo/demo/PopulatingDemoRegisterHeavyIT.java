package vn.landinfo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.landinfo.demo.application.PopulatingDemoRegister;
import vn.landinfo.testsupport.AdminUnitFixture;
import vn.landinfo.testsupport.RegisterParcelsFixture;
import vn.landinfo.testsupport.TestDatabase;

/**
 * The register at scale: 100,000 fixture parcels get one current right each (private land) and the load
 * reports its rate. Speed is reported, not asserted (benchmarks measure speed; tests assert outcomes).
 */
@Tag("heavy")
class PopulatingDemoRegisterHeavyIT {

    @Test
    void populatesAHundredThousandParcelsAndReportsTheRate() throws SQLException {
        int blocks = Integer.getInteger("landinfo.heavy.blocks", 2223);
        DataSource ds = TestDatabase.dataSource();
        AdminUnitFixture.ensureLoaded(ds);
        try (Connection connection = ds.getConnection()) {
            connection.setAutoCommit(false);
            try {
                long commune = RegisterParcelsFixture.load(connection, "31258", 560000, 1100000, blocks);
                long parcels = blocks * (long) RegisterParcelsFixture.PARCELS_PER_BLOCK;
                long started = System.nanoTime();
                new PopulatingDemoRegister().populate(connection, List.of(commune), 7L,
                    line -> System.out.printf("%6.1f s %s%n", (System.nanoTime() - started) / 1e9, line));
                double seconds = (System.nanoTime() - started) / 1e9;
                System.out.printf("register: %d parcels in %.1f s = %.0f parcels/s%n", parcels, seconds, parcels / seconds);
                try (Statement s = connection.createStatement();
                     ResultSet rs = s.executeQuery("""
                         SELECT (SELECT count(*) FROM party), (SELECT count(*) FROM land_right), (SELECT count(*) FROM certificate),
                                (SELECT count(*) FROM cadastral_transaction WHERE kind <> 'DATA_MIGRATION'), (SELECT count(*) FROM restriction),
                                (SELECT count(*) FROM parcel_lineage)""")) {
                    rs.next();
                    System.out.printf("parties %d, rights %d, certificates %d, history transactions %d, restrictions %d, lineage %d%n",
                        rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6));
                }
                try (Statement s = connection.createStatement();
                     ResultSet rs = s.executeQuery("""
                         SELECT count(*) FROM parcel_version v JOIN parcel_land_use u ON u.parcel_version_id = v.id
                         WHERE v.end_lifespan IS NULL AND v.commune_id = %d AND u.purpose_code IN ('ODT', 'ONT', 'LUC', 'CLN')
                           AND (SELECT count(*) FROM land_right r WHERE r.parcel_id = v.parcel_id AND r.end_lifespan IS NULL) <> 1""".formatted(commune))) {
                    rs.next();
                    assertThat(rs.getLong(1)).as("private parcels without exactly one current right").isZero();
                }
            } finally {
                connection.rollback();
            }
        }
    }
}
