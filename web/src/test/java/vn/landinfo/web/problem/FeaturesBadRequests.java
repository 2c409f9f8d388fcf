package vn.landinfo.web.problem;

import static vn.landinfo.web.problem.BadRequests.enc;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Malformed requests for OGC API – Features at /ogc/features: each parameter of {@code /items} broken in turn;
 * collections, items and properties that do not exist; CRSs it does not offer (crs, bbox-crs, filter-crs); bad
 * numbers, boxes and dates; CQL2 text and JSON that is malformed, nested too deep, too long a list or refused by
 * name; methods and bodies the read-only API does not take, hostile XML among them. Each refusal must be its JSON
 * exception with a code, the HTTP status (400 unless said) and the parameter named here.
 */
final class FeaturesBadRequests {

    static final String PATH = "/ogc/features";
    private static final String ITEMS = PATH + "/collections/parcels/items";
    private static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
    /** The CQL2 parsers' bounds (features.cql2.Cql2Limits): logical nesting and IN list items. */
    private static final int MAX_DEPTH = 32;
    private static final int MAX_LIST_ITEMS = 1_000;

    private final Lures lures;

    FeaturesBadRequests(Lures lures) {
        this.lures = lures;
    }

    List<BadRequest> all() {
        List<BadRequest> out = new ArrayList<>();
        String items = "limit=5&offset=0&bbox=105.84,21.02,105.86,21.04&bbox-crs=" + CRS84 + "&datetime=2024-01-01T00:00:00Z&crs=" + CRS84
                + "&properties=parcel_number&sortby=-parcel_number&filter=" + enc("parcel_number > 0") + "&filter-lang=cql2-text"
                + "&filter-crs=" + CRS84 + "&f=json"
                // Part 3's queryables as query parameters, one of each type
                + "&main_purpose=ODT&parcel_number=1&legal_area=100.5&restricted=false&valid_from=2024-01-01T00:00:00Z";
        out.addAll(BadRequests.kvp("OGC API items", ITEMS, items));
        out.addAll(BadRequests.container("OGC API items", ITEMS, items));
        for (String resource : List.of("", "/conformance", "/api", "/collections", "/collections/parcels", "/collections/parcels/queryables",
                "/collections/parcels/items/1")) {
            out.addAll(BadRequests.kvp("OGC API " + resource, PATH + resource, "f=json"));
            out.addAll(BadRequests.container("OGC API " + resource, PATH + resource, "f=json"));
            out.add(items("unknown parameter on " + resource, PATH + resource, "f=json&colour=red", 400, "colour"));
        }
        out.addAll(mistakes());
        out.addAll(cql2Text());
        out.addAll(cql2Json());
        out.addAll(framing());
        return out;
    }

