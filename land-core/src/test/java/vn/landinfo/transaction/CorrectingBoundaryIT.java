package vn.landinfo.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.testsupport.CaseFixture;
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
 * client did not look at. Every test draws its own case ({@link CaseFixture}), so the areas it expects
 * follow from the drawing.
 */
class CorrectingBoundaryIT {

    /** A and B (20 × 15 m each) side by side under C (40 × 15 m); a road touching A only at A's south-west corner. */
    private static final String A = "POLYGON((0 0, 20 0, 20 15, 0 15, 0 0))";
    private static final String B = "POLYGON((20 0, 40 0, 40 15, 20 15, 20 0))";
    private static final String C = "POLYGON((0 15, 20 15, 40 15, 40 30, 0 30, 0 15))";
    private static final String ROAD = "POLYGON((-6 -6, 0 -6, 0 0, -6 0, -6 -6))";
    /** A with the corner it shares with B and C moved 2 m east along C: it takes a 15 m² triangle from B. */
    private static final String A_INTO_B = "POLYGON((0 0, 20 0, 22 15, 0 15, 0 0))";
    /** A with that corner moved 2 m west: it gives up a 15 m² triangle, which borders B for 15 m and C for 2 m. */
    private static final String A_BACK_FROM_B = "POLYGON((0 0, 20 0, 18 15, 0 15, 0 0))";

    private static JdbcClient jdbc;
    private static TransactionPipeline pipeline;
    private static RegisterProbe probe;

    @BeforeAll
    static void setUp() {
        probe = RegisterProbe.open(TransactionFixture.dataSource());
        jdbc = probe.jdbc;
        pipeline = TransactionFixture.pipeline();
    }

    @AfterAll
    static void tearDown() {
        probe.close();
    }

    private static CaseFixture.Placed threeLotsAndARoad() {
        return CaseFixture.inFreshSheet(TransactionFixture.dataSource())
                .parcel("A", A, "ODT").heldBy("Nguyễn Văn An")
                .parcel("B", B, "ODT").heldBy("Trần Thị Bình")
                .parcel("C", C, "ODT").heldBy("Lê Văn Chí")
                .parcel("road", ROAD, "DGT")
                .insert();
    }

    private static TransactionPipeline.Request correct(CaseFixture.Placed c, Geometry corrected, int srid, List<String> neighbours,
                                                       BigDecimal legal) {
        List<Long> ids = neighbours.stream().map(c::id).toList();
        List<Long> edited = new ArrayList<>(ids);
        edited.add(c.id("A"));
        return TransactionRequests.request(TransactionKind.BOUNDARY_CORRECTION,
                new BoundaryCorrection(c.id("A"), GeoJson.of(corrected), legal, ids), srid, probe.versions(edited));
    }

    private static TransactionPipeline.Request correctA(CaseFixture.Placed c, String corrected, String... neighbours) {
        return correct(c, c.geometry(corrected), c.srid(), List.of(neighbours), null);
    }

