package vn.landinfo.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.landinfo.web.testtools.HeadlessChromium;

/**
 * The public map page (/map) in a real browser: Debian's headless Chromium, driven through its
 * chromedriver. Opened on a demo parcel, it shows the WMS tiles and the vector boundaries, the vector
 * parcels in the national palette, and the parcel's record on a click, with no console error, no
 * failed request and nothing fetched from outside landinfo. Screenshots go to target/map-page-*.png.
 */
class MapPageIT extends WmsTestSupport {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final int ZOOM = 18;

    private static HeadlessChromium chromium;
    private static ChromeDriver browser;

    @BeforeAll
    static void startChromium() throws IOException {
        chromium = HeadlessChromium.start(PATIENCE);
        browser = chromium.driver();
    }

    @AfterAll
    static void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private void waitFor(String what, String condition, Object... args) {
        new WebDriverWait(browser, PATIENCE).withMessage(what)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return !!(" + condition + ");", args)));
    }

    private void screenshot(String name) {
        try {
            Path target = Path.of("target", "map-page-" + name + ".png");
            Files.createDirectories(target.getParent());
            Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every tile of a pane drawn (images decoded, vector tiles done) and at least one there. */
    private static String tilesLoaded(String pane) {
        return "(function(){var t=document.querySelectorAll('.leaflet-" + pane + "-pane .leaflet-tile');"
                + "return t.length>0&&Array.prototype.every.call(t,function(e){return e.classList.contains('leaflet-tile-loaded')"
                + "&&(e.tagName!=='IMG'||(e.complete&&e.naturalWidth>0));});})()";
    }

    /** The parcel's interior point in the page's client coordinates, through Leaflet itself. */
    @SuppressWarnings("unchecked")
    private double[] onScreen(double[] lonLat) {
        Map<String, Number> p = (Map<String, Number>) js("""
                var map = window.landinfoMap, r = map.getContainer().getBoundingClientRect();
                var p = map.latLngToContainerPoint([arguments[0], arguments[1]]);
                return {x: r.left + p.x, y: r.top + p.y};""", lonLat[1], lonLat[0]);
        return new double[] {p.get("x").doubleValue(), p.get("y").doubleValue()};
    }

    @Test
    void aCitizenSeesTheCadastreSwitchesToVectorTilesAndClicksAParcel() throws Exception {
        Parcel parcel = roomyParcel("00070");
        double[] lonLat = centre(parcel, 4326);
        String purposeName = jdbc.sql("SELECT name_vi FROM land_use_code WHERE code = :code")
                .param("code", parcel.purpose()).query(String.class).single();
        BigDecimal area = jdbc.sql("SELECT legal_area FROM publish.parcels WHERE id = :id")
                .param("id", parcel.id()).query(BigDecimal.class).single();
        String fill = String.format("#%06x", parcel.fill().getRGB() & 0xFFFFFF);

        // /map is the page's address; the fragment (the view) survives the redirect to /map/.
        HttpResponse<Void> redirect = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/map")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location").orElse("")).endsWith("/map/");
        // and the server's root sends a new user there too.
        HttpResponse<Void> root = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location").orElse("")).endsWith("/map/");

        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(String.format(Locale.ROOT, "%s/map#%d/%.7f/%.7f", base(), ZOOM, lonLat[1], lonLat[0]));
        assertThat(browser.getTitle()).startsWith("Bản đồ địa chính / Cadastral map");

        // WMS parcels (images) and vector boundaries (SVG paths) are both drawn.
        waitFor("WMS parcel tiles decoded", tilesLoaded("parcels"));
        waitFor("vector boundary tiles drawn", tilesLoaded("boundaries")
                + "&&document.querySelectorAll('.leaflet-boundaries-pane svg path').length>0");
        assertThat(js("return document.querySelector('.leaflet-parcels-pane img.leaflet-tile').src").toString())
                .startsWith(base() + "/ogc/wms?").contains("request=GetMap").contains("crs=EPSG%3A3857").contains("styles=land-use");
        double[] at = onScreen(lonLat);
        assertThat(at[0]).as("the parcel is in the middle of the map").isBetween(600.0, 680.0);

        // The WMS pixel inside the parcel (half its inscribed radius below the centre, clear of its
        // number label) has the parcel's palette colour.
        double metresPerPixel = 2 * Math.PI * 6378137 / 256 / Math.pow(2, ZOOM);
        double below = parcel.radiusM() / 2 / metresPerPixel;
        assertThat(below).as("room inside the parcel, px").isGreaterThan(8);
        String wmsPixel = (String) js("""
                var x = arguments[0], y = arguments[1];
                var imgs = document.querySelectorAll('.leaflet-parcels-pane img.leaflet-tile');
                for (var i = 0; i < imgs.length; i++) {
                  var r = imgs[i].getBoundingClientRect();
                  if (x < r.left || x >= r.right || y < r.top || y >= r.bottom) continue;
                  var c = document.createElement('canvas'); c.width = imgs[i].naturalWidth; c.height = imgs[i].naturalHeight;
                  var g = c.getContext('2d'); g.drawImage(imgs[i], 0, 0);
                  var d = g.getImageData(Math.floor((x - r.left) * c.width / r.width), Math.floor((y - r.top) * c.height / r.height), 1, 1).data;
                  return '#' + [d[0], d[1], d[2]].map(function (v) { return ('0' + v.toString(16)).slice(-2); }).join('');
                }
                return null;""", at[0], at[1] + below);
        assertThat(wmsPixel).as("WMS pixel at the parcel").isNotNull();
        assertColour(java.awt.Color.decode(wmsPixel), parcel.fill(), 3, "WMS tile in the browser");
        screenshot("wms");

        // The legend lists the palette; the scale bar is there.
        assertThat(browser.findElement(By.cssSelector(".legend details")).getAttribute("open")).isNotNull();
        assertThat(browser.findElement(By.cssSelector(".legend li[data-code='" + parcel.purpose() + "']")).getText()).contains(purposeName);
        assertThat(browser.findElement(By.cssSelector(".leaflet-control-scale-line")).getText()).matches("\\d+ (m|km)");

        // Switch the parcels to vector tiles: the path under the parcel's interior point has its palette fill.
        WebElement vectorChoice = browser.findElements(By.cssSelector(".leaflet-control-layers-base label")).stream()
                .filter(l -> l.getText().startsWith("Thửa đất (vector tiles)")).findFirst().orElseThrow();
        vectorChoice.findElement(By.tagName("input")).click();
        waitFor("vector parcel tiles drawn", tilesLoaded("parcels")
                + "&&document.querySelectorAll('.leaflet-parcels-pane svg path').length>0"
                + "&&document.querySelectorAll('.leaflet-parcels-pane img').length===0");
        @SuppressWarnings("unchecked")
        List<String> fills = (List<String>) js("""
                var x = arguments[0], y = arguments[1], found = [];
                document.querySelectorAll('.leaflet-parcels-pane svg path').forEach(function (p) {
                  var pt = new DOMPoint(x, y).matrixTransform(p.getScreenCTM().inverse());
                  if (p.isPointInFill(pt)) found.push((p.getAttribute('fill') || '').toLowerCase());
                });
                return found;""", at[0], at[1]);
        assertThat(fills).as("fills of the vector paths under the parcel's interior point").isNotEmpty().containsOnly(fill);
        screenshot("vector");

        // Click the parcel: GetFeatureInfo fills the popup with its public record.
        WebElement mapElement = browser.findElement(By.id("map"));
        Map<?, ?> rect = (Map<?, ?>) js("var r = arguments[0].getBoundingClientRect(); return {x: r.left + r.width / 2, y: r.top + r.height / 2};", mapElement);
        new Actions(browser).moveToElement(mapElement,
                        (int) Math.round(at[0] - ((Number) rect.get("x")).doubleValue()),
                        (int) Math.round(at[1] - ((Number) rect.get("y")).doubleValue()))
                .click().perform();
        waitFor("the parcel's popup", "document.querySelector('.leaflet-popup-content .parcel-card')");
        WebElement card = browser.findElement(By.cssSelector(".leaflet-popup-content .parcel-card"));
        assertThat(card.getAttribute("data-parcel-id")).isEqualTo(Long.toString(parcel.id()));
        assertThat(card.findElement(By.cssSelector("dd.parcel-number")).getText()).isEqualTo(Integer.toString(parcel.number()));
        assertThat(card.findElement(By.cssSelector("dd.purpose")).getText()).contains(parcel.purpose()).contains(purposeName);
        assertThat(card.findElement(By.cssSelector("dd.area")).getText()).isEqualTo(vietnamese(area) + " m²");
        assertThat(card.getText()).contains("Số thửa").contains("Tờ bản đồ").contains("Loại đất").contains("Diện tích").contains("Địa chỉ");
        assertThat(card.findElement(By.cssSelector("a.record")).getAttribute("href")).isEqualTo(base() + "/api/v1/parcels/" + parcel.id());
        screenshot("popup");

        assertCleanRun();
    }

