package vn.landinfo.web.problem;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;

/**
 * Generates malformed variants of every operation of the API's own OpenAPI document and of every WMS
 * operation and tile address: broken percent-escapes and UTF-8 in each query parameter and its name,
 * values of the wrong type, out of range or overlong, bad path segments, bad headers, unsupported and
 * oversized bodies, methods not offered. Deterministic: the same document gives the same list.
 */
final class BadRequests {

    /** Each must be refused naming the parameter: the server cannot decode it. */
    static final List<String> UNDECODABLE = List.of("%", "%%%", "%G1", "ab%4", "%C3%28", "%C0%AF", "%ED%A0%80", "%FF%FE", "%E1%BB");

    /** Wrong type, out of range, overlong, hostile: any answer but a 5xx, and a refusal must say why. */
    static final List<String> ODD_VALUES = List.of("", " ", "abc", "-1", "0", "1.5", "99999999999999999999", "1e309", "NaN",
            "-0", "0x1F", "true", "null", "[]", "{}", "2021-13-45T25:61:00Z", "H\u00e0 N\u1ed9i", "\u0000", "\t\n",
            "' OR '1'='1", "<x/>", "../../etc/passwd", "x".repeat(3000), "\ud83d\ude00", "1,2,3,4,5", "-180,-90,180,90");

    /** Path segments that name nothing or cannot be decoded: always a 4xx (but "0", a tile column that exists). */
    static final List<String> BAD_SEGMENTS = List.of("abc", "-1", "0", "99999999999999999999", "%00", "a%2Fb", "%2e%2e", "..",
            "%C3%28", "%C0%AF", "%G1", "%", "x".repeat(2000), "%E2%80%AE", "%20", "a;b=c");

    /** The bad segments that stay below the path they are appended to (not the dot segments, which climb out of it). */
    static List<String> segmentsBelow() {
        return BAD_SEGMENTS.stream().filter(s -> !s.equals("..") && !s.equalsIgnoreCase("%2e%2e")).toList();
    }

    /** Request bodies no endpoint accepts: content types other than JSON, and JSON that is not JSON. */
    static final Map<String, byte[]> BAD_BODIES = badBodies();

    /**
     * Marks a request line too long to parse: the container cannot tell which service it was for, so
     * under /ogc/ too it answers a problem rather than an OGC report.
     */
    static final String UNROUTABLE = "request line over the limit";

    private static final long SEED = 20261207L;

    private final Map<String, String> pathValues;
    private final Map<String, String> baseQueries;
    private final byte[] baseBody;

    /**
     * @param pathValues  a value for each path parameter that names something real or harmless
     * @param baseQueries a valid query per path, so a variant differs from a good request in one thing
     * @param baseBody    a body every write refuses (nothing is written whatever else a variant changes)
     */
    BadRequests(Map<String, String> pathValues, Map<String, String> baseQueries, byte[] baseBody) {
        this.pathValues = pathValues;
        this.baseQueries = baseQueries;
        this.baseBody = baseBody;
    }

