package vn.landinfo.adminunit.application;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;
import vn.landinfo.adminunit.infrastructure.AdminUnitRows;
import vn.landinfo.adminunit.infrastructure.BoundaryRepairs;
import vn.landinfo.adminunit.infrastructure.BoundaryStaging;
import vn.landinfo.adminunit.infrastructure.DatasetLoads;
import vn.landinfo.adminunit.infrastructure.GeoJsonBoundaryReader;
import vn.landinfo.adminunit.infrastructure.ReferenceUnitsFile;
import vn.landinfo.adminunit.model.AdminLevel;
import vn.landinfo.adminunit.model.AdminUnitImportReport;
import vn.landinfo.adminunit.model.InvalidAdminUnitInput;
import vn.landinfo.adminunit.model.OverlapTolerance;
import vn.landinfo.adminunit.model.ReferenceUnit;

/**
 * Loads Vietnam's administrative units: the reference set once ({@link #importReference}), and boundary files
 * later ({@link #importBoundaries}, e.g. for the communes of Đà Nẵng and TP.HCM, which the reference lacks).
 * Each call is one database transaction: refused input writes nothing.
 */
public final class ImportingAdminUnits {

    /** The {@code dataset_load} name of the reference set. */
    public static final String REFERENCE_DATASET = "admin-units";
    static final String SOURCE = "vietnamese-provinces-database (Thang Le Quoc, MIT), dataset 2026-07-25";

    private static final Logger log = LoggerFactory.getLogger(ImportingAdminUnits.class);

    private final DataSource dataSource;

