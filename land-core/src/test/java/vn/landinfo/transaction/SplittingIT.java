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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
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
import vn.landinfo.transaction.model.ParcelCutter;
import vn.landinfo.transaction.model.TransactionKind;

/**
 * Tách thửa end to end on the demo ward: by a cutting line and by drawn children, and every rule a split
 * can break — each refused change leaves every register table exactly as it was.
 */
class SplittingIT {

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

    /**
     * The n-th (in id order, from this class's own range) current single-purpose ODT parcel of 140–199 m²
     * without restrictions, with a valid certificate, and either away from roads or on one.
     */
    static long lot(int n, boolean onRoad) {
        return jdbc.sql("""
                SELECT pv.parcel_id FROM parcel_version pv
                WHERE pv.end_lifespan IS NULL AND pv.legal_area BETWEEN 140 AND 199
                  AND (SELECT array_agg(purpose_code) FROM parcel_land_use u WHERE u.parcel_version_id = pv.id) = ARRAY['ODT']::varchar[]
                  AND NOT EXISTS (SELECT 1 FROM restriction r WHERE r.parcel_id = pv.parcel_id AND r.end_lifespan IS NULL)
                  AND EXISTS (SELECT 1 FROM certificate_parcel cp JOIN certificate c ON c.id = cp.certificate_id AND c.status = 'valid'
                              WHERE cp.parcel_id = pv.parcel_id)
                  AND :onRoad = EXISTS (SELECT 1 FROM parcel_version d JOIN parcel_land_use du ON du.parcel_version_id = d.id AND du.purpose_code = 'DGT'
                                        WHERE d.end_lifespan IS NULL AND d.geom && ST_Expand(pv.geom, 1e-6) AND ST_DWithin(d.geom_tm3, pv.geom_tm3, 0.01))
                ORDER BY pv.parcel_id OFFSET :n LIMIT 1""").param("n", 200 + n).param("onRoad", onRoad).query(Long.class).single();
    }

    static long restricted(String kind, int n) {
        return jdbc.sql("""
                SELECT pv.parcel_id FROM parcel_version pv JOIN restriction r ON r.parcel_id = pv.parcel_id AND r.end_lifespan IS NULL AND r.kind = :k
                WHERE pv.end_lifespan IS NULL ORDER BY pv.parcel_id OFFSET :n LIMIT 1""").param("k", kind).param("n", 20 + n)
                .query(Long.class).single();
    }

    /** A line across the parcel's long axis through its interior point: two compact children. */
    static LineString across(MultiPolygon g) {
        return RegisterProbe.lineThrough(g, g.getInteriorPoint(), RegisterProbe.longAxis(g) + Math.PI / 2);
    }

    private static Split byLines(long parcel, Geometry... lines) {
        return new Split(parcel, Arrays.stream(lines).map(GeoJson::of).toList(), null);
    }

    private static Split byChildren(long parcel, Geometry... children) {
        return new Split(parcel, null, Arrays.stream(children).map(c -> new SplitChild(GeoJson.of(c), null, null, null)).toList());
    }

    private static Outcome commit(Split s, int srid) {
        return pipeline.commit(TransactionRequests.request(TransactionKind.SPLIT, s, srid, Map.of(s.parcelId(), probe.version(s.parcelId()))));
    }

    private static List<String> refused(Split s, int srid) {
        return probe.refused(pipeline, TransactionRequests.request(TransactionKind.SPLIT, s, srid, Map.of(s.parcelId(), probe.version(s.parcelId()))));
    }

