package vn.landinfo.mapserver.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.landinfo.mapserver.ogc.OgcException;

/**
 * Runs the layers' SQL against the published views with bounded work: every statement has a timeout,
 * every query a row limit (bound into its LIMIT). A statement that times out becomes an OGC
 * exception (503, "zoom in"), never a hung request or a 500.
 */
public final class FeatureSource {

    private static final Logger LOG = LoggerFactory.getLogger(FeatureSource.class);
    private static final String QUERY_CANCELED = "57014";

    private final DataSource dataSource;
    private final int timeoutSeconds;

    public FeatureSource(DataSource dataSource, Duration statementTimeout) {
        this.dataSource = dataSource;
        this.timeoutSeconds = (int) Math.max(1, statementTimeout.toSeconds());
    }

    @FunctionalInterface
    public interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    /** Runs the query and hands every row to the handler. */
    public void query(Sql sql, RowHandler handler) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql.text())) {
            ps.setQueryTimeout(timeoutSeconds);
            bind(ps, sql.params());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    handler.row(rs);
                }
            }
        } catch (SQLException e) {
            if (QUERY_CANCELED.equals(e.getSQLState())) {
                throw new OgcException(OgcException.NO_APPLICABLE_CODE, null,
                        "Yêu cầu cần hơn " + timeoutSeconds + " giây xử lý cơ sở dữ liệu; hãy phóng to bản đồ hoặc yêu cầu ít lớp hơn",
                        "the request needed more than " + timeoutSeconds + " s of database work; zoom in or ask for fewer layers");
            }
            if (isTransformFailure(e)) {
                // A box far outside a projection's domain (a TM-3 zone asked for the whole world) cannot
                // be reprojected: there is nothing of ours to draw there.
                LOG.debug("reprojection failed, nothing drawn: {}", e.getMessage());
                return;
            }
            throw new IllegalStateException("map query failed: " + e.getMessage(), e);
        }
    }

    private static boolean isTransformFailure(SQLException e) {
        String m = e.getMessage() == null ? "" : e.getMessage().toLowerCase(java.util.Locale.ROOT);
        return "XX000".equals(e.getSQLState()) && (m.contains("transform") || m.contains("proj") || m.contains("latitude or longitude"));
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object v = params.get(i);
            if (v instanceof Double d) {
                ps.setDouble(i + 1, d);
            } else if (v instanceof Integer n) {
                ps.setInt(i + 1, n);
            } else if (v instanceof Long n) {
                ps.setLong(i + 1, n);
            } else if (v instanceof String s) {
                ps.setString(i + 1, s);
            } else {
                ps.setObject(i + 1, v);
            }
        }
    }
}
