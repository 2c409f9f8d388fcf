package vn.landinfo.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.testsupport.RegisterCounts;
import vn.landinfo.testsupport.TransactionFixture;
import vn.landinfo.testsupport.TransactionRequests;
import vn.landinfo.transaction.application.Outcome;
import vn.landinfo.transaction.application.TransactionPipeline;
import vn.landinfo.transaction.application.command.BoundaryCorrection;
import vn.landinfo.transaction.model.StaleVersion;
import vn.landinfo.transaction.model.TransactionKind;

/**
 * Chỉnh lý ranh giới end to end: moving a corner the parcel shares with its neighbours changes them in
 * the same transaction (no gap, no overlap, area conserved), and the rules that protect neighbours a
 * client did not look at.
 */
class CorrectingBoundaryIT {

    private static JdbcClient jdbc;
    private static TransactionPipeline pipeline;
    private static RegisterProbe probe;

    @BeforeAll
    static void setUp() {
        probe = RegisterProbe.open(TransactionFixture.dataSource());
        jdbc = probe.jdbc;
        pipeline = TransactionFixture.pipeline();
    }

    @org.junit.jupiter.api.AfterAll
    static void tearDown() {
        probe.close();
    }

    /** A corner move on the n-th (this class's range) single-ODT parcel whose neighbours are all current ODT lots. */
    record Case(long parcel, MultiPolygon before, Map<Long, MultiPolygon> around, SharedVertex.Move move) {
        List<Long> declared() {
            return new ArrayList<>(around.keySet());
        }
    }

    static Case corner(int n, double towards) {
        List<Long> candidates = jdbc.sql("""
                SELECT pv.parcel_id FROM parcel_version pv
                WHERE pv.end_lifespan IS NULL AND pv.legal_area >= 60
                  AND (SELECT array_agg(purpose_code) FROM parcel_land_use u WHERE u.parcel_version_id = pv.id) = ARRAY['ODT']::varchar[]
                ORDER BY pv.parcel_id OFFSET :n LIMIT 40""").param("n", 500 + 40 * n).query(Long.class).list();
        for (long p : candidates) {
            MultiPolygon g = probe.geometry(p);
            Map<Long, MultiPolygon> around = new LinkedHashMap<>();
            probe.neighbours(p).forEach(id -> around.put(id, probe.geometry(id)));
            if (around.values().stream().anyMatch(x -> x.getSRID() != g.getSRID())) {
                continue;
            }
            // Into the neighbour (the parcel grows) or back from it (the parcel shrinks), as the case asks.
            // Shrinking, the land given up goes to the neighbour it shares the longest boundary with
            // (BoundaryAdjustment); the case needs that to be this neighbour, not another one at the corner.
            Optional<SharedVertex.Move> move = SharedVertex.find(g, around, new Random(n), SharedVertex.towards(towards), c -> true,
                    m -> towards > 0 ? around.get(m.neighbour()).contains(g.getFactory().createPoint(m.to())) && m.corrected().getArea() > g.getArea()
                            : g.contains(g.getFactory().createPoint(m.to())) && m.corrected().getArea() < g.getArea()
                                    && bordersLongest(g.difference(m.corrected()), m.neighbour(), around));
            if (move.isPresent()) {
                return new Case(p, g, around, move.get());
            }
        }
        throw new AssertionError("no movable shared corner among " + candidates);
    }

    /** Whether, of all the neighbours, this one runs longest along the land's boundary (within 1 cm). */
    private static boolean bordersLongest(Geometry land, long neighbour, Map<Long, MultiPolygon> around) {
        Geometry edge = land.getBoundary();
        Map<Long, Double> shared = new LinkedHashMap<>();
        around.forEach((id, g) -> shared.put(id, edge.intersection(g.buffer(0.01)).getLength()));
        double mine = shared.get(neighbour);
        return mine > 0.1 && shared.entrySet().stream().allMatch(e -> e.getKey() == neighbour || e.getValue() < mine);
    }

    private static TransactionPipeline.Request correct(long parcel, Geometry corrected, int srid, List<Long> neighbours, BigDecimal legal) {
        List<Long> edited = new ArrayList<>(neighbours);
        edited.add(parcel);
        return TransactionRequests.request(TransactionKind.BOUNDARY_CORRECTION,
                new BoundaryCorrection(parcel, GeoJson.of(corrected), legal, neighbours), srid, probe.versions(edited));
    }