    @Test
    void a_cutting_line_makes_two_new_parcels_that_take_over_rights_and_certificates() {
        long parent = lot(1, false);
        MultiPolygon g = probe.geometry(parent);
        int srid = g.getSRID();
        List<String> holders = probe.holders(parent);
        List<String> oldCertificates = probe.validCertificates(parent);
        List<Long> neighbours = probe.neighbours(parent);
        Map<Long, Integer> neighbourVersions = new java.util.HashMap<>();
        neighbours.forEach(n -> neighbourVersions.put(n, probe.version(n)));
        int maxNumber = probe.maxNumberOnSheetOf(parent);
        String parentNationalId = jdbc.sql("SELECT national_id FROM parcel WHERE id = :p").param("p", parent).query(String.class).single();
        long audits = jdbc.sql("SELECT count(*) FROM audit_log").query(Long.class).single();

        Outcome o = commit(byLines(parent, across(g)), srid);

        assertThat(o.violations()).isEmpty();
        assertThat(o.retiredParcels()).containsExactly(parent);
        List<Long> children = o.createdParcels();
        assertThat(children).hasSize(2);
        // Parent retired: no current version, national ID kept on the retired row.
        assertThat(probe.version(parent)).isZero();
        assertThat(jdbc.sql("SELECT end_lifespan IS NOT NULL AND retired_by_tx = :tx FROM parcel WHERE id = :p")
                .param("p", parent).param("tx", o.transactionId()).query(Boolean.class).single()).isTrue();
        // Children: version 1, new 12-character national IDs, the next numbers on the sheet, lineage 'split'.
        Set<String> ids = new HashSet<>();
        List<Integer> numbers = new ArrayList<>();
        double area = 0;
        for (long c : children) {
            assertThat(probe.version(c)).isEqualTo(1);
            String nid = jdbc.sql("SELECT national_id FROM parcel WHERE id = :p").param("p", c).query(String.class).single();
            assertThat(nid).hasSize(12).isNotEqualTo(parentNationalId);
            assertThat(jdbc.sql("SELECT count(*) FROM parcel WHERE national_id = :n").param("n", nid).query(Long.class).single()).isEqualTo(1);
            ids.add(nid);
            numbers.add(jdbc.sql("SELECT parcel_number FROM parcel_version WHERE parcel_id = :p").param("p", c).query(Integer.class).single());
            assertThat(jdbc.sql("SELECT kind FROM parcel_lineage WHERE parent_parcel_id = :a AND child_parcel_id = :c")
                    .param("a", parent).param("c", c).query(String.class).single()).isEqualTo("split");
            MultiPolygon cg = probe.geometry(c);
            area += cg.getArea();
            assertThat(probe.legalArea(c)).isEqualByComparingTo(BigDecimal.valueOf(cg.getArea()).setScale(1, java.math.RoundingMode.HALF_EVEN));
            assertThat(jdbc.sql("SELECT sum(u.area) FROM parcel_land_use u JOIN parcel_version pv ON pv.id = u.parcel_version_id WHERE pv.parcel_id = :p AND pv.end_lifespan IS NULL")
                    .param("p", c).query(BigDecimal.class).single()).isEqualByComparingTo(probe.legalArea(c));
            // Rights and certificates: the same holders, one new valid certificate each.
            assertThat(probe.holders(c)).isEqualTo(holders);
            assertThat(probe.validCertificates(c)).hasSize(1).doesNotContainAnyElementsOf(oldCertificates);
        }
        assertThat(ids).hasSize(2);
        assertThat(numbers).containsExactlyInAnyOrder(maxNumber + 1, maxNumber + 2);
        assertThat(area).isCloseTo(g.getArea(), offset(0.1));
        assertThat(probe.geometry(children.get(0)).union(probe.geometry(children.get(1))).symDifference(g).getArea()).isLessThan(1e-6);
        // The parent's own vertices are all still there, bit for bit, so the neighbours still share them.
        Set<Coordinate> childVertices = new HashSet<>();
        children.forEach(c -> childVertices.addAll(Arrays.asList(probe.geometry(c).getCoordinates())));
        assertThat(childVertices).containsAll(Arrays.asList(g.getCoordinates()));
        // Neighbours untouched.
        neighbours.forEach(n -> assertThat(probe.version(n)).isEqualTo(neighbourVersions.get(n)));
        // Parent's rights ended, its certificate replaced by the children's.
        assertThat(probe.holders(parent)).isEmpty();
        for (String serial : oldCertificates) {
            assertThat(jdbc.sql("SELECT status || ':' || (replaced_by_id IS NOT NULL) FROM certificate WHERE serial = :s").param("s", serial)
                    .query(String.class).single()).isEqualTo("replaced:true");
        }
        assertThat(o.certificateEffects()).anyMatch(e -> e.startsWith("replaced " + oldCertificates.get(0)))
                .filteredOn(e -> e.startsWith("issued")).hasSize(2);
        // Audit and asOf: just before the instant the parent, at it the children.
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log").query(Long.class).single()).isEqualTo(audits + 1);
        assertThat(o.auditSeq()).isNotNull();
        Instant before = o.at().minusNanos(1000);
        assertThat(probe.versionAsOf(parent, before)).isPositive();
        assertThat(probe.asOf(parent, o.at())).isEmpty();
        for (long c : children) {
            assertThat(probe.asOf(c, before)).isEmpty();
            assertThat(probe.versionAsOf(c, o.at())).isEqualTo(1);
        }
    }

