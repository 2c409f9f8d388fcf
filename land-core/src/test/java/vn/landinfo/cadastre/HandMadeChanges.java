package vn.landinfo.cadastre;

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
import vn.landinfo.transaction.application.TransactionPipeline;
import vn.landinfo.transaction.application.command.BoundaryCorrection;
import vn.landinfo.transaction.application.command.ChangeCommand;
import vn.landinfo.transaction.application.command.HolderInput;
import vn.landinfo.transaction.application.command.MortgageRegistration;
import vn.landinfo.transaction.application.command.NewParty;
import vn.landinfo.transaction.application.command.RightsTransfer;
import vn.landinfo.transaction.application.command.Split;
import vn.landinfo.transaction.model.TransactionKind;

/**
 * Register changes for the diff and lineage ITs, committed through the real transaction pipeline (every
 * rule checked, the register left as an officer's transaction leaves it): a boundary moved between two
 * neighbours, a transfer, a mortgage and a split. The geometries are worked out in PostGIS, in the
 * parcel's own VN-2000 TM-3 zone, and sent as GeoJSON in that zone. Each returns the transaction id.
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
     * A current parcel that a past (demo) split made and that {@link #split} can split again (its preview
     * breaks no rule: both halves keep the minimum split area), the n-th by descending national ID.
     */
    long splitChild(int n) {
        List<Long> candidates = jdbc.sql("""
                SELECT l.child_parcel_id FROM parcel_lineage l JOIN parcel p ON p.id = l.child_parcel_id
                WHERE l.kind = 'split' AND p.end_lifespan IS NULL
                  AND NOT EXISTS (SELECT 1 FROM restriction r WHERE r.parcel_id = p.id AND r.end_lifespan IS NULL)
                ORDER BY p.national_id DESC""").query(Long.class).list();
        int found = 0;
        for (long parcel : candidates) {
            if (pipeline.preview(splitRequest(parcel)).accepted() && found++ == n) {
                return parcel;
            }
        }
        throw new IllegalStateException("fewer than " + (n + 1) + " demo split children can be split again");
    }

    /** Splits the parcel in two along the north-south line through its centroid: it retires, two new parcels take its place. */
    long split(long parcel) {
        return pipeline.commit(splitRequest(parcel)).transactionId();
    }

    private TransactionPipeline.Request splitRequest(long parcel) {
        Shape cut = jdbc.sql("""
                SELECT ST_AsGeoJSON(ST_MakeLine(ST_MakePoint(ST_X(ST_Centroid(geom_tm3)), ST_YMin(geom_tm3) - 1),
                                                ST_MakePoint(ST_X(ST_Centroid(geom_tm3)), ST_YMax(geom_tm3) + 1)), 6) AS json,
                       ST_SRID(geom_tm3) AS srid
                FROM parcel_version WHERE parcel_id = :p AND end_lifespan IS NULL""").param("p", parcel).query(Shape.class).single();
        return request(TransactionKind.SPLIT, new Split(parcel, List.of(TestGeoJson.read(cut.json(), cut.srid())), null), cut.srid(), parcel);
    }

    /** Children of a parent in the lineage, in id order. */
    List<Long> children(long parent) {
        return jdbc.sql("SELECT child_parcel_id FROM parcel_lineage WHERE parent_parcel_id = :p ORDER BY 1").param("p", parent)
                .query(Long.class).list();
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
