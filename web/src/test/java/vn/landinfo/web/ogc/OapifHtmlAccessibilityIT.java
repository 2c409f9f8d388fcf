package vn.landinfo.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * The OGC API's HTML pages in Debian's headless Chromium, checked with the pinned axe-core as the map page is
 * (docs/decisions/0074-axe-core-in-the-map-page-test.md): no serious or critical violation on the landing page,
 * the collections, a page of parcels with its map, and one parcel; the map is drawn by the local Leaflet.
 */
class OapifHtmlAccessibilityIT extends FeaturesTestSupport {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static Path profile;
    private static ChromeDriver browser;

    @BeforeAll
    static void startChromium() throws IOException {
        List.of(Logger.getLogger("org.openqa.selenium.devtools"), Logger.getLogger("org.openqa.selenium.chromium")).forEach(l -> l.setLevel(Level.SEVERE));
        assertThat(CHROMIUM).as("Debian's chromium (./landinfo test installs it)").isExecutable();
        assertThat(CHROMEDRIVER).as("Debian's chromium-driver").isExecutable();
        profile = Files.createTempDirectory(Path.of("/tmp"), "landinfo-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--disable-dev-shm-usage", "--disable-gpu", "--no-first-run", "--disable-extensions",
                "--disable-background-networking", "--disable-component-update", "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=vi");
        if ("root".equals(System.getProperty("user.name"))) {
            options.addArguments("--no-sandbox");
        }
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build(), options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }

    @Test
    void axeFindsNoSeriousViolationOnTheLandingCollectionsItemsAndItemPagesAndTheMapIsDrawn() throws IOException {
        long parcel = aParcel("00070");
        for (String page : List.of("?f=html", "/collections?f=html", "/collections/parcels?f=html", "/collections/parcels/items?limit=10&f=html",
                "/collections/parcels/items/" + parcel + "?f=html", "/collections/parcels/queryables?f=html")) {
            browser.get(base() + page);
            if (page.contains("items")) {
                new WebDriverWait(browser, Duration.ofSeconds(30)).withMessage("Leaflet drew the features on " + page)
                        .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                                "return document.querySelectorAll('#map path.leaflet-interactive').length > 0;")));
            }
            List<Map<String, Object>> serious = axe().stream()
                    .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))).toList();
            assertThat(serious).as("axe-core's serious and critical violations on %s: %s", page, serious).isEmpty();
        }
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> axe() throws IOException {
        Path script = OapifOas30IT.repositoryRoot().resolve("test-tools/axe/node_modules/axe-core/axe.min.js");
        assertThat(script).as("axe-core from test-tools/axe (./landinfo test runs npm ci there)").isRegularFile();
        ((JavascriptExecutor) browser).executeScript(Files.readString(script));
        Object result = ((JavascriptExecutor) browser).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(function (r) {
                  done(r.violations.map(function (v) {
                    return {id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(function (n) { return n.target.join(' '); })};
                  }));
                }).catch(function (e) { done('axe failed: ' + e); });""");
        assertThat(result).as("axe.run() result").isInstanceOf(List.class);
        return (List<Map<String, Object>>) result;
    }
}
