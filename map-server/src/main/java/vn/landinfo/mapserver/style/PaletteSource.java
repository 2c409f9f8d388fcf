package vn.landinfo.mapserver.style;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import vn.landinfo.mapserver.sql.FeatureSource;
import vn.landinfo.mapserver.sql.Sql;

/** Reads the palette from the published view and keeps it for a while: it changes with a circular, not per request. */
public final class PaletteSource {

    private static final long TTL_NANOS = Duration.ofMinutes(5).toNanos();

    private final FeatureSource source;
    private volatile LandUsePalette palette;
    private volatile long loadedAt;

    public PaletteSource(FeatureSource source) {
        this.source = source;
    }

    public LandUsePalette palette() {
        LandUsePalette p = palette;
        if (p == null || System.nanoTime() - loadedAt > TTL_NANOS) {
            p = load();
            palette = p;
            loadedAt = System.nanoTime();
        }
        return p;
    }

    private LandUsePalette load() {
        List<LandUsePalette.Entry> entries = new ArrayList<>();
        source.query(new Sql().append("SELECT code, category, name_vi, name_en, fill_color FROM publish.land_use_palette"),
                rs -> entries.add(new LandUsePalette.Entry(rs.getString(1).trim(), rs.getString(2), rs.getString(3),
                        rs.getString(4), LandUsePalette.colour(rs.getString(5)))));
        return new LandUsePalette(LandUsePalette.sorted(entries));
    }
}
