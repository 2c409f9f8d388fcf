package vn.landinfo.cadastre;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.transaction.adapter.json.TestGeoJson;
import vn.landinfo.testsupport.CaseFixture;
import vn.landinfo.testsupport.TransactionFixture;
import vn.landinfo.testsupport.TransactionRequests;
import vn.landinfo.transaction.application.Outcome;
import vn.landinfo.transaction.application.TransactionPipeline;
import vn.landinfo.transaction.application.command.BoundaryCorrection;
import vn.landinfo.transaction.application.command.ChangeCommand;
import vn.landinfo.transaction.application.command.HolderInput;
import vn.landinfo.transaction.application.command.Merge;
import vn.landinfo.transaction.application.command.MortgageRegistration;
import vn.landinfo.transaction.application.command.NewParty;
import vn.landinfo.transaction.application.command.PurposeChange;
import vn.landinfo.transaction.application.command.PurposeInput;
import vn.landinfo.transaction.application.command.RightsTransfer;
import vn.landinfo.transaction.application.command.Split;
import vn.landinfo.transaction.model.TransactionKind;

/**
 * Register changes for the diff and lineage ITs, committed through the real transaction pipeline (every
 * rule checked, the register left as an officer's transaction leaves it) on parcels of cases of their own
 * ({@link CaseFixture}): a boundary moved between two neighbours, a transfer, a mortgage, and a lineage of
 * splits and a merge. Geometries are in the case's own VN-2000 TM-3 zone.
 */
final class HandMadeChanges {

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionPipeline pipeline;

    HandMadeChanges(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.pipeline = TransactionFixture.pipeline();
    }

    /**
     * Two neighbours of a case of their own ({@link CaseFixture}): 10 × 20 m residential lots sharing a 20 m
     * side, each with one holder and a certificate for it alone, never restricted.
     */
    long[] neighbours() {
        CaseFixture.Placed c = CaseFixture.lotsInARow(dataSource, 2).insert();
        return new long[] {c.id("1"), c.id("2")};
    }

    /** A 10 × 20 m residential lot (ODT, 200 m²) of a case of its own, held by one person with a certificate. */
    long lot() {
        return CaseFixture.inFreshSheet(dataSource).parcel("lot", "POLYGON((0 0, 10 0, 10 20, 0 20, 0 0))", "ODT")
                .heldBy("Phạm Văn Chủ").insert().id("lot");
    }

    /**
     * Turns 50 m² of a 200 m² residential lot into commercial land: ODT 200 m² becomes ODT 150 m² (long term, origin
     * kept) and TMD 50 m² until 31 December 2075.
     */
    long purposeChange(long parcel) {
        return commit(TransactionKind.PURPOSE_CHANGE, new PurposeChange(parcel, List.of(
                new PurposeInput("ODT", new BigDecimal("150.0"), "long_term", "CNQ-CTT"),
                new PurposeInput("TMD", new BigDecimal("50.0"), "2075-12-31", null))), 4326, parcel);
    }

    /**
     * Moves the boundary between y and z half a metre into z: y's corrected geometry takes the strip, and
     * the pipeline cuts it from z (declared as the neighbour that changes). Both get a new version.
     */
    long moveBoundary(long y, long z) {
        Shape corrected = jdbc.sql("""
                WITH g AS (SELECT (SELECT geom_tm3 FROM parcel_version WHERE parcel_id = :y AND end_lifespan IS NULL) AS gy,
                                  (SELECT geom_tm3 FROM parcel_version WHERE parcel_id = :z AND end_lifespan IS NULL) AS gz),
                     s AS (SELECT gy, ST_CollectionExtract(ST_Intersection(gz, ST_Buffer(ST_Intersection(ST_Boundary(gy), ST_Boundary(gz)), 0.5)), 3)
                                  AS strip FROM g)
                SELECT ST_AsGeoJSON(ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_Union(gy, strip)), 3)), 6) AS json, ST_SRID(gy) AS srid
                FROM s""").param("y", y).param("z", z).query(Shape.class).single();
        return commit(TransactionKind.BOUNDARY_CORRECTION,
                new BoundaryCorrection(y, TestGeoJson.read(corrected.json(), corrected.srid()), null, List.of(z)), corrected.srid(), y, z);
    }

    /** Transfers the parcel's land-use right from its current holders to a new individual. */
    long transfer(long parcel) {
        List<Long> holders = jdbc.sql("""
                SELECT h.party_id FROM land_right r JOIN right_holder h ON h.right_id = r.id
                WHERE r.parcel_id = :p AND r.end_lifespan IS NULL AND r.right_type = 'land_use' ORDER BY 1""")
                .param("p", parcel).query(Long.class).list();
        HolderInput buyer = new HolderInput(null, new NewParty("individual", "Nguyễn Văn Thử Nghiệm", "personal_id",
                TransactionRequests.newPersonalId(), LocalDate.of(1985, 6, 1), "M", "Số 5 phố Hàng Bông, phường Hoàn Kiếm, Hà Nội"), null, null);
        return commit(TransactionKind.TRANSFER, new RightsTransfer(parcel, holders, List.of(buyer), null, null), 4326, parcel);
    }

