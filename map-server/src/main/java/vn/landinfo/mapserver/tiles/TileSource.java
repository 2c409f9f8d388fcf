package vn.landinfo.mapserver.tiles;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Cuts one tile in PostGIS: the layer's constant statement with z, x, y and the limits bound as
 * values. PostGIS selects by index, clips, quantises and encodes; Java only moves the bytes.
 */
final class TileSource {

    private static final String QUERY_CANCELED = "57014";

    private final DataSource dataSource;
    private final TileSettings settings;

    TileSource(DataSource dataSource, TileSettings settings) {
        this.dataSource = dataSource;
        this.settings = settings;
    }

    byte[] cut(VectorTileLayer layer, TileAddress a) {
        int timeout = (int) Math.max(1, settings.statementTimeout().toSeconds());
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(layer.sql())) {
            ps.setQueryTimeout(timeout);
            ps.setInt(1, a.z());
            ps.setInt(2, a.z());
            ps.setInt(3, a.x());
            ps.setInt(4, a.y());
            ps.setDouble(5, VectorTileLayer.selectionFraction());
            ps.setInt(6, settings.maxFeatures());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                byte[] mvt = rs.getBytes(1);
                return mvt == null ? new byte[0] : mvt;
            }
        } catch (SQLException e) {
            if (QUERY_CANCELED.equals(e.getSQLState())) {
                throw TileException.unavailable("Ô " + layer.name() + "/" + a + " cần hơn " + timeout
                        + " giây xử lý cơ sở dữ liệu; hãy thử lại sau hoặc dùng mức thu phóng lớn hơn",
                        "tile " + layer.name() + "/" + a + " needed more than " + timeout + " s of database work; try again later or use a larger zoom");
            }
            throw new IllegalStateException("tile query failed for " + layer.name() + "/" + a + ": " + e.getMessage(), e);
        }
    }
}
