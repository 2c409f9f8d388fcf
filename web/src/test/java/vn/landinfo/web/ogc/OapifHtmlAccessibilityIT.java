package vn.landinfo.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.landinfo.web.testtools.HeadlessChromium;

/**
 * The OGC API's HTML pages in Debian's headless Chromium, checked with the pinned axe-core as the map page is
 * (docs/decisions/0074-axe-core-in-the-map-page-test.md): no serious or critical violation on the landing page,
 * the collections, a page of parcels with its map, and one parcel; the map is drawn by the local Leaflet.
 */
class OapifHtmlAccessibilityIT extends FeaturesTestSupport {

    private static HeadlessChromium chromium;
    private static ChromeDriver browser;

    @BeforeAll
    static void startChromium() throws IOException {
        chromium = HeadlessChromium.start(Duration.ofSeconds(30));
        browser = chromium.driver();
    }

    @AfterAll
    static void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void axeFindsNoSeriousViolationOnTheLandingCollectionsItemsAndItemPagesAndTheMapIsDrawn() {
        long parcel = aParcel("00070");
        for (String page : List.of("?f=html", "/collections?f=html", "/collections/parcels?f=html", "/collections/parcels/items?limit=10&f=html",
                "/collections/parcels/items/" + parcel + "?f=html", "/collections/parcels/queryables?f=html")) {
            browser.get(base() + page);
            if (page.contains("items")) {
                new WebDriverWait(browser, Duration.ofSeconds(30)).withMessage("Leaflet drew the features on " + page)
                        .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                                "return document.querySelectorAll('#map path.leaflet-interactive').length > 0;")));
            }
            List<Map<String, Object>> serious = HeadlessChromium.serious(chromium.axeViolations());
            assertThat(serious).as("axe-core's serious and critical violations on %s:%n%s", page, HeadlessChromium.describe(serious)).isEmpty();
        }
    }
}
