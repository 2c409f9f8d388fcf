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
import vn.landinfo.testsupport.TransactionFixture;

/**
 * Diffs of parcel versions, on lots of cases of their own ({@link HandMadeChanges}) changed through the pipeline as
 * officers change them: a purpose change, a parcel of one version, and a boundary moved between neighbours followed by
 * a transfer and a mortgage.
 */
class DiffingParcelVersionsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JdbcClient tx;
    private static DiffingParcelVersions onTx;
    private static HandMadeChanges changes;

    @BeforeAll
    static void setUp() {
        tx = JdbcClient.create(TransactionFixture.dataSource());
        onTx = new DiffingParcelVersions(tx);
        changes = new HandMadeChanges(TransactionFixture.dataSource());
    }

    private static JsonNode diff(long parcel, OptionalInt from, OptionalInt to) {
        return JSON.readTree(onTx.diff(parcel, from, to).orElseThrow());
    }

    @Test
    void aPurposeChangeIsThePurposesThatChangedAndTheTransactionThatChangedThem() {
        long parcel = changes.lot();
        long tx = changes.purposeChange(parcel);

        JsonNode d = diff(parcel, OptionalInt.empty(), OptionalInt.empty());

        assertThat(d.get("from").get("version").asInt()).isEqualTo(1);
        assertThat(d.get("to").get("version").asInt()).isEqualTo(2);
        assertThat(d.get("from").get("transaction").get("kind").asString()).isEqualTo("DATA_MIGRATION");
        assertThat(d.get("to").get("transaction").get("id").asLong()).isEqualTo(tx);
        assertThat(d.get("to").get("transaction").get("kind").asString()).isEqualTo("PURPOSE_CHANGE");
        assertThat(d.get("to").get("transaction").get("legalBasis").asString()).isEqualTo("Luật Đất đai 2024; Nghị định 101/2024/NĐ-CP");
        assertThat(d.get("changes")).extracting(JsonNode::asString).containsExactly("purposes");
        assertThat(d.get("geometry").get("changed").asBoolean()).isFalse();
        assertThat(d.get("geometry").get("added").isNull()).isTrue();
        // ODT 200 m² became ODT 150 m² and TMD 50 m² until 2075.
        JsonNode purposes = d.get("purposes");
        assertThat(purposes.get("added")).singleElement().satisfies(u -> {
            assertThat(u.get("code").asString()).isEqualTo("TMD");
            assertThat(u.get("area").decimalValue()).isEqualByComparingTo("50.0");
            assertThat(u.get("term").asString()).isEqualTo("2075-12-31");
        });
        assertThat(purposes.get("removed")).isEmpty();
        assertThat(purposes.get("modified")).singleElement().satisfies(u -> {
            assertThat(u.get("code").asString()).isEqualTo("ODT");
            assertThat(u.get("areaBefore").decimalValue()).isEqualByComparingTo("200.0");
            assertThat(u.get("areaAfter").decimalValue()).isEqualByComparingTo("150.0");
            assertThat(u.get("termAfter").asString()).isEqualTo("long_term");
        });
        assertThat(d.get("transactions").valueStream().map(t -> t.get("id").asLong() + " " + t.get("kind").asString()).toList())
                .containsExactly(tx + " PURPOSE_CHANGE");
    }

    @Test
    void aParcelOfOneVersionDiffsAgainstItselfWithNothingChanged() {
        long parcel = changes.lot();

        JsonNode d = diff(parcel, OptionalInt.empty(), OptionalInt.empty());

        assertThat(d.get("from").get("version").asInt()).isEqualTo(1);
        assertThat(d.get("to").get("version").asInt()).isEqualTo(1);
        assertThat(d.get("changes")).isEmpty();
        assertThat(d.get("transactions")).isEmpty();
        assertThat(d.get("holders").get("before").asInt()).isEqualTo(1);
        assertThat(d.get("holders").get("after").asInt()).isEqualTo(1);
    }

    @Test
    void unknownParcelsAreEmptyAndUnknownVersionsAreNamed() {
        long parcel = changes.lot();
        changes.purposeChange(parcel);

        assertThat(onTx.diff(999_999_999_999L, OptionalInt.empty(), OptionalInt.empty())).isEmpty();
        assertThatThrownBy(() -> onTx.diff(parcel, OptionalInt.of(1), OptionalInt.of(3)))
                .isInstanceOfSatisfying(UnknownParcelVersion.class, e -> {
                    assertThat(e.version()).isEqualTo(3);
                    assertThat(e.latest()).isEqualTo(2);
                });
        assertThatThrownBy(() -> onTx.diff(parcel, OptionalInt.of(5), OptionalInt.empty())).isInstanceOf(UnknownParcelVersion.class);
        assertThatThrownBy(() -> onTx.diff(parcel, OptionalInt.of(2), OptionalInt.of(1))).isInstanceOf(IllegalArgumentException.class);
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

        JsonNode gained = diff(y, OptionalInt.empty(), OptionalInt.empty());
        JsonNode lost = diff(z, OptionalInt.of(1), OptionalInt.of(2));

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
        // Half a metre along the 20 m side the lots share: 10 m².
        BigDecimal strip = g.get("addedArea").decimalValue();
        assertThat(strip).isEqualByComparingTo("10.00");
        assertThat(g.get("areaAfter").decimalValue().subtract(g.get("areaBefore").decimalValue()))
                .isCloseTo(strip, org.assertj.core.data.Offset.offset(new BigDecimal("0.05")));
        JsonNode zg = lost.get("geometry");
        assertThat(zg.get("added").isNull()).isTrue();
        assertThat(zg.get("removedArea").decimalValue()).isEqualByComparingTo(strip);
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
        JsonNode sameVersion = diff(y, OptionalInt.of(2), OptionalInt.of(2));
        assertThat(sameVersion.get("changes")).isEmpty();
        assertThat(sameVersion.get("transactions")).isEmpty();
    }
}
