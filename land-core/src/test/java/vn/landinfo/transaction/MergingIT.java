package vn.landinfo.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.MultiPolygon;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.testsupport.CaseFixture;
import vn.landinfo.testsupport.TransactionFixture;
import vn.landinfo.testsupport.TransactionRequests;
import vn.landinfo.transaction.application.Outcome;
import vn.landinfo.transaction.application.TransactionPipeline;
import vn.landinfo.transaction.application.command.Merge;
import vn.landinfo.transaction.application.command.PurposeInput;
import vn.landinfo.transaction.model.InvalidChange;
import vn.landinfo.transaction.model.TransactionKind;

/**
 * Hợp thửa end to end: two lots of the same holder merged into a new parcel, a merge across map sheets,
 * and every rule a merge can break — each refusal writes nothing. Every test draws its own case
 * ({@link CaseFixture}), so the merged area is the sum of the drawn ones.
 */
class MergingIT {

    /** Two 10 × 15 m lots side by side, 150 m² each. */
    private static final String WEST = "POLYGON((0 0, 10 0, 10 15, 0 15, 0 0))";
    private static final String EAST = "POLYGON((10 0, 20 0, 20 15, 10 15, 10 0))";

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

    private static CaseFixture twoLotsOf(String westHolder, String eastHolder) {
        return CaseFixture.inFreshSheet(TransactionFixture.dataSource())
                .parcel("west", WEST, "ODT").heldBy(westHolder)
                .parcel("east", EAST, "ODT").heldBy(eastHolder);
    }

    private static Merge merge(CaseFixture.Placed c, String... parcels) {
        return new Merge(List.of(parcels).stream().map(c::id).toList(), null, null, null);
    }

    private static TransactionPipeline.Request request(Merge m) {
        return TransactionRequests.request(TransactionKind.MERGE, m, 4326, probe.versions(m.parcelIds()));
    }

    /** Each of the two parcels is named as sharing no boundary with the other. */
    private static void assertNotAdjacent(CaseFixture.Placed c, String a, String b) {
        assertThat(probe.refused(pipeline, request(merge(c, a, b)))).containsExactly("MERGE_NOT_ADJACENT", "MERGE_NOT_ADJACENT");
    }

