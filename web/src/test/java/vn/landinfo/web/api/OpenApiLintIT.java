package vn.landinfo.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import vn.landinfo.web.testtools.PinnedTools;
import vn.landinfo.web.testtools.Spectral;

/**
 * The OpenAPI document as clients meet it: fetched from the running application, linted by Spectral
 * ({@code spectral:oas}) and Redocly ({@code recommended}) with no error and no warning, and a client generated
 * from it by openapi-generator compiles. The linters and TypeScript are pinned in test-tools/openapi-lint (npm),
 * openapi-generator comes from Maven Central (web/pom.xml copies it to target/tools); a missing tool fails.
 * See docs/decisions/0065-openapi-lint-and-generated-client.md.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiLintIT extends ApiTestSupport {

    private static final Path TOOLS = PinnedTools.folder("openapi-lint");
    private static final Path OUT = Path.of("target/openapi-lint");

    private Path document;

    @BeforeAll
    void fetchTheDocument() throws IOException {
        Response r = get("/v3/api-docs");
        assertThat(r.status()).isEqualTo(200);
        Files.createDirectories(OUT);
        document = OUT.resolve("openapi.json").toAbsolutePath();
        Files.writeString(document, r.body(), StandardCharsets.UTF_8);
    }

    @Test
    void spectralFindsNoErrorAndNoWarning() {
        Spectral.Result lint = Spectral.lint(document);

        assertThat(lint.exit()).as(lint.output()).isZero();
    }

    @Test
    void redoclyRecommendedFindsNoErrorAndNoWarning() {
        Run run = run(TOOLS, List.of(tool("redocly").toString(), "lint", "--config", TOOLS.resolve("redocly.yaml").toString(),
                "--format", "json", document.toString()));

        assertThat(run.exit()).as(run.output()).isZero();
        // Redocly exits 0 on warnings: read its own count. (Its banner about Node.js versions goes to stderr.)
        JsonNode totals = JSON.readTree(run.stdout()).get("totals");
        assertThat(totals.get("errors").asInt()).as(run.output()).isZero();
        assertThat(totals.get("warnings").asInt()).as(run.output()).isZero();
    }

    @Test
    void aTypeScriptClientGeneratedFromTheDocumentCompiles() throws IOException {
        Path generator = Path.of("target/tools/openapi-generator-cli.jar").toAbsolutePath();
        assertThat(generator).as("openapi-generator-cli, copied by the maven-dependency-plugin before the ITs").exists();
        Path client = OUT.resolve("typescript-client").toAbsolutePath();
        deleteRecursively(client);

        Run generated = run(OUT, List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", generator.toString(),
                "generate", "-g", "typescript-fetch", "-i", document.toString(), "-o", client.toString(),
                "--additional-properties=supportsES6=true"));
        assertThat(generated.exit()).as(generated.output()).isZero();
        List<String> sources;
        try (Stream<Path> files = Files.walk(client)) {
            sources = files.filter(p -> p.toString().endsWith(".ts")).map(Path::toString).toList();
        }
        assertThat(sources).as("generated sources").anyMatch(s -> s.contains("apis"));

        List<String> tsc = new ArrayList<>(List.of(tool("tsc").toString(), "--noEmit", "--strict", "--target", "es2020",
                "--lib", "es2020,dom", "--module", "es2020", "--moduleResolution", "node"));
        tsc.addAll(sources);
        Run compiled = run(client, tsc);
        assertThat(compiled.exit()).as(compiled.output()).isZero();
        StringBuilder all = new StringBuilder();
        for (String source : sources) {
            all.append(Files.readString(Path.of(source)));
        }
        JsonNode api = JSON.readTree(Files.readString(document));
        assertThat(api.get("paths").propertyNames()).as("every path has a client method").allSatisfy(path ->
                assertThat(all).contains("`" + path + "`"));
    }

    /** A finished tool: its exit code, what it printed, and the command line (shortened) for the failure message. */
    private record Run(int exit, String stdout, String stderr, String command) {
        String output() {
            return command + "\n" + stdout + "\n" + stderr;
        }
    }

    private static Run run(Path dir, List<String> command) {
        try {
            Path out = Files.createTempFile("openapi-lint", ".out");
            Path err = Files.createTempFile("openapi-lint", ".err");
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + command);
            }
            Run run = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8),
                    String.join(" ", command.subList(0, Math.min(3, command.size()))));
            Files.delete(out);
            Files.delete(err);
            return run;
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("could not run " + command, e);
        }
    }

    private static Path tool(String name) {
        return PinnedTools.file("openapi-lint", "node_modules/.bin/" + name);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
