package vn.landinfo.web.cli;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import vn.landinfo.mapserver.features.filter.ComparisonOp;
import vn.landinfo.mapserver.features.filter.Filter;

/**
 * What {@code export} writes: the current parcels of one commune or of every commune of a province, selected
 * by {@code commune_code} of the published parcels, so the file holds exactly what the WFS and OGC API serve.
 */
sealed interface ExportArea {

    record Commune(String code) implements ExportArea {
        @Override
        public String communesSql() {
            return "SELECT code FROM publish.communes WHERE code = ?";
        }

        @Override
        public String describe() {
            return "xã / commune " + code;
        }
    }

    record Province(String code) implements ExportArea {
        @Override
        public String communesSql() {
            return "SELECT code FROM publish.communes WHERE province_code = ? ORDER BY code";
        }

        @Override
        public String describe() {
            return "tỉnh / province " + code;
        }
    }

    String code();

    /** The query of the area's current commune codes, with the area's code as its one parameter. */
    String communesSql();

    String describe();

    /** The filter on the published parcels; an area that does not exist is the user's error. */
    default Filter filter(DataSource dataSource) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(communesSql())) {
            ps.setString(1, code());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
        }
        if (codes.isEmpty()) {
            throw new UsageException("không có / there is no " + describe());
        }
        List<Filter> each = codes.stream().<Filter>map(code -> new Filter.Comparison(ComparisonOp.EQUAL, "commune_code", code, true)).toList();
        return each.size() == 1 ? each.get(0) : new Filter.Or(each);
    }
}
