package vn.landinfo.web.testtools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import vn.landinfo.testsupport.TestDatabase;

/**
 * The npm tools the tests pin in test-tools/ (axe-core, Spectral, Redocly, TypeScript), installed there by
 * {@code ./landinfo test} ({@code npm ci}); the tests run in web/, so the folder is found from the repository root.
 * A missing tool fails the test that needs it, naming where it should be.
 */
public final class PinnedTools {

    private PinnedTools() {
    }

    /** A folder below test-tools/, e.g. {@code openapi-lint}. */
    public static Path folder(String name) {
        return TestDatabase.repositoryRoot().resolve("test-tools").resolve(name);
    }

    /** A file of a pinned tool, which must exist: e.g. {@code file("axe", "node_modules/axe-core/axe.min.js")}. */
    public static Path file(String folder, String path) {
        Path file = folder(folder).resolve(path);
        assertThat(file).as(path + " (npm ci in test-tools/" + folder + ", as ./landinfo test does)").exists();
        return file;
    }
}