    /** Registers a mortgage on the parcel, the mortgagee a new bank. */
    long mortgage(long parcel) {
        HolderInput bank = new HolderInput(null, new NewParty("organisation", "Ngân hàng Thử Nghiệm", "tax_code",
                TransactionRequests.newTaxCode(), null, null, "Hà Nội"), null, null);
        return commit(TransactionKind.MORTGAGE_REGISTRATION,
                new MortgageRegistration(parcel, bank, "88/2026/HĐTC", LocalDate.now(), 1_234_000_000L), 4326, parcel);
    }

    /**
     * A lineage drawn and made by hand ({@link Lineage}): a 20 × 30 m residential lot on a street, split in two
     * halves, the west half split again, and its east quarter merged back with the east half — through the
     * pipeline, as officers would.
     */
    Lineage lineage() {
        CaseFixture.Placed c = CaseFixture.inFreshSheet(dataSource)
                .parcel("lot", "POLYGON((0 0, 20 0, 20 30, 0 30, 0 0))", "ODT").heldBy("Nguyễn Văn Gốc")
                .parcel("street", "POLYGON((-10 -8, 30 -8, 30 0, 20 0, 0 0, -10 0, -10 -8))", "DGT")
                .insert();
        long lot = c.id("lot");
        Outcome halves = split(c, lot, "LINESTRING(10 -1, 10 31)");
        long west = childDrawn(c, halves, "POLYGON((0 0, 10 0, 10 30, 0 30, 0 0))");
        long east = childDrawn(c, halves, "POLYGON((10 0, 20 0, 20 30, 10 30, 10 0))");
        Outcome quarters = split(c, west, "LINESTRING(5 -1, 5 31)");
        long westQuarter = childDrawn(c, quarters, "POLYGON((0 0, 5 0, 5 30, 0 30, 0 0))");
        long eastQuarter = childDrawn(c, quarters, "POLYGON((5 0, 10 0, 10 30, 5 30, 5 0))");
        Outcome merge = pipeline.commit(request(TransactionKind.MERGE, new Merge(List.of(eastQuarter, east), null, null, null), 4326,
                eastQuarter, east));
        long merged = merge.createdParcels().get(0);
        return new Lineage(c, lot, west, east, westQuarter, eastQuarter, merged, halves.transactionId(), quarters.transactionId(),
                merge.transactionId());
    }

    /**
     * The parcels of {@link #lineage()} and the transactions that made them, drawn in metres from the sheet's corner:
     * <pre>
     *   lot (0–20 m, number 1) ─split─▶ west (0–10 m) ─split─▶ westQuarter (0–5 m)
     *                          │                      └────▶ eastQuarter (5–10 m) ─merge─▶ merged (5–20 m, number 7)
     *                          └─────▶ east (10–20 m) ─────────────────────────────merge─┘
     * </pre>
     * The street is number 2; the halves take numbers 3 and 4, the quarters 5 and 6 (a cut's children are numbered west to
     * east). Only westQuarter and merged are current.
     */
    record Lineage(CaseFixture.Placed c, long lot, long west, long east, long westQuarter, long eastQuarter, long merged,
                   long halving, long quartering, long merging) {
    }

    private Outcome split(CaseFixture.Placed c, long parcel, String line) {
        return pipeline.commit(request(TransactionKind.SPLIT, new Split(parcel, List.of(c.geometry(line)), null), c.srid(), parcel));
    }

    /** The parcel the transaction created whose shape is the one drawn (to a square millimetre). */
    private long childDrawn(CaseFixture.Placed c, Outcome made, String wkt) {
        return jdbc.sql("""
                SELECT parcel_id FROM parcel_version WHERE parcel_id = ANY (:ids) AND version = 1
                  AND ST_Area(ST_SymDifference(geom_tm3, ST_Multi(ST_GeomFromEWKT(:g)))) < 1e-6""")
                .param("ids", made.createdParcels().toArray(Long[]::new)).param("g", "SRID=" + c.srid() + ";" + c.geometry(wkt).toText())
                .query(Long.class).single();
    }

    /** A geometry worked out in PostGIS: its GeoJSON and the SRID of its coordinates. */
    private record Shape(String json, int srid) {
    }

    /** Commits the change; refused is a test failure. */
    private long commit(TransactionKind kind, ChangeCommand command, int srid, long... edited) {
        return pipeline.commit(request(kind, command, srid, edited)).transactionId();
    }

    /** The request held to the edited parcels' current versions, as If-Match would name them. */
    private TransactionPipeline.Request request(TransactionKind kind, ChangeCommand command, int srid, long... edited) {
        Map<Long, Integer> expected = new LinkedHashMap<>();
        for (long p : edited) {
            expected.put(p, jdbc.sql("SELECT version FROM parcel_version WHERE parcel_id = :p AND end_lifespan IS NULL")
                    .param("p", p).query(Integer.class).single());
        }
        return TransactionRequests.request(kind, command, srid, expected);
    }

}
