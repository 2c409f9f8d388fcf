package vn.landinfo.demo.application;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.sql.DataSource;
import vn.landinfo.demo.infrastructure.CommuneBorders;
import vn.landinfo.demo.infrastructure.CommuneToLoad;
import vn.landinfo.demo.infrastructure.CommuneWriter;
import vn.landinfo.demo.infrastructure.DemoCommunes;
import vn.landinfo.demo.model.CommuneCadastre;
import vn.landinfo.demo.model.CommuneLayout;
import vn.landinfo.demo.model.IndependentLoop;
import vn.landinfo.demo.model.LandProfile;
import vn.landinfo.demo.model.ObbSplitter;
import vn.landinfo.demo.model.PhaseTimes;
import vn.landinfo.demo.model.Piece;
import vn.landinfo.demo.model.StreetNames;

/**
 * Generates a demo cadastre on real commune boundaries: each commune laid out, noded and numbered in
 * Java, then written in one database transaction (one DATA_MIGRATION transaction per commune), one commune
 * after another in code order. A commune that already holds parcels is skipped, so a load can be resumed.
 *
 * <p>The load is a pipeline (docs/decisions/0120-demo-load-pipeline.md): one thread lays communes out in order,
 * as far ahead of the writer as the heap allows, while the writer, on one connection, writes them strictly in
 * order, so that every id the database assigns is the same on every run. On two cores the writer's database
 * backend keeps a core to itself (the writes are the longer chain); while the writer waits for geometry, its
 * core helps with the representative points ({@link SpareCore}). The load ends with a line of phase times: a
 * slow load shows at once whether geometry, the writes, the register or the seal is to blame, and whether the
 * writer waited for geometry.
 */
public class GeneratingDemoData {


    /**
     * Heap a commune laid out ahead of the writer may need: the largest demo commune (Sóc Sơn, 56,000 parcels) holds
     * about 100 MB when laid out and several times that while being noded.
     */
    static final long HEAP_PER_COMMUNE_AHEAD = 512L << 20;

    /** No more communes ahead than this, whatever the heap: a province load walks hundreds of them. */
    static final int MAX_AHEAD = 8;

    private final DataSource dataSource;
    private final PopulatingDemoRegister register;

    public GeneratingDemoData(DataSource dataSource) {
        this(dataSource, new PopulatingDemoRegister());
    }

    public GeneratingDemoData(DataSource dataSource, PopulatingDemoRegister register) {
        this.dataSource = dataSource;
        this.register = register;
    }

