package vn.landinfo.mapserver.oapif;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.landinfo.mapserver.catalog.ExtentSource;
import vn.landinfo.mapserver.crs.Envelope;
import vn.landinfo.mapserver.features.FeatureType;
import vn.landinfo.mapserver.sql.FeatureSource;
import vn.landinfo.mapserver.sql.Sql;

/**
 * Where and when a collection's features lie, for its {@code extent}: the bounding box in CRS84 from the small
 * tables the WMS capabilities use too (map-sheet frames, the 34 provinces — never the parcels), and, where the
 * register keeps history, the time from the first version to now (open end). Kept a few minutes.
 */
final class CollectionExtents {

    private static final Logger LOG = LoggerFactory.getLogger(CollectionExtents.class);
    /** Vietnam, roughly: what a collection advertises before it has any data. */
    static final Envelope VIETNAM = new Envelope(102.14, 8.18, 109.47, 23.39);
    private static final long TTL_NANOS = Duration.ofMinutes(5).toNanos();

    private final FeatureSource source;
    private final Map<ExtentSource, Envelope> spatial = new EnumMap<>(ExtentSource.class);
    private final Map<String, Instant> firstVersion = new HashMap<>();
    private long takenAt;

    CollectionExtents(FeatureSource source) {
        this.source = source;
    }

    synchronized Envelope spatial(FeatureType type) {
        refreshIfOld();
        return spatial.computeIfAbsent(type.layer().extent(), which -> switch (which) {
            case MAP_SHEETS -> box("SELECT ST_XMin(b), ST_YMin(b), ST_XMax(b), ST_YMax(b) FROM (SELECT ST_Extent(geom) AS b FROM publish.map_sheets) s");
            case PROVINCES -> box("SELECT ST_XMin(b), ST_YMin(b), ST_XMax(b), ST_YMax(b) FROM (SELECT ST_Extent(geom) AS b FROM publish.provinces) s");
        });
    }

    /** The start of the oldest version the collection serves, or null when it keeps no history. */
    synchronized Instant firstVersion(FeatureType type) {
        if (!type.hasHistory()) {
            return null;
        }
        refreshIfOld();
        return firstVersion.computeIfAbsent(type.name(), n -> {
            Instant[] first = {null};
            try {
                // historyView comes from the feature type (the catalogue), never from a request.
                source.query(new Sql().append("SELECT min(valid_from) FROM " + type.historyView()), rs -> {
                    java.sql.Timestamp t = rs.getTimestamp(1);
                    first[0] = t == null ? null : t.toInstant();
                });
            } catch (RuntimeException e) {
                LOG.warn("no temporal extent for {}: {}", type.name(), e.getMessage());
            }
            return first[0];
        });
    }

    private void refreshIfOld() {
        if (System.nanoTime() - takenAt > TTL_NANOS) {
            spatial.clear();
            firstVersion.clear();
            takenAt = System.nanoTime();
        }
    }

    private Envelope box(String sql) {
        double[] g = new double[4];
        boolean[] found = {false};
        source.query(new Sql().append(sql), rs -> {
            if (rs.getObject(1) != null) {
                for (int i = 0; i < 4; i++) {
                    g[i] = rs.getDouble(i + 1);
                }
                found[0] = true;
            }
        });
        return found[0] ? new Envelope(g[0], g[1], g[2], g[3]) : VIETNAM;
    }
}
