package vn.landinfo.migrations;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * A brand-new, empty database next to the test database, so migrations can be proven from nothing
 * without disturbing the fixtures other tests load. The role needs CREATEDB; PostGIS comes from the
 * template (the launcher installs it into template1 of its private cluster) or is created here when
 * the role may. Dropped on close.
 */
final class ScratchDatabase implements AutoCloseable {

    final String url;
    private final String adminUrl;
    private final String name;

    private ScratchDatabase(String adminUrl, String url, String name) {
        this.adminUrl = adminUrl;
        this.url = url;
        this.name = name;
    }

    static ScratchDatabase create(String suffix) throws SQLException {
        String testUrl = setting("landinfo.db.url", "LANDINFO_DB_URL");
        if (testUrl == null) {
            throw new IllegalStateException("No test database: run './landinfo test' or set LANDINFO_DB_URL (see README).");
        }
        String name = "landinfo_scratch_" + suffix + "_" + ProcessHandle.current().pid();
        int slash = testUrl.lastIndexOf('/');
        int query = testUrl.indexOf('?', slash);
        String url = testUrl.substring(0, slash + 1) + name + (query < 0 ? "" : testUrl.substring(query));
        try (Connection c = DriverManager.getConnection(testUrl, properties()); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new SQLException("Cannot create the scratch database " + name + " (the test role needs CREATEDB): " + e.getMessage(), e);
        }
        ScratchDatabase db = new ScratchDatabase(testUrl, url, name);
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS postgis");
            s.execute("CREATE EXTENSION IF NOT EXISTS btree_gist");
        }
        return db;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, properties());
    }

    static Properties properties() {
        Properties p = new Properties();
        String user = setting("landinfo.db.user", "LANDINFO_DB_USER");
        String password = setting("landinfo.db.password", "LANDINFO_DB_PASSWORD");
        p.setProperty("user", user == null ? "landinfo" : user);
        p.setProperty("password", password == null ? "" : password);
        return p;
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl, properties()); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private static String setting(String property, String env) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank() || value.startsWith("${")) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? null : value;
    }
}