    @Test
    void two_lots_of_the_same_holder_merge_into_a_new_parcel() {
        CaseFixture.Placed c = twoLotsOf("Nguyễn Văn An", "Nguyễn Văn An").insert();
        List<Long> lots = List.of(c.id("west"), c.id("east"));
        List<String> holders = probe.holders(c.id("west"));
        List<String> oldCertificates = new ArrayList<>();
        lots.forEach(h -> oldCertificates.addAll(probe.validCertificates(h)));
        long audits = jdbc.sql("SELECT count(*) FROM audit_log").query(Long.class).single();

        Outcome o = pipeline.commit(request(merge(c, "west", "east")));

        assertThat(o.retiredParcels()).containsExactlyInAnyOrderElementsOf(lots);
        assertThat(o.createdParcels()).hasSize(1);
        long merged = o.createdParcels().get(0);
        lots.forEach(h -> assertThat(probe.version(h)).isZero());
        assertThat(probe.version(merged)).isEqualTo(1);
        String nid = jdbc.sql("SELECT national_id FROM parcel WHERE id = :p").param("p", merged).query(String.class).single();
        assertThat(nid).hasSize(12);
        assertThat(jdbc.sql("SELECT parcel_number FROM parcel_version WHERE parcel_id = :p").param("p", merged).query(Integer.class).single())
                .isEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM parcel_lineage WHERE child_parcel_id = :c AND kind = 'merge' AND parent_parcel_id = ANY (:ps)")
                .param("c", merged).param("ps", lots.toArray(Long[]::new)).query(Long.class).single()).isEqualTo(2);
        MultiPolygon g = probe.geometry(merged);
        assertThat(g.getNumGeometries()).isEqualTo(1);
        assertThat(g.getArea()).isCloseTo(300.0, offset(1e-6));
        assertThat(g.symDifference(c.geometry("POLYGON((0 0, 20 0, 20 15, 0 15, 0 0))")).getArea()).isLessThan(1e-6);
        assertThat(probe.legalArea(merged)).isEqualByComparingTo("300.0");
        assertThat(jdbc.sql("SELECT string_agg(purpose_code || ':' || area, ',') FROM parcel_land_use u JOIN parcel_version pv ON pv.id = u.parcel_version_id WHERE pv.parcel_id = :p")
                .param("p", merged).query(String.class).single()).isEqualTo("ODT:300.0");
        assertThat(probe.holders(merged)).isEqualTo(holders).singleElement().asString().endsWith(":1/1");
        lots.forEach(h -> assertThat(probe.holders(h)).isEmpty());
        assertThat(probe.validCertificates(merged)).hasSize(1).doesNotContainAnyElementsOf(oldCertificates);
        assertThat(oldCertificates).hasSize(2);
        for (String serial : oldCertificates) {
            assertThat(jdbc.sql("SELECT status FROM certificate WHERE serial = :s").param("s", serial).query(String.class).single()).isEqualTo("replaced");
        }
        assertThat(o.certificateEffects()).filteredOn(e -> e.startsWith("replaced")).hasSize(2);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log").query(Long.class).single()).isEqualTo(audits + 1);
        Instant before = o.at().minusNanos(1000);
        lots.forEach(h -> {
            assertThat(probe.versionAsOf(h, before)).isEqualTo(1);
            assertThat(probe.asOf(h, o.at())).isEmpty();
        });
        assertThat(probe.asOf(merged, before)).isEmpty();
        assertThat(probe.versionAsOf(merged, o.at())).isEqualTo(1);
    }

    @Test
    void parcels_that_do_not_share_a_boundary_cannot_merge() {
        CaseFixture.Placed c = CaseFixture.inFreshSheet(TransactionFixture.dataSource())
                .parcel("west", WEST, "ODT").heldBy("Nguyễn Văn An")
                .parcel("middle", EAST, "ODT").heldBy("Nguyễn Văn An")
                .parcel("east", "POLYGON((20 0, 30 0, 30 15, 20 15, 20 0))", "ODT").heldBy("Nguyễn Văn An")
                .insert();

        assertNotAdjacent(c, "west", "east");
    }

    @Test
    void parcels_sharing_only_a_corner_cannot_merge() {
        CaseFixture.Placed c = CaseFixture.inFreshSheet(TransactionFixture.dataSource())
                .parcel("south-west", WEST, "ODT").heldBy("Nguyễn Văn An")
                .parcel("north-east", "POLYGON((10 15, 20 15, 20 30, 10 30, 10 15))", "ODT").heldBy("Nguyễn Văn An")
                .insert();

        assertNotAdjacent(c, "south-west", "north-east");
    }

    @Test
    void neighbours_of_different_holders_cannot_merge() {
        CaseFixture.Placed c = twoLotsOf("Nguyễn Văn An", "Trần Thị Bình").insert();

        assertThat(probe.refused(pipeline, request(merge(c, "west", "east")))).containsExactly("MERGE_DIFFERENT_HOLDERS");
    }

    @Test
    void a_mortgaged_parcel_cannot_be_merged() {
        CaseFixture.Placed c = CaseFixture.inFreshSheet(TransactionFixture.dataSource())
                .parcel("west", WEST, "ODT").heldBy("Nguyễn Văn An").restricted("mortgage")
                .parcel("east", EAST, "ODT").heldBy("Nguyễn Văn An")
                .insert();

        assertThat(probe.refused(pipeline, request(merge(c, "west", "east")))).contains("PARCEL_MORTGAGED");
    }

    @Test
    void parcels_on_two_sheets_merge_only_when_the_officer_says_so_and_the_result_goes_on_the_larger_ones_sheet() {
        CaseFixture.Placed c = CaseFixture.inFreshSheet(TransactionFixture.dataSource())
                .parcel("west", WEST, "ODT").heldBy("Nguyễn Văn An")
                .onSheet(2).parcel("east", "POLYGON((10 0, 25 0, 25 15, 10 15, 10 0))", "ODT").heldBy("Nguyễn Văn An")
                .insert();

        assertThat(probe.refused(pipeline, request(merge(c, "west", "east")))).containsExactly("MERGE_DIFFERENT_SHEETS");

        Outcome o = pipeline.commit(request(new Merge(List.of(c.id("west"), c.id("east")), null, "Số 1 phố Hàng Đào", true)));

        long merged = o.createdParcels().get(0);
        assertThat(jdbc.sql("SELECT map_sheet_id FROM parcel_version WHERE parcel_id = :p AND end_lifespan IS NULL").param("p", merged).query(Long.class).single())
                .isEqualTo(c.sheetIds().get(1));
        assertThat(jdbc.sql("SELECT address FROM parcel_version WHERE parcel_id = :p AND end_lifespan IS NULL").param("p", merged).query(String.class).single())
                .isEqualTo("Số 1 phố Hàng Đào");
        assertThat(probe.legalArea(merged)).isEqualByComparingTo("375.0");
    }

    @Test
    void given_purposes_must_add_up_to_the_legal_area() {
        CaseFixture.Placed c = twoLotsOf("Nguyễn Văn An", "Nguyễn Văn An").insert();
        Merge m = new Merge(List.of(c.id("west"), c.id("east")), List.of(new PurposeInput("ODT", new BigDecimal("250.0"), "long_term", null),
                new PurposeInput("CLN", new BigDecimal("10.0"), "long_term", null)), null, null);

        assertThat(probe.refused(pipeline, request(m))).containsExactly("PURPOSE_AREAS_MISMATCH");
    }

    @Test
    void malformed_merges_name_the_field() {
        CaseFixture.Placed c = twoLotsOf("Nguyễn Văn An", "Nguyễn Văn An").insert();
        long a = c.id("west");

        assertThatThrownBy(() -> pipeline.commit(request(new Merge(List.of(a), null, null, null))))
                .isInstanceOf(InvalidChange.class).hasMessageContaining("at least two");
        assertThatThrownBy(() -> pipeline.commit(request(new Merge(List.of(a, a), null, null, null))))
                .isInstanceOf(InvalidChange.class).hasMessageContaining("listed twice");
        assertThatThrownBy(() -> pipeline.commit(TransactionRequests.request(TransactionKind.MERGE, new Merge(List.of(a, -5L), null, null, null), 4326, null)))
                .isInstanceOf(InvalidChange.class).satisfies(e -> assertThat(((InvalidChange) e).field()).isEqualTo("parcelIds[1]"));
    }
}
