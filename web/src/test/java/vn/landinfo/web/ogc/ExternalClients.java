package vn.landinfo.web.ogc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Runs the independent clients the map service tests drive (GDAL's tools, OWSLib and QGIS through
 * /usr/bin/python3): Debian packages that .ci/run and the launcher install. A missing client fails
 * the test with the package to install; it never skips.
 */
final class ExternalClients {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The helpers every client script imports (one JSON result, headless QGIS, a log of what QGIS sent). */
    private static final String SHARED_PYTHON = "/ogc/clients.py";

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
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
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

    /**
     * Runs a Python client script from the test resources with Debian's /usr/bin/python3 (the distribution's
     * OWSLib and QGIS bindings live there, not in a pyenv), clients.py beside it, and answers the JSON object it
     * printed on its last line. A failed run or a missing result fails the test with the client's whole output.
     *
     * @param debianPackage what to install when the script's library is missing (named in the failure)
     */
    static JsonNode python(Path dir, String resource, String debianPackage, Duration timeout, Map<String, String> environment,
            List<String> arguments) throws IOException, InterruptedException {
        script(SHARED_PYTHON, dir);
        List<String> command = new ArrayList<>(List.of(tool("python3", debianPackage), script(resource, dir).toString()));
        command.addAll(arguments);
        Run r = run(dir, timeout, environment, command);
        String out = r.output();
        if (r.exit() != 0) {
            throw new AssertionError(resource + " failed (exit " + r.exit() + "; is " + debianPackage + " installed? .ci/run installs it):\n" + out);
        }
        String last = out.lines().filter(l -> l.startsWith("{")).reduce((a, z) -> z)
                .orElseThrow(() -> new AssertionError(resource + " printed no result:\n" + out));
        return JSON.readTree(last);
    }

    /**
     * Headless QGIS (Debian's python3-qgis) running a client script: offscreen Qt, and HOME / XDG_RUNTIME_DIR in
     * the test's directory so QGIS's profile and settings never leak between runs or into the user's.
     */
    static JsonNode qgis(Path dir, String resource, Duration timeout, List<String> arguments) throws IOException, InterruptedException {
        Map<String, String> environment = new HashMap<>();
        environment.put("QT_QPA_PLATFORM", "offscreen");
        environment.put("XDG_RUNTIME_DIR", dir.toString());
        environment.put("HOME", dir.toString());
        return python(dir, resource, "python3-qgis", timeout, environment, arguments);
    }
}
