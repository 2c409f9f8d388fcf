package vn.landinfo.mapserver.tiles;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The in-process tile cache: least recently used tiles go first once the bytes exceed the budget.
 * A committed change evicts exactly the cached tiles (of every layer and zoom) whose buffered extent
 * meets the change's extent; everything else stays.
 *
 * <p>A tile computed while a change commits must not be stored stale. Every change applied here gets a
 * local generation number; a reader notes the generation before its query and stores its tile only if
 * no change applied since then meets the tile. A change applied before the query started was committed
 * before it, so the query's snapshot already holds it.
 */
public final class TileCache {

    /** A change to the register, as an extent in EPSG:3857. */
    public record Change(double minX, double minY, double maxX, double maxY) {
    }

    private record Key(String layer, int z, int x, int y) {
    }

    private record Applied(long generation, Change change) {
    }

    private static final int REMEMBERED_CHANGES = 4096;

    private final long maxBytes;
    private final LinkedHashMap<Key, Tile> tiles = new LinkedHashMap<>(1024, 0.75f, true);
    private final Deque<Applied> recent = new ArrayDeque<>();
    private long bytes;
    private long generation;
    // Running totals for the operator's metrics (web binds them to Micrometer; map-server has no framework).
    private long hits;
    private long misses;
    private long puts;
    private long evictions;
    private long invalidations;

    public TileCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public synchronized Tile get(String layer, TileAddress a) {
        Tile t = tiles.get(new Key(layer, a.z(), a.x(), a.y()));
        if (t == null) {
            misses++;
        } else {
            hits++;
        }
        return t;
    }

    /** The generation to hand back to {@link #put} with a tile read from the database after this call. */
    public synchronized long generation() {
        return generation;
    }

    /** Stores the tile unless a change applied since {@code readGeneration} meets it (then it may be stale). */
    public synchronized boolean put(String layer, TileAddress a, Tile tile, long readGeneration) {
        if (maxBytes <= 0 || tile.mvt().length > maxBytes / 4) {
            return false;
        }
        if (readGeneration < generation) {
            if (recent.isEmpty() || recent.peekFirst().generation() > readGeneration + 1) {
                return false; // older than what is remembered: cannot tell, do not keep
            }
            for (Applied applied : recent) {
                if (applied.generation() > readGeneration && touches(a, applied.change())) {
                    return false;
                }
            }
        }
        Tile previous = tiles.put(new Key(layer, a.z(), a.x(), a.y()), tile);
        puts++;
        bytes += tile.mvt().length - (previous == null ? 0 : previous.mvt().length);
        trim();
        return true;
    }

    /** Evicts every cached tile the change touches; returns how many. */
    public synchronized int apply(Change change) {
        generation++;
        recent.addLast(new Applied(generation, change));
        while (recent.size() > REMEMBERED_CHANGES) {
            recent.removeFirst();
        }
        int evicted = 0;
        for (Iterator<Map.Entry<Key, Tile>> it = tiles.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Key, Tile> e = it.next();
            Key k = e.getKey();
            if (touches(new TileAddress(k.z(), k.x(), k.y()), change)) {
                bytes -= e.getValue().mvt().length;
                it.remove();
                evicted++;
            }
        }
        invalidations += evicted;
        return evicted;
    }

    /** Forgets everything: after the change feed was interrupted, any tile may be stale. */
    public synchronized void clear() {
        generation++;
        recent.clear();
        tiles.clear();
        bytes = 0;
    }

    public synchronized Stats stats() {
        return new Stats(tiles.size(), bytes, hits, misses, generation, puts, evictions, invalidations);
    }

    /**
     * @param evictions     tiles dropped to stay within the byte budget (least recently used first)
     * @param invalidations tiles dropped because a committed change touched them
     */
    public record Stats(int tiles, long bytes, long hits, long misses, long changesApplied,
                        long puts, long evictions, long invalidations) {
    }

    private static boolean touches(TileAddress a, Change c) {
        return a.meets(c.minX(), c.minY(), c.maxX(), c.maxY(), VectorTileLayer.bufferFraction());
    }

    private void trim() {
        Iterator<Map.Entry<Key, Tile>> it = tiles.entrySet().iterator();
        while (bytes > maxBytes && it.hasNext()) {
            bytes -= it.next().getValue().mvt().length;
            it.remove();
            evictions++;
        }
    }
}