    /** Every variant of every operation in the OpenAPI document. */
    List<BadRequest> fromOpenApi(JsonNode doc) {
        List<BadRequest> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
            if (path.getKey().startsWith("/ogc/") || path.getKey().equals("/error")) {
                continue; // the WMS takes its parameters as OGC key-value pairs: ogc() generates them
            }
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                out.addAll(operation(op.getKey().toUpperCase(Locale.ROOT), path.getKey(), op.getValue()));
            }
        }
        return out;
    }

    private List<BadRequest> operation(String method, String template, JsonNode op) {
        List<BadRequest> out = new ArrayList<>();
        List<String> query = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        List<String> headers = new ArrayList<>();
        for (JsonNode p : op.path("parameters")) {
            switch (p.get("in").asString()) {
                case "query" -> query.add(p.get("name").asString());
                case "path" -> paths.add(p.get("name").asString());
                case "header" -> headers.add(p.get("name").asString());
                default -> { }
            }
        }
        boolean hasBody = op.has("requestBody");
        String base = fill(template, Map.of());
        String baseQuery = baseQueries.getOrDefault(template, "");
        String op1 = method + " " + template;
        // query parameters: undecodable values and names, then odd values
        for (String name : query) {
            for (String bad : UNDECODABLE) {
                out.add(request(op1 + " ?" + name + "=" + bad, method, base + "?" + with(baseQuery, name, bad), true, name, hasBody));
                out.add(request(op1 + " ?" + name + bad, method, base + "?" + with(baseQuery, name + bad, "1"), true, name + bad, hasBody));
            }
            for (String odd : ODD_VALUES) {
                out.add(request(op1 + " ?" + name + "=<odd>", method, base + "?" + with(baseQuery, name, enc(odd)), false, null, hasBody));
            }
        }
        out.add(request(op1 + " nameless parameter", method, base + "?" + with(baseQuery, "", "1"), true, null, hasBody));
        out.add(request(op1 + " unknown parameter", method, base + "?" + with(baseQuery, "colour", "red"), false, null, hasBody));
        // path parameters: one bad segment at a time
        for (String name : paths) {
            for (String bad : BAD_SEGMENTS) {
                String target = fill(template, Map.of(name, bad));
                out.add(request(op1 + " {" + name + "}=" + abbreviate(bad), method, target, !bad.equals("0"), null, hasBody));
            }
        }
        // headers the operation reads, with odd values
        for (String name : headers) {
            for (String odd : List.of("", "x".repeat(300), "not a value!", "\"", "W/", "*, *", "1.2.3", "tx-0.0", "\u00e9")) {
                out.add(request(op1 + " " + name + "=<odd>", method, base, false, null, hasBody).withHeaders(plus(bodyHeaders(hasBody), name + ": " + odd)));
            }
        }
        // headers any request may carry wrongly
        boolean api = template.startsWith("/api/");
        for (String h : List.of("Accept: ;;;", "Accept: application/", "Accept: */*;q=x", "Accept: image/png")) {
            out.add(request(op1 + " " + h, method, base + "?" + baseQuery, false, null, hasBody).withHeaders(plus(bodyHeaders(hasBody), h)));
        }
        out.add(request(op1 + " control character in a header", method, base, true, null, hasBody)
                .withHeaders(plus(bodyHeaders(hasBody), "X-Note: a\u0001b")));
        out.add(request(op1 + " header over the limit", method, base, true, null, hasBody)
                .withHeaders(plus(bodyHeaders(hasBody), "X-Note: " + "n".repeat(10_000))));
        out.add(request(op1 + " header line without a colon", method, base, true, null, hasBody)
                .withHeaders(plus(bodyHeaders(hasBody), "NoColonHere")));
        out.add(request(op1 + " " + UNROUTABLE, method, base + "?q=" + "q".repeat(9_000), true, null, hasBody));
        out.add(request(op1 + " raw brackets in the query", method, base + "?a[]=1", true, null, hasBody));
        out.add(new BadRequest(op1 + " TRACE", "TRACE", base, List.of(), new byte[0], true, null));
        out.add(new BadRequest(op1 + " PATCH", "PATCH", base, List.of("Content-Type: application/json"), "{}".getBytes(StandardCharsets.UTF_8), true, null));
        if (hasBody) {
            for (Map.Entry<String, byte[]> b : BAD_BODIES.entrySet()) {
                String[] typeAndName = b.getKey().split("\\|", 2);
                out.add(new BadRequest(op1 + " body " + typeAndName[1], method, base, List.of("Content-Type: " + typeAndName[0]),
                        b.getValue(), true, null));
            }
            out.add(new BadRequest(op1 + " body declared over the bound", method, base,
                    List.of("Content-Type: application/json", "Content-Length: " + (256L << 20)), "{\"kind\": ".getBytes(StandardCharsets.UTF_8), true, null));
        }
        if (!api) {
            return out;
        }
        // two undecodable parameters at once, chosen by a fixed seed: the first one is named
        Random random = new Random(SEED + template.hashCode());
        if (query.size() >= 2) {
            String a = query.get(random.nextInt(query.size()));
            String b = query.get(random.nextInt(query.size()));
            if (!a.equals(b)) {
                String bad = UNDECODABLE.get(random.nextInt(UNDECODABLE.size()));
                out.add(request(op1 + " two broken parameters", method, base + "?" + a + "=" + bad + "&" + b + "=" + bad, true, a, hasBody));
            }
        }
        return out;
    }

    /** The WMS's four operations, each parameter broken in turn; and addresses under /ogc/ that are not the WMS. */
    List<BadRequest> ogc(Map<String, String> wmsBases) {
        List<BadRequest> out = new ArrayList<>();
        wmsBases.forEach((operation, base) -> {
            out.addAll(kvp("WMS " + operation, "/ogc/wms", base));
            out.addAll(container("WMS " + operation, "/ogc/wms", base));
        });
        for (String bad : BAD_SEGMENTS) {
            out.add(BadRequest.get("/ogc/ path " + abbreviate(bad), "/ogc/" + bad + "?SERVICE=WMS&REQUEST=GetCapabilities", true, null));
        }
        out.add(new BadRequest("WMS TRACE", "TRACE", "/ogc/wms", List.of(), new byte[0], true, null));
        out.add(new BadRequest("WMS POST form", "POST", "/ogc/wms", List.of("Content-Type: application/x-www-form-urlencoded"),
                "SERVICE=WMS&REQUEST=GetCapabilities".getBytes(StandardCharsets.UTF_8), true, null));
        return out;
    }

    /**
     * A valid query at {@code path} with each of its parameters broken in turn: an undecodable value (refused,
     * located at the parameter), an undecodable name (refused, naming it), odd values (any answer but a 5xx).
     */
    static List<BadRequest> kvp(String label, String path, String base) {
        List<BadRequest> out = new ArrayList<>();
        Map<String, String> params = new LinkedHashMap<>();
        for (String kv : base.split("&")) {
            String[] p = kv.split("=", 2);
            params.put(p[0], p.length > 1 ? p[1] : "");
        }
        for (String name : params.keySet()) {
            for (String bad : UNDECODABLE) {
                out.add(BadRequest.get(label + " " + name + "=" + bad, path + "?" + replace(params, name, bad), true, name)
                        .expecting(400, path.equals("/ogc/wms") ? null : name));
                String others = replace(params, name, null);
                out.add(BadRequest.get(label + " name " + name + bad, path + "?" + (others.isEmpty() ? "" : others + "&") + name + bad + "=1",
                        true, name + bad));
            }
            for (String odd : ODD_VALUES) {
                out.add(BadRequest.get(label + " " + name + "=<odd>", path + "?" + replace(params, name, enc(odd)), false, null));
            }
        }
        return out;
    }

    /**
     * What the container refuses (or a filter before any service) on {@code path} with a valid {@code query}: a
     * nameless parameter, raw brackets, a request line or a header over the limit, a control character in a header,
     * a header line without a colon; and a malformed Accept, which the service may ignore.
     */
    static List<BadRequest> container(String label, String path, String query) {
        String target = path + "?" + query;
        List<BadRequest> out = new ArrayList<>();
        out.add(BadRequest.get(label + " nameless parameter", target + "&=1", true, null));
        out.add(BadRequest.get(label + " raw brackets", target + "&a[]=1", true, null));
        out.add(BadRequest.get(label + " " + UNROUTABLE, target + "&q=" + "q".repeat(9_000), true, null));
        out.add(BadRequest.get(label + " control character in a header", target, true, null).withHeaders(List.of("X-Note: a\u0001b")));
        out.add(BadRequest.get(label + " header over the limit", target, true, null).withHeaders(List.of("X-Note: " + "n".repeat(10_000))));
        out.add(BadRequest.get(label + " header line without a colon", target, true, null).withHeaders(List.of("NoColonHere")));
        out.add(BadRequest.get(label + " malformed Accept", target, false, null).withHeaders(List.of("Accept: ;;;")));
        return out;
    }

    private BadRequest request(String what, String method, String target, boolean refused, String mustName, boolean hasBody) {
        return new BadRequest(what, method, target, bodyHeaders(hasBody), hasBody ? baseBody : new byte[0], refused, mustName);
    }

    private static List<String> bodyHeaders(boolean hasBody) {
        return hasBody ? List.of("Content-Type: application/json") : List.of();
    }

    private static List<String> plus(List<String> headers, String header) {
        List<String> all = new ArrayList<>(headers);
        all.add(header);
        return all;
    }

    private String fill(String template, Map<String, String> overrides) {
        String out = template;
        for (Map.Entry<String, String> e : pathValues.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", overrides.getOrDefault(e.getKey(), e.getValue()));
        }
        for (Map.Entry<String, String> e : overrides.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", e.getValue());
        }
        return out;
    }

    /** The base query with {@code name} set to the raw {@code value} (replacing it when the base has it). */
    private static String with(String baseQuery, String name, String rawValue) {
        StringBuilder q = new StringBuilder();
        boolean replaced = false;
        for (String kv : baseQuery.isEmpty() ? new String[0] : baseQuery.split("&")) {
            String key = kv.split("=", 2)[0];
            q.append(q.isEmpty() ? "" : "&");
            if (key.equals(name)) {
                q.append(name).append('=').append(rawValue);
                replaced = true;
            } else {
                q.append(kv);
            }
        }
        if (!replaced) {
            q.append(q.isEmpty() ? "" : "&").append(name).append('=').append(rawValue);
        }
        return q.toString();
    }

    static String replace(Map<String, String> params, String name, String rawValue) {
        StringBuilder q = new StringBuilder();
        params.forEach((k, v) -> {
            if (k.equals(name) && rawValue == null) {
                return;
            }
            q.append(q.isEmpty() ? "" : "&").append(k).append('=').append(k.equals(name) ? rawValue : v);
        });
        return q.toString();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String abbreviate(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…(" + s.length() + ")" : s;
    }

    private static Map<String, byte[]> badBodies() {
        Map<String, byte[]> b = new LinkedHashMap<>();
        String multipart = "--XyZ\r\nContent-Disposition: form-data; name=\"change\"; filename=\"c.json\"\r\nContent-Type: application/json\r\n\r\n{}\r\n--XyZ--\r\n";
        b.put("multipart/form-data; boundary=XyZ|multipart", multipart.getBytes(StandardCharsets.ISO_8859_1));
        b.put("multipart/form-data; boundary=XyZ|broken multipart", "--XyZ\r\nno end".getBytes(StandardCharsets.ISO_8859_1));
        b.put("multipart/form-data|multipart without a boundary", multipart.getBytes(StandardCharsets.ISO_8859_1));
        b.put("application/x-www-form-urlencoded|small form", "kind=SPLIT&change=%7B%7D".getBytes(StandardCharsets.ISO_8859_1));
        b.put("application/x-www-form-urlencoded|3 MB form", ("a=" + "b".repeat(3 << 20)).getBytes(StandardCharsets.ISO_8859_1));
        b.put("application/x-www-form-urlencoded|undecodable form", "a=%G1&=2".getBytes(StandardCharsets.ISO_8859_1));
        b.put("text/plain|text", "{}".getBytes(StandardCharsets.UTF_8));
        b.put("application/xml|XML with an external entity", ("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<x>&e;</x>").getBytes(StandardCharsets.UTF_8));
        b.put("application/|a content type without a subtype", "{}".getBytes(StandardCharsets.UTF_8));
        b.put(";;;|a content type that is not one", "{}".getBytes(StandardCharsets.UTF_8));
        b.put("application/json|not JSON", "kind=SPLIT".getBytes(StandardCharsets.UTF_8));
        b.put("application/json|truncated JSON", "{\"kind\": \"SPL".getBytes(StandardCharsets.UTF_8));
        b.put("application/json|empty", new byte[0]);
        b.put("application/json|null", "null".getBytes(StandardCharsets.UTF_8));
        b.put("application/json|nested 100000 deep", "[".repeat(100_000).getBytes(StandardCharsets.UTF_8));
        b.put("application/json|bytes that are not UTF-8", new byte[] {'{', '"', 'k', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
        b.put("application/json|NUL bytes", new byte[] {0, 0, 0, 0});
        return b;
    }
}
