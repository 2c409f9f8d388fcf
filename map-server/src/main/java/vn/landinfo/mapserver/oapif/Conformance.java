package vn.landinfo.mapserver.oapif;

import java.util.ArrayList;
import java.util.List;
import vn.landinfo.mapserver.ogc.Json;
import vn.landinfo.mapserver.ogc.OgcResponse;
import vn.landinfo.mapserver.ogc.Xml;

/** {@code /conformance}: the conformance classes the API passes ({@link ConformanceClasses}). */
final class Conformance {

    private final List<String> classes;

    Conformance(List<String> classes) {
        this.classes = List.copyOf(classes);
    }

    OgcResponse handle(FeaturesRequest request) {
        Format format = Format.ofOnlyF(request, Format.JSON);
        String url = request.baseUrl() + "/conformance";
        List<Link> links = Link.selfAndAlternate(url, format, Format.JSON, "Các lớp phù hợp", "conformance classes");
        if (format == Format.HTML) {
            StringBuilder list = new StringBuilder("<ul>");
            classes.forEach(c -> list.append("<li><code>").append(Xml.escape(c)).append("</code></li>"));
            return new HtmlPage(request.baseUrl(), "Các lớp phù hợp", "Conformance classes")
                    .breadcrumb(List.of(new String[] {"Trang đầu / Home", request.baseUrl() + "?f=html"},
                            new String[] {"Các lớp phù hợp / Conformance", url}))
                    .heading(1, "Các lớp phù hợp", "Conformance classes")
                    .raw(list.append("</ul>").toString())
                    .response();
        }
        List<String> quoted = new ArrayList<>();
        classes.forEach(c -> quoted.add(Json.string(c)));
        return OgcResponse.text(200, format.contentType(), "{\"conformsTo\":[" + String.join(",", quoted) + "],\"links\":" + Link.json(links) + "}");
    }
}
