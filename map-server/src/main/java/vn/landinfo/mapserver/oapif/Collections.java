package vn.landinfo.mapserver.oapif;

import java.util.ArrayList;
import java.util.List;
import vn.landinfo.mapserver.features.FeatureType;
import vn.landinfo.mapserver.features.FeatureTypes;
import vn.landinfo.mapserver.ogc.Json;
import vn.landinfo.mapserver.ogc.OgcResponse;
import vn.landinfo.mapserver.ogc.Xml;

/** {@code /collections}: every feature type this audience may see, described, with the global CRS list. */
final class Collections {

    private final FeatureTypes types;
    private final CollectionDescriptions descriptions;
    private final CrsUris crss;

    Collections(FeatureTypes types, CollectionDescriptions descriptions, CrsUris crss) {
        this.types = types;
        this.descriptions = descriptions;
        this.crss = crss;
    }

    OgcResponse handle(FeaturesRequest request) {
        Format format = Format.ofOnlyF(request, Format.JSON);
        String base = request.baseUrl();
        String url = base + "/collections";
        List<Link> links = Link.selfAndAlternate(url, format, Format.JSON, "Các tập dữ liệu", "collections");
        if (format == Format.HTML) {
            StringBuilder table = new StringBuilder("<table><caption>Các tập dữ liệu / <span lang=\"en\">Collections</span></caption>"
                    + "<thead><tr><th scope=\"col\">Tập dữ liệu / Collection</th><th scope=\"col\">Mô tả / Description</th></tr></thead><tbody>");
            for (FeatureType t : types.all()) {
                table.append("<tr><td><a href=\"").append(Xml.escape(url + "/" + t.name() + "?f=html")).append("\">")
                        .append(Xml.escape(t.layer().title())).append("</a></td><td>").append(Xml.escape(t.layer().abstractText())).append("</td></tr>");
            }
            return new HtmlPage(base, "Các tập dữ liệu", "Collections")
                    .breadcrumb(List.of(new String[] {"Trang đầu / Home", base + "?f=html"}, new String[] {"Các tập dữ liệu / Collections", url}))
                    .heading(1, "Các tập dữ liệu", "Collections")
                    .raw(table.append("</tbody></table>").toString())
                    .response();
        }
        List<String> collections = new ArrayList<>();
        for (FeatureType t : types.all()) {
            String self = url + "/" + t.name();
            collections.add(descriptions.json(t, base, List.of(new Link(self + "?f=json", "self", "application/json", t.layer().title()))));
        }
        List<String> uris = new ArrayList<>();
        crss.all().forEach(u -> uris.add(Json.string(u)));
        return OgcResponse.text(200, format.contentType(), "{\"links\":" + Link.json(links) + ",\"crs\":[" + String.join(",", uris)
                + "],\"collections\":[" + String.join(",", collections) + "]}");
    }
}
