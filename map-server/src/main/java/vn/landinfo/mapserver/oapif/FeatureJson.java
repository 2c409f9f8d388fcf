package vn.landinfo.mapserver.oapif;

import java.math.BigDecimal;
import java.util.List;
import vn.landinfo.mapserver.features.FeatureRow;
import vn.landinfo.mapserver.ogc.Json;

/**
 * One feature as a GeoJSON Feature object (the single-feature answer and the features drawn on the HTML map);
 * collections are written by the features core's GeoJsonEncoder.
 */
final class FeatureJson {

    private FeatureJson() {
    }

    static String feature(FeatureRow row, List<Link> links) {
        StringBuilder b = new StringBuilder(512).append("{\"type\":\"Feature\",\"id\":").append(Json.string(row.localId()))
                .append(",\"geometry\":").append(row.geometry() == null ? "null" : row.geometry())
                .append(",\"properties\":{");
        for (int i = 0; i < row.properties().size(); i++) {
            b.append(i == 0 ? "" : ",").append(Json.string(row.properties().get(i).name())).append(':').append(value(row.values().get(i)));
        }
        b.append('}');
        if (!links.isEmpty()) {
            b.append(",\"links\":").append(Link.json(links));
        }
        return b.append('}').toString();
    }

    static String collection(List<FeatureRow> rows) {
        StringBuilder b = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < rows.size(); i++) {
            b.append(i == 0 ? "" : ",").append(feature(rows.get(i), List.of()));
        }
        return b.append("]}").toString();
    }

    static String value(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Boolean || v instanceof Long || v instanceof Integer) {
            return v.toString();
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return Json.string(v.toString());
    }
}
