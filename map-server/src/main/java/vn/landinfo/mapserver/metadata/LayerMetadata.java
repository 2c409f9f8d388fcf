package vn.landinfo.mapserver.metadata;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import vn.landinfo.mapserver.catalog.LayerCatalogue;
import vn.landinfo.mapserver.catalog.PublishedLayer;
import vn.landinfo.mapserver.catalog.ZoomRange;
import vn.landinfo.mapserver.ogc.OgcResponse;
import vn.landinfo.mapserver.ogc.Xml;

/**
 * The metadata document of each published layer, which the WMS capabilities' MetadataURL points to: a
 * page a person or a catalogue reads — title, abstract, keywords, who may see it, its attributes, scale
 * and zoom ranges, the services that serve it and who answers for it — all from the one catalogue
 * (docs/decisions/0072-wms-capabilities-carry-sdi-metadata.md). It lives beside the service endpoints:
 * {@code <endpoint's folder>/layers/<name>}, e.g. /ogc/wms → /ogc/layers/parcels.
 */
public final class LayerMetadata {

    /** The folder, beside the service endpoints, that holds the layers' metadata documents. */
    public static final String FOLDER = "layers/";

    private final LayerCatalogue layers;
    private final ServiceContact contact;

    public LayerMetadata(LayerCatalogue layers, ServiceContact contact) {
        this.layers = layers;
        this.contact = contact;
    }

    /** The metadata document's URL for a layer of the service at {@code serviceUrl}. */
    public static String url(String serviceUrl, String layerName) {
        return serviceUrl.substring(0, serviceUrl.lastIndexOf('/') + 1) + FOLDER + layerName;
    }

    /**
     * The document of one layer, or a 404 problem for a name this catalogue does not hold.
     *
     * @param ogcBaseUrl  the absolute URL of the folder holding the service endpoints (…/ogc)
     * @param siteBaseUrl the absolute URL of the site (scheme, host, context path), where /tiles lives
     */
    public OgcResponse handle(String layerName, String ogcBaseUrl, String siteBaseUrl) {
        return layers.find(layerName)
                .map(layer -> OgcResponse.text(200, "text/html; charset=UTF-8", page(layer, ogcBaseUrl, siteBaseUrl)))
                .orElseGet(() -> OgcResponse.problem(404, "urn:landinfo:problem:not-found", "Không có lớp bản đồ này / No such map layer",
                        "Không có lớp '" + abbreviate(layerName) + "'; các lớp là " + String.join(", ", layers.names())
                                + ". / There is no layer '" + abbreviate(layerName) + "'; the layers are " + String.join(", ", layers.names()) + "."));
    }

    private String page(PublishedLayer layer, String ogc, String site) {
        StringBuilder b = new StringBuilder(4096);
        b.append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(Xml.escape(layer.title())).append(" — siêu dữ liệu / metadata</title>\n</head>\n<body>\n<main>\n<h1>")
                .append(Xml.escape(layer.titleVi())).append(" <span lang=\"en\">/ ").append(Xml.escape(layer.titleEn())).append("</span></h1>\n")
                .append("<p>").append(Xml.escape(layer.abstractText())).append("</p>\n<dl>\n");
        item(b, "Tên lớp / Layer name", "<code>" + Xml.escape(layer.layerName()) + "</code>");
        item(b, "Từ khóa / Keywords", Xml.escape(String.join(", ", layer.keywords())));
        item(b, "Đối tượng được xem / Audience", switch (layer.audience()) {
            case PUBLIC -> "Công khai / Public";
            case OFFICER -> "Cán bộ đăng ký đất đai / Registration officers";
        });
        item(b, "Dữ liệu / Data", "<code>" + Xml.escape(layer.view()) + "</code>, hình học / geometry <code>"
                + Xml.escape(layer.geometryColumn()) + "</code>");
        item(b, "Thuộc tính / Attributes", attributes(layer.attributes()));
        item(b, "Tỷ lệ hiển thị WMS / WMS scale range", Double.isFinite(layer.maxScaleDenominator())
                ? "đến / up to 1:" + grouped(layer.maxScaleDenominator()) : "mọi tỷ lệ / every scale");
        String wms = ogc + "/wms?SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.3.0";
        StringBuilder services = new StringBuilder("WMS 1.3.0 / 1.1.1: <a href=\"").append(Xml.escape(wms)).append("\">")
                .append(Xml.escape(wms)).append("</a>");
        layer.tiles().ifPresent(z -> services.append("<br>").append(tiles(layer, z, site)));
        item(b, "Dịch vụ / Services", services.toString());
        item(b, "Hệ tọa độ / Reference systems", "VN-2000 (EPSG:4756, UTM 3405/3406, TM-3 5896–5899, 9205–9218), "
                + "WGS 84 (EPSG:4326, CRS:84), Web Mercator (EPSG:3857)");
        item(b, "Đơn vị chịu trách nhiệm / Responsible party", Xml.escape(contact.organization())
                + (contact.email().isBlank() ? "" : ", <a href=\"mailto:" + Xml.escape(contact.email()) + "\">" + Xml.escape(contact.email()) + "</a>"));
        item(b, "Hạn chế sử dụng / Access constraints", "Không có với dữ liệu công khai; không chứa thông tin người sử dụng đất. "
                + "None for public data; no personal data of land users.");
        b.append("</dl>\n</main>\n</body>\n</html>\n");
        return b.toString();
    }

    private static String tiles(PublishedLayer layer, ZoomRange z, String site) {
        String json = site + "/tiles/" + layer.layerName() + ".json";
        return "Vector tiles (zoom " + z.min() + "–" + z.max() + "): <a href=\"" + Xml.escape(json) + "\">" + Xml.escape(json) + "</a>";
    }

    private static String attributes(Map<String, String> attributes) {
        StringBuilder b = new StringBuilder("<ul>");
        attributes.forEach((name, type) -> b.append("<li><code>").append(Xml.escape(name)).append("</code> (")
                .append(Xml.escape(type)).append(")</li>"));
        return b.append("</ul>").toString();
    }

    private static void item(StringBuilder b, String term, String html) {
        b.append("<dt>").append(Xml.escape(term)).append("</dt><dd>").append(html).append("</dd>\n");
    }

    private static String grouped(double d) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(d).replace(',', '\u00A0');
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
