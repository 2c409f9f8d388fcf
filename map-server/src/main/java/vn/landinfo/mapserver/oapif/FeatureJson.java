package vn.landinfo.mapserver.oapif;

import java.util.List;
import vn.landinfo.mapserver.features.FeatureRow;
import vn.landinfo.mapserver.features.encode.GeoJsonEncoder;

/**
 * One feature as a GeoJSON Feature object with its links (the single-feature answer), and the few features drawn
 * on an HTML page's map; both use the features core's own Feature writer, so values read the same everywhere.
 */
final class FeatureJson {

    private FeatureJson() {
    }

    static String feature(FeatureRow row, List<Link> links) {
        String f = GeoJsonEncoder.feature(row, false);
        if (links.isEmpty()) {
            return f;
        }
        return f.substring(0, f.length() - 1) + ",\"links\":" + Link.json(links) + "}";
    }

    static String collection(List<FeatureRow> rows) {
        StringBuilder b = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < rows.size(); i++) {
            b.append(i == 0 ? "" : ",").append(GeoJsonEncoder.feature(rows.get(i), false));
        }
        return b.append("]}").toString();
    }
}
