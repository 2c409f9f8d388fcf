package vn.landinfo.mapserver.oapif;

import java.util.ArrayList;
import java.util.List;
import vn.landinfo.mapserver.features.FeatureProperty;
import vn.landinfo.mapserver.features.FeatureType;
import vn.landinfo.mapserver.features.PropertyType;
import vn.landinfo.mapserver.ogc.Json;
import vn.landinfo.mapserver.ogc.OgcResponse;
import vn.landinfo.mapserver.ogc.Xml;

/**
 * {@code /collections/{collectionId}/queryables}: the properties a filter, {@code sortby} or {@code properties}
 * may name, as a JSON Schema (2020-12) made from the feature type — the same list the SQL compiler accepts, so
 * the two cannot disagree.
 */
final class Queryables {

    OgcResponse handle(FeaturesRequest request, FeatureType type) {
        Format format = Format.ofOnlyF(request, Format.JSON);
        String base = request.baseUrl();
        String url = base + "/collections/" + type.name() + "/queryables";
        List<FeatureProperty> all = new ArrayList<>();
        all.add(type.geometry());
        all.addAll(type.properties());
        if (format == Format.HTML) {
            StringBuilder t = new StringBuilder("<table><caption>Thuộc tính truy vấn được / <span lang=\"en\">Queryables</span></caption>"
                    + "<thead><tr><th scope=\"col\">Tên / Name</th><th scope=\"col\">Ý nghĩa / Meaning</th><th scope=\"col\">Kiểu / Type</th></tr></thead><tbody>");
            for (FeatureProperty p : all) {
                t.append("<tr><td><code>").append(Xml.escape(p.name())).append("</code></td><td>").append(Xml.escape(p.titleVi() + " / " + p.titleEn()))
                        .append("</td><td>").append(Xml.escape(p.isGeometry() ? "geometry" : p.type().jsonType())).append("</td></tr>");
            }
            return new HtmlPage(base, "Thuộc tính truy vấn được", "Queryables")
                    .breadcrumb(List.of(new String[] {"Trang đầu / Home", base + "?f=html"},
                            new String[] {"Các tập dữ liệu / Collections", base + "/collections?f=html"},
                            new String[] {type.layer().titleVi(), base + "/collections/" + type.name() + "?f=html"},
                            new String[] {"Thuộc tính truy vấn được / Queryables", url}))
                    .heading(1, "Thuộc tính truy vấn được: " + type.layer().titleVi(), "Queryables: " + type.layer().titleEn())
                    .raw(t.append("</tbody></table>").toString())
                    .response();
        }
        List<String> props = new ArrayList<>();
        for (FeatureProperty p : all) {
            props.add(Json.string(p.name()) + ":" + schema(type, p));
        }
        String body = "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"$id\":" + Json.string(url)
                + ",\"type\":\"object\",\"title\":" + Json.string(type.layer().title())
                + ",\"properties\":{" + String.join(",", props) + "},\"additionalProperties\":false}";
        return OgcResponse.text(200, "application/schema+json", body);
    }

    private static String schema(FeatureType featureType, FeatureProperty p) {
        String title = ",\"title\":" + Json.string(p.titleVi() + " / " + p.titleEn());
        if (p.isGeometry()) {
            // Both spellings clients look for: Part 3's format keyword and the GeoJSON schema of the draft test suite.
            boolean multi = featureType.layer() == vn.landinfo.mapserver.catalog.PublishedLayer.PARCELS;
            return "{\"format\":\"" + (multi ? "geometry-multipolygon" : "geometry-any") + "\",\"$ref\":\"https://geojson.org/schema/"
                    + (multi ? "MultiPolygon" : "Geometry") + ".json\"" + title + "}";
        }
        String type = p.nullable() ? "[" + Json.string(p.type().jsonType()) + ",\"null\"]" : Json.string(p.type().jsonType());
        String format = p.type() == PropertyType.DATE_TIME ? ",\"format\":\"date-time\"" : "";
        return "{\"type\":" + type + format + title + "}";
    }
}
