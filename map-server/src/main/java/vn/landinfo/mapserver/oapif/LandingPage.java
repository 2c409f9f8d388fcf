package vn.landinfo.mapserver.oapif;

import java.util.ArrayList;
import java.util.List;
import vn.landinfo.mapserver.ogc.Json;
import vn.landinfo.mapserver.ogc.OgcResponse;

/** {@code /}: what the service is and where its API definition, conformance declaration and collections are. */
final class LandingPage {

    static final String TITLE_VI = "Dữ liệu địa chính — OGC API Đối tượng";
    static final String TITLE_EN = "Cadastral data — OGC API Features";
    static final String DESCRIPTION = "Thửa đất, tờ bản đồ và địa giới hành chính công bố của hệ thống thông tin đất đai, "
            + "kể cả lịch sử thửa đất (tham số datetime). / The published parcels, map sheets and administrative boundaries of "
            + "the land-information system, including the parcels' history (the datetime parameter).";

    OgcResponse handle(FeaturesRequest request) {
        Format format = Format.ofOnlyF(request, Format.JSON);
        String base = request.baseUrl();
        List<Link> links = new ArrayList<>(Link.selfAndAlternate(base, format, Format.JSON, "Trang đầu", "landing page"));
        links.add(new Link(base + "/api?f=json", "service-desc", Format.OPENAPI.mediaType(), "Định nghĩa API (OpenAPI 3.0) / API definition (OpenAPI 3.0)"));
        links.add(new Link(base + "/api?f=html", "service-doc", "text/html", "Tài liệu API / API documentation"));
        links.add(new Link(base + "/conformance?f=json", "conformance", "application/json", "Các lớp phù hợp / conformance classes"));
        links.add(new Link(base + "/collections?f=json", "data", "application/json", "Các tập dữ liệu / collections"));
        if (format == Format.HTML) {
            return new HtmlPage(base, TITLE_VI, TITLE_EN)
                    .breadcrumb(List.<String[]>of(new String[] {"Trang đầu / Home", base}))
                    .heading(1, TITLE_VI, TITLE_EN)
                    .paragraph(DESCRIPTION, "")
                    .heading(2, "Liên kết", "Links")
                    .links(links.subList(1, links.size()))
                    .response();
        }
        String body = "{\"title\":" + Json.string(TITLE_VI + " / " + TITLE_EN) + ",\"description\":" + Json.string(DESCRIPTION)
                + ",\"links\":" + Link.json(links) + "}";
        return OgcResponse.text(200, format.contentType(), body);
    }
}