    public ImportingAdminUnits(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Loads {@code units.json}, {@code provinces.geojson[.gz]} and {@code communes/*.geojson[.gz]} from {@code dir}
     * once; a later call finds the {@code admin-units} load recorded and returns its report, marked already loaded.
     */
    public AdminUnitImportReport importReference(Path dir) {
        long start = System.nanoTime();
        Path unitsFile = dir.resolve("units.json");
        if (!Files.isRegularFile(unitsFile)) {
            throw new InvalidAdminUnitInput("không tìm thấy / not found: " + unitsFile
                    + " (the reference administrative units directory, property landinfo.admin-units-dir)");
        }
        return inTransaction(connection -> {
            DatasetLoads loads = new DatasetLoads(connection);
            loads.lock(REFERENCE_DATASET);
            Optional<AdminUnitImportReport> done = loads.report(REFERENCE_DATASET);
            if (done.isPresent()) {
                return done.get().asAlreadyLoaded(millisSince(start));
            }
            List<ReferenceUnit> units = ReferenceUnitsFile.read(unitsFile);
            AdminUnitRows.upsert(connection, units, SOURCE);
            log.info("admin units: {} units written, streaming boundaries", units.size());

            BoundaryStaging staging = new BoundaryStaging(connection);
            try {
                stage(staging, file(dir, "provinces.geojson"), AdminLevel.PROVINCE);
                for (Path communes : communeFiles(dir.resolve("communes"))) {
                    stage(staging, communes, AdminLevel.COMMUNE);
                }
            } catch (RuntimeException e) {
                staging.cancel();
                throw e;
            }
            staging.finish();
            log.info("admin units: boundaries staged after {} ms, repairing", millisSince(start));
            BoundaryRepairs.Outcome outcome = new BoundaryRepairs(connection).apply();

            int provinces = (int) units.stream().filter(u -> u.level() == AdminLevel.PROVINCE).count();
            AdminUnitImportReport report = report(REFERENCE_DATASET, provinces, units.size() - provinces, outcome,
                    connection, start);
            loads.record(REFERENCE_DATASET, json(Map.of("directory", dir.toAbsolutePath().toString(), "source", SOURCE)),
                    report);
            return report;
        });
    }

    /**
     * Loads or replaces the boundaries of existing current units from a GeoJSON FeatureCollection whose feature
     * {@code id} is a commune code (5 digits) or a province code (2 digits); plain or gzip-compressed. Applying the
     * same file twice leaves the same state. Recorded as {@code admin-unit-boundaries:<file name>}.
     */
    public AdminUnitImportReport importBoundaries(Path geojsonFile) {
        long start = System.nanoTime();
        if (!Files.isRegularFile(geojsonFile)) {
            throw new InvalidAdminUnitInput("không tìm thấy tệp / file not found: " + geojsonFile);
        }
        String dataset = "admin-unit-boundaries:" + geojsonFile.getFileName();
        return inTransaction(connection -> {
            DatasetLoads loads = new DatasetLoads(connection);
            // Boundary files change neighbours too: one at a time, and never during the reference load.
            loads.lock(REFERENCE_DATASET);
            BoundaryStaging staging = new BoundaryStaging(connection);
            try {
                stage(staging, geojsonFile, null);
            } catch (RuntimeException e) {
                staging.cancel();
                throw e;
            }
            staging.finish();
            BoundaryRepairs.Outcome outcome = new BoundaryRepairs(connection).apply();
            AdminUnitImportReport report = report(dataset, 0, 0, outcome, connection, start);
            loads.record(dataset, json(Map.of("file", geojsonFile.toAbsolutePath().toString(),
                    "sha256", sha256(geojsonFile))), report);
            return report;
        });
    }

    /** Streams one file into the staging table; {@code level} null means "from the code's length". */
    private static void stage(BoundaryStaging staging, Path file, AdminLevel level) {
        String source = file.getFileName().toString();
        try (InputStream in = open(file)) {
            new GeoJsonBoundaryReader(source).read(in, feature -> {
                AdminLevel featureLevel = AdminLevel.ofCode(feature.code()).orElseThrow(() -> new InvalidAdminUnitInput(
                        source + ": " + feature.label() + ": mã đơn vị phải có 2 hoặc 5 chữ số / the id must be a "
                                + "2-digit province or 5-digit commune code"));
                if (level != null && featureLevel != level) {
                    throw new InvalidAdminUnitInput(source + ": " + feature.label() + ": expected a "
                            + level.dbValue() + " code");
                }
                staging.add(source, featureLevel, feature);
            });
        } catch (IOException e) {
            throw new InvalidAdminUnitInput(source + ": không đọc được / cannot read: " + e.getMessage());
        }
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        // gzip by content, not by name: the magic bytes 1f 8b
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        return b1 == 0x1f && b2 == 0x8b ? new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16) : in;
    }

    /** {@code name} or {@code name.gz}, whichever exists. */
    private static Path file(Path dir, String name) {
        Path plain = dir.resolve(name);
        Path gz = dir.resolve(name + ".gz");
        if (Files.isRegularFile(gz)) {
            return gz;
        }
        if (Files.isRegularFile(plain)) {
            return plain;
        }
        throw new InvalidAdminUnitInput("không tìm thấy / not found: " + gz + " (or " + plain + ")");
    }

    private static List<Path> communeFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches(".*\\.geojson(\\.gz)?")).sorted().toList();
        } catch (NoSuchFileException e) {
            throw new InvalidAdminUnitInput("không tìm thấy / not found: " + dir);
        } catch (IOException e) {
            throw new InvalidAdminUnitInput("cannot list " + dir + ": " + e.getMessage());
        }
    }

    private static AdminUnitImportReport report(String dataset, int provinces, int communes,
                                                BoundaryRepairs.Outcome outcome, Connection connection, long start)
            throws SQLException {
        return new AdminUnitImportReport(dataset, false, provinces, communes, outcome.boundaries(),
                AdminUnitRows.communesWithoutBoundary(connection), outcome.invalidRepaired(),
                outcome.overlappingPairs(), Math.round(outcome.overlapAreaMovedM2() * 10) / 10.0,
                OverlapTolerance.SQUARE_METRES, new ArrayList<>(outcome.repairedUnits()), millisSince(start));
    }

    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T inTransaction(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Lỗi cơ sở dữ liệu / database error while importing administrative units: "
                    + e.getMessage(), e);
        }
    }

    private static String json(Map<String, String> values) {
        return JsonMapper.shared().writeValueAsString(values);
    }

    private static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
