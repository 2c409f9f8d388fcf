package vn.landinfo.demo.application;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import javax.sql.DataSource;
import vn.landinfo.demo.infrastructure.CommuneBorders;
import vn.landinfo.demo.infrastructure.CommuneToLoad;
import vn.landinfo.demo.infrastructure.CommuneWriter;
import vn.landinfo.demo.infrastructure.DemoCommunes;
import vn.landinfo.demo.model.CommuneCadastre;
import vn.landinfo.demo.model.CommuneLayout;
import vn.landinfo.demo.model.LandProfile;
import vn.landinfo.demo.model.ObbSplitter;
import vn.landinfo.demo.model.Piece;
import vn.landinfo.demo.model.StreetNames;

/**
 * Generates a demo cadastre on real commune boundaries: each commune laid out, noded and numbered in
 * Java (two communes at a time), then written in one database transaction (one DATA_MIGRATION transaction
 * per commune), one commune after another in code order. A commune that already holds parcels is skipped,
 * so a load can be resumed.
 */
public class GeneratingDemoData {

    private static final int THREADS = 2;

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
        // Geometry is laid out in parallel, but communes are written one after another in code order: every
        // id the database assigns (parcels, versions, parties, transactions, audit records) then follows the
        // same order on every machine, which two writers racing for the sequences could not give
        // (docs/decisions/0080-reproducible-demo-register.md). At most THREADS communes wait laid out.
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        Semaphore ahead = new Semaphore(THREADS);
        try {
            List<Future<Generated>> futures = new ArrayList<>();
            for (String code : codes) {
                futures.add(pool.submit(() -> {
                    ahead.acquire();
                    return generateCommune(code, request.seed(), progress);
                }));
            }
            for (int i = 0; i < codes.size(); i++) {
                if (target > 0 && parcels >= target) {
                    break;
                }
                Generated generated = futures.get(i).get();
                try {
                    long n = writeCommune(generated, request.seed(), progress);
                    if (n >= 0) {
                        done.add(generated.commune().code());
                        parcels += n;
                    } else {
                        skipped.add(generated.commune().code());
                    }
                } finally {
                    ahead.release();
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                progress.accept(String.format("demo-data: %,d parcels%s, commune %s (%d/%d), %.0f parcels/s",
                    parcels, target > 0 ? String.format(" / %,d", target) : "", codes.get(i), done.size() + skipped.size(),
                    codes.size(), parcels / seconds));
            }
        } finally {
            pool.shutdownNow();
        }
        List<String> loaded = new ArrayList<>(done);
        Collections.sort(loaded);
        if (!loaded.isEmpty()) {
            sealBorders(loaded, progress);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        DemoDataReport report = new DemoDataReport(name, false, parcels, loaded, List.copyOf(skipped), seconds);
        record(request, report);
        return report;
    }

    /** Communes generated apart meet exactly once their border parcels share vertices (see {@link CommuneBorders}). */
    private void sealBorders(List<String> codes, Consumer<String> progress) throws SQLException {
        long t0 = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long moved = CommuneBorders.seal(c, codes);
            c.commit();
            progress.accept(String.format("demo-data: ranh giới giữa các xã / commune borders sealed: %,d thửa / parcels snapped in %.1f s",
                moved, (System.nanoTime() - t0) / 1e9));
        }
    }

    /** A commune laid out in memory, ready to write; {@code result} is null when it already had parcels. */
    private record Generated(CommuneToLoad commune, CommuneCadastre.Result result, double seconds) {
    }

    /** Lays out one commune (pure computation on its boundary); skips a commune that already has parcels. */
    private Generated generateCommune(String code, long seed, Consumer<String> progress) throws Exception {
        CommuneToLoad commune;
        try (Connection c = dataSource.getConnection()) {
            commune = DemoCommunes.byCodes(c, List.of(code)).get(0);
            if (hasParcels(c, commune.id())) {
                return new Generated(commune, null, 0);
            }
        }
        long t0 = System.nanoTime();
        long communeSeed = seed * 1_000_003L + Long.parseLong(code);
        LandProfile profile = LandProfile.of(commune.provinceCode(), code, commune.unitType());
        StreetNames names = new StreetNames(commune.provinceCode());
        ObbSplitter splitter = new ObbSplitter(CommuneCadastre.PRECISION);
        List<Piece> pieces = new CommuneLayout(splitter, profile, communeSeed, names).layOut(commune.boundaryTm3());
        CommuneCadastre.Result result = CommuneCadastre.build(pieces, profile, code, commune.unitType(), commune.neighbourNames(),
            names, communeSeed);
        return new Generated(commune, result, (System.nanoTime() - t0) / 1e9);
    }

    /** Writes one laid-out commune in its own transaction; -1 when it already had parcels. */
    private long writeCommune(Generated generated, long seed, Consumer<String> progress) throws Exception {
        CommuneToLoad commune = generated.commune();
        if (generated.result() == null) {
            progress.accept("demo-data: " + commune.code() + " đã có thửa, bỏ qua / already has parcels, skipped");
            return -1;
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                long t1 = System.nanoTime();
                new CommuneWriter().write(c, commune, generated.result(), seed);
                long t2 = System.nanoTime();
                register.populate(c, List.of(commune.id()), seed, progress);
                c.commit();
                // Each phase timed apart, so a slow load shows whether geometry, the parcel write or the register is to blame.
                progress.accept(String.format("demo-data: %s — %,d thửa / parcels: hình học / geometry %.1f s, ghi / write %.1f s, sổ / register %.1f s",
                    commune.code(), generated.result().parcels().size(), generated.seconds(), (t2 - t1) / 1e9, (System.nanoTime() - t2) / 1e9));
                return generated.result().parcels().size();
            } catch (Exception e) {
                c.rollback();
                throw e;
            }
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

    private void record(DemoDataRequest request, DemoDataReport report) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                 INSERT INTO dataset_load (name, parameters, report) VALUES (?, ?::jsonb, ?::jsonb)
                 ON CONFLICT (name) DO UPDATE SET loaded_at = now(), parameters = excluded.parameters, report = excluded.report""")) {
            ps.setString(1, report.datasetName());
            ps.setString(2, String.format("{\"communes\": \"%s\", \"province\": %s, \"targetParcels\": %d, \"seed\": %d}",
                String.join(",", request.communeCodes()), request.provinceCode() == null ? "null" : "\"" + request.provinceCode() + "\"",
                request.targetParcels(), request.seed()));
            ps.setString(3, String.format(java.util.Locale.ROOT, "{\"parcels\": %d, \"communes\": \"%s\", \"seconds\": %.1f}",
                report.parcels(), String.join(",", report.communes()), report.seconds()));
            ps.executeUpdate();
        }
    }
}
