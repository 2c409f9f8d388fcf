package vn.landinfo.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.testsupport.TransactionFixture;
import vn.landinfo.testsupport.TransactionRequests;
import vn.landinfo.transaction.application.Outcome;
import vn.landinfo.transaction.application.TransactionPipeline;
import vn.landinfo.transaction.application.command.Merge;
import vn.landinfo.transaction.application.command.PurposeInput;
import vn.landinfo.transaction.application.command.Split;
import vn.landinfo.transaction.model.InvalidChange;
import vn.landinfo.transaction.model.TransactionKind;

/**
 * Hợp thửa end to end: the two halves of a split parcel merged back (same holders by construction), a
 * merge across map sheets, and every rule a merge can break — each refusal writes nothing.
 */
class MergingIT {

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

    /** An unrestricted current parcel with a valid certificate whose only purpose is {@code code}, n-th in this class's range. */
    static long parcel(String code, int n) {
        return jdbc.sql("""
                SELECT pv.parcel_id FROM parcel_version pv
                WHERE pv.end_lifespan IS NULL AND pv.legal_area >= 100
                  AND (SELECT array_agg(purpose_code) FROM parcel_land_use u WHERE u.parcel_version_id = pv.id) = ARRAY[:code]::varchar[]
                  AND NOT EXISTS (SELECT 1 FROM restriction r WHERE r.parcel_id = pv.parcel_id AND r.end_lifespan IS NULL)
                  AND EXISTS (SELECT 1 FROM certificate_parcel cp JOIN certificate c ON c.id = cp.certificate_id AND c.status = 'valid'
                              WHERE cp.parcel_id = pv.parcel_id)
                ORDER BY pv.parcel_id OFFSET :n LIMIT 1""").param("code", code).param("n", n).query(Long.class).single();
    }

    /** Splits the parcel by lines across its long axis at these fractions of its length; returns the children north to south. */
    static List<Long> splitAcross(long parcel, double... fractions) {
        MultiPolygon g = probe.geometry(parcel);
        double axis = RegisterProbe.longAxis(g);
        Geometry rect = org.locationtech.jts.algorithm.MinimumAreaRectangle.getMinimumRectangle(g);
        Coordinate[] r = rect.getCoordinates();
        double length = Math.max(r[0].distance(r[1]), r[1].distance(r[2]));
        Coordinate c = rect.getCentroid().getCoordinate();
        List<Geometry> lines = new ArrayList<>();
        for (double f : fractions) {
            double d = (f - 0.5) * length;
            Point at = g.getFactory().createPoint(new Coordinate(c.x + Math.cos(axis) * d, c.y + Math.sin(axis) * d));
            lines.add(GeoJson.of(RegisterProbe.lineThrough(g, at, axis + Math.PI / 2)));
        }
        Outcome o = pipeline.commit(TransactionRequests.request(TransactionKind.SPLIT, new Split(parcel, lines, null), g.getSRID(),
                Map.of(parcel, probe.version(parcel))));
        return o.createdParcels();
    }

    private static TransactionPipeline.Request merge(Merge m) {
        return TransactionRequests.request(TransactionKind.MERGE, m, 4326, probe.versions(m.parcelIds()));
    }