    @Test
    void moving_a_shared_corner_into_the_neighbour_changes_both_and_conserves_the_area() {
        CaseFixture.Placed c = threeLotsAndARoad();
        long a = c.id("A");
        long b = c.id("B");
        String nationalId = jdbc.sql("SELECT national_id FROM parcel WHERE id = :p").param("p", a).query(String.class).single();
        long endorsements = jdbc.sql("SELECT count(*) FROM certificate_endorsement").query(Long.class).single();
        long audits = jdbc.sql("SELECT count(*) FROM audit_log").query(Long.class).single();

        Outcome o = pipeline.commit(correctA(c, A_INTO_B, "B", "C"));

        assertThat(o.violations()).isEmpty();
        assertThat(o.createdParcels()).isEmpty();
        assertThat(o.retiredParcels()).isEmpty();
        assertThat(o.changedParcels()).containsExactlyInAnyOrder(a, b);
        assertThat(jdbc.sql("SELECT national_id FROM parcel WHERE id = :p").param("p", a).query(String.class).single()).isEqualTo(nationalId);
        assertThat(probe.version(a)).isEqualTo(2);
        assertThat(probe.version(b)).isEqualTo(2);
        assertThat(probe.version(c.id("C"))).isEqualTo(1);
        assertThat(probe.version(c.id("road"))).isEqualTo(1);
        assertThat(probe.geometry(a).getCoordinates()).contains(c.at(22, 15));
        assertThat(probe.geometry(a).getArea()).isCloseTo(315.0, offset(1e-6));
        assertThat(probe.geometry(b).getArea()).isCloseTo(285.0, offset(1e-6));
        assertThat(probe.geometry(b).symDifference(c.geometry("POLYGON((20 0, 40 0, 40 15, 22 15, 20 0))")).getArea()).isLessThan(1e-6);
        assertThat(probe.legalArea(a)).isEqualByComparingTo("315.0");
        assertThat(probe.legalArea(b)).isEqualByComparingTo("285.0");
        assertThat(probe.geometry(a).intersection(probe.geometry(b)).getArea()).isLessThan(1e-6);
        assertThat(probe.geometry(a).intersection(probe.geometry(c.id("C"))).getArea()).isLessThan(1e-6);
        assertThat(o.certificateEffects()).hasSize(2).allMatch(e -> e.startsWith("endorsed "));
        assertThat(jdbc.sql("SELECT count(*) FROM certificate_endorsement").query(Long.class).single()).isEqualTo(endorsements + 2);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log").query(Long.class).single()).isEqualTo(audits + 1);
        Instant before = o.at().minusNanos(1000);
        assertThat(probe.versionAsOf(a, before)).isEqualTo(1);
        assertThat(probe.versionAsOf(a, o.at())).isEqualTo(2);
        assertThat(probe.versionAsOf(b, before)).isEqualTo(1);
        assertThat(probe.versionAsOf(b, o.at())).isEqualTo(2);
    }

    @Test
    void land_given_up_goes_to_the_neighbour_it_borders_longest() {
        CaseFixture.Placed c = threeLotsAndARoad();

        Outcome o = pipeline.commit(correctA(c, A_BACK_FROM_B, "B", "C"));

        assertThat(o.changedParcels()).containsExactlyInAnyOrder(c.id("A"), c.id("B"));
        assertThat(probe.legalArea(c.id("A"))).isEqualByComparingTo("285.0");
        assertThat(probe.legalArea(c.id("B"))).isEqualByComparingTo("315.0");
        assertThat(probe.geometry(c.id("B")).symDifference(c.geometry("POLYGON((18 15, 20 0, 40 0, 40 15, 18 15))")).getArea()).isLessThan(1e-6);
        assertThat(probe.version(c.id("C"))).isEqualTo(1);
    }

    @Test
    void a_correction_drawn_in_wgs84_gives_the_land_to_the_same_neighbour_as_in_tm3() {
        CaseFixture.Placed c = threeLotsAndARoad();

        // Back from WGS 84 the drawing is about a millimetre off the register (0.76 mm east, 0.42 mm south here);
        // snapped back onto it, the correction is the TM-3 one but for the new corner's place along C's edge.
        Outcome o = pipeline.commit(correct(c, probe.inWgs84(c.geometry(A_BACK_FROM_B)), 4326, List.of("B", "C"), null));

        assertThat(o.violations()).isEmpty();
        assertThat(o.changedParcels()).containsExactlyInAnyOrder(c.id("A"), c.id("B"));
        assertThat(probe.legalArea(c.id("A"))).isEqualByComparingTo("285.0");
        assertThat(probe.legalArea(c.id("B"))).isEqualByComparingTo("315.0");
        assertThat(probe.geometry(c.id("B")).getArea()).isCloseTo(315.0, offset(0.01));
        assertThat(probe.geometry(c.id("B")).symDifference(c.geometry("POLYGON((18 15, 20 0, 40 0, 40 15, 18 15))")).getArea()).isLessThan(0.01);
        assertThat(probe.geometry(c.id("A")).getCoordinates()).contains(c.at(0, 0), c.at(20, 0), c.at(0, 15));
        assertThat(probe.version(c.id("C"))).isEqualTo(1);
        assertThat(probe.geometry(c.id("A")).intersection(probe.geometry(c.id("C"))).getArea()).isLessThan(1e-6);
        assertThat(probe.geometry(c.id("A")).getArea() + probe.geometry(c.id("B")).getArea()).isCloseTo(600.0, offset(1e-6));
    }

