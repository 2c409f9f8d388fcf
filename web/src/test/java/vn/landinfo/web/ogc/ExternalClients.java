package vn.landinfo.web.ogc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the independent clients the map service tests drive (GDAL's tools, OWSLib and QGIS through
 * /usr/bin/python3): Debian packages that .ci/run and the launcher install. A missing client fails
 * the test with the package to install; it never skips.
 */
final class ExternalClients {

    record Run(int exit, String output) {
    }

    private ExternalClients() {
    }

    /** A tool from /usr/bin or /usr/local/bin, or an AssertionError naming the Debian package. */
    static String tool(String name, String debianPackage) {
        for (String d : List.of("/usr/bin/", "/usr/local/bin/")) {
            if (Files.isExecutable(Path.of(d + name))) {
                return d + name;
            }
        }
        throw new AssertionError(name + " is missing: install it with apt-get install -y " + debianPackage + " (.ci/run does)");
    }

    /** A Python client script from the test resources, copied into the test's directory. */
    static Path script(String resource, Path dir) throws IOException {
        Path script = dir.resolve(Path.of(resource).getFileName().toString());
        try (InputStream in = ExternalClients.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("test resource " + resource + " is missing");
            }
            Files.copy(in, script);
        }
        return script;
    }

    static Run run(Path dir, Duration timeout, List<String> command) throws IOException, InterruptedException {
        return run(dir, timeout, Map.of(), command);
    }

    /**
     * Runs the command with stdout and stderr to a file in dir, so a full pipe cannot stall the client
     * and a hung client cannot stall the test.
     */
    static Run run(Path dir, Duration timeout, Map<String, String> environment, List<String> command)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, Path.of(command.get(0)).getFileName().toString(), ".out");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
        builder.environment().putAll(environment);
        Process p = builder.start();
        if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in " + timeout.toSeconds() + " s: "
                    + Files.readString(out, StandardCharsets.UTF_8));
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
    }
}