    @Test
    void moving_a_shared_corner_into_the_neighbour_changes_both_and_conserves_the_area() {
        Case c = corner(1, 0.3);
        String nationalId = jdbc.sql("SELECT national_id FROM parcel WHERE id = :p").param("p", c.parcel()).query(String.class).single();
        Map<Long, Integer> versions = probe.versions(c.declared());
        int own = probe.version(c.parcel());
        double total = c.before().getArea() + c.around().values().stream().mapToDouble(Geometry::getArea).sum();
        long endorsements = jdbc.sql("SELECT count(*) FROM certificate_endorsement").query(Long.class).single();
        long audits = jdbc.sql("SELECT count(*) FROM audit_log").query(Long.class).single();

        Outcome o = pipeline.commit(correct(c.parcel(), c.move().corrected(), c.before().getSRID(), c.declared(), null));

        assertThat(o.violations()).isEmpty();
        assertThat(o.createdParcels()).isEmpty();
        assertThat(o.retiredParcels()).isEmpty();
        assertThat(o.changedParcels()).contains(c.parcel(), c.move().neighbour()).isSubsetOf(
                java.util.stream.Stream.concat(c.declared().stream(), java.util.stream.Stream.of(c.parcel())).toList());
        assertThat(probe.version(c.parcel())).isEqualTo(own + 1);
        assertThat(jdbc.sql("SELECT national_id FROM parcel WHERE id = :p").param("p", c.parcel()).query(String.class).single()).isEqualTo(nationalId);
        MultiPolygon after = probe.geometry(c.parcel());
        assertThat(after.getCoordinates()).contains(c.move().to());
        assertThat(after.getArea()).isGreaterThan(c.before().getArea());
        assertThat(probe.legalArea(c.parcel())).isEqualByComparingTo(BigDecimal.valueOf(after.getArea()).setScale(1, java.math.RoundingMode.HALF_EVEN));
        double totalAfter = after.getArea();
        List<Geometry> all = new ArrayList<>(List.of(after));
        for (long n : c.declared()) {
            int expected = o.changedParcels().contains(n) ? versions.get(n) + 1 : versions.get(n);
            assertThat(probe.version(n)).isEqualTo(expected);
            MultiPolygon g = probe.geometry(n);
            totalAfter += g.getArea();
            all.add(g);
        }
        assertThat(totalAfter).isCloseTo(total, offset(1e-6));
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                assertThat(all.get(i).intersection(all.get(j)).getArea()).isLessThan(1e-6);
            }
        }
        assertThat(jdbc.sql("SELECT count(*) FROM certificate_endorsement").query(Long.class).single())
                .isEqualTo(endorsements + o.certificateEffects().size());
        assertThat(o.certificateEffects()).isNotEmpty().allMatch(e -> e.startsWith("endorsed "));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log").query(Long.class).single()).isEqualTo(audits + 1);
        Instant before = o.at().minusNanos(1000);
        assertThat(probe.versionAsOf(c.parcel(), before)).isEqualTo(own);
        assertThat(probe.versionAsOf(c.parcel(), o.at())).isEqualTo(own + 1);
        assertThat(probe.versionAsOf(c.move().neighbour(), before)).isEqualTo(versions.get(c.move().neighbour()));
        assertThat(probe.versionAsOf(c.move().neighbour(), o.at())).isEqualTo(versions.get(c.move().neighbour()) + 1);
    }

    @Test
    void land_given_up_goes_to_the_neighbour_even_when_drawn_in_wgs84() {
        Case c = corner(2, -0.3);
        double total = c.before().getArea() + c.around().values().stream().mapToDouble(Geometry::getArea).sum();
        Outcome o = pipeline.commit(correct(c.parcel(), probe.inWgs84(c.move().corrected()), 4326, c.declared(), null));
        MultiPolygon after = probe.geometry(c.parcel());
        assertThat(after.getArea()).isLessThan(c.before().getArea());
        assertThat(o.changedParcels()).contains(c.move().neighbour());
        double totalAfter = after.getArea() + c.declared().stream().mapToDouble(n -> probe.geometry(n).getArea()).sum();
        assertThat(totalAfter).isCloseTo(total, offset(0.01));
        assertThat(probe.geometry(c.move().neighbour()).getArea()).isGreaterThan(c.around().get(c.move().neighbour()).getArea());
    }

    @Test
    void a_neighbour_the_client_did_not_declare_is_named_and_nothing_changes() {
        Case c = corner(3, 0.3);
        List<Outcome.ViolationView> vs = probe.rejection(pipeline, correct(c.parcel(), c.move().corrected(), c.before().getSRID(), List.of(), null));
        assertThat(vs).isNotEmpty().extracting(Outcome.ViolationView::code).containsOnly("NEIGHBOUR_NOT_DECLARED");
        assertThat(vs).anySatisfy(v -> {
            assertThat(v.parcelId()).isEqualTo(c.move().neighbour());
            assertThat(v.geometryGeoJson()).contains("Polygon");
            assertThat(v.messageVi()).contains("id " + c.move().neighbour());
        });
    }

    @Test
    void a_stale_version_of_a_neighbour_is_refused_before_anything_is_written() {
        Case c = corner(4, 0.3);
        Map<Long, Integer> expected = probe.versions(c.declared());
        expected.put(c.parcel(), probe.version(c.parcel()));
        expected.put(c.move().neighbour(), expected.get(c.move().neighbour()) + 7);
        Map<String, Long> before = RegisterCounts.of(jdbc);
        assertThatThrownBy(() -> pipeline.commit(TransactionRequests.request(TransactionKind.BOUNDARY_CORRECTION,
                new BoundaryCorrection(c.parcel(), GeoJson.of(c.move().corrected()), null, c.declared()), c.before().getSRID(), expected)))
                .isInstanceOf(StaleVersion.class);
        RegisterCounts.assertNothingWritten(jdbc, before);
    }

    @Test
    void a_hole_no_neighbour_borders_would_leave_a_gap() {
        Case c = corner(5, 0.3);
        GeometryFactory f = c.before().getFactory();
        Coordinate in = c.before().getInteriorPoint().getCoordinate();
        Geometry hole = f.createPolygon(new Coordinate[] {new Coordinate(in.x - 0.5, in.y - 0.5), new Coordinate(in.x + 0.5, in.y - 0.5),
                new Coordinate(in.x + 0.5, in.y + 0.5), new Coordinate(in.x - 0.5, in.y + 0.5), new Coordinate(in.x - 0.5, in.y - 0.5)});
        Geometry holed = c.before().difference(hole);
        holed.setSRID(c.before().getSRID());
        assertThat(probe.refused(pipeline, correct(c.parcel(), holed, c.before().getSRID(), c.declared(), null)))
                .containsExactly("BOUNDARY_WOULD_LEAVE_GAP");
    }

    @Test
    void swallowing_a_whole_neighbour_is_a_merge_not_a_correction() {
        Case c = corner(6, 0.3);
        Geometry both = c.before().union(c.around().get(c.move().neighbour()));
        both.setSRID(c.before().getSRID());
        assertThat(probe.refused(pipeline, correct(c.parcel(), both, c.before().getSRID(), c.declared(), null)))
                .contains("NEIGHBOUR_WOULD_VANISH");
    }

    @Test
    void invalid_empty_and_non_polygonal_geometries_and_an_unchanged_one_are_refused() {
        Case c = corner(7, 0.3);
        GeometryFactory f = c.before().getFactory();
        int srid = c.before().getSRID();
        org.locationtech.jts.geom.Envelope e = c.before().getEnvelopeInternal();
        Polygon bowTie = f.createPolygon(new Coordinate[] {new Coordinate(e.getMinX(), e.getMinY()), new Coordinate(e.getMaxX(), e.getMaxY()),
                new Coordinate(e.getMaxX(), e.getMinY()), new Coordinate(e.getMinX(), e.getMaxY()), new Coordinate(e.getMinX(), e.getMinY())});
        bowTie.setSRID(srid);
        Polygon empty = f.createPolygon();
        empty.setSRID(srid);
        Geometry line = ((Polygon) c.before().getGeometryN(0)).getExteriorRing();
        line = f.createLineString(line.getCoordinates());
        line.setSRID(srid);
        assertThat(probe.refused(pipeline, correct(c.parcel(), bowTie, srid, c.declared(), null))).containsExactly("INVALID_GEOMETRY");
        assertThat(probe.refused(pipeline, correct(c.parcel(), empty, srid, c.declared(), null))).containsExactly("EMPTY_GEOMETRY");
        assertThat(probe.refused(pipeline, correct(c.parcel(), line, srid, c.declared(), null))).containsExactly("NOT_A_POLYGON");
        assertThat(probe.refused(pipeline, correct(c.parcel(), c.before(), srid, c.declared(), null))).containsExactly("NOTHING_CHANGES");
        assertThat(probe.refused(pipeline, correct(c.parcel(), c.move().corrected(), 3405, c.declared(), null))).containsExactly("UNSUPPORTED_CRS");
    }

    @Test
    void a_legal_area_far_from_the_corrected_geometry_is_refused_by_the_common_rule() {
        Case c = corner(8, 0.3);
        BigDecimal wrong = BigDecimal.valueOf(c.move().corrected().getArea() + 30).setScale(1, java.math.RoundingMode.HALF_EVEN);
        assertThat(probe.refused(pipeline, correct(c.parcel(), c.move().corrected(), c.before().getSRID(), c.declared(), wrong)))
                .containsExactly("LEGAL_AREA_MISMATCH");
    }

    @Test
    void every_changed_parcel_keeps_purposes_that_add_up_to_its_new_legal_area() {
        Case c = corner(9, 0.3);
        Outcome o = pipeline.commit(correct(c.parcel(), c.move().corrected(), c.before().getSRID(), c.declared(), null));
        assertThat(o.changedParcels()).contains(c.parcel());
        for (long p : o.changedParcels()) {
            assertThat(jdbc.sql("SELECT sum(u.area) = pv.legal_area FROM parcel_version pv JOIN parcel_land_use u ON u.parcel_version_id = pv.id WHERE pv.parcel_id = :p AND pv.end_lifespan IS NULL GROUP BY pv.legal_area")
                    .param("p", p).query(Boolean.class).single()).isTrue();
        }
    }
}