    @Test
    void the_parcels_own_boundary_sent_back_in_wgs84_changes_nothing() {
        CaseFixture.Placed c = threeLotsAndARoad();

        assertThat(probe.refused(pipeline, correct(c, probe.inWgs84(c.geometry(A)), 4326, List.of("B", "C"), null)))
                .containsExactly("NOTHING_CHANGES");
    }

    @Test
    void a_road_touching_the_parcel_only_at_a_corner_need_not_be_declared() {
        CaseFixture.Placed c = threeLotsAndARoad();

        Outcome o = pipeline.commit(correctA(c, "POLYGON((0 0, 20 0, 22 15, 0 15, 0 0))", "B"));

        assertThat(o.changedParcels()).containsExactlyInAnyOrder(c.id("A"), c.id("B"));
        assertThat(probe.version(c.id("road"))).isEqualTo(1);
        assertThat(probe.geometry(c.id("road")).getArea()).isCloseTo(36.0, offset(1e-6));
    }

    @Test
    void a_neighbour_the_client_did_not_declare_is_named_and_nothing_changes() {
        CaseFixture.Placed c = threeLotsAndARoad();

        List<Outcome.ViolationView> vs = probe.rejection(pipeline, correctA(c, A_INTO_B));

        assertThat(vs).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("NEIGHBOUR_NOT_DECLARED");
            assertThat(v.parcelId()).isEqualTo(c.id("B"));
            assertThat(v.geometryGeoJson()).contains("Polygon");
            assertThat(v.messageVi()).contains("id " + c.id("B"));
        });
    }

    @Test
    void a_stale_version_of_a_neighbour_is_refused_before_anything_is_written() {
        CaseFixture.Placed c = threeLotsAndARoad();
        Map<Long, Integer> expected = Map.of(c.id("A"), 1, c.id("B"), 8, c.id("C"), 1);
        Map<String, Long> before = RegisterCounts.of(jdbc);

        assertThatThrownBy(() -> pipeline.commit(TransactionRequests.request(TransactionKind.BOUNDARY_CORRECTION,
                new BoundaryCorrection(c.id("A"), c.geometry(A_INTO_B), null, List.of(c.id("B"), c.id("C"))), c.srid(), expected)))
                .isInstanceOf(StaleVersion.class);
        RegisterCounts.assertNothingWritten(jdbc, before);
    }

    @Test
    void a_hole_no_neighbour_borders_would_leave_a_gap() {
        CaseFixture.Placed c = threeLotsAndARoad();

        assertThat(probe.refused(pipeline, correctA(c, "POLYGON((0 0, 20 0, 20 15, 0 15, 0 0), (9.5 7, 10.5 7, 10.5 8, 9.5 8, 9.5 7))", "B", "C")))
                .containsExactly("BOUNDARY_WOULD_LEAVE_GAP");
    }

    @Test
    void an_island_parcel_that_grows_takes_the_land_from_the_parcel_around_it() {
        CaseFixture.Placed c = CaseFixture.inFreshSheet(TransactionFixture.dataSource())
                .parcel("A", "POLYGON((10 10, 20 10, 20 20, 10 20, 10 10))", "ODT").heldBy("Nguyễn Văn An")
                .parcel("ring", "POLYGON((0 0, 30 0, 30 30, 0 30, 0 0), (10 10, 20 10, 20 20, 10 20, 10 10))", "ODT").heldBy("Phạm Thị Hoa")
                .insert();

        Outcome o = pipeline.commit(correctA(c, "POLYGON((10 10, 22 10, 22 20, 10 20, 10 10))", "ring"));

        assertThat(o.changedParcels()).containsExactlyInAnyOrder(c.id("A"), c.id("ring"));
        assertThat(probe.legalArea(c.id("A"))).isEqualByComparingTo("120.0");
        assertThat(probe.legalArea(c.id("ring"))).isEqualByComparingTo("780.0");
        assertThat(((Polygon) probe.geometry(c.id("ring")).getGeometryN(0)).getNumInteriorRing()).isEqualTo(1);
    }

    @Test
    void a_bump_that_would_cut_a_sliver_neighbour_in_two_is_refused() {
        CaseFixture.Placed c = CaseFixture.inFreshSheet(TransactionFixture.dataSource())
                .parcel("A", A, "ODT").heldBy("Nguyễn Văn An")
                .parcel("sliver", "POLYGON((20 0, 20.3 0, 20.3 15, 20 15, 20 0))", "ODT").heldBy("Đỗ Văn Hải")
                .parcel("B", "POLYGON((20.3 0, 40 0, 40 15, 20.3 15, 20.3 0))", "ODT").heldBy("Trần Thị Bình")
                .insert();

        assertThat(probe.refused(pipeline, correctA(c, "POLYGON((0 0, 20 0, 20 7, 21 7, 21 8, 20 8, 20 15, 0 15, 0 0))", "sliver", "B")))
                .contains("NEIGHBOUR_WOULD_BE_DIVIDED");
    }

    @Test
    void swallowing_a_whole_neighbour_is_a_merge_not_a_correction() {
        CaseFixture.Placed c = threeLotsAndARoad();

        assertThat(probe.refused(pipeline, correctA(c, "POLYGON((0 0, 40 0, 40 15, 0 15, 0 0))", "B", "C")))
                .contains("NEIGHBOUR_WOULD_VANISH");
    }

    @Test
    void invalid_empty_and_non_polygonal_geometries_and_an_unchanged_one_are_refused() {
        CaseFixture.Placed c = threeLotsAndARoad();
        GeometryFactory f = new GeometryFactory();
        Polygon empty = f.createPolygon();
        empty.setSRID(c.srid());

        assertThat(probe.refused(pipeline, correctA(c, "POLYGON((0 0, 20 15, 20 0, 0 15, 0 0))", "B", "C"))).containsExactly("INVALID_GEOMETRY");
        assertThat(probe.refused(pipeline, correct(c, empty, c.srid(), List.of("B", "C"), null))).containsExactly("EMPTY_GEOMETRY");
        assertThat(probe.refused(pipeline, correctA(c, "LINESTRING(0 0, 20 0, 20 15, 0 15, 0 0)", "B", "C"))).containsExactly("NOT_A_POLYGON");
        assertThat(probe.refused(pipeline, correctA(c, A, "B", "C"))).containsExactly("NOTHING_CHANGES");
        assertThat(probe.refused(pipeline, correct(c, c.geometry(A_INTO_B), 3405, List.of("B", "C"), null))).containsExactly("UNSUPPORTED_CRS");
    }

    @Test
    void a_legal_area_far_from_the_corrected_geometry_is_refused_by_the_common_rule() {
        CaseFixture.Placed c = threeLotsAndARoad();

        assertThat(probe.refused(pipeline, correct(c, c.geometry(A_INTO_B), c.srid(), List.of("B", "C"), new BigDecimal("345.0"))))
                .containsExactly("LEGAL_AREA_MISMATCH");
    }

    @Test
    void every_changed_parcel_keeps_purposes_that_add_up_to_its_new_legal_area() {
        CaseFixture.Placed c = threeLotsAndARoad();

        pipeline.commit(correctA(c, A_INTO_B, "B", "C"));

        assertThat(jdbc.sql("""
                SELECT u.purpose_code || ' ' || u.area FROM parcel_version pv JOIN parcel_land_use u ON u.parcel_version_id = pv.id
                WHERE pv.parcel_id = ANY (:p) AND pv.end_lifespan IS NULL ORDER BY pv.parcel_id""")
                .param("p", new Long[] {c.id("A"), c.id("B")}).query(String.class).list()).containsExactly("ODT 315.0", "ODT 285.0");
    }
}
