package vn.landinfo.mapserver.wms;

import java.util.Locale;
import java.util.Optional;

/** GetFeatureInfo answers: an HTML table, GeoJSON properties, or GML features. */
enum InfoFormat {
    HTML("text/html"), JSON("application/json"), GML("application/vnd.ogc.gml"), XML("text/xml");

    private final String mimeType;

    InfoFormat(String mimeType) {
        this.mimeType = mimeType;
    }

    String mimeType() {
        return mimeType;
    }

    static Optional<InfoFormat> parse(String value) {
        String v = value.toLowerCase(Locale.ROOT).replace(" ", "");
        int semi = v.indexOf(';');
        String base = semi < 0 ? v : v.substring(0, semi);
        return switch (base) {
            case "text/html" -> Optional.of(HTML);
            case "application/json", "application/geo+json", "json" -> Optional.of(JSON);
            case "application/vnd.ogc.gml", "application/vnd.ogc.gml/3.1.1", "application/gml+xml" -> Optional.of(GML);
            case "text/xml" -> Optional.of(XML);
            default -> Optional.empty();
        };
    }
}
