package vn.landinfo.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.landinfo.shared.model.RegisterDigest;
import vn.landinfo.testsupport.IsolatedDatabase;

/**
 * Two clean clones build identical fixtures: what an operator does on two machines, done here twice in separate
 * JVMs, each into an empty database of its own — the packaged jar's {@code import admin-units}, then
 * {@code demo-data --preset ci} (Hoàn Kiếm and its neighbour Cửa Nam, whose border is sealed, and Mường Phăng), then
 * {@code register digest} — and the printed digests compared table by table. Separate processes, because what
 * one JVM shares between two loads (identity hash codes, JIT state, class initialisation order) is exactly what
 * two machines do not (docs/decisions/0160-register-digest-in-production-code.md). Heavy: two loads of about 40,000
 * parcels.
 */
@Tag("heavy")
class ReproducibleAcrossProcessesIT {

    private static final Duration LOAD = Duration.ofMinutes(45);

    @Test
    void two_databases_built_by_separate_processes_from_the_ci_preset_print_the_same_register_digest() throws Exception {
        RegisterDigest first = buildAndDigest("clone_a");
        RegisterDigest second = buildAndDigest("clone_b");

        assertThat(first.table("parcel").orElseThrow().rows()).as("parcels loaded").isGreaterThan(10_000);
        assertThat(first.table("admin_unit").orElseThrow().rows()).as("administrative units imported").isGreaterThan(3_000);
        Optional<RegisterDigest.Difference> firstDifference = first.firstDifference(second);
        assertThat(firstDifference).as(firstDifference.map(d -> "first table that differs (clone a vs clone b): " + d.describe()
                + "; all that differ: " + first.differences(second).stream().map(RegisterDigest.Difference::table).toList()).orElse(""))
                .isEmpty();
        assertThat(second.total()).isEqualTo(first.total());
    }

    /** An operator's steps on a clean clone, each a process of its own; the digest as the command printed it. */
    private static RegisterDigest buildAndDigest(String purpose) throws Exception {
        try (IsolatedDatabase db = IsolatedDatabase.withCommunes(purpose, List.of())) {
            for (List<String> step : List.of(List.of("import", "admin-units"), List.of("demo-data", "--preset", "ci"))) {
                long t0 = System.nanoTime();
                JarCommand.Result r = JarCommand.run(db.url(), LOAD, step.toArray(String[]::new));
                assertThat(r.exit()).as(purpose + ": " + step + "\n" + r.output()).isZero();
                System.out.printf("%s: %s in %.0f s%n", purpose, String.join(" ", step), (System.nanoTime() - t0) / 1e9);
            }
            JarCommand.Result printed = JarCommand.run(db.url(), LOAD, "register", "digest");
            assertThat(printed.exit()).as(purpose + ": register digest\n" + printed.output()).isZero();
            System.out.println(purpose + ":\n" + printed.output());
            RegisterDigest digest = RegisterDigest.parse(printed.lines());
            assertThat(printed.lines().stream().map(l -> List.of(l.strip().split("\\s+"))))
                    .as("the total line").contains(List.of(RegisterDigest.TOTAL, String.valueOf(digest.rows()), digest.total()));
            return digest;
        }
    }
}
