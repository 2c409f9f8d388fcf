package vn.landinfo.web.testtools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's headless Chromium driven through its chromedriver, in a throw-away profile, Vietnamese first, with the
 * browser console recorded; and the pinned axe-core run in whatever page it shows
 * (docs/decisions/0074-axe-core-in-the-map-page-test.md). A missing browser, driver or axe-core fails the test.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Selenium looks for a DevTools binding of this Chromium's version and warns; the tests need none. */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.openqa.selenium.devtools"),
            Logger.getLogger("org.openqa.selenium.chromium"));

    private final Path profile;
    private final ChromeDriver driver;

    private HeadlessChromium(Path profile, ChromeDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    /** A browser with a 1280×900 window whose scripts may run for {@code scriptTimeout}. */
    public static HeadlessChromium start(Duration scriptTimeout) throws IOException {
        QUIET.forEach(l -> l.setLevel(Level.SEVERE));
        assertThat(CHROMIUM).as("Debian's chromium (./landinfo test installs it)").isExecutable();
        assertThat(CHROMEDRIVER).as("Debian's chromium-driver (./landinfo test installs it)").isExecutable();
        Path profile = Files.createTempDirectory(Path.of("/tmp"), "landinfo-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--disable-dev-shm-usage", "--disable-gpu", "--no-first-run",
                "--disable-extensions", "--disable-background-networking", "--disable-component-update",
                "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=vi");
        if ("root".equals(System.getProperty("user.name"))) {
            options.addArguments("--no-sandbox");
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(scriptTimeout);
        return new HeadlessChromium(profile, driver);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /**
     * Runs the pinned axe-core (test-tools/axe, from npm) in the page: the library's own file is injected through
     * Selenium, then axe.run() over the whole document. Each violation: id, impact, help, nodes (target — summary).
     */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> axeViolations() {
        Path script = PinnedTools.file("axe", "node_modules/axe-core/axe.min.js");
        try {
            ((JavascriptExecutor) driver).executeScript(Files.readString(script));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Object result = ((JavascriptExecutor) driver).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(function (r) {
                  done(r.violations.map(function (v) {
                    return {id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(function (n) {
                      return n.target.join(' ') + ' — ' + (n.failureSummary || '').replace(/\\s+/g, ' ');
                    })};
                  }));
                }).catch(function (e) { done('axe failed: ' + e); });""");
        assertThat(result).as("axe.run() result").isInstanceOf(List.class);
        return (List<Map<String, Object>>) result;
    }

    /** The violations a user with assistive technology would be stopped by: impact serious or critical. */
    public static List<Map<String, Object>> serious(List<Map<String, Object>> violations) {
        return violations.stream().filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))).toList();
    }

    /** Violations one a line with their nodes, for an assertion's message. */
    public static String describe(List<Map<String, Object>> violations) {
        StringBuilder b = new StringBuilder();
        for (Map<String, Object> v : violations) {
            b.append("- ").append(v.get("id")).append(" (").append(v.get("impact")).append("): ").append(v.get("help")).append('\n');
            for (Object node : (List<?>) v.get("nodes")) {
                b.append("    ").append(node).append('\n');
            }
        }
        return b.toString();
    }

    @Override
    public void close() {
        driver.quit();
        FileSystemUtils.deleteRecursively(profile.toFile());
    }
}