    @Test
    void drawn_children_in_wgs84_are_fitted_to_the_parent_exactly() {
        long parent = lot(2, false);
        MultiPolygon g = probe.geometry(parent);
        ParcelCutter.Cut cut = ParcelCutter.cut(g, List.of(across(g)));
        Outcome o = commit(byChildren(parent, probe.inWgs84(cut.pieces().get(0)), probe.inWgs84(cut.pieces().get(1))), 4326);
        assertThat(o.createdParcels()).hasSize(2);
        MultiPolygon a = probe.geometry(o.createdParcels().get(0));
        MultiPolygon b = probe.geometry(o.createdParcels().get(1));
        assertThat(a.getArea() + b.getArea()).isCloseTo(g.getArea(), offset(0.1));
        assertThat(a.union(b).symDifference(g).getArea()).isLessThan(0.01);
        assertThat(a.intersection(b).getArea()).isLessThan(1e-6);
    }

    @Test
    void the_children_may_carry_their_own_purposes_legal_area_and_address() {
        long parent = lot(3, false);
        MultiPolygon g = probe.geometry(parent);
        ParcelCutter.Cut cut = ParcelCutter.cut(g, List.of(across(g)));
        BigDecimal first = BigDecimal.valueOf(cut.pieces().get(0).getArea()).setScale(1, java.math.RoundingMode.HALF_EVEN);
        Split s = new Split(parent, List.of(GeoJson.of(across(g))), List.of(
                new SplitChild(null, first, List.of(new PurposeInput("ODT", first.subtract(BigDecimal.TEN), "long_term", null),
                        new PurposeInput("CLN", BigDecimal.TEN, "long_term", null)), "Ngõ 5 Hàng Bạc"),
                new SplitChild(null, null, null, null)));
        Outcome o = commit(s, g.getSRID());
        long north = o.createdParcels().get(0);
        assertThat(jdbc.sql("SELECT address FROM parcel_version WHERE parcel_id = :p").param("p", north).query(String.class).single())
                .isEqualTo("Ngõ 5 Hàng Bạc");
        assertThat(jdbc.sql("SELECT string_agg(purpose_code, ',' ORDER BY purpose_code) FROM parcel_land_use u JOIN parcel_version pv ON pv.id = u.parcel_version_id WHERE pv.parcel_id = :p")
                .param("p", north).query(String.class).single()).isEqualTo("CLN,ODT");
    }

    @Test
    void a_mortgaged_parcel_cannot_be_split() {
        long parent = restricted("mortgage", 1);
        MultiPolygon g = probe.geometry(parent);
        assertThat(refused(byLines(parent, across(g)), g.getSRID())).contains("PARCEL_MORTGAGED");
    }

    @Test
    void a_seized_parcel_and_one_in_dispute_cannot_be_split() {
        long seized = restricted("seizure", -19);
        assertThat(refused(byLines(seized, across(probe.geometry(seized))), probe.srid(seized))).contains("PARCEL_SEIZED");
        long disputed = restricted("dispute", -19);
        assertThat(refused(byLines(disputed, across(probe.geometry(disputed))), probe.srid(disputed))).contains("PARCEL_IN_DISPUTE");
    }

    @Test
    void a_line_that_misses_or_stops_inside_does_not_split() {
        long parent = lot(4, false);
        MultiPolygon g = probe.geometry(parent);
        LineString away = RegisterProbe.lineThrough(g, g.getFactory().createPoint(new Coordinate(g.getEnvelopeInternal().getMaxX() + 500, g.getCentroid().getY())), 0.3);
        assertThat(refused(byLines(parent, away), g.getSRID())).containsExactly("CUTTING_LINE_DOES_NOT_SPLIT");
        Coordinate in = g.getInteriorPoint().getCoordinate();
        LineString stub = g.getFactory().createLineString(new Coordinate[] {in, new Coordinate(in.x + 0.5, in.y + 0.5)});
        stub.setSRID(g.getSRID());
        assertThat(refused(byLines(parent, across(g), stub), g.getSRID())).containsExactly("CUTTING_LINE_DOES_NOT_SPLIT");
    }

