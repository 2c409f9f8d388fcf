package vn.landinfo.web.ogc;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import vn.landinfo.mapserver.tiles.TileSettings;

/**
 * Bounds of the vector tiles at /tiles ({@code landinfo.tiles.*}, e.g. LANDINFO_TILES_CACHE_SIZE).
 *
 * @param cacheSize        in-process tile cache budget (0 turns it off)
 * @param maxFeatures      most features one tile carries
 * @param statementTimeout longest one tile's query may run (then 503)
 * @param pollInterval     how often the cache's invalidation feed reads the outbox without a NOTIFY
 */
@ConfigurationProperties("landinfo.tiles")
record TileProperties(@DefaultValue("128MB") DataSize cacheSize, @DefaultValue("50000") int maxFeatures,
                      @DefaultValue("10s") Duration statementTimeout, @DefaultValue("2s") Duration pollInterval) {

    TileSettings settings() {
        return new TileSettings(cacheSize.toBytes(), maxFeatures, statementTimeout, pollInterval);
    }
}
