package vn.landinfo.web.testtools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Spectral, pinned in test-tools/openapi-lint with the project's ruleset, linting an OpenAPI document so that a
 * warning fails as an error does (the REST API's document and OGC API – Features' definition alike).
 */
public final class Spectral {

    /** What a lint found: Spectral's exit code and everything it printed. */
    public record Result(int exit, String output) {
    }

    private Spectral() {
    }

    public static Result lint(Path document) {
        Path tools = PinnedTools.folder("openapi-lint");
        Path spectral = PinnedTools.file("openapi-lint", "node_modules/.bin/spectral");
        List<String> command = List.of(spectral.toString(), "lint", "--ruleset", tools.resolve(".spectral.yaml").toString(),
                "--fail-severity", "warn", "--format", "text", document.toAbsolutePath().toString());
        try {
            Path out = Files.createTempFile("spectral", ".out");
            // Output to a file: a full pipe cannot stall Spectral, and a hung Spectral cannot stall the test.
            Process p = new ProcessBuilder(command).directory(tools.toFile()).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            if (!p.waitFor(3, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError("Spectral did not finish in 3 minutes: " + Files.readString(out, StandardCharsets.UTF_8));
            }
            String output = Files.readString(out, StandardCharsets.UTF_8);
            Files.delete(out);
            return new Result(p.exitValue(), output);
        } catch (IOException e) {
            throw new AssertionError("could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while Spectral ran", e);
        }
    }
}