    private List<BadRequest> mistakes() {
        List<BadRequest> out = new ArrayList<>();
        for (String collection : List.of("owners", "restrictions", "PARCELS", "parcels.1", "%20")) {
            out.add(BadRequest.refusedGet("OGC API collection " + collection, PATH + "/collections/" + collection + "/items", 404, null));
        }
        for (String id : List.of("abc", "-1", "99999999999999999999", "1.5", "parcels.1")) {
            out.add(BadRequest.refusedGet("OGC API item " + id, ITEMS + "/" + id, 404, null));
        }
        out.add(BadRequest.refusedGet("OGC API resource below items", ITEMS + "/1/more", 404, null));
        out.add(BadRequest.refusedGet("OGC API unknown resource", PATH + "/collections/parcels/tiles", 404, null));
        out.add(items("unknown property", ITEMS, "properties=owner_name", 400, "properties"));
        out.add(items("sort by an unknown property", ITEMS, "sortby=owner_name", 400, "sortby"));
        out.add(items("sort by the geometry", ITEMS, "sortby=-geom", 400, "sortby"));
        for (String crs : List.of("EPSG:4326", "http://www.opengis.net/def/crs/EPSG/0/2154", "http://www.opengis.net/def/crs/EPSG/0/", "abc",
                "http://www.opengis.net/def/crs/EPSG/0/4326x", "[" + CRS84, "http://www.opengis.net/def/crs/OGC/1.3/CRS83")) {
            out.add(items("crs " + crs, ITEMS, "crs=" + enc(crs), 400, "crs"));
            out.add(items("crs of one item " + crs, ITEMS + "/1", "crs=" + enc(crs), 400, "crs"));
            out.add(items("bbox-crs " + crs, ITEMS, "bbox=1,2,3,4&bbox-crs=" + enc(crs), 400, "bbox-crs"));
            out.add(items("filter-crs " + crs, ITEMS, "filter=" + enc("parcel_number = 1") + "&filter-crs=" + enc(crs), 400, "filter-crs"));
        }
        out.add(items("bbox-crs without bbox", ITEMS, "bbox-crs=" + CRS84, 400, "bbox-crs"));
        out.add(items("filter-crs without filter", ITEMS, "filter-crs=" + CRS84, 400, "filter-crs"));
        out.add(items("filter-lang without filter", ITEMS, "filter-lang=cql2-text", 400, "filter-lang"));
        out.add(items("filter-lang sql", ITEMS, "filter=" + enc("parcel_number = 1") + "&filter-lang=sql", 400, "filter-lang"));
        for (String limit : List.of("0", "-1", "abc", "1e3", "1.5", "99999999999999999999", "")) {
            out.add(items("limit " + limit, ITEMS, "limit=" + limit, 400, "limit"));
        }
        out.add(items("limit twice", ITEMS, "limit=1&limit=2", 400, "limit"));
        // Over the maximum a limit is clamped, as Part 1 asks (/req/core/fc-limit-response-1), not refused.
        out.add(BadRequest.get("OGC API limit over the maximum", ITEMS + "?limit=10001&bbox=105.850,21.030,105.851,21.031", false, null));
        for (String offset : List.of("-1", "abc", "10000001", "1.5")) {
            out.add(items("offset " + offset, ITEMS, "offset=" + offset, 400, "offset"));
        }
        for (String bbox : List.of("1,2,x,4", "1,2,3", "1,2,3,4,5", "1,95,3,96", "1,4,3,2", "NaN,1,2,3", "1e309,1,2,3", ",,,", "1;2;3;4")) {
            out.add(items("bbox " + bbox, ITEMS, "bbox=" + enc(bbox), 400, "bbox"));
        }
        for (String datetime : List.of("2021-13-45", "2021-01-01T25:00:00Z", "2022-01-01/2021-01-01", "a/b/c", "2021-01-01T00:00:00",
                "yesterday", "2021-02-30T00:00:00Z", "2021-01-01/x")) {
            out.add(items("datetime " + datetime, ITEMS, "datetime=" + enc(datetime), 400, "datetime"));
        }
        out.add(items("datetime in the past of a collection without history", PATH + "/collections/communes/items", "datetime=2020-01-01T00:00:00Z",
                400, "datetime"));
        out.add(items("f=xml", ITEMS, "f=xml", 400, "f"));
        for (String[] q : new String[][] {{"parcel_number", "abc"}, {"legal_area", "lots"}, {"restricted", "maybe"}, {"valid_from", "yesterday"},
                {"main_purpose", "O\u0000DT"}}) {
            out.add(items("queryable " + q[0] + "=" + BadRequests.abbreviate(q[1]), ITEMS, q[0] + "=" + enc(q[1]), 400, q[0]));
        }
        // Numbers no integer reaches, or written with an exponent, are questions with an empty (or exact) answer.
        for (String q : List.of("parcel_number=99999999999999999999", "sheet_number=1e3")) {
            out.add(BadRequest.get("OGC API queryable " + q, ITEMS + "?" + q, false, null));
        }
        out.add(items("a queryable given twice", ITEMS, "main_purpose=ODT&main_purpose=LUC", 400, "main_purpose"));
        out.add(items("a queryable of another collection", PATH + "/collections/provinces/items", "parcel_number=1", 400, "parcel_number"));
        return out;
    }

    /** CQL2 text that cannot be parsed, says what the tree cannot, names what does not exist, or exceeds a bound. */
    private List<BadRequest> cql2Text() {
        List<String> filters = new ArrayList<>(List.of("parcel_number =", "main_purpose = 'ODT", "owner_name = 'x'", "legal_area > 'abc'",
                "parcel_number = 1.5.6",
                "valid_from > TIMESTAMP('2021-13-45T00:00:00Z')", "valid_from > DATE('x')", "T_AFTER(parcel_number, TIMESTAMP('2021-01-01T00:00:00Z'))",
                "S_INTERSECTS(geom, POLYGON((0 0, 1 1)))", "S_INTERSECTS(geom, POINT(200 100))", "S_INTERSECTS(geom, BBOX(170,0,-170,10))",
                "S_INTERSECTS(geom, POINT(NaN 1))", "S_INTERSECTS(geom, POINT EMPTY)", "S_INTERSECTS(parcel_number, POINT(1 1))",
                "ACCENTI(main_purpose) = 'x'", "legal_area + 1 > 2", "legal_area > computed_area", "foo(1) = 1", "1 = 1",
                "parcel_number = 1 AND", "parcel_number = 1 OR OR parcel_number = 2", "main_purpose LIKE", "parcel_number BETWEEN 1",
                "geom = 1", "'unterminated", "parcel_number IN ()", "A_CONTAINS(purposes, ('ODT'))", ")", "parcel_number = 1)",
                "(".repeat(MAX_DEPTH + 8) + "parcel_number = 1" + ")".repeat(MAX_DEPTH + 8),
                "NOT ".repeat(MAX_DEPTH + 8) + "parcel_number = 1"));
        filters.add("parcel_number IN (" + IntStream.rangeClosed(1, MAX_LIST_ITEMS + 1).mapToObj(Integer::toString).collect(Collectors.joining(",")) + ")");
        List<BadRequest> out = new ArrayList<>();
        for (String f : filters) {
            out.add(items("CQL2 text " + BadRequests.abbreviate(f), ITEMS, "filter=" + cql(f), 400, "filter"));
        }
        // Odd but perhaps answerable: whatever the answer, no 5xx, and a refusal names the filter.
        for (String f : List.of("parcel_number = 99999999999999999999", "legal_area = 1e400", "restricted = maybe",
                "valid_from > TIMESTAMP('2021-01-01T00:00:00')", "T_AFTER(valid_from, INTERVAL('2022-01-01','2021-01-01'))",
                "main_purpose = '" + "\u0000" + "'", "main_purpose LIKE '%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%x'")) {
            out.add(odd("CQL2 text " + BadRequests.abbreviate(f), "filter=" + cql(f)));
        }
        return out;
    }

