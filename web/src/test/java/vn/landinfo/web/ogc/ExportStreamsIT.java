package vn.landinfo.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A whole commune (the CI set's largest) exported page by page through WFS and OGC API, as GeoJSON and FlatGeobuf,
 * from the server running in this JVM, with what flat memory means measured rather than assumed
 * (docs/decisions/0190-exports-stream-flatgeobuf-and-the-export-command.md): the server's live heap (after a full
 * GC) is sampled while each answer is in flight — once while the client pauses after its first 64 KB, so the server
 * is blocked mid-answer, then every 2 MB. The median sample must be under half the answer being sent: an answer built
 * in memory holds all of it from its first byte to its last, so it shows at every sample, while another thread of
 * this JVM that happens to hold a few MB at one sample (it did once in CI: 4.8 MB at one of four samples) moves
 * the maximum, not the median. The first byte must come within a generous bound; the real figures are
 * printed. Every feature of the commune comes back exactly once over the pages.
 */
class ExportStreamsIT extends FeaturesTestSupport {

    private static final int PAGE = 10_000;
    private static final long SAMPLE_EVERY = 2L << 20;
    /** Generous: the bar is 1 s; this catches an answer that waits for its last row, not a slow machine. */
    private static final double FIRST_BYTE_BOUND_S = 5;

    enum Kind { GEOJSON, FLATGEOBUF }

    record Measured(long bytes, long features, double firstByteSeconds, double seconds, long heapGrowth, long maxHeapGrowth) {
    }

    private String largestCommune() {
        return jdbc.sql("SELECT commune_code FROM publish.parcels GROUP BY commune_code ORDER BY count(*) DESC, commune_code LIMIT 1")
                .query(String.class).single();
    }

    /** Live heap of this JVM (the server's and the test's): used after full collections. */
    private static long liveHeap() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private Measured stream(String url, Kind kind) throws Exception {
        long before = liveHeap();
        long start = System.nanoTime();
        // The client runs in the server's JVM, so it must not read ahead: java.net.http's client keeps taking bytes off
        // the socket into its own buffers while the reader pauses, which the heap samples then count as the server's
        // (a 7 MB answer "grew" the heap by 6.9 MB in one CI run). HttpURLConnection reads only what is asked of it.
        HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
        connection.setRequestProperty("Accept-Encoding", "identity");
        int status = connection.getResponseCode();
        try (Sampling in = new Sampling(connection.getInputStream(), before)) {
            int first = in.read();
            double firstByte = (System.nanoTime() - start) / 1e9;
            assertThat(status).as(url).isEqualTo(200);
            assertThat(first).as("a first byte").isNotNegative();
            long features = kind == Kind.GEOJSON ? countGeoJson(in) : countFlatGeobuf(in, first);
            return new Measured(in.bytes, features, firstByte, (System.nanoTime() - start) / 1e9, in.medianGrowth(), in.maxGrowth());
        }
    }

    /** Features of a GeoJSON answer: each begins {@code {"type":"Feature","id"} (GeoJsonEncoder's own order). */
    private static long countGeoJson(InputStream in) throws IOException {
        byte[] pattern = "{\"type\":\"Feature\",\"id\"".getBytes(StandardCharsets.US_ASCII);
        byte[] buf = new byte[1 << 16];
        long count = 0;
        int matched = 0;
        for (int n; (n = in.read(buf)) > 0; ) {
            for (int i = 0; i < n; i++) {
                matched = buf[i] == pattern[matched] ? matched + 1 : buf[i] == pattern[0] ? 1 : 0;
                if (matched == pattern.length) {
                    count++;
                    matched = 0;
                }
            }
        }
        return count;
    }

    /** Features of a FlatGeobuf answer: after the magic bytes and the header, size-prefixed features to the end. */
    private static long countFlatGeobuf(InputStream in, int firstByte) throws IOException {
        assertThat(firstByte).isEqualTo('f');
        in.readNBytes(7);
        in.skipNBytes(int32(in));
        long count = 0;
        while (true) {
            byte[] size = in.readNBytes(4);
            if (size.length < 4) {
                assertThat(size).as("no partial size prefix at the end").isEmpty();
                return count;
            }
            in.skipNBytes(ByteBuffer.wrap(size).order(ByteOrder.LITTLE_ENDIAN).getInt());
            count++;
        }
    }

    private static int int32(InputStream in) throws IOException {
        return ByteBuffer.wrap(in.readNBytes(4)).order(ByteOrder.LITTLE_ENDIAN).getInt();
    }

    /** Counts the bytes read and samples the live heap after the first 64 KB (pausing first) and every 2 MB. */
    private static final class Sampling extends java.io.FilterInputStream {
        private final long baseline;
        private long bytes;
        private long nextSample = 64 * 1024;
        private final java.util.List<Long> growth = new java.util.ArrayList<>();

