package vn.landinfo.web.ogc.ets;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.testsupport.AdminUnitFixture;
import vn.landinfo.testsupport.CaseFixture;
import vn.landinfo.testsupport.IsolatedDatabase;
import vn.landinfo.testsupport.TestDatabase;

/**
 * The register the OGC WFS 2.0 suite runs against: a database of its own (docs/decisions/0201-wfs20-suite-without-excuses.md),
 * because the suite draws its filters from the first 25 features each type answers (its DataSampler asks GetFeature
 * with count=25 and no sort), and a slice of the generated demo cadastre is the wrong shape for that: its first parcels
 * lie within 0.005° of one another and share one valid_from, the instant of the demo's data migration.
 *
 * <p>Here the first parcels are a case made for it (docs/decisions/0100-tests-pick-cases-not-slices.md): forest
 * allotments of Mường Phăng (Điện Biên), 300 × 300 m each, four by four on a sheet digitised on 31 December 2014, then
 * four by four on the sheet north of it, digitised on 30 June 2019 — a register built sheet by sheet, as provinces
 * built theirs. The first 25 parcels thus span more than 0.01° (the suite's rounding of its extents) in both axes
 * and hold two valid_from instants, whole seconds as a migration records them, and so do the two sheets. The
 * provinces and communes are real ones ({@link #COMMUNES}). Built once per JVM, dropped when it ends.
 */
final class SuiteRegister {

    /**
     * The CI demo's communes and the first commune (by code) of every other province whose communes have boundaries
     * (all but Đà Nẵng and Hồ Chí Minh City), with every commune of {@link #CASE_PROVINCE}: with their 32 provinces,
     * among them provinces of many polygons (islands). The suite pages through the first feature type it finds
     * (provinces, in its hash order) four at a time, so a type needs more than four features; the line its
     * intersectsCurve draws across the communes' sample (lower to upper corner) crosses communes of Điện Biên, so that
     * test judges a real answer there too.
     */
    static final List<String> COMMUNES = List.of("00070", "00082", "03325", "01273", "00691", "03388", "03646", "02647", "01840",
            "05977", "06652", "07210", "05128", "10507", "12619", "13285", "14758", "17611", "18073", "18859", "19753", "23293",
            "21553", "22333", "22015", "22918", "25195", "25459", "28249", "28756", "30292", "31120", "31825");
    /** Mường Phăng, Điện Biên. */
    static final String CASE_COMMUNE = "03325";
    /** Điện Biên, the case's province, whose communes are all there. */
    static final String CASE_PROVINCE = "11";
    static final Instant FIRST_SHEET_MIGRATED = Instant.parse("2014-12-31T17:00:00Z");
    static final Instant SECOND_SHEET_MIGRATED = Instant.parse("2019-06-30T17:00:00Z");
    /** Side of an allotment, metres. */
    static final int PLOT = 300;
    static final int PLOTS_PER_SIDE = 4;

    private static IsolatedDatabase database;

    private SuiteRegister() {
    }

    /** The JDBC URL of the suite's register (user and password are the shared test database's). */
    static synchronized String url() {
        if (database == null) {
            try {
                DataSource shared = TestDatabase.dataSource();
                AdminUnitFixture.ensureLoaded(shared);
                List<String> communes = new ArrayList<>(COMMUNES);
                communes.addAll(JdbcClient.create(shared).sql("""
                        SELECT code FROM admin_unit WHERE level = 'commune' AND province_code = :p AND valid_to IS NULL ORDER BY code""")
                        .param("p", CASE_PROVINCE).query(String.class).list());
                IsolatedDatabase db = IsolatedDatabase.withCommunes("ets_wfs20", communes);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        db.close();
                    } catch (Exception ignored) {
                        // the next run drops it by name before creating it again
                    }
                }));
                allotments(db.dataSource(), FIRST_SHEET_MIGRATED, 0);
                allotments(db.dataSource(), SECOND_SHEET_MIGRATED, 100);
                database = db;
            } catch (Exception e) {
                throw new IllegalStateException("could not build the WFS 2.0 suite's register: " + e.getMessage(), e);
            }
        }
        return database.url();
    }

    /** One sheet of allotments, each held by a person of its own with a certificate, named from {@code first + 1}. */
    private static void allotments(DataSource ds, Instant migrated, int first) {
        CaseFixture c = CaseFixture.inFreshSheet(ds, CASE_COMMUNE).migratedAt(migrated);
        int n = first;
        for (int row = 0; row < PLOTS_PER_SIDE; row++) {
            for (int col = 0; col < PLOTS_PER_SIDE; col++) {
                int x = col * PLOT;
                int y = row * PLOT;
                n++;
                c.parcel(String.valueOf(n), "POLYGON((%d %d, %d %d, %d %d, %d %d, %d %d))"
                                .formatted(x, y, x + PLOT, y, x + PLOT, y + PLOT, x, y + PLOT, x, y), (n % 4 == 0) ? "CLN" : "RSX")
                        .heldBy("Người nhận giao rừng " + n);
            }
        }
        c.insert();
    }
}
