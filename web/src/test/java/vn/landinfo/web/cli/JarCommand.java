package vn.landinfo.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import vn.landinfo.testsupport.TestDatabase;

/**
 * Runs a command of the packaged jar in a JVM of its own, as the launcher does ({@code java -jar landinfo.jar <command>}),
 * against the database at {@code url} with the test database's user; the output (stdout and stderr) comes back
 * with the exit code.
 */
final class JarCommand {

    static final Path JAR = TestDatabase.repositoryRoot().resolve("web/target/landinfo.jar");

    record Result(int exit, String output) {

        List<String> lines() {
            return output.lines().toList();
        }
    }

    private JarCommand() {
    }

    static Result run(String url, Duration timeout, String... command) throws Exception {
        return run(url, timeout, List.of("-Xmx2g"), command);
    }

    /** As {@link #run(String, Duration, String...)}, with these JVM options (e.g. a smaller heap) instead of -Xmx2g. */
    static Result run(String url, Duration timeout, List<String> jvmOptions, String... command) throws Exception {
        assertThat(JAR).as("the packaged jar (mvn package runs before the integration tests)").exists();
        List<String> cmd = new ArrayList<>(List.of(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java"));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-jar", JAR.toString()));
        cmd.addAll(List.of(command));
        Path out = Files.createTempFile("landinfo-command", ".log");
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile());
            pb.environment().put("LANDINFO_HOME", TestDatabase.repositoryRoot().toString());
            pb.environment().put("LANDINFO_DB_URL", url);
            pb.environment().put("LANDINFO_DB_USER", TestDatabase.user());
            pb.environment().put("LANDINFO_DB_PASSWORD", TestDatabase.password());
            Process p = pb.start();
            if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                throw new AssertionError("'" + String.join(" ", command) + "' did not end within " + timeout.toSeconds() + " s:\n"
                        + Files.readString(out, StandardCharsets.UTF_8));
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
