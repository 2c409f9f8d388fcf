package vn.landinfo.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.testsupport.CaseFixture;
import vn.landinfo.testsupport.RegisterCounts;
import vn.landinfo.testsupport.TransactionFixture;
import vn.landinfo.testsupport.TransactionRequests;
import vn.landinfo.transaction.application.Outcome;
import vn.landinfo.transaction.application.TransactionPipeline;
import vn.landinfo.transaction.application.TransactionRejected;
import vn.landinfo.transaction.application.command.PurposeInput;
import vn.landinfo.transaction.application.command.Split;
import vn.landinfo.transaction.application.command.SplitChild;
import vn.landinfo.transaction.model.InvalidChange;
import vn.landinfo.transaction.model.TransactionKind;

/**
 * Tách thửa end to end: by a cutting line and by drawn children, and every rule a split can break —
 * each refused change leaves every register table exactly as it was. Every test draws its own case
 * ({@link CaseFixture}): a 10 × 30 m residential lot on a street, between two others; Hà Nội's minimum
 * for ODT is 50 m² and 4 m of frontage.
 */
class SplittingIT {

    private static final String LOT = "POLYGON((0 0, 10 0, 10 30, 0 30, 0 0))";
    private static final String WEST = "POLYGON((-10 0, 0 0, 0 30, -10 30, -10 0))";
    private static final String EAST = "POLYGON((10 0, 20 0, 20 30, 10 30, 10 0))";
    private static final String STREET = "POLYGON((-10 -8, 20 -8, 20 0, 10 0, 0 0, -10 0, -10 -8))";
    /** Across the lot, perpendicular to the street: two 5 × 30 m children with 5 m of frontage each. */
    private static final String HALVES = "LINESTRING(5 -1, 5 31)";
    private static final String WEST_HALF = "POLYGON((0 0, 5 0, 5 30, 0 30, 0 0))";
    private static final String EAST_HALF = "POLYGON((5 0, 10 0, 10 30, 5 30, 5 0))";

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

    private static CaseFixture lotOnTheStreet() {
        return CaseFixture.inFreshSheet(TransactionFixture.dataSource())
                .parcel("west", WEST, "ODT").heldBy("Trần Thị Bình")
                .parcel("lot", LOT, "ODT").heldBy("Nguyễn Văn An", "Nguyễn Thị Ánh")
                .parcel("east", EAST, "ODT").heldBy("Lê Văn Chí")
                .parcel("street", STREET, "DGT");
    }

    private static Split byLines(CaseFixture.Placed c, String... lines) {
        return new Split(c.id("lot"), Arrays.stream(lines).map(c::geometry).toList(), null);
    }

    private static Split byChildren(CaseFixture.Placed c, Geometry... children) {
        return new Split(c.id("lot"), null, Arrays.stream(children).map(g -> new SplitChild(g, null, null, null)).toList());
    }

    private static TransactionPipeline.Request request(Split s, int srid) {
        return TransactionRequests.request(TransactionKind.SPLIT, s, srid, Map.of(s.parcelId(), probe.version(s.parcelId())));
    }

    private static Outcome commit(Split s, int srid) {
        return pipeline.commit(request(s, srid));
    }

    private static List<String> refused(Split s, int srid) {
        return probe.refused(pipeline, request(s, srid));
    }

