package vn.landinfo.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.landinfo.testsupport.TestDatabase;

/**
 * The launcher's steps run the packaged jar as commands (`./landinfo run` = migrate, import admin-units,
 * demo-data, then serve). A command starts Spring without a web server, so configuration that only a web
 * context satisfies (e.g. the readiness group naming a web bean) must not stop it: this ran only through
 * `./landinfo run` before, and broke it once. Here the real jar runs `migrate` against the test database, as
 * the launcher does.
 */
class CommandsFromTheJarIT {

    private static final Path JAR = TestDatabase.repositoryRoot().resolve("web/target/landinfo.jar");

    @Test
    void migrateRunsFromThePackagedJarAndSaysTheSchemaIsUpToDate() throws Exception {
        Result r = run("migrate");
        assertThat(r.exit()).as(r.output()).isZero();
        assertThat(r.output()).doesNotContain("APPLICATION FAILED TO START");
    }

    private record Result(int exit, String output) {
    }

    private static Result run(String... command) throws Exception {
        assertThat(JAR).as("the packaged jar (mvn package runs before the integration tests)").exists();
        String[] cmd = new String[command.length + 3];
        cmd[0] = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        cmd[1] = "-jar";
        cmd[2] = JAR.toString();
        System.arraycopy(command, 0, cmd, 3, command.length);
        Path out = Files.createTempFile("landinfo-command", ".log");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile());
        pb.environment().put("LANDINFO_DB_URL", TestDatabase.url());
        pb.environment().put("LANDINFO_DB_USER", TestDatabase.user());
        pb.environment().put("LANDINFO_DB_PASSWORD", TestDatabase.password());
        Process p = pb.start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("'" + String.join(" ", command) + "' did not end within 180 s:\n" + Files.readString(out));
        }
        String output = Files.readString(out, StandardCharsets.UTF_8);
        Files.deleteIfExists(out);
        return new Result(p.exitValue(), output);
    }
}