    @Test
    void children_with_a_gap_are_not_a_partition_and_the_gap_is_shown() {
        long parent = lot(5, false);
        MultiPolygon g = probe.geometry(parent);
        ParcelCutter.Cut cut = ParcelCutter.cut(g, List.of(across(g)));
        Geometry shrunk = cut.pieces().get(1).buffer(-0.3);
        shrunk.setSRID(g.getSRID());
        Map<String, Long> before = RegisterCounts.of(jdbc);
        TransactionRejected e = org.junit.jupiter.api.Assertions.assertThrows(TransactionRejected.class,
                () -> commit(byChildren(parent, cut.pieces().get(0), shrunk), g.getSRID()));
        RegisterCounts.assertNothingWritten(jdbc, before);
        assertThat(e.outcome().violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("SPLIT_NOT_A_PARTITION");
            assertThat(v.geometryGeoJson()).contains("Polygon");
            assertThat(v.parcelId()).isEqualTo(parent);
        });
        Geometry overlapping = cut.pieces().get(1).buffer(0.5).intersection(g);
        overlapping.setSRID(g.getSRID());
        assertThat(refused(byChildren(parent, cut.pieces().get(0), overlapping), g.getSRID())).containsExactly("SPLIT_NOT_A_PARTITION");
    }

    @Test
    void a_child_below_the_provinces_minimum_area_is_refused() {
        long parent = lot(6, false);
        MultiPolygon g = probe.geometry(parent);
        // A line across, a metre from the parcel's end along its long axis: that child has only a few m².
        double axis = RegisterProbe.longAxis(g);
        Geometry rect = org.locationtech.jts.algorithm.MinimumAreaRectangle.getMinimumRectangle(g);
        Coordinate c = rect.getCentroid().getCoordinate();
        double half = Math.max(rect.getCoordinates()[0].distance(rect.getCoordinates()[1]), rect.getCoordinates()[1].distance(rect.getCoordinates()[2])) / 2;
        org.locationtech.jts.geom.Point near = g.getFactory().createPoint(new Coordinate(c.x + Math.cos(axis) * (half - 1), c.y + Math.sin(axis) * (half - 1)));
        List<String> codes = refused(byLines(parent, RegisterProbe.lineThrough(g, near, axis + Math.PI / 2)), g.getSRID());
        assertThat(codes).containsExactly("SPLIT_BELOW_MINIMUM_AREA");
    }

    @Test
    void a_narrow_child_on_the_street_is_below_the_minimum_frontage() {
        long parent = lot(1, true);
        MultiPolygon g = probe.geometry(parent);
        // The frontage: the parent's boundary along the road. A cut perpendicular to it, 2 m from its end.
        Geometry front = (Geometry) jdbc.sql("""
                SELECT ST_AsEWKB(ST_LineMerge(ST_Intersection(ST_Boundary(pv.geom_tm3), ST_Buffer(d.geom_tm3, 0.01))))
                FROM parcel_version pv, parcel_version d JOIN parcel_land_use du ON du.parcel_version_id = d.id AND du.purpose_code = 'DGT'
                WHERE pv.parcel_id = :p AND pv.end_lifespan IS NULL AND d.end_lifespan IS NULL AND ST_DWithin(d.geom_tm3, pv.geom_tm3, 0.01)
                ORDER BY ST_Length(ST_Intersection(ST_Boundary(pv.geom_tm3), ST_Buffer(d.geom_tm3, 0.01))) DESC LIMIT 1""")
                .param("p", parent).query((rs, n) -> vn.landinfo.transaction.infrastructure.Geometries.read(rs.getBytes(1))).single();
        Geometry longest = front.getGeometryN(0);
        for (int i = 1; i < front.getNumGeometries(); i++) {
            if (front.getGeometryN(i).getLength() > longest.getLength()) {
                longest = front.getGeometryN(i);
            }
        }
        assertThat(longest.getLength()).isGreaterThan(6);
        Coordinate[] ends = longest.getCoordinates();
        Coordinate[] f = {ends[0], ends[ends.length - 1]};
        double along = Math.atan2(f[1].y - f[0].y, f[1].x - f[0].x);
        org.locationtech.jts.geom.Point at = g.getFactory().createPoint(new Coordinate(f[0].x + Math.cos(along) * 2, f[0].y + Math.sin(along) * 2));
        assertThat(refused(byLines(parent, RegisterProbe.lineThrough(g, at, along + Math.PI / 2)), g.getSRID()))
                .contains("SPLIT_BELOW_MINIMUM_FRONTAGE");
    }

    @Test
    void invalid_empty_and_non_polygonal_children_each_have_their_code() {
        long parent = lot(7, false);
        MultiPolygon g = probe.geometry(parent);
        ParcelCutter.Cut cut = ParcelCutter.cut(g, List.of(across(g)));
        GeometryFactory f = g.getFactory();
        // The second child's envelope walked corner to opposite corner: a ring that crosses itself (a bow tie).
        org.locationtech.jts.geom.Envelope e = cut.pieces().get(1).getEnvelopeInternal();
        Polygon bowTie = f.createPolygon(new Coordinate[] {new Coordinate(e.getMinX(), e.getMinY()), new Coordinate(e.getMaxX(), e.getMaxY()),
                new Coordinate(e.getMaxX(), e.getMinY()), new Coordinate(e.getMinX(), e.getMaxY()), new Coordinate(e.getMinX(), e.getMinY())});
        bowTie.setSRID(g.getSRID());
        Polygon empty = f.createPolygon();
        empty.setSRID(g.getSRID());
        org.locationtech.jts.geom.Point point = g.getInteriorPoint();
        point.setSRID(g.getSRID());
        assertThat(refused(byChildren(parent, cut.pieces().get(0), bowTie), g.getSRID())).containsExactly("INVALID_GEOMETRY");
        assertThat(refused(byChildren(parent, cut.pieces().get(0), empty), g.getSRID())).containsExactly("EMPTY_GEOMETRY");
        assertThat(refused(byChildren(parent, cut.pieces().get(0), point), g.getSRID())).containsExactly("NOT_A_POLYGON");
    }

    @Test
    void geometries_in_an_unsupported_crs_are_refused() {
        long parent = lot(8, false);
        MultiPolygon g = probe.geometry(parent);
        assertThat(refused(byLines(parent, across(g)), 3857)).containsExactly("UNSUPPORTED_CRS");
    }

    @Test
    void the_common_rules_check_the_childrens_legal_areas_and_purposes() {
        long parent = lot(9, false);
        MultiPolygon g = probe.geometry(parent);
        ParcelCutter.Cut cut = ParcelCutter.cut(g, List.of(across(g)));
        BigDecimal wrong = BigDecimal.valueOf(cut.pieces().get(0).getArea() + 25).setScale(1, java.math.RoundingMode.HALF_EVEN);
        Split legal = new Split(parent, List.of(GeoJson.of(across(g))), List.of(new SplitChild(null, wrong, null, null), new SplitChild(null, null, null, null)));
        assertThat(refused(legal, g.getSRID())).containsExactly("LEGAL_AREA_MISMATCH");
        Split purposes = new Split(parent, List.of(GeoJson.of(across(g))), List.of(
                new SplitChild(null, null, List.of(new PurposeInput("ODT", new BigDecimal("10.0"), "long_term", null),
                        new PurposeInput("CLN", new BigDecimal("5.0"), "long_term", null)), null),
                new SplitChild(null, null, null, null)));
        assertThat(refused(purposes, g.getSRID())).containsExactly("PURPOSE_AREAS_MISMATCH");
    }

    @Test
    void attributes_for_more_children_than_the_lines_make_are_refused_with_the_pieces_shown() {
        long parent = lot(12, false);
        MultiPolygon g = probe.geometry(parent);
        SplitChild blank = new SplitChild(null, null, null, null);
        List<Outcome.ViolationView> vs = probe.rejection(pipeline, TransactionRequests.request(TransactionKind.SPLIT,
                new Split(parent, List.of(GeoJson.of(across(g))), List.of(blank, blank, blank)), g.getSRID(), Map.of(parent, probe.version(parent))));
        assertThat(vs).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("CHILDREN_DO_NOT_MATCH_CUT");
            assertThat(v.messageEn()).contains("into 2 children but 3 are described");
            assertThat(v.geometryGeoJson()).contains("MultiPolygon");
        });
    }

    @Test
    void a_preview_shows_the_children_and_writes_nothing() {
        long parent = lot(10, false);
        MultiPolygon g = probe.geometry(parent);
        Map<String, Long> before = RegisterCounts.of(jdbc);
        Outcome o = pipeline.preview(TransactionRequests.request(TransactionKind.SPLIT, byLines(parent, across(g)), g.getSRID(),
                Map.of(parent, probe.version(parent))));
        assertThat(o.violations()).isEmpty();
        assertThat(o.createdParcels()).hasSize(2);
        assertThat(o.parcelsGeoJson()).contains("FeatureCollection").contains("MultiPolygon");
        RegisterCounts.assertNothingWritten(jdbc, before);
    }

    @Test
    void malformed_requests_name_the_field() {
        long parent = lot(11, false);
        MultiPolygon g = probe.geometry(parent);
        assertThatThrownBy(() -> commit(new Split(parent, null, null), g.getSRID()))
                .isInstanceOf(InvalidChange.class).hasMessageContaining("cuttingLines");
        Geometry polygon = GeoJson.of(g.getGeometryN(0));
        assertThatThrownBy(() -> commit(new Split(parent, List.of(polygon), null), g.getSRID()))
                .isInstanceOf(InvalidChange.class).hasMessageContaining("cuttingLines[0]");
        assertThatThrownBy(() -> commit(byChildren(parent, g), g.getSRID()))
                .isInstanceOf(InvalidChange.class).hasMessageContaining("at least two");
    }
}
