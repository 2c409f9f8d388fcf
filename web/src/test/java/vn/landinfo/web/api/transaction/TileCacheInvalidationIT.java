package vn.landinfo.web.api.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.landinfo.mapserver.tiles.TileCache;
import vn.landinfo.mapserver.tiles.VectorTileService;
import vn.landinfo.web.ogc.Mvt;
import vn.landinfo.web.ogc.TileHttp;

/**
 * The tile cache follows the register: a change committed through the REST API evicts, on every zoom,
 * exactly the cached tiles its extent touches (through the register_event outbox and NOTIFY, so within
 * moments). After a split those tiles show the children instead of the parent, after a purpose change the
 * child's new main purpose; a tile elsewhere keeps being served from the cache with the same ETag and
 * bytes. On the transaction database of its own (Hoàn Kiếm), since it changes the register; the parcel it
 * splits is a lot of a case of its own ({@link #lotOnAStreet()}), and the tile far from it is one of the commune's.
 */
class TileCacheInvalidationIT extends TransactionApiTestSupport {

    @Autowired
    VectorTileService tiles;

    private double[] extent3857(long parcel) {
        return jdbc.sql("SELECT ST_XMin(g), ST_YMin(g), ST_XMax(g), ST_YMax(g), ST_X(c), ST_Y(c) FROM (SELECT geom_3857 g, "
                        + "(ST_MaximumInscribedCircle(geom_3857)).center c FROM parcel_version WHERE parcel_id = :p AND end_lifespan IS NULL) x")
                .param("p", parcel)
                .query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5), rs.getDouble(6)})
                .single();
    }

    /** A zoom 17 tile with parcels whose buffered envelope stays 100 m clear of the rectangle. */
    private int[] tileAwayFrom(double[] e) {
        List<double[]> centres = jdbc.sql("""
                SELECT ST_X(c), ST_Y(c) FROM (SELECT ST_Centroid(pv.geom_3857) c, pv.parcel_id FROM parcel_version pv
                JOIN admin_unit a ON a.id = pv.commune_id WHERE pv.end_lifespan IS NULL AND a.code = '00070'
                ORDER BY pv.parcel_id) x""")
                .query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2)}).list();
        for (double[] c : centres) {
            int[] t = Mvt.tileOf(c[0], c[1], 17);
            double[] env = Mvt.tileEnvelope(17, t[0], t[1]);
            double margin = (env[2] - env[0]) * 64 / 4096 + 100;
            if (env[0] - margin > e[2] || env[2] + margin < e[0] || env[1] - margin > e[3] || env[3] + margin < e[1]) {
                return t;
            }
        }
        throw new AssertionError("no tile of Hoàn Kiếm lies away from the parcel");
    }

    private record Fetched(int z, int x, int y, String etag, byte[] body) {
    }

    private Fetched fetch(TileHttp http, int z, int[] t) {
        TileHttp.Response r = http.tile("parcels", z, t[0], t[1]);
        assertThat(r.status()).as("parcels/%d/%d/%d", z, t[0], t[1]).isEqualTo(200);
        assertThat(r.etag()).isNotBlank();
        return new Fetched(z, t[0], t[1], r.etag(), r.body());
    }

    /** Asks for the tile until its ETag is no longer {@code old}'s, for at most 10 s. */
    private Fetched awaitChange(TileHttp http, Fetched old) throws InterruptedException {
        long start = System.nanoTime();
        while (System.nanoTime() - start < 10_000_000_000L) {
            TileHttp.Response r = http.tile("parcels", old.z(), old.x(), old.y());
            assertThat(r.status()).isEqualTo(200);
            if (!r.etag().equals(old.etag())) {
                return new Fetched(old.z(), old.x(), old.y(), r.etag(), r.body());
            }
            Thread.sleep(50);
        }
        throw new AssertionError("tile " + old.z() + "/" + old.x() + "/" + old.y() + " did not change within 10 s of the commit");
    }

    @Test
    void committedChangesEvictExactlyTheTilesTheyTouchAndTheTilesShowThem() throws Exception {
        TileHttp http = new TileHttp(port);
        Split split = lotOnAStreet();
        double[] e = extent3857(split.parcel());
        int[] a16 = Mvt.tileOf(e[4], e[5], 16);
        int[] a17 = Mvt.tileOf(e[4], e[5], 17);
        int[] b17 = tileAwayFrom(e);

        // First requests cut the tiles; the repeats come from the cache, same tag, same bytes.
        List<Fetched> before = List.of(fetch(http, 16, a16), fetch(http, 17, a17), fetch(http, 17, b17));
        assertThat(Mvt.single(before.get(0).body()).ids()).contains(split.parcel());
        assertThat(Mvt.single(before.get(1).body()).ids()).contains(split.parcel());
        assertThat(Mvt.single(before.get(2).body()).ids()).doesNotContain(split.parcel()).isNotEmpty();
        TileCache.Stats s0 = tiles.cacheStats();
        for (Fetched f : before) {
            Fetched again = fetch(http, f.z(), new int[] {f.x(), f.y()});
            assertThat(again.etag()).isEqualTo(f.etag());
            assertThat(again.body()).isEqualTo(f.body());
        }
        TileCache.Stats s1 = tiles.cacheStats();
        assertThat(s1.hits() - s0.hits()).as("repeats served from the cache").isEqualTo(3);
        assertThat(s1.misses()).isEqualTo(s0.misses());
        assertThat(http.tile("parcels", 17, a17[0], a17[1], "If-None-Match", before.get(1).etag()).status()).isEqualTo(304);

        // The split, through the REST API as an officer's client sends it.
        List<Long> children = commitSplit(split, "tile cache test", "officer-tiles");
        long committedAt = System.nanoTime();

        // The feed is asynchronous (NOTIFY): the tile changes within moments, not at once.
        Fetched a17After = awaitChange(http, before.get(1));
        System.out.printf("tile cache: split of parcel %d visible in its tile %d ms after the commit%n",
                split.parcel(), (System.nanoTime() - committedAt) / 1_000_000);
        Mvt.Layer now = Mvt.single(a17After.body());
        assertThat(now.ids()).doesNotContain(split.parcel()).containsAll(children);
        for (long child : children) {
            int number = jdbc.sql("SELECT parcel_number FROM parcel_version WHERE parcel_id = :p AND end_lifespan IS NULL")
                    .param("p", child).query(Integer.class).single();
            assertThat(now.feature(child).orElseThrow().properties().get("parcel_number")).isEqualTo((long) number);
        }
        // The same change reached the other zoom: its tile holds the children too.
        Fetched a16After = fetch(http, 16, a16);
        assertThat(a16After.etag()).isNotEqualTo(before.get(0).etag());
        assertThat(Mvt.single(a16After.body()).ids()).doesNotContain(split.parcel()).containsAll(children);
        // The client's old copy is stale now; the new tag is current.
        assertThat(http.tile("parcels", 17, a17[0], a17[1], "If-None-Match", before.get(1).etag()).status()).isEqualTo(200);
        assertThat(http.tile("parcels", 17, a17[0], a17[1], "If-None-Match", a17After.etag()).status()).isEqualTo(304);

        // A change of attributes alone (the main purpose of a child) reaches the tile the same way.
        long child = children.get(0);
        String purpose = (String) now.feature(child).orElseThrow().properties().get("main_purpose");
        String newPurpose = purpose.equals("TMD") ? "DYT" : "TMD";
        Response changed = post(TX, """
                {"kind": "PURPOSE_CHANGE", "legalBasis": "Quyết định 78/QĐ-UBND", "reason": "tile cache test",
                 "change": {"parcelId": %d, "purposes": [{"code": "%s", "area": %s, "term": "2075-12-31"}]}}"""
                .formatted(child, newPurpose, legalArea(child).toPlainString()), "If-Match", etag(child), "X-Landinfo-Officer", "officer-tiles");
        assertThat(changed.status()).as(changed.body()).isEqualTo(201);
        Fetched a17Purpose = awaitChange(http, a17After);
        assertThat(Mvt.single(a17Purpose.body()).feature(child).orElseThrow().properties().get("main_purpose")).isEqualTo(newPurpose);

        // The tile far from the split was not evicted: served from the cache, same tag, same bytes.
        TileCache.Stats s2 = tiles.cacheStats();
        Fetched far = fetch(http, 17, b17);
        TileCache.Stats s3 = tiles.cacheStats();
        assertThat(far.etag()).isEqualTo(before.get(2).etag());
        assertThat(far.body()).isEqualTo(before.get(2).body());
        assertThat(s3.hits() - s2.hits()).as("the far tile came from the cache").isEqualTo(1);
        assertThat(s3.misses()).isEqualTo(s2.misses());
        assertThat(s3.changesApplied()).isGreaterThan(s0.changesApplied());
    }
}
