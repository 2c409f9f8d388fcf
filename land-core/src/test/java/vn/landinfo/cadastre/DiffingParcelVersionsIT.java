package vn.landinfo.cadastre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.landinfo.cadastre.application.DiffingParcelVersions;
import vn.landinfo.cadastre.model.UnknownParcelVersion;
import vn.landinfo.testsupport.DemoCadastreFixture;
import vn.landinfo.testsupport.TestDatabase;
import vn.landinfo.testsupport.TransactionFixture;

/**
 * Diffs of parcel versions: on the CI demo cadastre as generated (purpose changes of its past, parcels of one
 * version), and in the transaction test database after a boundary moved between neighbours, a transfer and
 * a mortgage (written as the pipeline leaves them).
 */
class DiffingParcelVersionsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JdbcClient demo;
    private static DiffingParcelVersions onDemo;
    private static JdbcClient tx;
    private static DiffingParcelVersions onTx;
    private static HandMadeChanges changes;

    @BeforeAll
    static void setUp() {
        DemoCadastreFixture.ensureLoaded(TestDatabase.dataSource());
        demo = JdbcClient.create(TestDatabase.dataSource());
        onDemo = new DiffingParcelVersions(demo);
        tx = JdbcClient.create(TransactionFixture.dataSource());
        onTx = new DiffingParcelVersions(tx);
        changes = new HandMadeChanges(TransactionFixture.dataSource());
    }

    private static JsonNode diff(DiffingParcelVersions diffing, long parcel, OptionalInt from, OptionalInt to) {
        return JSON.readTree(diffing.diff(parcel, from, to).orElseThrow());
    }

    @Test
    void aPastPurposeChangeIsThePurposesThatChangedAndTheTransactionThatChangedThem() {
        long parcel = demo.sql("""
                SELECT pv.parcel_id FROM parcel_version pv JOIN admin_unit c ON c.id = pv.commune_id
                JOIN cadastral_transaction t ON t.id = pv.created_by_tx
                WHERE pv.version = 2 AND c.code IN ('00070', '03325') AND t.payload ->> 'demo' = 'true'
                ORDER BY pv.parcel_id LIMIT 1""").query(Long.class).single();

        JsonNode d = diff(onDemo, parcel, OptionalInt.empty(), OptionalInt.empty());

        assertThat(d.get("from").get("version").asInt()).isEqualTo(1);
        assertThat(d.get("to").get("version").asInt()).isEqualTo(2);
        assertThat(d.get("to").get("transaction").get("kind").asString()).isEqualTo("PURPOSE_CHANGE");
        assertThat(d.get("to").get("transaction").get("legalBasis").asString()).contains("chuyển mục đích");
        assertThat(d.get("from").get("transaction").get("kind").asString()).isEqualTo("DATA_MIGRATION");
        assertThat(d.get("changes")).extracting(JsonNode::asString).contains("purposes").doesNotContain("geometry", "legalArea");
        assertThat(d.get("geometry").get("changed").asBoolean()).isFalse();
        assertThat(d.get("geometry").get("added").isNull()).isTrue();
        List<String> before = demo.sql("""
                SELECT u.purpose_code FROM parcel_land_use u JOIN parcel_version v ON v.id = u.parcel_version_id
                WHERE v.parcel_id = :p AND v.version = 1 ORDER BY 1""").param("p", parcel).query(String.class).list();
        List<String> after = demo.sql("""
                SELECT u.purpose_code FROM parcel_land_use u JOIN parcel_version v ON v.id = u.parcel_version_id
                WHERE v.parcel_id = :p AND v.version = 2 ORDER BY 1""").param("p", parcel).query(String.class).list();
        JsonNode purposes = d.get("purposes");
        assertThat(codes(purposes.get("added"))).isEqualTo(after.stream().filter(c -> !before.contains(c)).toList());
        assertThat(codes(purposes.get("removed"))).isEqualTo(before.stream().filter(c -> !after.contains(c)).toList());
        assertThat(purposes.get("added").size() + purposes.get("removed").size() + purposes.get("modified").size()).isPositive();
        long purposeChanges = d.get("transactions").valueStream().filter(t -> t.get("kind").asString().equals("PURPOSE_CHANGE")).count();
        assertThat(purposeChanges).isEqualTo(1);
    }

    @Test
    void aParcelOfOneVersionDiffsAgainstItselfWithNothingChanged() {
        long parcel = demo.sql("""
                SELECT pv.parcel_id FROM parcel_version pv JOIN admin_unit c ON c.id = pv.commune_id
                WHERE pv.end_lifespan IS NULL AND pv.version = 1 AND c.code = '00070' ORDER BY pv.parcel_id LIMIT 1""").query(Long.class).single();

        JsonNode d = diff(onDemo, parcel, OptionalInt.empty(), OptionalInt.empty());

        assertThat(d.get("from").get("version").asInt()).isEqualTo(1);
        assertThat(d.get("to").get("version").asInt()).isEqualTo(1);
        assertThat(d.get("changes")).isEmpty();
        assertThat(d.get("transactions")).isEmpty();
        assertThat(d.get("holders").get("before").asInt()).isEqualTo(d.get("holders").get("after").asInt());
    }

    @Test
    void unknownParcelsAreEmptyAndUnknownVersionsAreNamed() {
        long parcel = demo.sql("SELECT parcel_id FROM parcel_version WHERE version = 2 ORDER BY parcel_id LIMIT 1").query(Long.class).single();

        assertThat(onDemo.diff(999_999_999_999L, OptionalInt.empty(), OptionalInt.empty())).isEmpty();
        assertThatThrownBy(() -> onDemo.diff(parcel, OptionalInt.of(1), OptionalInt.of(3)))
                .isInstanceOfSatisfying(UnknownParcelVersion.class, e -> {
                    assertThat(e.version()).isEqualTo(3);
                    assertThat(e.latest()).isEqualTo(2);
                });
        assertThatThrownBy(() -> onDemo.diff(parcel, OptionalInt.of(5), OptionalInt.empty())).isInstanceOf(UnknownParcelVersion.class);
        assertThatThrownBy(() -> onDemo.diff(parcel, OptionalInt.of(2), OptionalInt.of(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMovedBoundaryIsThePartOneNeighbourGainedAndTheOtherLostThenTheTransferAndMortgageThatFollowed() {
        long[] pair = changes.neighbours();
        long y = pair[0];
        long z = pair[1];
        List<Long> holdersBefore = tx.sql("""
                SELECT DISTINCT h.party_id FROM land_right r JOIN right_holder h ON h.right_id = r.id
                WHERE r.parcel_id = :p AND r.end_lifespan IS NULL ORDER BY 1""").param("p", y).query(Long.class).list();
        long boundary = changes.moveBoundary(y, z);
        long transfer = changes.transfer(y);
        long mortgage = changes.mortgage(y);

        JsonNode gained = diff(onTx, y, OptionalInt.empty(), OptionalInt.empty());
        JsonNode lost = diff(onTx, z, OptionalInt.of(1), OptionalInt.of(2));

        assertThat(gained.get("from").get("version").asInt()).isEqualTo(1);
        assertThat(gained.get("to").get("transaction").get("id").asLong()).isEqualTo(boundary);
        assertThat(gained.get("to").get("transaction").get("kind").asString()).isEqualTo("BOUNDARY_CORRECTION");
        assertThat(gained.get("changes")).extracting(JsonNode::asString)
                .contains("geometry", "computedArea", "holders", "restrictions").doesNotContain("address", "legalAddress");
        JsonNode g = gained.get("geometry");
        assertThat(g.get("changed").asBoolean()).isTrue();
        assertThat(g.get("removed").isNull()).isTrue();
        assertThat(g.get("added").get("type").asString()).isEqualTo("MultiPolygon");
        double lon = g.get("added").get("coordinates").get(0).get(0).get(0).get(0).asDouble();
        assertThat(lon).as("GeoJSON in EPSG:4326, lon first (Hoàn Kiếm)").isBetween(105.8, 105.9);
        BigDecimal strip = g.get("addedArea").decimalValue();
        assertThat(strip).isPositive();
        assertThat(g.get("areaAfter").decimalValue().subtract(g.get("areaBefore").decimalValue()))
                .isCloseTo(strip, org.assertj.core.data.Offset.offset(new BigDecimal("0.05")));
        JsonNode zg = lost.get("geometry");
        assertThat(zg.get("added").isNull()).isTrue();
        assertThat(zg.get("removedArea").decimalValue()).isCloseTo(strip, org.assertj.core.data.Offset.offset(new BigDecimal("0.05")));
        assertThat(lost.get("changes")).extracting(JsonNode::asString).doesNotContain("holders", "restrictions");

        JsonNode holders = gained.get("holders");
        assertThat(holders.get("removed").valueStream().map(h -> h.get("partyId").asLong()).toList()).isEqualTo(holdersBefore);
        assertThat(holders.get("added")).singleElement().satisfies(h -> assertThat(h.get("kind").asString()).isEqualTo("individual"));
        assertThat(gained.get("restrictions").get("added")).singleElement()
                .satisfies(r -> assertThat(r.get("kind").asString()).isEqualTo("mortgage"));
        assertThat(gained.get("transactions").valueStream().map(t -> t.get("id").asLong()).toList())
                .containsExactly(boundary, transfer, mortgage);
        // The public view: no names, no mortgagee, no amount.
        assertThat(gained.toString()).doesNotContain("Nguyễn Văn Thử Nghiệm", "Ngân hàng Thử Nghiệm", "1234000000");

        // The boundary version read on its own: the transfer and mortgage came after it, so they belong to "to" only if to is current.
        JsonNode sameVersion = diff(onTx, y, OptionalInt.of(2), OptionalInt.of(2));
        assertThat(sameVersion.get("changes")).isEmpty();
        assertThat(sameVersion.get("transactions")).isEmpty();
    }

    private static List<String> codes(JsonNode array) {
        return array.valueStream().map(n -> n.get("code").asString()).toList();
    }
}
