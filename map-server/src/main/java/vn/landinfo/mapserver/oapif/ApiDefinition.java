package vn.landinfo.mapserver.oapif;

import static vn.landinfo.mapserver.oapif.JsonTree.obj;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.landinfo.mapserver.features.FeatureProperty;
import vn.landinfo.mapserver.features.FeatureType;
import vn.landinfo.mapserver.features.FeatureTypes;
import vn.landinfo.mapserver.ogc.OgcResponse;
import vn.landinfo.mapserver.ogc.Xml;

/**
 * {@code /api}: the OpenAPI 3.0 definition of exactly these paths and parameters (service-desc), or an HTML
 * summary of it (service-doc). Collection ids are enumerated, so a client can build every path from it.
 */
final class ApiDefinition {

    private static final String GEOJSON = "application/geo+json";
    private static final String JSON = "application/json";
    private static final String HTML = "text/html";
    private static final String PROBLEM = "application/problem+json";
    private static final String FLATGEOBUF = "application/flatgeobuf";

    private final FeatureTypes types;
    private final CrsUris crss;
    private final boolean filtering;

    ApiDefinition(FeatureTypes types, CrsUris crss, boolean filtering) {
        this.types = types;
        this.crss = crss;
        this.filtering = filtering;
    }

    OgcResponse handle(FeaturesRequest request) {
        Format format = Format.ofOnlyF(request, Format.OPENAPI);
        if (format == Format.HTML) {
            return html(request);
        }
        return OgcResponse.text(200, Format.OPENAPI.contentType(), JsonTree.write(document(request.baseUrl())));
    }

    Map<String, Object> document(String base) {
        Map<String, Object> paths = new LinkedHashMap<>();
        paths.put("/", path("getLandingPage", "Trang đầu / landing page",
                "Liên kết tới định nghĩa API, các lớp phù hợp và các tập dữ liệu. / Links to the API definition, the conformance classes and the collections.",
                "Capabilities", List.of(ref("f")), ok(JSON, "LandingPage"), false));
        paths.put("/conformance", path("getConformance", "Các lớp phù hợp / conformance declaration",
                "Các lớp phù hợp của OGC API mà dịch vụ đáp ứng. / The OGC API conformance classes the service passes.",
                "Capabilities", List.of(ref("f")), ok(JSON, "Conformance"), false));
        paths.put("/api", path("getApiDefinition", "Định nghĩa API / API definition",
                "Tài liệu OpenAPI 3.0 này (f=json) hoặc bản tóm tắt HTML (f=html). / This OpenAPI 3.0 document (f=json) or its HTML summary (f=html).",
                "Capabilities", List.of(ref("f")), ok(Format.OPENAPI.mediaType(), null), false));
        paths.put("/collections", path("getCollections", "Các tập dữ liệu / collections",
                "Mô tả mọi tập dữ liệu: phạm vi, hệ tọa độ, liên kết. / Every collection described: extent, CRSs, links.",
                "Capabilities", List.of(ref("f")), ok(JSON, "Collections"), false));
        paths.put("/collections/{collectionId}", path("describeCollection", "Một tập dữ liệu / one collection",
                "Mô tả một tập dữ liệu. / One collection described.",
                "Capabilities", List.of(ref("collectionId"), ref("f")), ok(JSON, "Collection"), true));
        List<Object> itemsParams = new ArrayList<>(List.of(ref("collectionId"), ref("limit"), ref("offset"), ref("after"), ref("bbox"), ref("bbox-crs"),
                ref("datetime"), ref("crs"), ref("properties"), ref("sortby"), ref("f-items")));
        if (filtering) {
            itemsParams.addAll(List.of(ref("filter"), ref("filter-lang"), ref("filter-crs")));
        }
        paths.put("/collections/{collectionId}/items", path("getFeatures", "Các đối tượng / features",
                "Một trang đối tượng (GeoJSON, FlatGeobuf hoặc HTML); tham số không khai báo ở đây hay ở đường dẫn riêng của tập dữ liệu bị từ chối (400). / "
                        + "A page of features (GeoJSON, FlatGeobuf or HTML); parameters declared neither here nor on the collection's own path are refused (400).",
                "Data", itemsParams, withFlatGeobuf(okCrs(GEOJSON, "FeatureCollection")), true));
        // Each collection's own items path declares its queryables as query parameters (Part 1's /rec/core/fc-filters,
        // Part 3): GDAL reads them there to know which properties it may filter on at the server (decisions 0195, 0199).
        for (FeatureType t : types.all()) {
            List<Object> params = new ArrayList<>(itemsParams.subList(1, itemsParams.size()));
            for (FeatureProperty p : QueryableParameters.of(t)) {
                params.add(obj("name", p.name(), "in", "query", "required", false, "style", "form", "explode", false,
                        "description", "Chỉ các đối tượng có " + p.titleVi() + " bằng giá trị này / only features whose "
                                + p.titleEn().toLowerCase(java.util.Locale.ROOT) + " equals this value",
                        "schema", QueryableParameters.schema(p)));
            }
            paths.put("/collections/" + t.name() + "/items", path("getFeatures_" + t.name(), "Các đối tượng: " + t.layer().titleVi()
                            + " / features: " + t.layer().titleEn(),
                    "Một trang đối tượng của tập dữ liệu này; mỗi thuộc tính truy vấn được cũng là một tham số lọc theo giá trị bằng. / "
                            + "A page of this collection's features; each queryable is also a parameter selecting by equality.",
                    "Data", params, withFlatGeobuf(okCrs(GEOJSON, "FeatureCollection")), false));
        }
        paths.put("/collections/{collectionId}/items/{featureId}", path("getFeature", "Một đối tượng / one feature",
                "Một đối tượng theo mã; mã có phiên bản (123.2) chỉ một phiên bản cũ của thửa đất. / "
                        + "One feature by id; an id with a version (123.2) names a past version of a parcel.",
                "Data", List.of(ref("collectionId"), ref("featureId"), ref("crs"), ref("f")), okCrs(GEOJSON, "Feature"), true));
        paths.put("/collections/{collectionId}/queryables", path("getQueryables", "Thuộc tính truy vấn được / queryables",
                "Lược đồ JSON của các thuộc tính dùng được trong filter, sortby và properties. / "
                        + "JSON Schema of the properties filter, sortby and properties may name.",
                "Data", List.of(ref("collectionId"), ref("f")), ok("application/schema+json", null), true));

        return obj(
                "openapi", "3.0.3",
                "info", obj("title", LandingPage.TITLE_VI + " / " + LandingPage.TITLE_EN,
                        "description", LandingPage.DESCRIPTION,
                        "version", "1.0.0",
                        "contact", obj("name", "landinfo")),
                "servers", List.of(obj("url", base, "description", "Dịch vụ này / this service")),
                "tags", List.of(obj("name", "Capabilities", "description", "Mô tả dịch vụ / what the service offers"),
                        obj("name", "Data", "description", "Đối tượng địa lý / the features")),
                "security", List.of(),
                "paths", paths,
                "components", obj("parameters", parameters(), "schemas", schemas(), "responses", responses()));
    }