    @Test
    void onAPhoneTheLegendAndTheLayerSwitcherStartFolded() {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            Parcel parcel = roomyParcel("00070");
            double[] lonLat = centre(parcel, 4326);
            browser.get(String.format(Locale.ROOT, "%s/map/#%d/%.7f/%.7f", base(), 17, lonLat[1], lonLat[0]));
            waitFor("WMS parcel tiles decoded", tilesLoaded("parcels"));
            waitFor("vector boundary tiles drawn", tilesLoaded("boundaries"));
            assertThat(js("return document.querySelector('meta[name=viewport]').content").toString()).contains("width=device-width");
            assertThat(browser.findElement(By.cssSelector(".legend details")).getAttribute("open")).isNull();
            assertThat(browser.findElement(By.cssSelector(".leaflet-control-layers")).getAttribute("class"))
                    .doesNotContain("leaflet-control-layers-expanded");
            browser.findElement(By.cssSelector(".legend summary")).click();
            assertThat(browser.findElement(By.cssSelector(".legend details")).getAttribute("open")).isNotNull();
            screenshot("phone");
            assertCleanRun();
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void theLegendIsReachableByKeyboardAndAxeFindsNoSeriousViolationOnADesktopOrA360PixelPhone() {
        Parcel parcel = roomyParcel("00070");
        double[] lonLat = centre(parcel, 4326);
        for (Dimension size : List.of(new Dimension(1280, 900), new Dimension(360, 740))) {
            browser.manage().window().setSize(size);
            try {
                browser.get(String.format(Locale.ROOT, "%s/map/#%d/%.7f/%.7f", base(), 17, lonLat[1], lonLat[0]));
                waitFor("WMS parcel tiles decoded", tilesLoaded("parcels"));
                waitFor("vector boundary tiles drawn", tilesLoaded("boundaries"));
                waitFor("the legend", "document.querySelector('.legend li')");
                js("document.querySelector('.legend details').open = true;");

                List<Map<String, Object>> serious = HeadlessChromium.serious(chromium.axeViolations());
                assertThat(serious).as("axe-core's serious and critical violations at %dx%d px:%n%s", size.width, size.height,
                        HeadlessChromium.describe(serious)).isEmpty();

                // The scrollable legend is a named region in the tab order (Vietnamese first, then English).
                WebElement list = browser.findElement(By.cssSelector(".legend .legend-list"));
                assertThat(list.getAttribute("tabindex")).isEqualTo("0");
                assertThat(list.getAttribute("role")).isEqualTo("region");
                assertThat(list.getAttribute("aria-label")).isEqualTo("Chú giải loại đất / Land-use legend");
                list.sendKeys(org.openqa.selenium.Keys.END);
                assertThat(js("return document.activeElement === arguments[0];", list)).as("the legend takes the keyboard focus").isEqualTo(true);
                screenshot("axe-" + size.width);
            } finally {
                browser.manage().window().setSize(new Dimension(1280, 900));
            }
        }
    }

    /** No console error, no request that failed, nothing fetched from anywhere but landinfo. */
    @SuppressWarnings("unchecked")
    private void assertCleanRun() {
        List<String> errors = new ArrayList<>();
        for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
                errors.add(e.getLevel() + " " + e.getMessage());
            }
        }
        assertThat(errors).as("console warnings and errors").isEmpty();
        List<Map<String, Object>> requests = (List<Map<String, Object>>) js("""
                return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                  .map(function (e) { return {url: e.name, status: e.responseStatus}; });""");
        assertThat(requests).isNotEmpty();
        assertThat(requests).as("requests that failed").filteredOn(r -> ((Number) r.get("status")).intValue() >= 400).isEmpty();
        assertThat(requests).as("requests outside landinfo").filteredOn(r -> !r.get("url").toString().startsWith(base() + "/")
                && !r.get("url").toString().startsWith("blob:") && !r.get("url").toString().startsWith("data:")).isEmpty();
        assertThat(requests).as("tiles and GetMap requests")
                .anyMatch(r -> r.get("url").toString().contains("/ogc/wms?"))
                .anyMatch(r -> r.get("url").toString().contains("/tiles/"));
    }

    /** Vietnamese number format: "." between thousands, "," before decimals (1.234,5). */
    private static String vietnamese(BigDecimal value) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        DecimalFormat format = new DecimalFormat("#,##0.##", symbols);
        return format.format(value);
    }
}