    public DemoDataReport generate(DemoDataRequest request, Consumer<String> progress) throws Exception {
        long start = System.nanoTime();
        String name = request.datasetName();
        List<String> codes;
        try (Connection c = dataSource.getConnection()) {
            if (request.ifAbsent() && loaded(c, name)) {
                progress.accept("demo-data: " + name + " đã có / already loaded");
                return new DemoDataReport(name, true, 0, List.of(), List.of(), 0);
            }
            codes = request.provinceCode() != null ? DemoCommunes.codesOfProvince(c, request.provinceCode()) : request.communeCodes();
            if (request.provinceCode() == null) {
                DemoCommunes.byCodes(c, codes); // every named commune must exist before anything is written
            }
        }
        long parcels = 0;
        List<String> done = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        long target = request.provinceCode() != null ? request.targetParcels() : 0;
        LoadTimes times = new LoadTimes();
        // Geometry is laid out ahead on another thread, but communes are written one after another in code order:
        // every id the database assigns (parcels, versions, parties, transactions, audit records) then follows the
        // same order on every machine, which two writers racing for the sequences could not give
        // (docs/decisions/0080-reproducible-demo-register.md). At most `ahead` communes are laid out and not yet
        // written, the one being written included.
        int ahead = lookAhead(Runtime.getRuntime().maxMemory());
        Layouts layouts = new Layouts(codes, request.seed(), ahead);
        ExecutorService layout = Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "demo-layout");
            t.setDaemon(true);
            return t;
        });
        try (SpareCore spare = new SpareCore(layouts::claimIfRoom)) {
            layout.submit(() -> layouts.layOutInOrder(spare));
            for (int i = 0; i < codes.size(); i++) {
                if (target > 0 && parcels >= target) {
                    break;
                }
                long waitStart = System.nanoTime();
                spare.writerWaiting(true);
                Generated generated;
                try {
                    generated = layouts.take(i);
                } finally {
                    spare.writerWaiting(false);
                }
                times.waited += System.nanoTime() - waitStart;
                try {
                    long n = writeCommune(generated, request.seed(), times, progress);
                    if (n >= 0) {
                        done.add(generated.commune().code());
                        parcels += n;
                    } else {
                        skipped.add(generated.commune().code());
                    }
                } finally {
                    layouts.written();
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                progress.accept(String.format("demo-data: %,d parcels%s, commune %s (%d/%d), %.0f parcels/s",
                    parcels, target > 0 ? String.format(" / %,d", target) : "", codes.get(i), done.size() + skipped.size(),
                    codes.size(), parcels / seconds));
            }
        } finally {
            layout.shutdownNow();
        }
        List<String> loaded = new ArrayList<>(done);
        Collections.sort(loaded);
        if (!loaded.isEmpty()) {
            sealBorders(loaded, times, progress);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        progress.accept(times.summary(seconds, ahead));
        DemoDataReport report = new DemoDataReport(name, false, parcels, loaded, List.copyOf(skipped), seconds);
        record(request, report, times);
        return report;
    }

    /** How many communes may be laid out ahead of the writer with this much heap: one per 512 MB, 2 to 8. */
    static int lookAhead(long maxHeapBytes) {
        return (int) Math.max(2, Math.min(MAX_AHEAD, maxHeapBytes / HEAP_PER_COMMUNE_AHEAD));
    }

    /** Communes generated apart meet exactly once their border parcels share vertices (see {@link CommuneBorders}). */
    private void sealBorders(List<String> codes, LoadTimes times, Consumer<String> progress) throws SQLException {
        long t0 = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long moved = CommuneBorders.seal(c, codes);
            c.commit();
            times.seal += System.nanoTime() - t0;
            progress.accept(String.format("demo-data: ranh giới giữa các xã / commune borders sealed: %,d thửa / parcels snapped in %.1f s",
                moved, (System.nanoTime() - t0) / 1e9));
        }
    }

    /**
     * The communes to lay out, claimed strictly in code order by the layout thread and, while the writer waits and the
     * look-ahead has room, by the spare core, which then lays out a whole commune itself (docs/decisions/0120).
     * At most {@code ahead} communes are laid out and not yet written, the one being written included. Who laid a
     * commune out does not matter: its layout is a function of its boundary and the seed.
     */
    private final class Layouts {
        private final List<String> codes;
        private final long seed;
        private final Semaphore permits;
        private final AtomicInteger next = new AtomicInteger();
        private final List<CompletableFuture<Generated>> results = new ArrayList<>();

        Layouts(List<String> codes, long seed, int ahead) {
            this.codes = codes;
            this.seed = seed;
            this.permits = new Semaphore(ahead);
            codes.forEach(code -> results.add(new CompletableFuture<>()));
        }

        /** The layout thread: every commune nobody has claimed yet, in order, helped with its points by the spare core. */
        void layOutInOrder(SpareCore spare) {
            while (true) {
                try {
                    permits.acquire();
                } catch (InterruptedException e) {
                    return;
                }
                int i = next.getAndIncrement();
                if (i >= codes.size()) {
                    permits.release();
                    return;
                }
                layOut(i, spare);
            }
        }

        /** The spare core's job: the next commune, if the look-ahead has room for it now; null otherwise. */
        Runnable claimIfRoom() {
            if (next.get() >= codes.size() || !permits.tryAcquire()) {
                return null;
            }
            int i = next.getAndIncrement();
            if (i >= codes.size()) {
                permits.release();
                return null;
            }
            return () -> layOut(i, IndependentLoop.SEQUENTIAL);
        }

        private void layOut(int i, IndependentLoop points) {
            try {
                results.get(i).complete(generateCommune(codes.get(i), seed, points));
            } catch (Throwable e) {
                results.get(i).completeExceptionally(e);
            }
        }

        /** The i-th commune once laid out; the writer takes them in order, and nothing holds one once it is taken. */
        Generated take(int i) throws InterruptedException, ExecutionException {
            Generated generated = results.get(i).get();
            results.set(i, null);
            return generated;
        }

        /** The writer has written (or skipped) a commune: its place in the look-ahead is free. */
        void written() {
            permits.release();
        }
    }

    /** A commune laid out in memory, ready to write; {@code result} is null when it already had parcels. */
    private record Generated(CommuneToLoad commune, CommuneCadastre.Result result, PhaseTimes times) {
    }

    /** Lays out one commune (pure computation on its boundary); skips a commune that already has parcels. */
    private Generated generateCommune(String code, long seed, IndependentLoop points) throws Exception {
        PhaseTimes times = new PhaseTimes();
        CommuneToLoad commune;
        try (Connection c = dataSource.getConnection()) {
            commune = DemoCommunes.byCodes(c, List.of(code)).get(0);
            if (hasParcels(c, commune.id())) {
                return new Generated(commune, null, times);
            }
        }
        times.lap("boundary");
        long communeSeed = seed * 1_000_003L + Long.parseLong(code);
        LandProfile profile = LandProfile.of(commune.provinceCode(), code, commune.unitType());
        StreetNames names = new StreetNames(commune.provinceCode());
        ObbSplitter splitter = new ObbSplitter(CommuneCadastre.PRECISION);
        List<Piece> pieces = new CommuneLayout(splitter, profile, communeSeed, names).layOut(commune.boundaryTm3());
        times.lap("layout");
        CommuneCadastre.Result result = CommuneCadastre.build(pieces, profile, code, commune.unitType(), commune.neighbourNames(),
            names, communeSeed, times, points);
        return new Generated(commune, result, times);
    }

    /** Writes one laid-out commune in its own transaction; -1 when it already had parcels. */
    private long writeCommune(Generated generated, long seed, LoadTimes times, Consumer<String> progress) throws Exception {
        CommuneToLoad commune = generated.commune();
        if (generated.result() == null) {
            progress.accept("demo-data: " + commune.code() + " đã có thửa, bỏ qua / already has parcels, skipped");
            return -1;
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                PhaseTimes write = new PhaseTimes();
                new CommuneWriter().write(c, commune, generated.result(), seed, write);
                PhaseTimes populate = register.populate(c, List.of(commune.id()), seed, progress);
                long t0 = System.nanoTime();
                c.commit();
                write.add("commit", System.nanoTime() - t0);
                times.geometry.addAll(generated.times());
                times.write.addAll(write);
                times.register.addAll(populate);
                // Each phase timed apart, so a slow load shows whether geometry, the parcel write or the register is to blame.
                progress.accept(String.format(Locale.ROOT,
                    "demo-data: %s — %,d thửa / parcels: hình học / geometry %.1f s (%s); ghi / write %.1f s (%s); sổ / register %.1f s",
                    commune.code(), generated.result().parcels().size(), generated.times().totalSeconds(), generated.times(),
                    write.totalSeconds(), write, populate.totalSeconds()));
                return generated.result().parcels().size();
            } catch (Exception e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** The load's phases added up over its communes, for the closing line and the load's record. */
    private static final class LoadTimes {
        final PhaseTimes geometry = new PhaseTimes();
        final PhaseTimes write = new PhaseTimes();
        final PhaseTimes register = new PhaseTimes();
        long waited;
        long seal;

        String summary(double totalSeconds, int ahead) {
            return String.format(Locale.ROOT,
                "demo-data: thời gian / phases — total %.1f s; geometry %.1f s, up to %d communes ahead (%s); "
                    + "write %.1f s (%s); register %.1f s; seal %.1f s; writer waited for geometry %.1f s",
                totalSeconds, geometry.totalSeconds(), ahead, geometry, write.totalSeconds(), write,
                register.totalSeconds(), seal / 1e9, waited / 1e9);
        }

        String json() {
            return String.format(Locale.ROOT,
                "{\"geometry\": %.1f, \"write\": %.1f, \"register\": %.1f, \"seal\": %.1f, \"waitedForGeometry\": %.1f}",
                geometry.totalSeconds(), write.totalSeconds(), register.totalSeconds(), seal / 1e9, waited / 1e9);
        }
    }

    private static boolean loaded(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM dataset_load WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static boolean hasParcels(Connection c, long communeId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM parcel_version WHERE commune_id = ? AND end_lifespan IS NULL LIMIT 1")) {
            ps.setLong(1, communeId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private void record(DemoDataRequest request, DemoDataReport report, LoadTimes times) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                 INSERT INTO dataset_load (name, parameters, report) VALUES (?, ?::jsonb, ?::jsonb)
                 ON CONFLICT (name) DO UPDATE SET loaded_at = now(), parameters = excluded.parameters, report = excluded.report""")) {
            ps.setString(1, report.datasetName());
            ps.setString(2, String.format("{\"communes\": \"%s\", \"province\": %s, \"targetParcels\": %d, \"seed\": %d}",
                String.join(",", request.communeCodes()), request.provinceCode() == null ? "null" : "\"" + request.provinceCode() + "\"",
                request.targetParcels(), request.seed()));
            ps.setString(3, String.format(Locale.ROOT, "{\"parcels\": %d, \"communes\": \"%s\", \"seconds\": %.1f, \"phases\": %s}",
                report.parcels(), String.join(",", report.communes()), report.seconds(), times.json()));
            ps.executeUpdate();
        }
    }
}
