package vn.landinfo.mapserver.oapif;

import static vn.landinfo.mapserver.ogc.Xml.escape;

import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.landinfo.mapserver.ogc.OgcResponse;

/**
 * The HTML form of the API's resources, for a person: Vietnamese first with English beside it, a breadcrumb,
 * headings in order, tables with header cells, and — for features — a small Leaflet map drawn from the same
 * Leaflet the map page serves (nothing is fetched from another site).
 */
final class HtmlPage {

    /** Where the site's own Leaflet lives, relative to the site root (web/src/main/resources/static/vendor). */
    private static final String LEAFLET = "/vendor/leaflet-1.9.4/";
    private static final String ENDPOINT = "/ogc/features";

    private final StringBuilder body = new StringBuilder(4096);
    private final String baseUrl;
    private final String titleVi;
    private final String titleEn;
    private boolean map;

    HtmlPage(String baseUrl, String titleVi, String titleEn) {
        this.baseUrl = baseUrl;
        this.titleVi = titleVi;
        this.titleEn = titleEn;
    }

    /** The breadcrumb: pairs of (label, href); the last one is the current page (no link). */
    HtmlPage breadcrumb(List<String[]> trail) {
        body.append("<nav aria-label=\"Đường dẫn / Breadcrumb\"><ol class=\"crumbs\">");
        for (int i = 0; i < trail.size(); i++) {
            String[] c = trail.get(i);
            if (i == trail.size() - 1) {
                body.append("<li aria-current=\"page\">").append(escape(c[0])).append("</li>");
            } else {
                body.append("<li><a href=\"").append(escape(c[1])).append("\">").append(escape(c[0])).append("</a></li>");
            }
        }
        body.append("</ol></nav>");
        return this;
    }

    HtmlPage raw(String html) {
        body.append(html);
        return this;
    }

    HtmlPage heading(int level, String vi, String en) {
        body.append("<h").append(level).append('>').append(escape(vi)).append(" <span class=\"en\" lang=\"en\">/ ")
                .append(escape(en)).append("</span></h").append(level).append('>');
        return this;
    }

    HtmlPage paragraph(String vi, String en) {
        body.append("<p>").append(escape(vi)).append(" <span lang=\"en\">").append(escape(en)).append("</span></p>");
        return this;
    }

    /** A two-column table of label → value rows, with a caption. */
    HtmlPage definitions(String captionVi, String captionEn, List<String[]> rows) {
        body.append("<table><caption>").append(escape(captionVi)).append(" / <span lang=\"en\">").append(escape(captionEn))
                .append("</span></caption><tbody>");
        for (String[] r : rows) {
            body.append("<tr><th scope=\"row\">").append(r[0]).append("</th><td>").append(r[1]).append("</td></tr>");
        }
        body.append("</tbody></table>");
        return this;
    }

    /** A list of links (href, label). */
    HtmlPage links(List<Link> links) {
        body.append("<ul class=\"links\">");
        for (Link l : links) {
            body.append("<li><a href=\"").append(escape(l.href())).append("\" type=\"").append(escape(l.type())).append("\">")
                    .append(escape(l.title())).append("</a> <small>(").append(escape(l.rel())).append(", ").append(escape(l.type()))
                    .append(")</small></li>");
        }
        body.append("</ul>");
        return this;
    }

    /**
     * A small map of GeoJSON drawn by Leaflet, without a background layer: the features themselves are the
     * picture, and no tile is fetched from outside landinfo.
     */
    HtmlPage map(String geoJson, String labelVi, String labelEn) {
        map = true;
        // A region, not an image: Leaflet makes the map focusable and puts its zoom buttons inside it.
        body.append("<div id=\"map\" class=\"map\" role=\"region\" aria-label=\"").append(escape(labelVi + " / " + labelEn)).append("\"></div>")
                .append("<script type=\"application/json\" id=\"features\">").append(geoJson.replace("</", "<\\/")).append("</script>");
        return this;
    }

    String site() {
        return baseUrl.endsWith(ENDPOINT) ? baseUrl.substring(0, baseUrl.length() - ENDPOINT.length()) : baseUrl;
    }

    OgcResponse response() {
        StringBuilder h = new StringBuilder(body.length() + 2048);
        h.append("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(escape(titleVi + " / " + titleEn)).append(" — landinfo OGC API</title>");
        if (map) {
            h.append("<link rel=\"stylesheet\" href=\"").append(escape(site() + LEAFLET)).append("leaflet.css\">");
        }
        h.append("<style>body{font-family:system-ui,sans-serif;margin:0 auto;max-width:70rem;padding:0 1rem;color:#1a1a1a;line-height:1.5}")
                .append(".en{color:#444;font-weight:normal}a{color:#0b57d0}a:focus{outline:3px solid #f9a825}")
                .append("table{border-collapse:collapse;margin:1rem 0;width:100%}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}")
                .append("caption{text-align:left;font-weight:bold;padding:.25rem 0}.crumbs{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem}")
                .append(".crumbs li+li::before{content:'›';margin-right:.5rem}.map{height:320px;border:1px solid #999;margin:1rem 0}")
                .append(".scroll{overflow-x:auto}</style></head><body><header><p><a href=\"").append(escape(baseUrl))
                .append("?f=html\">landinfo — OGC API – Features</a></p></header><main>")
                .append(body).append("</main>");
        if (map) {
            h.append("<script src=\"").append(escape(site() + LEAFLET)).append("leaflet.js\"></script><script>")
                    .append("(function(){var d=JSON.parse(document.getElementById('features').textContent);")
                    .append("var m=L.map('map',{attributionControl:false,keyboard:true});")
                    .append("var l=L.geoJSON(d,{style:{color:'#b3261e',weight:2,fillOpacity:0.15}}).addTo(m);")
                    .append("var b=l.getBounds();if(b.isValid()){m.fitBounds(b,{maxZoom:19});}else{m.setView([16,106],5);}")
                    .append("})();</script>");
        }
        h.append("</body></html>");
        return OgcResponse.text(200, Format.HTML.contentType(), h.toString());
    }

    static String cell(Object v) {
        return v == null ? "<span class=\"null\">—</span>" : escape(v);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