    private static Map<String, Object> ref(String parameter) {
        return obj("$ref", "#/components/parameters/" + parameter);
    }

    private static Map<String, Object> path(String id, String summary, String description, String tag, List<Object> params,
                                            Map<String, Object> ok, boolean notFound) {
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put("200", ok);
        responses.put("400", obj("$ref", "#/components/responses/BadRequest"));
        if (notFound) {
            responses.put("404", obj("$ref", "#/components/responses/NotFound"));
        }
        responses.put("503", obj("$ref", "#/components/responses/Unavailable"));
        return obj("get", obj("operationId", id, "summary", summary, "description", description, "tags", List.of(tag),
                "parameters", params, "responses", responses));
    }

    private static Map<String, Object> ok(String mediaType, String schema) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put(mediaType, obj("schema", schema == null ? obj("type", "object") : obj("$ref", "#/components/schemas/" + schema)));
        content.put(HTML, obj("schema", obj("type", "string")));
        return obj("description", "Thành công / success", "content", content);
    }

    private static Map<String, Object> okCrs(String mediaType, String schema) {
        Map<String, Object> ok = ok(mediaType, schema);
        ok.put("headers", obj("Content-Crs", obj("description",
                "URI của hệ tọa độ của các tọa độ, trong ngoặc nhọn / the URI of the coordinates' CRS, in angle brackets",
                "schema", obj("type", "string"))));
        return ok;
    }

    /**
     * Items also come as FlatGeobuf (f=fgb or Accept: application/flatgeobuf): a binary file whose header leaves the
     * count unknown and has no index (docs/decisions/0190-exports-stream-flatgeobuf-and-the-export-command.md).
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> withFlatGeobuf(Map<String, Object> ok) {
        ((Map<String, Object>) ok.get("content")).put(FLATGEOBUF, obj("schema", obj("type", "string", "format", "binary")));
        return ok;
    }

    private Map<String, Object> parameters() {
        List<String> ids = new ArrayList<>();
        types.all().forEach(t -> ids.add(t.name()));
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("collectionId", obj("name", "collectionId", "in", "path", "required", true, "description", "Mã tập dữ liệu / collection id",
                "schema", obj("type", "string", "enum", ids)));
        p.put("featureId", obj("name", "featureId", "in", "path", "required", true,
                "description", "Mã đối tượng (123, hoặc 123.2 cho phiên bản 2 của thửa đất) / feature id (123, or 123.2 for a parcel's version 2)",
                "schema", obj("type", "string")));
        p.put("f", obj("name", "f", "in", "query", "required", false, "description", "Định dạng / format", "style", "form", "explode", false,
                "schema", obj("type", "string", "enum", List.of("json", "html"))));
        p.put("f-items", obj("name", "f", "in", "query", "required", false,
                "description", "Định dạng: json (GeoJSON), html, fgb (FlatGeobuf) / format: json (GeoJSON), html, fgb (FlatGeobuf)",
                "style", "form", "explode", false, "schema", obj("type", "string", "enum", List.of("json", "html", "fgb"))));
        p.put("limit", obj("name", "limit", "in", "query", "required", false, "style", "form", "explode", false,
                "description", "Số đối tượng tối đa mỗi trang; lớn hơn 10000 được hạ xuống 10000 / most features per page; above 10000 is lowered to 10000",
                "schema", obj("type", "integer", "minimum", 1, "maximum", ItemsParameters.MAX_LIMIT, "default", ItemsParameters.DEFAULT_LIMIT)));
        p.put("offset", obj("name", "offset", "in", "query", "required", false, "style", "form", "explode", false,
                "description", "Bỏ qua bao nhiêu đối tượng (các liên kết next/prev dùng nó) / features to skip (the next/prev links use it)",
                "schema", obj("type", "integer", "minimum", 0, "maximum", ItemsParameters.MAX_OFFSET, "default", 0)));
        p.put("after", obj("name", "after", "in", "query", "required", false, "style", "form", "explode", false,
                "description", "Trang bắt đầu sau đối tượng có mã này theo thứ tự ổn định (liên kết next ghi nó khi không có sortby; "
                        + "khi đó offset chỉ để biết vị trí) / the page starts after the feature of this id in the stable order "
                        + "(the next link writes it when there is no sortby; offset then only tells the position)",
                "schema", obj("type", "string")));
        p.put("bbox", obj("name", "bbox", "in", "query", "required", false, "style", "form", "explode", false,
                "description", "Khung: góc dưới, góc trên (4 hoặc 6 số) theo thứ tự trục của bbox-crs / box: lower corner, upper corner (4 or 6 numbers) in bbox-crs's axis order",
                "schema", obj("type", "array", "minItems", 4, "maxItems", 6, "items", obj("type", "number"))));
        p.put("bbox-crs", crsParam("bbox-crs", "Hệ tọa độ của bbox / the CRS of bbox"));
        p.put("crs", crsParam("crs", "Hệ tọa độ của kết quả / the CRS of the answer"));
        p.put("datetime", obj("name", "datetime", "in", "query", "required", false, "style", "form", "explode", false,
                "description", "Một thời điểm: sổ địa chính lúc đó; một khoảng (.. là mở): mọi phiên bản còn hiệu lực trong khoảng đó (RFC 3339) / "
                        + "an instant: the register as it was then; an interval (.. open): every version alive in it (RFC 3339)",
                "schema", obj("type", "string")));
        p.put("properties", obj("name", "properties", "in", "query", "required", false, "style", "form", "explode", false,
                "description", "Các thuộc tính trả về (xem queryables) / the properties to return (see queryables)",
                "schema", obj("type", "array", "items", obj("type", "string"))));
        p.put("sortby", obj("name", "sortby", "in", "query", "required", false, "style", "form", "explode", false,
                "description", "Sắp xếp: tên, +tên (tăng) hoặc -tên (giảm) / sort: name, +name (ascending) or -name (descending)",
                "schema", obj("type", "array", "items", obj("type", "string", "pattern", "^[+-]?[A-Za-z_][A-Za-z0-9_]*$"))));
        p.put("filter", obj("name", "filter", "in", "query", "required", false, "description", "Biểu thức CQL2 / a CQL2 expression",
                "schema", obj("type", "string")));
        p.put("filter-lang", obj("name", "filter-lang", "in", "query", "required", false, "description",
                "Ngôn ngữ của filter (cql-text: tên cũ của cql2-text trong các bản dự thảo) / the filter's language (cql-text: the drafts' name of cql2-text)",
                "schema", obj("type", "string", "enum", List.of("cql2-text", "cql2-json", ItemsFilter.DRAFT_TEXT), "default", "cql2-text")));
        p.put("filter-crs", crsParam("filter-crs", "Hệ tọa độ của hình trong filter / the CRS of geometries in filter"));
        if (!filtering) {
            p.remove("filter");
            p.remove("filter-lang");
            p.remove("filter-crs");
        }
        return p;
    }

    private Map<String, Object> crsParam(String name, String description) {
        return obj("name", name, "in", "query", "required", false, "style", "form", "explode", false, "description", description,
                "schema", obj("type", "string", "format", "uri", "enum", crss.all(), "default", CrsUris.CRS84));
    }

    private static Map<String, Object> schemas() {
        Map<String, Object> link = obj("type", "object", "required", List.of("href", "rel"), "properties", obj(
                "href", obj("type", "string"), "rel", obj("type", "string"), "type", obj("type", "string"), "title", obj("type", "string")));
        Map<String, Object> links = obj("type", "array", "items", obj("$ref", "#/components/schemas/Link"));
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("Link", link);
        s.put("LandingPage", obj("type", "object", "required", List.of("links"), "properties",
                obj("title", obj("type", "string"), "description", obj("type", "string"), "links", links)));
        s.put("Conformance", obj("type", "object", "required", List.of("conformsTo"), "properties",
                obj("conformsTo", obj("type", "array", "items", obj("type", "string")), "links", links)));
        s.put("Collection", obj("type", "object", "required", List.of("id", "links"), "properties", obj(
                "id", obj("type", "string"), "title", obj("type", "string"), "description", obj("type", "string"),
                "itemType", obj("type", "string"), "crs", obj("type", "array", "items", obj("type", "string")),
                "storageCrs", obj("type", "string"), "extent", obj("type", "object"), "links", links)));
        s.put("Collections", obj("type", "object", "required", List.of("links", "collections"), "properties", obj(
                "links", links, "crs", obj("type", "array", "items", obj("type", "string")),
                "collections", obj("type", "array", "items", obj("$ref", "#/components/schemas/Collection")))));
        s.put("Feature", obj("type", "object", "required", List.of("type", "geometry", "properties"), "properties", obj(
                "type", obj("type", "string", "enum", List.of("Feature")), "id", obj("type", "string"),
                "geometry", obj("type", "object", "nullable", true), "properties", obj("type", "object", "nullable", true), "links", links)));
        s.put("FeatureCollection", obj("type", "object", "required", List.of("type", "features"), "properties", obj(
                "type", obj("type", "string", "enum", List.of("FeatureCollection")),
                "features", obj("type", "array", "items", obj("$ref", "#/components/schemas/Feature")),
                "links", links, "timeStamp", obj("type", "string", "format", "date-time"),
                "numberMatched", obj("type", "integer", "minimum", 0), "numberReturned", obj("type", "integer", "minimum", 0))));
        s.put("Problem", obj("type", "object", "required", List.of("type", "title", "status", "detail"), "properties", obj(
                "type", obj("type", "string"), "title", obj("type", "string"), "status", obj("type", "integer"), "detail", obj("type", "string"),
                "instance", obj("type", "string"), "code", obj("type", "string"), "description", obj("type", "string"),
                "parameter", obj("type", "string"))));
        return s;
    }

    private static Map<String, Object> responses() {
        Map<String, Object> problem = obj(PROBLEM, obj("schema", obj("$ref", "#/components/schemas/Problem")));
        return obj(
                "BadRequest", obj("description", "Tham số sai (problem+json, song ngữ) / a bad parameter (problem+json, bilingual)", "content", problem),
                "NotFound", obj("description", "Không có tập dữ liệu hoặc đối tượng này / no such collection or feature", "content", problem),
                "Unavailable", obj("description", "Truy vấn quá thời gian cho phép / the query ran out of time", "content", problem));
    }

    private OgcResponse html(FeaturesRequest request) {
        String base = request.baseUrl();
        @SuppressWarnings("unchecked")
        Map<String, Object> paths = (Map<String, Object>) document(base).get("paths");
        StringBuilder t = new StringBuilder("<table><caption>Các đường dẫn / <span lang=\"en\">Paths</span></caption><thead><tr>"
                + "<th scope=\"col\">Đường dẫn / Path</th><th scope=\"col\">Ý nghĩa / Meaning</th></tr></thead><tbody>");
        paths.forEach((path, op) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> get = (Map<String, Object>) ((Map<String, Object>) op).get("get");
            t.append("<tr><td><code>GET ").append(Xml.escape(path)).append("</code></td><td>").append(Xml.escape(get.get("summary")))
                    .append(". ").append(Xml.escape(get.get("description"))).append("</td></tr>");
        });
        return new HtmlPage(base, "Tài liệu API", "API documentation")
                .breadcrumb(List.of(new String[] {"Trang đầu / Home", base + "?f=html"}, new String[] {"Tài liệu API / API documentation", base + "/api"}))
                .heading(1, "Tài liệu API", "API documentation")
                .paragraph("Định nghĩa OpenAPI 3.0 đầy đủ:", "The complete OpenAPI 3.0 definition:")
                .links(List.of(new Link(base + "/api?f=json", "service-desc", Format.OPENAPI.mediaType(), "OpenAPI 3.0 (JSON)")))
                .raw(t.append("</tbody></table>").toString())
                .response();
    }
}
