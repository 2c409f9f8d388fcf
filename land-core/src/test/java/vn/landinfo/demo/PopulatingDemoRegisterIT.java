package vn.landinfo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.landinfo.demo.application.PopulatingDemoRegister;
import vn.landinfo.demo.application.RegisterProfile;
import vn.landinfo.testsupport.AdminUnitFixture;
import vn.landinfo.testsupport.RegisterParcelsFixture;
import vn.landinfo.testsupport.TestDatabase;

class PopulatingDemoRegisterIT {

    /** Busier than the national profile, so that a few dozen parcels show every kind of history. */
    static final RegisterProfile BUSY = new RegisterProfile(15, 8, 20, 25, 25, 15, 3, 4);
    static final long SEED = 20251125L;

    Connection connection;
    final List<String> progress = new ArrayList<>();

    @BeforeEach
    void open() throws SQLException {
        DataSource ds = TestDatabase.dataSource();
        AdminUnitFixture.ensureLoaded(ds);
        connection = ds.getConnection();
        connection.setAutoCommit(false);
    }

    @AfterEach
    void rollBack() throws SQLException {
        connection.rollback();
        connection.close();
    }

    long loadRural(int blocks) throws SQLException {
        return RegisterParcelsFixture.load(connection, "00376", 583000, 2357000, blocks);
    }

    long loadUrban(int blocks) throws SQLException {
        return RegisterParcelsFixture.load(connection, "00004", 584500, 2328500, blocks);
    }

    void populate(RegisterProfile profile, long seed, long... communes) throws SQLException {
        List<Long> ids = new ArrayList<>();
        for (long c : communes) {
            ids.add(c);
        }
        new PopulatingDemoRegister(profile).populate(connection, ids, seed, progress::add);
    }

    long count(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void populatesAFixtureCommune() throws SQLException {
        long commune = loadRural(2);
        populate(BUSY, SEED, commune);
        assertThat(count("SELECT count(*) FROM land_right")).isPositive();
    }
}
