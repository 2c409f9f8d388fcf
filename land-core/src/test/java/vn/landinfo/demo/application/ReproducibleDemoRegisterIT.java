package vn.landinfo.demo.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.landinfo.testsupport.IsolatedDatabase;
import vn.landinfo.testsupport.RegisterDigest;

/**
 * The same seed gives the same register, byte for byte: the demo cadastre is loaded twice, into two fresh
 * databases, and every table of the register is compared by a digest of all its rows in key order
 * ({@link RegisterDigest}: parcels, versions, land uses, sheets, survey units, parties, rights, certificates,
 * restrictions, mortgages, transactions, dossiers, lineage and the audit chain). The two loads run in one JVM,
 * the second on JIT-compiled code, each in a database of its own (docs/decisions/0080-reproducible-demo-register.md).
 */
class ReproducibleDemoRegisterIT {

    /**
     * The default lane's commune: Xã Thanh An, Điện Biên (about 5,500 parcels, a minute a load on two quiet cores).
     * Two neighbouring communes would be ten times that here; the heavy lane loads the CI preset's three communes,
     * where the order in which communes are written and the seal of their borders are compared too.
     */
    static final List<String> SMALL = List.of("03352");

    @Test
    void two_loads_of_a_small_commune_with_the_same_seed_make_byte_identical_registers() throws Exception {
        assertIdenticalTwice(SMALL, 1_000);
    }

    @Test
    @Tag("heavy")
    void two_loads_of_the_ci_preset_with_the_same_seed_make_byte_identical_registers() throws Exception {
        assertIdenticalTwice(DemoDataRequest.ciFixture().communeCodes(), 10_000);
    }

    private static void assertIdenticalTwice(List<String> communes, long atLeastParcels) throws Exception {
        Map<String, String> first = loadAndDigest("digest_a", communes);
        Map<String, String> second = loadAndDigest("digest_b", communes);
        assertThat(first).as("the register tables digested").containsKeys("parcel", "parcel_version", "parcel_land_use",
                "map_sheet", "admin_unit", "party", "party_version", "land_right", "right_holder", "certificate",
                "restriction", "mortgage", "cadastral_transaction", "application", "parcel_lineage", "audit_log");
        assertThat(rows(first.get("parcel"))).as("parcels loaded").isGreaterThanOrEqualTo(atLeastParcels);
        assertThat(rows(first.get("audit_log"))).as("audit records").isPositive();
        Map<String, String> differing = new TreeMap<>();
        first.forEach((table, digest) -> {
            if (!digest.equals(second.get(table))) {
                differing.put(table, digest + " vs " + second.get(table));
            }
        });
        assertThat(differing).as("tables whose rows differ between two loads of the same seed").isEmpty();
        assertThat(second.keySet()).isEqualTo(first.keySet());
    }

    private static Map<String, String> loadAndDigest(String purpose, List<String> communes) throws Exception {
        try (IsolatedDatabase db = IsolatedDatabase.withCommunes(purpose, communes)) {
            new GeneratingDemoData(db.dataSource()).generate(DemoDataRequest.communes(communes), line -> System.out.println(purpose + ": " + line));
            return RegisterDigest.of(db.dataSource());
        }
    }

    private static long rows(String digest) {
        return Long.parseLong(digest.substring(0, digest.indexOf(':')));
    }
}
