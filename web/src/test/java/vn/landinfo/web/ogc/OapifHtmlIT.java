package vn.landinfo.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * OGC API – Features Part 1, requirements class HTML (OGC 17-069r4, Annex A.5): every resource as a page a person
 * reads — Vietnamese first, English beside it — chosen by f=html or by a browser's Accept header, and the
 * features drawn by the site's own Leaflet, nothing fetched from elsewhere.
 */
class OapifHtmlIT extends FeaturesTestSupport {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    /** /ats/html/definition: every path's success declares text/html. */
    @Test
    void ats_html_definition() {
        JsonNode paths = ok("/api", "application/vnd.oai.openapi+json").get("paths");
        for (String p : paths.propertyNames()) {
            assertThat(paths.get(p).get("get").get("responses").get("200").get("content").has("text/html")).as(p).isTrue();
        }
    }

    /** /ats/html/content: every resource in HTML — valid skeleton, Vietnamese first, links, a map of the features. */
    @Test
    void ats_html_content() {
        long parcel = aParcel("00070");
        List<String> pages = List.of("", "/conformance", "/api", "/collections", "/collections/parcels", "/collections/parcels/items?limit=5",
                "/collections/parcels/items/" + parcel, "/collections/parcels/queryables", "/collections/communes/items?limit=3");
        for (String page : pages) {
            for (Response r : List.of(get(page + (page.contains("?") ? "&" : "?") + "f=html", null), get(page, BROWSER))) {
                assertThat(r.status()).as(page).isEqualTo(200);
                assertThat(r.contentType()).as(page).isEqualTo("text/html;charset=utf-8");
                String html = r.body();
                assertThat(html).as(page).startsWith("<!DOCTYPE html>").contains("<html lang=\"vi\">").contains("<main>").contains("<h1>")
                        .contains("aria-label=\"Đường dẫn / Breadcrumb\"");
                Matcher title = Pattern.compile("<title>(.*?)</title>").matcher(html);
                assertThat(title.find()).isTrue();
                assertThat(title.group(1)).as(page).contains(" / ");
                // Nothing from another site: every src and stylesheet is the server's own.
                Matcher src = Pattern.compile("(?:src|href)=\"(https?://[^\"]+)\"").matcher(html);
                while (src.find()) {
                    assertThat(src.group(1)).as(page).startsWith("http://localhost:" + port + "/");
                }
            }
        }
        String item = get("/collections/parcels/items/" + parcel + "?f=html", null).body();
        int number = jdbc.sql("SELECT parcel_number FROM publish.parcels WHERE id = :id").param("id", parcel).query(Integer.class).single();
        assertThat(item).contains("Số thửa <span lang=\"en\">/ Parcel number</span>").contains("<td>" + number + "</td>")
                .contains("id=\"map\"").contains("/vendor/leaflet-1.9.4/leaflet.js");
        assertThat(get("http://localhost:" + port + "/vendor/leaflet-1.9.4/leaflet.js", null).status()).isEqualTo(200);
        String items = get("/collections/parcels/items?limit=5&f=html", null).body();
        assertThat(items).contains("<caption>Đối tượng 1–5 trong ").contains("Trang sau / next page");
    }
}