        Sampling(InputStream in, long baseline) {
            super(in);
            this.baseline = baseline;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        /** Skipped bytes are read (and counted) too: the FlatGeobuf count skips each feature's body. */
        @Override
        public long skip(long n) throws IOException {
            byte[] buf = new byte[(int) Math.min(n, 1 << 16)];
            long skipped = 0;
            while (skipped < n) {
                int r = read(buf, 0, (int) Math.min(buf.length, n - skipped));
                if (r < 0) {
                    break;
                }
                skipped += r;
            }
            return skipped;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) {
            bytes += n;
            if (bytes >= nextSample) {
                if (nextSample == 64 * 1024) {
                    // The client stops reading: the server fills the socket and blocks mid-answer.
                    try {
                        Thread.sleep(300);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    nextSample = SAMPLE_EVERY;
                } else {
                    nextSample += SAMPLE_EVERY;
                }
                growth.add(liveHeap() - baseline);
            }
        }

        /** The lower median: with an even count, the smaller of the middle two. */
        long medianGrowth() {
            return growth.isEmpty() ? 0 : growth.stream().sorted().toList().get((growth.size() - 1) / 2);
        }

        long maxGrowth() {
            return growth.stream().mapToLong(Long::longValue).max().orElse(0);
        }
    }

    private long exportPages(String name, String firstUrlWithoutPaging, String startParameter, Kind kind) throws Exception {
        long total = 0;
        for (long start = 0; ; start += PAGE) {
            Measured m = stream(firstUrlWithoutPaging + "&" + startParameter + "=" + start, kind);
            System.out.printf(Locale.ROOT, "export %s page at %d: %,d features, %.1f MB in %.2f s (%.1f MB/s), first byte %.3f s,"
                            + " live heap grew %.1f MB (median sample), %.1f MB at most%n", name, start, m.features(), m.bytes() / 1e6,
                    m.seconds(), m.bytes() / 1e6 / m.seconds(), m.firstByteSeconds(), m.heapGrowth() / 1e6, m.maxHeapGrowth() / 1e6);
            assertThat(m.firstByteSeconds()).as("%s: first byte", name).isLessThan(FIRST_BYTE_BOUND_S);
            // Below 4 MB half the answer is within what one fetch of rows and the client's buffers weigh.
            if (m.bytes() >= 4_000_000) {
                assertThat(m.heapGrowth()).as("%s: live heap growth (median sample) while sending %,d bytes", name, m.bytes()).isLessThan(m.bytes() / 2);
            }
            total += m.features();
            if (m.features() < PAGE) {
                return total;
            }
        }
    }

    @Test
    void aWholeCommuneStreamsThroughWfsAndOgcApiAsGeoJsonAndFlatGeobufWithoutTheHeapGrowingWithTheAnswer() throws Exception {
        String commune = largestCommune();
        long parcels = parcelsOf(commune);
        assertThat(parcels).as("the commune needs more than one page").isGreaterThan(PAGE);
        String fes = enc("<fes:Filter xmlns:fes=\"http://www.opengis.net/fes/2.0\"><fes:PropertyIsEqualTo><fes:ValueReference>commune_code"
                + "</fes:ValueReference><fes:Literal>" + commune + "</fes:Literal></fes:PropertyIsEqualTo></fes:Filter>");
        String wfs = "http://localhost:" + port + "/ogc/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=landinfo:parcels&COUNT="
                + PAGE + "&FILTER=" + fes + "&OUTPUTFORMAT=";
        String items = base() + "/collections/parcels/items?limit=" + PAGE + "&filter=" + enc("commune_code = '" + commune + "'") + "&f=";

        // First use loads classes, plans and pools once; what the walks measure is what an answer adds to the heap.
        for (String warm : new String[] {wfs.replace("COUNT=" + PAGE, "COUNT=50") + "application/json",
                wfs.replace("COUNT=" + PAGE, "COUNT=50") + "application/flatgeobuf", items.replace("limit=" + PAGE, "limit=50") + "json",
                items.replace("limit=" + PAGE, "limit=50") + "fgb"}) {
            stream(warm, warm.endsWith("json") ? Kind.GEOJSON : Kind.FLATGEOBUF);
        }
        assertThat(exportPages("WFS GeoJSON", wfs + "application/json", "STARTINDEX", Kind.GEOJSON)).isEqualTo(parcels);
        assertThat(exportPages("WFS FlatGeobuf", wfs + "application/flatgeobuf", "STARTINDEX", Kind.FLATGEOBUF)).isEqualTo(parcels);
        assertThat(exportPages("OGC API GeoJSON", items + "json", "offset", Kind.GEOJSON)).isEqualTo(parcels);
        assertThat(exportPages("OGC API FlatGeobuf", items + "fgb", "offset", Kind.FLATGEOBUF)).isEqualTo(parcels);
    }
}
