package vn.landinfo.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.demo.application.DemoDataRequest;
import vn.landinfo.demo.application.GeneratingDemoData;
import vn.landinfo.mapserver.catalog.PublishedLayer;
import vn.landinfo.mapserver.crs.CrsCatalogue;
import vn.landinfo.mapserver.features.FeatureProperty;
import vn.landinfo.mapserver.features.FeatureTypes;
import vn.landinfo.mapserver.features.query.FeatureQuery;
import vn.landinfo.testsupport.AdminUnitFixture;
import vn.landinfo.testsupport.TestDatabase;
import vn.landinfo.web.ogc.OgrInfo;

/**
 * Heavy lane (issue 17 §3's benchmark line): Hà Nội's million-parcel load (as MillionParcelLoadIT makes it; loaded
 * here if absent) exported whole as GeoJSON and FlatGeobuf by the export's own code, in this JVM, with the live heap
 * sampled (a full collection every two seconds) and the first 64 KB timed; then as FlatGeobuf by the packaged jar in
 * a 256 MB heap; then by {@code ogr2ogr} reading the same view straight from PostGIS. Time, MB/s and heap are printed
 * for the closing note; the asserts are outcomes (every parcel written, GDAL counts them, the 256 MB run finishes).
 * Run it alone with {@code ./landinfo test --heavy -pl web -am -Dtest=none -Dit.test=ProvinceExportIT
 * -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false} (docs/testing.md).
 */
@Tag("heavy")
class ProvinceExportIT {

    private static final String PROVINCE = "01";
    private static final JdbcClient DB = JdbcClient.create(TestDatabase.dataSource());

    @TempDir
    Path dir;

    @BeforeAll
    static void aMillionParcelsOfHaNoi() throws Exception {
        AdminUnitFixture.ensureLoaded(TestDatabase.dataSource());
        new GeneratingDemoData(TestDatabase.dataSource()).generate(DemoDataRequest.province(PROVINCE, 1_000_000).ifAbsent(true), System.out::println);
    }

    private static long parcelsOfTheProvince() {
        return DB.sql("SELECT count(*) FROM publish.parcels WHERE commune_code IN (SELECT code FROM publish.communes WHERE province_code = :p)")
                .param("p", PROVINCE).query(Long.class).single();
    }

    /** Samples the live heap (used after a full collection) every two seconds while an export runs. */
    private static final class HeapSampler implements AutoCloseable {
        private final long baseline = live();
        private final AtomicLong peak = new AtomicLong();
        private final Thread thread = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(live(), Math::max);
                try {
                    Thread.sleep(2000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");

        HeapSampler() {
            thread.setDaemon(true);
            thread.start();
        }

        static long live() {
            System.gc();
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }

        long growth() {
            return Math.max(0, peak.get() - baseline);
        }

        @Override
        public void close() throws InterruptedException {
            thread.interrupt();
            thread.join();
        }
    }

    private record Line(String what, long features, long bytes, double seconds, double firstSeconds, String heap) {
        String print() {
            return String.format(Locale.ROOT, "%-34s %,10d %9.1f MB %8.1f s %7.1f MB/s  first 64 KB %6.2f s  %s", what, features, bytes / 1e6,
                    seconds, bytes / 1e6 / seconds, firstSeconds, heap);
        }
    }

    private Line inProcess(ExportFormat format) throws Exception {
        Exporting exporting = new Exporting(TestDatabase.dataSource());
        Path file = dir.resolve("province." + format.name().toLowerCase(Locale.ROOT));
        ExportRequest request = new ExportRequest(new ExportArea.Province(PROVINCE), format, CrsCatalogue.standard().find("CRS:84").orElseThrow(), file);
        FeatureQuery query = exporting.query(request);
        long start = System.nanoTime();
        AtomicLong first = new AtomicLong();
        Exporting.Result r;
        double seconds;
        long growth;
        try (HeapSampler heap = new HeapSampler()) {
            try (OutputStream out = new FilterOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    first.compareAndSet(0, System.nanoTime());
                    out.write(b, off, len);
                }
            }) {
                r = exporting.write(request, query, out, new PrintStream(OutputStream.nullOutputStream()), false);
            }
            seconds = (System.nanoTime() - start) / 1e9;
            heap.close();
            growth = heap.growth();
        }
        assertThat(r.features()).as(format + " features written").isEqualTo(parcelsOfTheProvince());
        return new Line("landinfo export " + format.name().toLowerCase(Locale.ROOT) + " (in process)", r.features(), Files.size(file),
                seconds, (first.get() - start) / 1e9, String.format(Locale.ROOT, "live heap +%.0f MB", growth / 1e6));
    }