    @Test
    void the_halves_of_a_split_merge_back_into_a_new_parcel() {
        long original = parcel("ODT", 300);
        MultiPolygon whole = probe.geometry(original);
        List<Long> halves = splitAcross(original, 0.5);
        assertThat(halves).hasSize(2);
        List<String> holders = probe.holders(halves.get(0));
        List<String> oldCertificates = new ArrayList<>();
        halves.forEach(h -> oldCertificates.addAll(probe.validCertificates(h)));
        BigDecimal legal = probe.legalArea(halves.get(0)).add(probe.legalArea(halves.get(1)));
        int maxNumber = probe.maxNumberOnSheetOf(halves.get(0));
        long audits = jdbc.sql("SELECT count(*) FROM audit_log").query(Long.class).single();

        Outcome o = pipeline.commit(merge(new Merge(halves, null, null, null)));

        assertThat(o.retiredParcels()).containsExactlyInAnyOrderElementsOf(halves);
        long merged = o.createdParcels().get(0);
        assertThat(o.createdParcels()).hasSize(1);
        halves.forEach(h -> assertThat(probe.version(h)).isZero());
        assertThat(probe.version(merged)).isEqualTo(1);
        String nid = jdbc.sql("SELECT national_id FROM parcel WHERE id = :p").param("p", merged).query(String.class).single();
        assertThat(nid).hasSize(12);
        assertThat(jdbc.sql("SELECT count(*) FROM parcel WHERE national_id = :n").param("n", nid).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT parcel_number FROM parcel_version WHERE parcel_id = :p").param("p", merged).query(Integer.class).single())
                .isEqualTo(maxNumber + 1);
        assertThat(jdbc.sql("SELECT count(*) FROM parcel_lineage WHERE child_parcel_id = :c AND kind = 'merge' AND parent_parcel_id = ANY (:ps)")
                .param("c", merged).param("ps", halves.toArray(Long[]::new)).query(Long.class).single()).isEqualTo(2);
        MultiPolygon g = probe.geometry(merged);
        assertThat(g.getNumGeometries()).isEqualTo(1);
        assertThat(g.getArea()).isCloseTo(whole.getArea(), offset(0.1));
        assertThat(g.symDifference(whole).getArea()).isLessThan(1e-6);
        assertThat(probe.legalArea(merged)).isEqualByComparingTo(legal);
        assertThat(jdbc.sql("SELECT string_agg(purpose_code || ':' || area, ',') FROM parcel_land_use u JOIN parcel_version pv ON pv.id = u.parcel_version_id WHERE pv.parcel_id = :p")
                .param("p", merged).query(String.class).single()).isEqualTo("ODT:" + legal.toPlainString());
        assertThat(probe.holders(merged)).isEqualTo(holders);
        halves.forEach(h -> assertThat(probe.holders(h)).isEmpty());
        assertThat(probe.validCertificates(merged)).hasSize(1).doesNotContainAnyElementsOf(oldCertificates);
        for (String serial : oldCertificates) {
            assertThat(jdbc.sql("SELECT status FROM certificate WHERE serial = :s").param("s", serial).query(String.class).single()).isEqualTo("replaced");
        }
        assertThat(o.certificateEffects()).filteredOn(e -> e.startsWith("replaced")).hasSize(2);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log").query(Long.class).single()).isEqualTo(audits + 1);
        Instant before = o.at().minusNanos(1000);
        halves.forEach(h -> {
            assertThat(probe.versionAsOf(h, before)).isEqualTo(1);
            assertThat(probe.asOf(h, o.at())).isEmpty();
        });
        assertThat(probe.asOf(merged, before)).isEmpty();
        assertThat(probe.versionAsOf(merged, o.at())).isEqualTo(1);
    }

    @Test
    void parcels_that_do_not_share_a_boundary_cannot_merge() {
        // A large parcel without a minimum split area (religious land) cut in three strips: the outer two do not touch.
        List<Long> strips = splitAcross(parcel("TON", 2), 1 / 3.0, 2 / 3.0);
        assertThat(strips).hasSize(3);
        List<String> codes = probe.refused(pipeline, merge(new Merge(List.of(strips.get(0), strips.get(2)), null, null, null)));
        assertThat(codes).containsOnly("MERGE_NOT_ADJACENT").hasSize(2);
    }

    @Test
    void neighbours_of_different_holders_cannot_merge() {
        long a = parcel("ODT", 320);
        long b = adjacentWithOtherHolders(a);
        assertThat(probe.refused(pipeline, merge(new Merge(List.of(a, b), null, null, null)))).containsExactly("MERGE_DIFFERENT_HOLDERS");
    }

    @Test
    void a_mortgaged_parcel_cannot_be_merged() {
        long mortgaged = jdbc.sql("""
                SELECT pv.parcel_id FROM parcel_version pv JOIN restriction r ON r.parcel_id = pv.parcel_id AND r.end_lifespan IS NULL AND r.kind = 'mortgage'
                WHERE pv.end_lifespan IS NULL ORDER BY pv.parcel_id OFFSET 40 LIMIT 1""").query(Long.class).single();
        long neighbour = probe.neighbours(mortgaged).get(0);
        assertThat(probe.refused(pipeline, merge(new Merge(List.of(mortgaged, neighbour), null, null, null)))).contains("PARCEL_MORTGAGED");
    }

    @Test
    void parcels_on_two_sheets_merge_only_when_the_officer_says_so_and_the_result_goes_on_the_larger_ones_sheet() {
        List<Long> pair = jdbc.sql("""
                SELECT ARRAY[a.parcel_id, b.parcel_id] FROM parcel_version a JOIN parcel_version b
                  ON b.end_lifespan IS NULL AND b.map_sheet_id <> a.map_sheet_id AND b.geom && a.geom AND b.parcel_id > a.parcel_id
                 AND ST_Length(ST_Intersection(ST_Boundary(a.geom_tm3), ST_Buffer(b.geom_tm3, 0.001))) > 2
                WHERE a.end_lifespan IS NULL
                  AND NOT EXISTS (SELECT 1 FROM restriction r WHERE r.parcel_id IN (a.parcel_id, b.parcel_id) AND r.end_lifespan IS NULL)
                  AND (SELECT array_agg(purpose_code) FROM parcel_land_use u WHERE u.parcel_version_id = a.id) = ARRAY['ODT']::varchar[]
                  AND (SELECT array_agg(purpose_code) FROM parcel_land_use u WHERE u.parcel_version_id = b.id) = ARRAY['ODT']::varchar[]
                ORDER BY a.parcel_id OFFSET 3 LIMIT 1""")
                .query((rs, n) -> List.of((Long[]) rs.getArray(1).getArray())).single();
        long a = pair.get(0);
        long b = pair.get(1);
        assertThat(probe.refused(pipeline, merge(new Merge(pair, null, null, null)))).contains("MERGE_DIFFERENT_SHEETS");

        // Arrange what the demo data lacks: b held by a's holders (the register's own rights rows, as a transfer would leave them).
        jdbc.sql("""
                DELETE FROM right_holder WHERE right_id IN (SELECT id FROM land_right WHERE parcel_id = :b AND end_lifespan IS NULL AND right_type = 'land_use')""")
                .param("b", b).update();
        jdbc.sql("""
                INSERT INTO right_holder (right_id, party_id, share_numerator, share_denominator)
                SELECT rb.id, h.party_id, h.share_numerator, h.share_denominator
                FROM land_right rb, land_right ra JOIN right_holder h ON h.right_id = ra.id
                WHERE rb.parcel_id = :b AND rb.end_lifespan IS NULL AND rb.right_type = 'land_use'
                  AND ra.parcel_id = :a AND ra.end_lifespan IS NULL AND ra.right_type = 'land_use'""")
                .param("a", a).param("b", b).update();
        assertThat(probe.holders(b)).isEqualTo(probe.holders(a));
        assertThat(probe.refused(pipeline, merge(new Merge(pair, null, null, null)))).containsExactly("MERGE_DIFFERENT_SHEETS");

        long larger = probe.geometry(a).getArea() >= probe.geometry(b).getArea() ? a : b;
        long sheet = jdbc.sql("SELECT map_sheet_id FROM parcel_version WHERE parcel_id = :p AND end_lifespan IS NULL").param("p", larger).query(Long.class).single();
        Outcome o = pipeline.commit(merge(new Merge(pair, null, "Số 1 phố Hàng Đào", true)));
        long merged = o.createdParcels().get(0);
        assertThat(jdbc.sql("SELECT map_sheet_id FROM parcel_version WHERE parcel_id = :p AND end_lifespan IS NULL").param("p", merged).query(Long.class).single())
                .isEqualTo(sheet);
        assertThat(jdbc.sql("SELECT address FROM parcel_version WHERE parcel_id = :p AND end_lifespan IS NULL").param("p", merged).query(String.class).single())
                .isEqualTo("Số 1 phố Hàng Đào");
    }

    @Test
    void given_purposes_must_add_up_to_the_legal_area() {
        List<Long> halves = splitAcross(parcel("ODT", 340), 0.5);
        Merge m = new Merge(halves, List.of(new PurposeInput("ODT", new BigDecimal("50.0"), "long_term", null),
                new PurposeInput("CLN", new BigDecimal("10.0"), "long_term", null)), null, null);
        assertThat(probe.refused(pipeline, merge(m))).containsExactly("PURPOSE_AREAS_MISMATCH");
    }

    @Test
    void malformed_merges_name_the_field() {
        long a = parcel("ODT", 360);
        assertThatThrownBy(() -> pipeline.commit(merge(new Merge(List.of(a), null, null, null))))
                .isInstanceOf(InvalidChange.class).hasMessageContaining("at least two");
        assertThatThrownBy(() -> pipeline.commit(merge(new Merge(List.of(a, a), null, null, null))))
                .isInstanceOf(InvalidChange.class).hasMessageContaining("listed twice");
        assertThatThrownBy(() -> pipeline.commit(TransactionRequests.request(TransactionKind.MERGE, new Merge(List.of(a, -5L), null, null, null), 4326, null)))
                .isInstanceOf(InvalidChange.class).satisfies(e -> assertThat(((InvalidChange) e).field()).isEqualTo("parcelIds[1]"));
    }

    private static long adjacentWithOtherHolders(long a) {
        List<String> holders = probe.holders(a);
        for (long n : probe.neighbours(a)) {
            boolean free = jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM restriction r WHERE r.parcel_id = :p AND r.end_lifespan IS NULL)")
                    .param("p", n).query(Boolean.class).single();
            double shared = jdbc.sql("""
                    SELECT ST_Length(ST_Intersection(ST_Boundary(a.geom_tm3), ST_Buffer(b.geom_tm3, 0.001)))
                    FROM parcel_version a, parcel_version b WHERE a.parcel_id = :a AND b.parcel_id = :b AND a.end_lifespan IS NULL AND b.end_lifespan IS NULL""")
                    .param("a", a).param("b", n).query(Double.class).single();
            boolean sameSheet = jdbc.sql("""
                    SELECT a.map_sheet_id = b.map_sheet_id FROM parcel_version a, parcel_version b
                    WHERE a.parcel_id = :a AND b.parcel_id = :b AND a.end_lifespan IS NULL AND b.end_lifespan IS NULL""")
                    .param("a", a).param("b", n).query(Boolean.class).single();
            if (free && sameSheet && shared > 1 && !probe.holders(n).isEmpty() && !probe.holders(n).equals(holders)) {
                return n;
            }
        }
        throw new AssertionError("parcel " + a + " has no unrestricted neighbour with other holders");
    }
}
