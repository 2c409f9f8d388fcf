package vn.landinfo.mapserver.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TileCacheTest {

    private static final byte[] BYTES = new byte[100];

    /** A change a few metres wide around the centre of a tile. */
    private static TileCache.Change inside(TileAddress a) {
        double cx = (a.minX() + a.maxX()) / 2;
        double cy = (a.minY() + a.maxY()) / 2;
        return new TileCache.Change(cx - 5, cy - 5, cx + 5, cy + 5);
    }

    @Test
    void aChangeEvictsTheTilesItTouchesAtEveryZoomAndLeavesTheRest() {
        TileCache cache = new TileCache(1 << 20);
        TileAddress z16 = new TileAddress(16, 52034, 28851);
        TileAddress parent = new TileAddress(15, 26017, 14425);
        TileAddress neighbour = new TileAddress(16, 52035, 28851);
        TileAddress far = new TileAddress(16, 52100, 28900);
        for (TileAddress a : new TileAddress[] {z16, parent, neighbour, far}) {
            cache.put("parcels", a, Tile.of(BYTES), cache.generation());
        }
        cache.put("communes", parent, Tile.of(BYTES), cache.generation());

        int evicted = cache.apply(inside(z16));

        assertThat(evicted).isEqualTo(3);
        assertThat(cache.stats().invalidations()).isEqualTo(3);
        assertThat(cache.stats().evictions()).as("nothing went for want of room").isZero();
        assertThat(cache.get("parcels", z16)).isNull();
        assertThat(cache.get("parcels", parent)).isNull();
        assertThat(cache.get("communes", parent)).isNull();
        assertThat(cache.get("parcels", neighbour)).as("the change is far from the shared edge").isNotNull();
        assertThat(cache.get("parcels", far)).isNotNull();
        assertThat(cache.stats().hits()).isEqualTo(2);
        assertThat(cache.stats().misses()).isEqualTo(3);
    }

    @Test
    void aChangeWithinTheBufferOfANeighbouringTileEvictsItToo() {
        TileCache cache = new TileCache(1 << 20);
        TileAddress a = new TileAddress(18, 208137, 115404);
        TileAddress east = new TileAddress(18, 208138, 115404);
        cache.put("parcels", east, Tile.of(BYTES), cache.generation());
        double edge = a.maxX();
        double cy = (a.minY() + a.maxY()) / 2;
        // Inside tile a, 0.5 m from its east edge: east's buffer (64/4096 of ~153 m = 2.4 m) reaches it.
        cache.apply(new TileCache.Change(edge - 1.0, cy - 1, edge - 0.5, cy + 1));
        assertThat(cache.get("parcels", east)).isNull();
    }

    @Test
    void aTileReadWhileATouchingChangeWasAppliedIsNotStored() {
        TileCache cache = new TileCache(1 << 20);
        TileAddress a = new TileAddress(17, 104068, 57702);
        TileAddress elsewhere = new TileAddress(17, 104200, 57800);
        long readAt = cache.generation();
        cache.apply(inside(a)); // committed while the tiles were being cut

        assertThat(cache.put("parcels", a, Tile.of(BYTES), readAt)).isFalse();
        assertThat(cache.get("parcels", a)).isNull();
        assertThat(cache.put("parcels", elsewhere, Tile.of(BYTES), readAt)).isTrue();
        assertThat(cache.put("parcels", a, Tile.of(BYTES), cache.generation())).as("read after the change").isTrue();
    }

    @Test
    void afterTheFeedBrokeNothingReadBeforeIsStored() {
        TileCache cache = new TileCache(1 << 20);
        TileAddress a = new TileAddress(17, 104068, 57702);
        cache.put("parcels", a, Tile.of(BYTES), cache.generation());
        long readAt = cache.generation();
        cache.clear();
        assertThat(cache.get("parcels", a)).isNull();
        assertThat(cache.put("parcels", a, Tile.of(BYTES), readAt)).isFalse();
    }

    @Test
    void theLeastRecentlyUsedTilesGoWhenTheBudgetIsExceeded() {
        TileCache cache = new TileCache(1000);
        TileAddress[] tiles = new TileAddress[12];
        for (int i = 0; i < tiles.length; i++) {
            tiles[i] = new TileAddress(16, 52000 + i, 28851);
            cache.put("parcels", tiles[i], Tile.of(BYTES), cache.generation());
            if (i >= 1) {
                cache.get("parcels", tiles[0]); // kept in use
            }
        }
        assertThat(cache.stats().bytes()).isLessThanOrEqualTo(1000);
        assertThat(cache.stats().tiles()).isEqualTo(10);
        assertThat(cache.stats().puts()).isEqualTo(12);
        assertThat(cache.stats().evictions()).as("two least recently used tiles went").isEqualTo(2);
        assertThat(cache.stats().invalidations()).isZero();
        assertThat(cache.get("parcels", tiles[0])).isNotNull();
        assertThat(cache.get("parcels", tiles[1])).isNull();
        assertThat(cache.get("parcels", tiles[11])).isNotNull();
    }

    @Test
    void theEtagComesFromTheBytes() {
        assertThat(Tile.of(new byte[] {1, 2, 3}).etag()).isEqualTo(Tile.of(new byte[] {1, 2, 3}).etag());
        assertThat(Tile.of(new byte[] {1, 2, 3}).etag()).isNotEqualTo(Tile.of(new byte[] {1, 2, 4}).etag());
        assertThat(Tile.of(new byte[0]).etag()).startsWith("\"").endsWith("\"");
    }
}