    @Test
    void a_cutting_line_makes_two_new_parcels_that_take_over_rights_and_certificates() {
        CaseFixture.Placed c = lotOnTheStreet().insert();
        long parent = c.id("lot");
        MultiPolygon g = probe.geometry(parent);
        List<String> holders = probe.holders(parent);
        List<String> oldCertificates = probe.validCertificates(parent);
        String parentNationalId = jdbc.sql("SELECT national_id FROM parcel WHERE id = :p").param("p", parent).query(String.class).single();
        long audits = jdbc.sql("SELECT count(*) FROM audit_log").query(Long.class).single();

        Outcome o = commit(byLines(c, HALVES), c.srid());

        assertThat(o.violations()).isEmpty();
        assertThat(o.retiredParcels()).containsExactly(parent);
        List<Long> children = o.createdParcels();
        assertThat(children).hasSize(2);
        // Parent retired: no current version, national ID kept on the retired row.
        assertThat(probe.version(parent)).isZero();
        assertThat(jdbc.sql("SELECT end_lifespan IS NOT NULL AND retired_by_tx = :tx FROM parcel WHERE id = :p")
                .param("p", parent).param("tx", o.transactionId()).query(Boolean.class).single()).isTrue();
        // Children: version 1, new national IDs, numbers 5 and 6 after the case's four, lineage 'split', 150 m² each.
        Set<String> ids = new HashSet<>();
        List<Integer> numbers = new ArrayList<>();
        for (long child : children) {
            assertThat(probe.version(child)).isEqualTo(1);
            String nid = jdbc.sql("SELECT national_id FROM parcel WHERE id = :p").param("p", child).query(String.class).single();
            assertThat(nid).hasSize(12).isNotEqualTo(parentNationalId);
            ids.add(nid);
            numbers.add(jdbc.sql("SELECT parcel_number FROM parcel_version WHERE parcel_id = :p").param("p", child).query(Integer.class).single());
            assertThat(jdbc.sql("SELECT kind FROM parcel_lineage WHERE parent_parcel_id = :a AND child_parcel_id = :c")
                    .param("a", parent).param("c", child).query(String.class).single()).isEqualTo("split");
            assertThat(probe.geometry(child).getArea()).isCloseTo(150.0, offset(1e-6));
            assertThat(probe.legalArea(child)).isEqualByComparingTo("150.0");
            assertThat(jdbc.sql("SELECT string_agg(u.purpose_code || ' ' || u.area, ',') FROM parcel_land_use u JOIN parcel_version pv ON pv.id = u.parcel_version_id WHERE pv.parcel_id = :p AND pv.end_lifespan IS NULL")
                    .param("p", child).query(String.class).single()).isEqualTo("ODT 150.0");
            // Rights and certificates: the same two holders, one new valid certificate each.
            assertThat(probe.holders(child)).isEqualTo(holders).hasSize(2);
            assertThat(probe.validCertificates(child)).hasSize(1).doesNotContainAnyElementsOf(oldCertificates);
        }
        assertThat(ids).hasSize(2);
        assertThat(numbers).containsExactlyInAnyOrder(5, 6);
        assertThat(children).anySatisfy(child -> assertThat(probe.geometry(child).symDifference(c.geometry(WEST_HALF)).getArea()).isLessThan(1e-6));
        assertThat(children).anySatisfy(child -> assertThat(probe.geometry(child).symDifference(c.geometry(EAST_HALF)).getArea()).isLessThan(1e-6));
        // The parent's own vertices are all still there, bit for bit, so the neighbours still share them.
        Set<Coordinate> childVertices = new HashSet<>();
        children.forEach(child -> childVertices.addAll(Arrays.asList(probe.geometry(child).getCoordinates())));
        assertThat(childVertices).containsAll(Arrays.asList(g.getCoordinates()));
        // Neighbours untouched.
        for (String n : List.of("west", "east", "street")) {
            assertThat(probe.version(c.id(n))).isEqualTo(1);
        }
        // Parent's rights ended, its certificate replaced by the children's.
        assertThat(probe.holders(parent)).isEmpty();
        assertThat(jdbc.sql("SELECT status || ':' || (replaced_by_id IS NOT NULL) FROM certificate WHERE serial = :s")
                .param("s", oldCertificates.get(0)).query(String.class).single()).isEqualTo("replaced:true");
        assertThat(o.certificateEffects()).anyMatch(e -> e.startsWith("replaced " + oldCertificates.get(0)))
                .filteredOn(e -> e.startsWith("issued")).hasSize(2);
        // Audit and asOf: just before the instant the parent, at it the children.
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log").query(Long.class).single()).isEqualTo(audits + 1);
        assertThat(o.auditSeq()).isNotNull();
        Instant before = o.at().minusNanos(1000);
        assertThat(probe.versionAsOf(parent, before)).isEqualTo(1);
        assertThat(probe.asOf(parent, o.at())).isEmpty();
        for (long child : children) {
            assertThat(probe.asOf(child, before)).isEmpty();
            assertThat(probe.versionAsOf(child, o.at())).isEqualTo(1);
        }
    }

