package vn.landinfo.demo.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.shared.infrastructure.RegisterDigestReader;
import vn.landinfo.shared.model.RegisterDigest;
import vn.landinfo.testsupport.IsolatedDatabase;

/**
 * The same seed gives the same register, byte for byte: two neighbouring communes are loaded twice, into two
 * fresh databases, and every table of the register is compared by its digest ({@link RegisterDigestReader}: all
 * rows in key order — parcels, versions, land uses, sheets, survey units, parties, rights, certificates,
 * restrictions, mortgages, transactions, dossiers, lineage and the audit chain). Two communes, because what
 * varied between clean clones came from writing several communes (the order in which they take ids) and from
 * sealing the border between them, neither of which one commune exercises. The two loads run in one JVM, the second
 * on JIT-compiled code; the heavy lane loads the CI preset in two separate processes
 * (ReproducibleAcrossProcessesIT in web; docs/decisions/0080-reproducible-demo-register.md).
 */
class ReproducibleDemoRegisterIT {

    /**
     * Xã Tuy Phước and Xã Tuy Phước Bắc (Gia Lai), the smallest pair of neighbouring communes with the mountain
     * profile (53 and 37 km², a border of 9.6 km): 6,560 parcels, 42 of which the seal moves. A load takes about
     * 70 s on the shared two-core machine, against about 38 s for the one commune (Xã Thanh An, 5,497 parcels)
     * this test loaded before; a ward next to Thanh An would have been 93,000 parcels more.
     */
    static final List<String> NEIGHBOURS = List.of("21952", "21964");

    @Test
    void two_loads_of_two_neighbouring_communes_with_the_same_seed_make_byte_identical_registers() throws Exception {
        RegisterDigest first = loadAndDigest("digest_a");
        RegisterDigest second = loadAndDigest("digest_b");

        assertThat(first.byName()).as("the register tables digested").containsKeys("parcel", "parcel_version",
                "parcel_land_use", "map_sheet", "admin_unit", "party", "party_version", "land_right", "right_holder",
                "certificate", "restriction", "mortgage", "cadastral_transaction", "application", "parcel_lineage", "audit_log");
        assertThat(first.table("parcel").orElseThrow().rows()).as("parcels loaded").isGreaterThan(5_000);
        assertThat(first.table("audit_log").orElseThrow().rows()).as("audit records").isPositive();
        assertThat(first.differences(second)).as("tables whose rows differ between two loads of the same seed").isEmpty();
        assertThat(first.total()).isEqualTo(second.total());
    }

    private static RegisterDigest loadAndDigest(String purpose) throws Exception {
        try (IsolatedDatabase db = IsolatedDatabase.withCommunes(purpose, NEIGHBOURS)) {
            long t0 = System.nanoTime();
            new GeneratingDemoData(db.dataSource()).generate(DemoDataRequest.communes(NEIGHBOURS), line -> System.out.println(purpose + ": " + line));
            System.out.printf("%s: loaded in %.1f s%n", purpose, (System.nanoTime() - t0) / 1e9);
            assertBothCommunesMeetAlongTheirBorder(JdbcClient.create(db.dataSource()));
            return new RegisterDigestReader(db.dataSource()).read();
        }
    }

    /** What makes this a test of several communes: both were written, and the seal left them sharing border lines. */
    private static void assertBothCommunesMeetAlongTheirBorder(JdbcClient db) {
        assertThat(db.sql("SELECT count(DISTINCT commune_id) FROM parcel_version").query(Long.class).single())
                .as("communes written").isEqualTo(2);
        long sharedEdges = db.sql("""
                SELECT count(*) FROM parcel_version a JOIN parcel_version b
                  ON a.commune_id < b.commune_id AND a.geom && b.geom AND ST_SRID(a.geom_tm3) = ST_SRID(b.geom_tm3)
                 AND ST_Relate(a.geom_tm3, b.geom_tm3, 'F***1****')
                WHERE a.end_lifespan IS NULL AND b.end_lifespan IS NULL""").query(Long.class).single();
        assertThat(sharedEdges).as("pairs of parcels that share a line across the commune border").isGreaterThan(10);
    }
}
