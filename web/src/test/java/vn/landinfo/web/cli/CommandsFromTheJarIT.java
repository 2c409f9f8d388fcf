package vn.landinfo.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.landinfo.shared.infrastructure.RegisterDigestReader;
import vn.landinfo.shared.model.RegisterDigest;
import vn.landinfo.testsupport.TestDatabase;

/**
 * The launcher's steps run the packaged jar as commands (`./landinfo run` = migrate, import admin-units,
 * demo-data, then serve). A command starts Spring without a web server, so configuration that only a web
 * context satisfies (e.g. the readiness group naming a web bean) must not stop it: this ran only through
 * `./landinfo run` before, and broke it once. Here the real jar runs `migrate` against the test database, as
 * the launcher does, and `register digest`, the command by which an operator compares two clones.
 */
class CommandsFromTheJarIT {

    @Test
    void migrateRunsFromThePackagedJarAndSaysTheSchemaIsUpToDate() throws Exception {
        JarCommand.Result r = JarCommand.run(TestDatabase.url(), Duration.ofMinutes(3), "migrate");
        assertThat(r.exit()).as(r.output()).isZero();
        assertThat(r.output()).doesNotContain("APPLICATION FAILED TO START");
    }

    @Test
    void registerDigestPrintsTheDigestOfEveryTableAndNamesTheTableInWhichAnotherMachinesDigestDiffers() throws Exception {
        RegisterDigest here = new RegisterDigestReader(TestDatabase.dataSource()).read();
        RegisterDigest.Table codes = here.table("land_use_code").orElseThrow();
        // Another machine's printed digest, one table off by a row.
        List<String> there = here.tables().stream()
                .map(t -> t.equals(codes) ? new RegisterDigest.Table(t.name(), t.rows() + 1, t.md5()) : t)
                .map(RegisterDigest.Table::line).toList();
        Path file = Files.createTempFile("landinfo-digest", ".txt");
        try {
            Files.write(file, there);
            JarCommand.Result r = JarCommand.run(TestDatabase.url(), Duration.ofMinutes(3), "register", "digest", "--compare", file.toString());

            assertThat(r.exit()).as(r.output()).isEqualTo(1);
            assertThat(RegisterDigest.parse(r.lines())).as("the printed table lines").isEqualTo(here);
            assertThat(r.output()).contains("KHÁC / DIFFERENT from " + file + " in 1 table(s)")
                    .contains("land_use_code: " + codes.rows() + " rows, md5 " + codes.md5() + " vs " + (codes.rows() + 1) + " rows")
                    .contains("# không tính / left out: dataset_load");
            assertThat(r.lines().stream().map(l -> List.of(l.strip().split("\\s+"))))
                    .as("the total line").contains(List.of(RegisterDigest.TOTAL, String.valueOf(here.rows()), here.total()));

            // What this machine printed, saved whole, is what another machine compares with.
            Files.writeString(file, r.output());
            JarCommand.Result again = JarCommand.run(TestDatabase.url(), Duration.ofMinutes(3), "register", "digest", "--compare", file.toString());
            assertThat(again.exit()).as(again.output()).isZero();
            assertThat(again.output()).contains("giống hệt / identical to " + file + ": total " + here.total());
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
