package vn.landinfo.adminunit.infrastructure;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import vn.landinfo.adminunit.model.AdminLevel;

/**
 * Sends boundary features to PostgreSQL with {@code COPY} into a temporary table, as GeoJSON text, while the
 * file is still being read: Java parses, PostgreSQL parses the geometry later in one set-based statement.
 * The table lives until the end of the transaction.
 */
public final class BoundaryStaging {

    private final CopyIn copy;
    private int rows;

    public BoundaryStaging(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("""
                CREATE TEMP TABLE boundary_stage (
                    ordinal  integer NOT NULL,
                    level    text    NOT NULL,
                    code     text    NOT NULL,
                    source   text    NOT NULL,
                    geojson  text    NOT NULL
                ) ON COMMIT DROP""");
        }
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY boundary_stage FROM STDIN");
    }

    public void add(String source, AdminLevel level, BoundaryFeature feature) {
        String row = feature.ordinal() + "\t" + level.dbValue() + "\t" + escape(feature.code()) + "\t" + escape(source)
                + "\t" + escape(feature.geometryJson()) + "\n";
        byte[] bytes = row.getBytes(StandardCharsets.UTF_8);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new IllegalStateException("COPY of boundaries failed: " + e.getMessage(), e);
        }
        rows++;
    }

    /** Ends the COPY; returns the number of staged features. */
    public int finish() throws SQLException {
        copy.endCopy();
        return rows;
    }

    /** Abandons the COPY after an input error, so the connection can roll back. */
    public void cancel() {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException ignored) {
            // the transaction is rolled back anyway
        }
    }

    /** COPY text format: backslash, tab and line breaks are escaped. */
    static String escape(String value) {
        if (value.indexOf('\\') < 0 && value.indexOf('\t') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
