package vn.landinfo.mapserver.tiles;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import vn.landinfo.mapserver.catalog.ExtentSource;
import vn.landinfo.mapserver.ogc.Json;
import vn.landinfo.mapserver.ogc.OgcResponse;

/**
 * GET /tiles/{layer}.json: the layer as TileJSON 3.0.0 — tile URL template, zoom range, where the data
 * is, and the attributes each feature carries — so MapLibre, OpenLayers and QGIS configure themselves.
 * The bounds come from small tables (map sheets, provinces), recomputed every few minutes.
 */
final class GetTileJson {

    private static final long TTL_NANOS = Duration.ofMinutes(5).toNanos();
    /** Vietnam, roughly: advertised before there is any data. */
    private static final double[] VIETNAM = {102.14, 8.18, 109.47, 23.39};

    // Bounds, and a centre where there is something to see (the first sheet, the first province).
    private static final String SHEETS_EXTENT = """
            SELECT ST_XMin(b), ST_YMin(b), ST_XMax(b), ST_YMax(b), ST_X(c), ST_Y(c)
            FROM (SELECT ST_Extent(geom) AS b, (SELECT ST_Centroid(geom) FROM publish.map_sheets ORDER BY id LIMIT 1) AS c
                  FROM publish.map_sheets) s""";
    private static final String PROVINCES_EXTENT = """
            SELECT ST_XMin(b), ST_YMin(b), ST_XMax(b), ST_YMax(b), ST_X(c), ST_Y(c)
            FROM (SELECT ST_Extent(geom) AS b, (SELECT ST_PointOnSurface(geom) FROM publish.provinces ORDER BY code LIMIT 1) AS c
                  FROM publish.provinces) s""";

    private record Extent(double[] bounds, double[] centre, long takenAt) {
    }

    private final DataSource dataSource;
    private volatile Extent sheets;
    private volatile Extent provinces;

    GetTileJson(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    OgcResponse handle(VectorTileLayer layer, String baseUrl) {
        Extent extent = extent(layer);
        double[] b = extent.bounds();
        double[] c = extent.centre();
        StringBuilder j = new StringBuilder(1024).append('{')
                .append("\"tilejson\":\"3.0.0\"")
                .append(",\"name\":").append(Json.string(layer.title()))
                .append(",\"description\":").append(Json.string(layer.description()))
                .append(",\"version\":\"1.0.0\"")
                .append(",\"attribution\":").append(Json.string("Văn phòng Đăng ký đất đai — landinfo"))
                .append(",\"scheme\":\"xyz\"")
                .append(",\"tiles\":[").append(Json.string(baseUrl + "/tiles/" + layer.name() + "/{z}/{x}/{y}.mvt")).append(']')
                .append(",\"minzoom\":").append(layer.minZoom())
                .append(",\"maxzoom\":").append(layer.maxZoom())
                .append(",\"bounds\":[").append(num(down(b[0]))).append(',').append(num(down(b[1]))).append(',')
                .append(num(up(b[2]))).append(',').append(num(up(b[3]))).append(']')
                .append(",\"center\":[").append(num(c[0])).append(',').append(num(c[1])).append(',').append(layer.minZoom()).append(']')
                .append(",\"vector_layers\":[{\"id\":").append(Json.string(layer.name()))
                .append(",\"description\":").append(Json.string(layer.title()))
                .append(",\"minzoom\":").append(layer.minZoom()).append(",\"maxzoom\":").append(layer.maxZoom())
                .append(",\"fields\":{");
        int i = 0;
        for (Map.Entry<String, String> f : layer.fields().entrySet()) {
            j.append(i++ == 0 ? "" : ",").append(Json.string(f.getKey())).append(':').append(Json.string(f.getValue()));
        }
        j.append("}}]}");
        return OgcResponse.text(200, "application/json", j.toString())
                .withHeader("Cache-Control", "public, max-age=300")
                .withHeader("Access-Control-Allow-Origin", "*");
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }

    // Bounds are written to 6 decimals rounded outwards, so they still contain every feature: rounded to
    // nearest, the sheets' east edge (105.862917433) came out as 105.862917 and clients that skip tiles
    // outside the bounds could miss the data on it.
    private static double down(double v) {
        return Math.floor(v * 1e6) / 1e6;
    }

    private static double up(double v) {
        return Math.ceil(v * 1e6) / 1e6;
    }

    /** Parcels and sheets lie within the sheets; communes and provinces within the provinces. */
    private Extent extent(VectorTileLayer layer) {
        boolean adminUnits = layer.published().extent() == ExtentSource.PROVINCES;
        Extent e = adminUnits ? provinces : sheets;
        if (e != null && System.nanoTime() - e.takenAt() < TTL_NANOS) {
            return e;
        }
        e = compute(adminUnits ? PROVINCES_EXTENT : SHEETS_EXTENT);
        if (adminUnits) {
            provinces = e;
        } else {
            sheets = e;
        }
        return e;
    }

    private Extent compute(String sql) {
        try (Connection conn = dataSource.getConnection(); Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            if (rs.getObject(1) == null) {
                return new Extent(VIETNAM, new double[] {(VIETNAM[0] + VIETNAM[2]) / 2, (VIETNAM[1] + VIETNAM[3]) / 2}, System.nanoTime());
            }
            double[] b = {rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)};
            double[] c = rs.getObject(5) == null ? new double[] {(b[0] + b[2]) / 2, (b[1] + b[3]) / 2} : new double[] {rs.getDouble(5), rs.getDouble(6)};
            return new Extent(b, c, System.nanoTime());
        } catch (SQLException ex) {
            throw new IllegalStateException("cannot read the extent of the tile layers: " + ex.getMessage(), ex);
        }
    }
}
