package vn.landinfo.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database of its own, next to the shared test database, for tests whose assertions speak of whole
 * tables ("every right", "no two parcels at any instant"): other tests' fixtures cannot leak into them.
 * Migrated with the real migrations; only the administrative units the test names are copied in from the
 * shared database (where {@link AdminUnitFixture} loaded the reference set). Dropped on close.
 */
public final class IsolatedDatabase implements AutoCloseable {

    private final String name;
    private final PGSimpleDataSource dataSource;

    private IsolatedDatabase(String name, PGSimpleDataSource dataSource) {
        this.name = name;
        this.dataSource = dataSource;
    }

    /** Creates, migrates and seeds it with the named communes (and their provinces). The role needs CREATEDB. */
    public static IsolatedDatabase withCommunes(String purpose, List<String> communeCodes) throws SQLException {
        return named(isolatedName(purpose), communeCodes);
    }

    /**
     * Creates database {@code name} (dropping one left by an earlier run), migrates it and seeds it with the
     * named communes. Closing it drops it.
     */
    static IsolatedDatabase named(String name, List<String> communeCodes) throws SQLException {
        DataSource shared = TestDatabase.dataSource();
        AdminUnitFixture.ensureLoaded(shared);
        try (Connection c = shared.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name);
        }
        PGSimpleDataSource ds = connectTo(name);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS postgis");
            s.execute("CREATE EXTENSION IF NOT EXISTS btree_gist");
        }
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        IsolatedDatabase db = new IsolatedDatabase(name, ds);
        db.copyAdminUnits(shared, communeCodes);
        return db;
    }

    /**
     * An empty database, neither migrated nor seeded, created with {@code options} (e.g. a locale:
     * {@code TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'vi-VN' LOCALE 'C.UTF-8'}). Closing it drops it.
     */
    public static IsolatedDatabase empty(String purpose, String options) throws SQLException {
        String name = isolatedName(purpose);
        try (Connection c = TestDatabase.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name + " " + options);
        }
        return new IsolatedDatabase(name, connectTo(name));
    }

    /**
     * A copy of database {@code template} (CREATE DATABASE ... TEMPLATE: a file-level copy, seconds where
     * building it again takes minutes). Nobody may be connected to the template while it is copied.
     */
    static IsolatedDatabase copyOf(String template, String purpose) throws SQLException {
        String name = isolatedName(purpose);
        try (Connection c = TestDatabase.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name + " TEMPLATE " + template);
        }
        return new IsolatedDatabase(name, connectTo(name));
    }

    private static String isolatedName(String purpose) {
        return "landinfo_iso_" + purpose + "_" + ProcessHandle.current().pid();
    }

    /** A data source for database {@code name} on the shared test database's server, as its user. */
    private static PGSimpleDataSource connectTo(String name) {
        String url = TestDatabase.url();
        int slash = url.lastIndexOf('/');
        int query = url.indexOf('?', slash);
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(url.substring(0, slash + 1) + name + (query < 0 ? "" : url.substring(query)));
        ds.setUser(TestDatabase.user());
        ds.setPassword(TestDatabase.password());
        return ds;
    }

    /** Its name on the server. */
    String name() {
        return name;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Its JDBC URL, for a test that runs the application (Spring Boot) against it. */
    public String url() {
        return dataSource.getUrl();
    }

    private void copyAdminUnits(DataSource shared, List<String> communeCodes) throws SQLException {
        String columns = "level, code, unit_type, name_vi, name_en, full_name_vi, full_name_en, province_code, valid_from, valid_to, boundary_repair, source";
        try (Connection from = shared.getConnection(); Connection to = dataSource.getConnection()) {
            to.setAutoCommit(false);
            try (PreparedStatement read = from.prepareStatement(
                    "SELECT " + columns + ", ST_AsEWKB(boundary) AS boundary, (SELECT code FROM admin_unit p WHERE p.id = u.parent_id) AS parent_code "
                            + "FROM admin_unit u WHERE valid_to IS NULL AND (code = ANY (?) OR (level = 'province' AND code IN "
                            + "(SELECT province_code FROM admin_unit WHERE code = ANY (?) AND level = 'commune'))) ORDER BY level DESC, code")) {
                read.setArray(1, from.createArrayOf("text", communeCodes.toArray()));
                read.setArray(2, from.createArrayOf("text", communeCodes.toArray()));
                try (ResultSet rs = read.executeQuery();
                     PreparedStatement write = to.prepareStatement("INSERT INTO admin_unit (" + columns + ", boundary, parent_id) "
                             + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ST_GeomFromEWKB(?), "
                             + "(SELECT id FROM admin_unit WHERE level = 'province' AND code = ? AND valid_to IS NULL))")) {
                    while (rs.next()) {
                        for (int i = 1; i <= 13; i++) {
                            write.setObject(i, rs.getObject(i));
                        }
                        write.setString(14, rs.getString("parent_code"));
                        write.executeUpdate();
                    }
                }
            }
            to.commit();
        }
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = TestDatabase.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
