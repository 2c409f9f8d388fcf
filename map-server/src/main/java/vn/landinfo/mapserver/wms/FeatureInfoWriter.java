package vn.landinfo.mapserver.wms;

import java.util.List;
import java.util.Map;
import vn.landinfo.mapserver.ogc.Xml;
import vn.landinfo.mapserver.ogc.Json;
import vn.landinfo.mapserver.layer.FeatureInfo;

/** Writes GetFeatureInfo results; an empty result says so in every format rather than being blank. */
final class FeatureInfoWriter {

    static final String NOTHING_VI = "Không có đối tượng nào tại điểm này.";
    static final String NOTHING_EN = "No features at this point.";

    private FeatureInfoWriter() {
    }

    static String write(InfoFormat format, List<FeatureInfo> features) {
        return switch (format) {
            case HTML -> html(features);
            case JSON -> json(features);
            case GML, XML -> gml(features);
        };
    }

    static String html(List<FeatureInfo> features) {
        StringBuilder b = new StringBuilder(1024);
        b.append("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"UTF-8\"><title>Thông tin đối tượng / Feature info</title>")
                .append("<style>body{font-family:sans-serif;font-size:13px}table{border-collapse:collapse;margin-bottom:8px}")
                .append("th,td{border:1px solid #bbb;padding:2px 6px;text-align:left}caption{font-weight:bold;text-align:left}</style></head><body>\n");
        if (features.isEmpty()) {
            b.append("<p class=\"empty\">").append(NOTHING_VI).append(" / ").append(NOTHING_EN).append("</p>\n");
        }
        for (FeatureInfo f : features) {
            b.append("<table class=\"feature\" data-layer=\"").append(Xml.escape(f.layer())).append("\" data-id=\"")
                    .append(Xml.escape(f.id())).append("\"><caption>").append(Xml.escape(f.layer())).append(" ")
                    .append(Xml.escape(f.id())).append("</caption>\n");
            for (Map.Entry<String, Object> e : f.properties().entrySet()) {
                b.append("<tr><th>").append(Xml.escape(e.getKey())).append("</th><td>")
                        .append(e.getValue() == null ? "" : Xml.escape(e.getValue())).append("</td></tr>\n");
            }
            b.append("</table>\n");
        }
        return b.append("</body></html>\n").toString();
    }

    /** GeoJSON without geometries (a click asks what is there, the map already shows where). */
    static String json(List<FeatureInfo> features) {
        StringBuilder b = new StringBuilder(512).append("{\"type\":\"FeatureCollection\",\"numberReturned\":").append(features.size());
        if (features.isEmpty()) {
            b.append(",\"message\":").append(Json.string(NOTHING_VI + " / " + NOTHING_EN));
        }
        b.append(",\"features\":[");
        for (int i = 0; i < features.size(); i++) {
            FeatureInfo f = features.get(i);
            b.append(i == 0 ? "" : ",").append("{\"type\":\"Feature\",\"id\":").append(Json.string(f.id()))
                    .append(",\"layer\":").append(Json.string(f.layer())).append(",\"geometry\":null,\"properties\":{");
            int j = 0;
            for (Map.Entry<String, Object> e : f.properties().entrySet()) {
                b.append(j++ == 0 ? "" : ",").append(Json.string(e.getKey())).append(':').append(jsonValue(e.getValue()));
            }
            b.append("}}");
        }
        return b.append("]}").toString();
    }

    /** GML 2 feature members in a WFS FeatureCollection, the shape QGIS and MapServer clients read. */
    static String gml(List<FeatureInfo> features) {
        StringBuilder b = new StringBuilder(512).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<wfs:FeatureCollection xmlns:wfs=\"http://www.opengis.net/wfs\" xmlns:gml=\"http://www.opengis.net/gml\"")
                .append(" xmlns:landinfo=\"https://landinfo.vn/ns/map\" numberOfFeatures=\"").append(features.size()).append("\">\n");
        if (features.isEmpty()) {
            b.append("  <!-- ").append(NOTHING_VI).append(" / ").append(NOTHING_EN).append(" -->\n");
        }
        for (FeatureInfo f : features) {
            b.append("  <gml:featureMember>\n    <landinfo:").append(f.layer()).append(" fid=\"").append(Xml.escape(f.id())).append("\">\n");
            for (Map.Entry<String, Object> e : f.properties().entrySet()) {
                if (e.getValue() != null) {
                    b.append("      <landinfo:").append(e.getKey()).append('>').append(Xml.escape(e.getValue()))
                            .append("</landinfo:").append(e.getKey()).append(">\n");
                }
            }
            b.append("    </landinfo:").append(f.layer()).append(">\n  </gml:featureMember>\n");
        }
        return b.append("</wfs:FeatureCollection>\n").toString();
    }

    private static String jsonValue(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        return Json.string(v.toString());
    }
}