    /** CQL2 JSON that is not JSON, not CQL2, names what does not exist, or nests too deep. */
    private List<BadRequest> cql2Json() {
        String eq = "{\"op\":\"=\",\"args\":[{\"property\":\"parcel_number\"},1]}";
        List<String> filters = List.of("{", "[]", "null", "{\"op\":\"=\"}", "{\"op\":\"=\",\"args\":[{\"property\":\"owner_name\"},1]}",
                "{\"op\":\"frobnicate\",\"args\":[]}", "{\"op\":\"=\",\"args\":{}}", "{\"op\":\"=\",\"args\":[{\"property\":\"main_purpose\"},\"\\u12\"]}", "{\"op\":\"=\",\"args\":[1,2]}",
                "{\"op\":\"s_intersects\",\"args\":[{\"property\":\"geom\"},{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,1]]]}]}",
                "{\"op\":\"s_intersects\",\"args\":[{\"property\":\"geom\"},{\"type\":\"Blob\",\"coordinates\":[]}]}",
                "{\"op\":\"t_after\",\"args\":[{\"property\":\"valid_from\"},{\"timestamp\":\"2021-13-45T00:00:00Z\"}]}",
                "{\"op\":\"=\",\"args\":[{\"property\":\"parcel_number\"},1]} trailing",
                "{\"op\":\"not\",\"args\":[".repeat(MAX_DEPTH + 8) + eq + "]}".repeat(MAX_DEPTH + 8),
                "[".repeat(2_000));
        List<BadRequest> out = new ArrayList<>();
        for (String f : filters) {
            out.add(items("CQL2 JSON " + BadRequests.abbreviate(f), ITEMS, "filter-lang=cql2-json&filter=" + cql(f), 400, "filter"));
        }
        for (String f : List.of("{\"op\":\"=\",\"args\":[{\"property\":\"legal_area\"},1e999]}",
                "{\"op\":\"=\",\"op\":\"<\",\"args\":[{\"property\":\"parcel_number\"},1]}")) {
            out.add(odd("CQL2 JSON " + BadRequests.abbreviate(f), "filter-lang=cql2-json&filter=" + cql(f)));
        }
        return out;
    }

    /** Methods the read-only API does not offer, with the bodies a client might send them: all refused unread. */
    private List<BadRequest> framing() {
        List<BadRequest> out = new ArrayList<>();
        Map<String, byte[]> bodies = new LinkedHashMap<>(BadRequests.BAD_BODIES);
        HostileXml.around("<x>", "", "</x>", lures).forEach((what, doc) -> bodies.put("application/xml|" + what, doc.getBytes(StandardCharsets.UTF_8)));
        bodies.put("application/geo+json|2 MB of features", ("{\"type\":\"FeatureCollection\",\"features\":[" + "{}," .repeat(700_000) + "{}]}")
                .getBytes(StandardCharsets.UTF_8));
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
            for (Map.Entry<String, byte[]> b : bodies.entrySet()) {
                String[] typeAndName = b.getKey().split("\\|", 2);
                out.add(new BadRequest("OGC API " + method + " " + typeAndName[1], method, ITEMS, List.of("Content-Type: " + typeAndName[0]),
                        b.getValue(), true, null, 405, null));
            }
        }
        out.add(new BadRequest("OGC API TRACE", "TRACE", ITEMS, List.of(), new byte[0], true, null, 405, null));
        out.add(BadRequest.get("OGC API GET with a body in a charset that does not exist", ITEMS + "?limit=1", false, null)
                .withHeaders(List.of("Content-Type: text/plain; charset=klingon")));
        for (String bad : BadRequests.segmentsBelow()) {
            out.add(BadRequest.get("OGC API collection segment " + BadRequests.abbreviate(bad), PATH + "/collections/" + bad + "/items", true, null));
            out.add(BadRequest.get("OGC API item segment " + BadRequests.abbreviate(bad), ITEMS + "/" + bad, true, null));
        }
        return out;
    }

    private static BadRequest items(String what, String path, String query, int status, String parameter) {
        return BadRequest.refusedGet("OGC API " + what, path + "?" + query, status, parameter);
    }

    /** Odd but perhaps answerable: any answer below 500, and a refusal must be a 400 naming the filter. */
    private static BadRequest odd(String what, String query) {
        return new BadRequest("OGC API " + what, "GET", ITEMS + "?" + query, List.of(), new byte[0], false, null, 0, "filter");
    }

    /** A filter as a client library sends it: percent-encoded, but commas and parentheses left as they are. */
    private static String cql(String f) {
        return enc(f).replace("%2C", ",").replace("%28", "(").replace("%29", ")");
    }
}