    @Test
    void drawn_children_in_wgs84_are_fitted_to_the_parent_exactly() {
        CaseFixture.Placed c = lotOnTheStreet().insert();

        Outcome o = commit(byChildren(c, probe.inWgs84(c.geometry(WEST_HALF)), probe.inWgs84(c.geometry(EAST_HALF))), 4326);

        assertThat(o.createdParcels()).hasSize(2);
        MultiPolygon a = probe.geometry(o.createdParcels().get(0));
        MultiPolygon b = probe.geometry(o.createdParcels().get(1));
        // The line between them comes back from WGS84 within a millimetre or so; the outline is the parent's exactly.
        assertThat(a.getArea()).isCloseTo(150.0, offset(0.05));
        assertThat(b.getArea()).isCloseTo(150.0, offset(0.05));
        assertThat(a.getArea() + b.getArea()).isCloseTo(300.0, offset(1e-6));
        assertThat(a.union(b).symDifference(c.geometry(LOT)).getArea()).isLessThan(1e-6);
        assertThat(a.intersection(b).getArea()).isLessThan(1e-6);
    }

    @Test
    void the_children_may_carry_their_own_purposes_legal_area_and_address() {
        CaseFixture.Placed c = lotOnTheStreet().insert();
        Split s = new Split(c.id("lot"), null, List.of(
                new SplitChild(c.geometry(WEST_HALF), new BigDecimal("150.0"), List.of(new PurposeInput("ODT", new BigDecimal("140.0"), "long_term", null),
                        new PurposeInput("CLN", BigDecimal.TEN, "long_term", null)), "Ngõ 5 Hàng Bạc"),
                new SplitChild(c.geometry(EAST_HALF), null, null, null)));

        Outcome o = commit(s, c.srid());

        long west = jdbc.sql("SELECT parcel_id FROM parcel_version WHERE parcel_id = ANY (:p) AND address = 'Ngõ 5 Hàng Bạc'")
                .param("p", o.createdParcels().toArray(Long[]::new)).query(Long.class).single();
        assertThat(probe.geometry(west).symDifference(c.geometry(WEST_HALF)).getArea()).isLessThan(1e-6);
        assertThat(jdbc.sql("SELECT string_agg(purpose_code || ' ' || u.area, ',' ORDER BY purpose_code) FROM parcel_land_use u JOIN parcel_version pv ON pv.id = u.parcel_version_id WHERE pv.parcel_id = :p")
                .param("p", west).query(String.class).single()).isEqualTo("CLN 10.0,ODT 140.0");
    }

    @Test
    void a_mortgaged_parcel_cannot_be_split() {
        CaseFixture.Placed c = CaseFixture.inFreshSheet(TransactionFixture.dataSource())
                .parcel("lot", LOT, "ODT").heldBy("Nguyễn Văn An").restricted("mortgage").insert();

        assertThat(refused(byLines(c, HALVES), c.srid())).contains("PARCEL_MORTGAGED");
    }

    @Test
    void a_seized_parcel_and_one_in_dispute_cannot_be_split() {
        CaseFixture.Placed seized = CaseFixture.inFreshSheet(TransactionFixture.dataSource())
                .parcel("lot", LOT, "ODT").heldBy("Nguyễn Văn An").restricted("seizure").insert();
        CaseFixture.Placed disputed = CaseFixture.inFreshSheet(TransactionFixture.dataSource())
                .parcel("lot", LOT, "ODT").heldBy("Nguyễn Văn An").restricted("dispute").insert();

        assertThat(refused(byLines(seized, HALVES), seized.srid())).contains("PARCEL_SEIZED");
        assertThat(refused(byLines(disputed, HALVES), disputed.srid())).contains("PARCEL_IN_DISPUTE");
    }

