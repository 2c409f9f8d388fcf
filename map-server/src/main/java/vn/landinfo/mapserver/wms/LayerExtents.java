package vn.landinfo.mapserver.wms;

import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.landinfo.mapserver.crs.Envelope;
import vn.landinfo.mapserver.crs.MapCrs;
import vn.landinfo.mapserver.sql.FeatureSource;
import vn.landinfo.mapserver.catalog.ExtentSource;
import vn.landinfo.mapserver.layer.MapLayer;
import vn.landinfo.mapserver.sql.Sql;

/**
 * Where the layers' data lies, in WGS 84 and in every offered CRS, for capabilities. Computed by
 * PostGIS from small tables (sheet extents, 34 provinces), never from the parcels, and kept for a few
 * minutes. Public for the WFS, whose WGS84BoundingBox is the same as the WMS's.
 */
public final class LayerExtents {

    /** Vietnam, roughly: what a layer advertises before it has any data. */
    static final Envelope VIETNAM = new Envelope(102.14, 8.18, 109.47, 23.39);
    private static final long TTL_NANOS = Duration.ofMinutes(5).toNanos();

    public record Extents(Envelope geographic, Map<MapCrs, Envelope> byCrs) {
    }

    private record Snapshot(Map<ExtentSource, Extents> extents, long takenAt) {
    }

    private final FeatureSource source;
    private final List<MapCrs> crss;
    private volatile Snapshot snapshot;

    public LayerExtents(FeatureSource source, List<MapCrs> crss) {
        this.source = source;
        this.crss = crss;
    }

    public Extents of(ExtentSource which) {
        return current().extents().get(which);
    }

    private synchronized Snapshot current() {
        Snapshot s = snapshot;
        if (s != null && System.nanoTime() - s.takenAt() < TTL_NANOS) {
            return s;
        }
        Map<ExtentSource, Extents> extents = new EnumMap<>(ExtentSource.class);
        extents.put(ExtentSource.MAP_SHEETS, compute("SELECT ST_XMin(b), ST_YMin(b), ST_XMax(b), ST_YMax(b) FROM (SELECT ST_Extent(geom) AS b FROM publish.map_sheets) s"));
        extents.put(ExtentSource.PROVINCES, compute("SELECT ST_XMin(b), ST_YMin(b), ST_XMax(b), ST_YMax(b) FROM (SELECT ST_Extent(geom) AS b FROM publish.provinces) s"));
        snapshot = new Snapshot(extents, System.nanoTime());
        return snapshot;
    }

    private Extents compute(String extentSql) {
        double[] g = new double[4];
        boolean[] found = {false};
        source.query(new Sql().append(extentSql), rs -> {
            if (rs.getObject(1) != null) {
                for (int i = 0; i < 4; i++) {
                    g[i] = rs.getDouble(i + 1);
                }
                found[0] = true;
            }
        });
        Envelope geographic = found[0] ? new Envelope(g[0], g[1], g[2], g[3]) : VIETNAM;
        if (geographic.width() <= 0 || geographic.height() <= 0) {
            geographic = geographic.expandedBy(0.001);
        }
        Map<MapCrs, Envelope> byCrs = new LinkedHashMap<>();
        for (MapCrs crs : crss) {
            if (crs.srid() == 4326) {
                byCrs.put(crs, geographic);
                continue;
            }
            Envelope e = geographic;
            double[] b = new double[4];
            boolean[] ok = {false};
            source.query(new Sql().append("SELECT ST_XMin(b), ST_YMin(b), ST_XMax(b), ST_YMax(b) FROM (SELECT ST_Transform("
                    + "ST_Segmentize(ST_MakeEnvelope(?, ?, ?, ?, 4326), ?), ?)::box2d AS b) s",
                    e.minX(), e.minY(), e.maxX(), e.maxY(), Math.max(e.width(), e.height()) / 16, crs.srid()), rs -> {
                for (int i = 0; i < 4; i++) {
                    b[i] = rs.getDouble(i + 1);
                }
                ok[0] = true;
            });
            if (ok[0]) {
                byCrs.put(crs, new Envelope(b[0], b[1], b[2], b[3]));
            }
        }
        return new Extents(geographic, byCrs);
    }
}