    private Line jarIn256Mb() throws Exception {
        Path file = dir.resolve("province-jar.fgb");
        Path gcLog = dir.resolve("gc.log");
        long start = System.nanoTime();
        JarCommand.Result r = JarCommand.run(TestDatabase.url(), Duration.ofHours(1), List.of("-Xmx256m", "-Xlog:gc:file=" + gcLog),
                "export", "--province", PROVINCE, "--format", "fgb", "--output", file.toString());
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(r.exit()).as(r.output()).isZero();
        OgrInfo.Summary s = OgrInfo.summary(file);
        assertThat(s.features()).isEqualTo(parcelsOfTheProvince());
        return new Line("landinfo export fgb (jar, -Xmx256m)", s.features(), Files.size(file), seconds, Double.NaN, afterGc(gcLog));
    }

    /** The largest heap left after a collection, from the JVM's own GC log ("… 120M->20M(256M) …"). */
    private static String afterGc(Path gcLog) throws IOException {
        long max = 0;
        var m = java.util.regex.Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
        for (String line : Files.readAllLines(gcLog)) {
            var matcher = m.matcher(line);
            if (matcher.find()) {
                max = Math.max(max, Long.parseLong(matcher.group(2)));
            }
        }
        return "heap after GC at most " + max + " MB (includes JVM start)";
    }

    private Line ogr2ogr(String driver, String extension, String... options) throws Exception {
        URI db = URI.create(TestDatabase.url().substring("jdbc:".length()));
        String pg = "PG:host=" + db.getHost() + " port=" + db.getPort() + " dbname=" + db.getPath().substring(1) + " user=" + TestDatabase.user();
        String columns = FeatureTypes.of(PublishedLayer.PARCELS).properties().stream().map(FeatureProperty::column).collect(Collectors.joining(", "));
        String sql = "SELECT id, " + columns + ", geom FROM publish.parcels WHERE commune_code IN"
                + " (SELECT code FROM publish.communes WHERE province_code = '" + PROVINCE + "')";
        Path file = dir.resolve("ogr2ogr." + extension);
        List<String> command = new ArrayList<>(List.of("/usr/bin/ogr2ogr", "-f", driver, file.toString(), pg, "-sql", sql));
        command.addAll(List.of(options));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("ogr2ogr.log").toFile());
        pb.environment().put("PGPASSWORD", TestDatabase.password() == null ? "" : TestDatabase.password());
        long start = System.nanoTime();
        Process p = pb.start();
        assertThat(p.waitFor(1, TimeUnit.HOURS)).isTrue();
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("ogr2ogr.log"))).isZero();
        return new Line("ogr2ogr " + driver + " from PostGIS", -1, Files.size(file), seconds, Double.NaN, "(another process)");
    }

    @Test
    void aMillionParcelProvinceExportsWithFlatMemoryBesideOgr2ogrReadingTheSameView() throws Exception {
        List<Line> lines = new ArrayList<>();
        lines.add(inProcess(ExportFormat.GEOJSON));
        lines.add(inProcess(ExportFormat.FGB));
        lines.add(jarIn256Mb());
        lines.add(ogr2ogr("GeoJSON", "geojson"));
        lines.add(ogr2ogr("FlatGeobuf", "fgb", "-lco", "SPATIAL_INDEX=NO"));
        System.out.println("province " + PROVINCE + " export, " + parcelsOfTheProvince() + " parcels:");
        lines.forEach(l -> System.out.println("  " + l.print()));
    }
}