    @Test
    void a_line_that_misses_or_stops_inside_does_not_split() {
        CaseFixture.Placed c = lotOnTheStreet().insert();

        assertThat(refused(byLines(c, "LINESTRING(100 -1, 100 31)"), c.srid())).containsExactly("CUTTING_LINE_DOES_NOT_SPLIT");
        assertThat(refused(byLines(c, HALVES, "LINESTRING(7 15, 7.5 15.5)"), c.srid())).containsExactly("CUTTING_LINE_DOES_NOT_SPLIT");
    }

    @Test
    void children_with_a_gap_are_not_a_partition_and_the_gap_is_shown() {
        CaseFixture.Placed c = lotOnTheStreet().insert();
        Geometry shrunk = c.geometry("POLYGON((5.3 0.3, 9.7 0.3, 9.7 29.7, 5.3 29.7, 5.3 0.3))");
        Map<String, Long> before = RegisterCounts.of(jdbc);

        TransactionRejected e = org.junit.jupiter.api.Assertions.assertThrows(TransactionRejected.class,
                () -> commit(byChildren(c, c.geometry(WEST_HALF), shrunk), c.srid()));

        RegisterCounts.assertNothingWritten(jdbc, before);
        assertThat(e.outcome().violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("SPLIT_NOT_A_PARTITION");
            assertThat(v.geometryGeoJson()).contains("Polygon");
            assertThat(v.parcelId()).isEqualTo(c.id("lot"));
        });
        Geometry overlapping = c.geometry("POLYGON((4.5 0, 10 0, 10 30, 4.5 30, 4.5 0))");
        assertThat(refused(byChildren(c, c.geometry(WEST_HALF), overlapping), c.srid())).containsExactly("SPLIT_NOT_A_PARTITION");
    }

    @Test
    void a_child_below_the_provinces_minimum_area_is_refused() {
        CaseFixture.Placed c = lotOnTheStreet().insert();

        // 2 m from the back: a 10 × 2 m child of 20 m², below Hà Nội's 50 m²; it has no frontage to measure.
        assertThat(refused(byLines(c, "LINESTRING(-1 28, 11 28)"), c.srid())).containsExactly("SPLIT_BELOW_MINIMUM_AREA");
    }

    @Test
    void a_narrow_child_on_the_street_is_below_the_minimum_frontage() {
        CaseFixture.Placed c = lotOnTheStreet().insert();

        // 3 m from the west side: a 3 × 30 m child of 90 m² (enough) with 3 m on the street (below 4 m).
        assertThat(refused(byLines(c, "LINESTRING(3 -1, 3 31)"), c.srid())).containsExactly("SPLIT_BELOW_MINIMUM_FRONTAGE");
    }

    @Test
    void a_child_touching_a_road_only_at_a_corner_has_no_frontage_to_fall_short_of() {
        CaseFixture.Placed c = CaseFixture.inFreshSheet(TransactionFixture.dataSource())
                .parcel("lot", LOT, "ODT").heldBy("Nguyễn Văn An")
                .parcel("road", "POLYGON((-6 -6, 0 -6, 0 0, -6 0, -6 -6))", "DGT")
                .insert();

        Outcome o = commit(byLines(c, "LINESTRING(3 -1, 3 31)"), c.srid());

        assertThat(o.createdParcels()).hasSize(2).extracting(probe::legalArea)
                .usingElementComparator(BigDecimal::compareTo).containsExactlyInAnyOrder(new BigDecimal("90.0"), new BigDecimal("210.0"));
    }

    @Test
    void invalid_empty_and_non_polygonal_children_each_have_their_code() {
        CaseFixture.Placed c = lotOnTheStreet().insert();
        Polygon empty = new GeometryFactory().createPolygon();
        empty.setSRID(c.srid());

        // The east half walked corner to opposite corner: a ring that crosses itself (a bow tie).
        assertThat(refused(byChildren(c, c.geometry(WEST_HALF), c.geometry("POLYGON((5 0, 10 30, 10 0, 5 30, 5 0))")), c.srid()))
                .containsExactly("INVALID_GEOMETRY");
        assertThat(refused(byChildren(c, c.geometry(WEST_HALF), empty), c.srid())).containsExactly("EMPTY_GEOMETRY");
        assertThat(refused(byChildren(c, c.geometry(WEST_HALF), c.geometry("POINT(7 15)")), c.srid())).containsExactly("NOT_A_POLYGON");
    }

    @Test
    void geometries_in_an_unsupported_crs_are_refused() {
        CaseFixture.Placed c = lotOnTheStreet().insert();

        assertThat(refused(byLines(c, HALVES), 3857)).containsExactly("UNSUPPORTED_CRS");
    }

    @Test
    void the_common_rules_check_the_childrens_legal_areas_and_purposes() {
        CaseFixture.Placed c = lotOnTheStreet().insert();
        Split legal = new Split(c.id("lot"), List.of(c.geometry(HALVES)),
                List.of(new SplitChild(null, new BigDecimal("175.0"), null, null), new SplitChild(null, null, null, null)));
        Split purposes = new Split(c.id("lot"), List.of(c.geometry(HALVES)), List.of(
                new SplitChild(null, null, List.of(new PurposeInput("ODT", new BigDecimal("10.0"), "long_term", null),
                        new PurposeInput("CLN", new BigDecimal("5.0"), "long_term", null)), null),
                new SplitChild(null, null, null, null)));

        assertThat(refused(legal, c.srid())).containsExactly("LEGAL_AREA_MISMATCH");
        assertThat(refused(purposes, c.srid())).containsExactly("PURPOSE_AREAS_MISMATCH");
    }

    @Test
    void attributes_for_more_children_than_the_lines_make_are_refused_with_the_pieces_shown() {
        CaseFixture.Placed c = lotOnTheStreet().insert();
        SplitChild blank = new SplitChild(null, null, null, null);

        List<Outcome.ViolationView> vs = probe.rejection(pipeline,
                request(new Split(c.id("lot"), List.of(c.geometry(HALVES)), List.of(blank, blank, blank)), c.srid()));

        assertThat(vs).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("CHILDREN_DO_NOT_MATCH_CUT");
            assertThat(v.messageEn()).contains("into 2 children but 3 are described");
            assertThat(v.geometryGeoJson()).contains("MultiPolygon");
        });
    }

    @Test
    void a_preview_shows_the_children_and_writes_nothing() {
        CaseFixture.Placed c = lotOnTheStreet().insert();
        Map<String, Long> before = RegisterCounts.of(jdbc);

        Outcome o = pipeline.preview(request(byLines(c, HALVES), c.srid()));

        assertThat(o.violations()).isEmpty();
        assertThat(o.createdParcels()).hasSize(2);
        assertThat(o.parcelsGeoJson()).contains("FeatureCollection").contains("MultiPolygon");
        RegisterCounts.assertNothingWritten(jdbc, before);
    }

    @Test
    void malformed_requests_name_the_field() {
        CaseFixture.Placed c = lotOnTheStreet().insert();
        long parent = c.id("lot");

        assertThatThrownBy(() -> commit(new Split(parent, null, null), c.srid()))
                .isInstanceOf(InvalidChange.class).hasMessageContaining("cuttingLines");
        assertThatThrownBy(() -> commit(new Split(parent, List.of(c.geometry(LOT)), null), c.srid()))
                .isInstanceOf(InvalidChange.class).hasMessageContaining("cuttingLines[0]");
        assertThatThrownBy(() -> commit(byChildren(c, c.geometry(LOT)), c.srid()))
                .isInstanceOf(InvalidChange.class).hasMessageContaining("at least two");
    }
}
