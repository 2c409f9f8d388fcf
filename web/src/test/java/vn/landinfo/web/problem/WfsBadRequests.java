package vn.landinfo.web.problem;

import static vn.landinfo.web.problem.BadRequests.enc;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Malformed requests for the WFS at /ogc/wfs: each KVP parameter of its operations broken in turn; unknown type
 * names and properties; CRSs it does not offer; counts over the maximum; bad numbers and dates; FES filters that
 * are not XML, not a filter, nested too deep or holding too many ids; hostile XML (XXE to a file and to a URL,
 * billion laughs) as a body and as a FILTER; bodies over {@code landinfo.wfs.max-body}; bodies and methods the
 * endpoint does not take. Each refusal must be an OWS exception report with its code, the locator named here and
 * status 400 (413 for a body over the bound, 405 for a method).
 */
final class WfsBadRequests {

    static final String PATH = "/ogc/wfs";
    /** landinfo.wfs.max-body's default (1 MB): a body one byte longer is refused whole. */
    static final int MAX_BODY = 1024 * 1024;
    /** landinfo.wfs.max-resource-ids' default. */
    static final int MAX_RESOURCE_IDS = 1000;
    /** The filter reader's bound on ids in one filter (wfs.filter.Reading.MAX_IDS). */
    static final int MAX_FILTER_IDS = 10_000;

    private static final String GET_FEATURE = "SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=parcels&COUNT=5";
    private static final String FES = "xmlns:fes=\"http://www.opengis.net/fes/2.0\" xmlns:gml=\"http://www.opengis.net/gml/3.2\"";
    private static final String WFS_OPEN = "<wfs:GetFeature service=\"WFS\" version=\"2.0.0\" count=\"5\" xmlns:wfs=\"http://www.opengis.net/wfs/2.0\" "
            + FES + ">";
    private static final String QUERY = "<wfs:Query typeNames=\"parcels\"/>";
    /** The GetFeature document the body cases break in one thing each. */
    private static final String DOCUMENT = getFeature(QUERY);
    /** A valid filter, for the cases where a filter may not be given with something else. */
    private static final String PARCEL_1 = filter(equalTo("parcel_number", "1"));

    private final Lures lures;

    WfsBadRequests(Lures lures) {
        this.lures = lures;
    }

    List<BadRequest> all() {
        List<BadRequest> out = new ArrayList<>();
        Map<String, String> bases = Map.of(
                "GetCapabilities", "SERVICE=WFS&REQUEST=GetCapabilities&ACCEPTVERSIONS=2.0.0",
                "DescribeFeatureType", "SERVICE=WFS&VERSION=2.0.0&REQUEST=DescribeFeatureType&TYPENAMES=parcels",
                "GetFeature", GET_FEATURE + "&STARTINDEX=0&SRSNAME=urn:ogc:def:crs:EPSG::4326&BBOX=21.02,105.84,21.04,105.86"
                        + "&SORTBY=parcel_number&PROPERTYNAME=parcel_number&OUTPUTFORMAT=application/json&RESULTTYPE=results",
                "GetFeature 1.1.0", "SERVICE=WFS&VERSION=1.1.0&REQUEST=GetFeature&TYPENAME=parcels&MAXFEATURES=5",
                "GetFeature with FILTER", GET_FEATURE + "&FILTER=" + enc(PARCEL_1),
                "GetPropertyValue", "SERVICE=WFS&VERSION=2.0.0&REQUEST=GetPropertyValue&TYPENAMES=parcels&VALUEREFERENCE=parcel_number&COUNT=5");
        bases.forEach((operation, base) -> {
            out.addAll(BadRequests.kvp("WFS " + operation, PATH, base));
            out.addAll(BadRequests.container("WFS " + operation, PATH, base));
        });
        out.addAll(kvpMistakes());
        out.addAll(filters());
        out.addAll(bodies());
        out.addAll(framing());
        return out;
    }

    /** Parameters with a value the WFS refuses, each with the locator the refusal must carry. */
    private List<BadRequest> kvpMistakes() {
        List<BadRequest> out = new ArrayList<>();
        String v11 = "SERVICE=WFS&VERSION=1.1.0&REQUEST=GetFeature&MAXFEATURES=5";
        for (String type : List.of("owners", "restrictions", "landinfo:nothing", "(parcels)(owners)", "parcels,owners", "PARCELS")) {
            out.add(kvp("unknown type " + type, GET_FEATURE.replace("TYPENAMES=parcels", "TYPENAMES=" + enc(type)), "typeNames"));
            out.add(kvp("DescribeFeatureType of " + type, "SERVICE=WFS&VERSION=2.0.0&REQUEST=DescribeFeatureType&TYPENAMES=" + enc(type), "typeNames"));
            out.add(kvp("1.1.0 unknown type " + type, v11 + "&TYPENAME=" + enc(type), "typeName"));
        }
        out.add(kvp("no type names", GET_FEATURE.replace("TYPENAMES=parcels", "TYPENAMES="), "typeNames"));
        out.add(kvp("unknown property", GET_FEATURE + "&PROPERTYNAME=owner_name", "propertyName"));
        out.add(kvp("one PROPERTYNAME list too many", GET_FEATURE + "&PROPERTYNAME=(parcel_number)(legal_area)", "PROPERTYNAME"));
        out.add(kvp("sort by an unknown property", GET_FEATURE + "&SORTBY=owner_name", "sortBy"));
        out.add(kvp("sort in an unknown direction", GET_FEATURE + "&SORTBY=" + enc("parcel_number SIDEWAYS"), "sortBy"));
        out.add(kvp("sort by the geometry", GET_FEATURE + "&SORTBY=geom", null));
        out.add(kvp("value of an unknown property",
                "SERVICE=WFS&VERSION=2.0.0&REQUEST=GetPropertyValue&TYPENAMES=parcels&VALUEREFERENCE=owner_name", "valueReference"));
        for (String srs : List.of("EPSG:2154", "EPSG:abc", "urn:ogc:def:crs:EPSG::99999", "http://www.opengis.net/def/crs/EPSG/0/", "CRS:85",
                "urn:x", "EPSG:4326:1", "EPSG:-4326")) {
            out.add(kvp("srsName " + srs, GET_FEATURE + "&SRSNAME=" + enc(srs), "srsName"));
            out.add(kvp("BBOX in " + srs, GET_FEATURE + "&BBOX=" + enc("1,2,3,4," + srs), "bbox"));
        }
        for (String bbox : List.of("1,2,x,4", "3,4,1,2", "1,2,3", "1,2,3,4,5,6", "NaN,1,2,3", "1e309,1,2,3", ",,,", "1;2;3;4")) {
            out.add(kvp("BBOX " + bbox, GET_FEATURE + "&BBOX=" + enc(bbox), "bbox"));
        }
        for (String count : List.of("10001", "0", "-1", "abc", "99999999999", "1.5", "1e3", "2147483648")) {
            out.add(kvp("COUNT " + count, GET_FEATURE.replace("COUNT=5", "COUNT=" + count), "count"));
            out.add(kvp("1.1.0 MAXFEATURES " + count, v11.replace("MAXFEATURES=5", "MAXFEATURES=" + count) + "&TYPENAME=parcels", "maxFeatures"));
        }
        for (String start : List.of("-1", "abc", "1.5", "99999999999999999999")) {
            out.add(kvp("STARTINDEX " + start, GET_FEATURE + "&STARTINDEX=" + start, "startIndex"));
        }
        out.add(kvp("RESULTTYPE everything", GET_FEATURE + "&RESULTTYPE=everything", "resultType"));
        out.add(kvp("OUTPUTFORMAT image/png", GET_FEATURE + "&OUTPUTFORMAT=image/png", "outputFormat"));
        out.add(kvp("VERSION 3.0.0", GET_FEATURE.replace("2.0.0", "3.0.0"), "version"));
        out.add(kvp("VERSION abc", GET_FEATURE.replace("2.0.0", "abc"), "version"));
        out.add(kvp("ACCEPTVERSIONS 9.9.9", "SERVICE=WFS&REQUEST=GetCapabilities&ACCEPTVERSIONS=9.9.9", "AcceptVersions"));
        out.add(kvp("SERVICE WMS", GET_FEATURE.replace("SERVICE=WFS", "SERVICE=WMS"), "service"));
        out.add(kvp("REQUEST Transaction", GET_FEATURE.replace("GetFeature", "Transaction"), "Transaction"));
        out.add(kvp("REQUEST LockFeature", GET_FEATURE.replace("GetFeature", "LockFeature"), null));
        out.add(kvp("REQUEST Nothing", GET_FEATURE.replace("GetFeature", "Nothing"), null));
        out.add(BadRequest.get("WFS RESOURCEID without a type", PATH + "?" + GET_FEATURE + "&RESOURCEID=12", false, null));
        out.add(kvp("RESOURCEID of an unknown type", "SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&RESOURCEID=owners.1", "resourceId"));
        out.add(kvp("RESOURCEID with a FILTER", GET_FEATURE + "&RESOURCEID=parcels.1&FILTER=" + enc(PARCEL_1), "FILTER"));
        out.add(kvp("BBOX with a FILTER", GET_FEATURE + "&BBOX=1,2,3,4&FILTER=" + enc(PARCEL_1), "FILTER"));
        String ids = IntStream.rangeClosed(1, MAX_RESOURCE_IDS + 1).mapToObj(i -> "parcels." + i).collect(Collectors.joining(","));
        out.add(BadRequest.refusedPost("WFS RESOURCEID with " + (MAX_RESOURCE_IDS + 1) + " ids (form)", PATH, "application/x-www-form-urlencoded",
                bytes(GET_FEATURE + "&RESOURCEID=" + ids), 400, "resourceId"));
        return out;
    }

    /** FES 2.0 filters in the FILTER parameter that are not XML, not a filter, wrong in one thing, hostile or too big. */
    private List<BadRequest> filters() {
        List<BadRequest> out = new ArrayList<>();
        Map<String, String> wrong = new java.util.LinkedHashMap<>();
        wrong.put("unclosed", "<fes:Filter " + FES + ">");
        wrong.put("not XML", "not xml at all");
        wrong.put("empty", "<fes:Filter " + FES + "/>");
        wrong.put("unknown operator", filter(operator("PropertyIsRoughly", "parcel_number", "")));
        wrong.put("a function", filter("<fes:Function name=\"sin\"/>"));
        wrong.put("And of one", filter("<fes:And>" + equalTo("parcel_number", "1") + "</fes:And>"));
        wrong.put("Not of two", filter("<fes:Not>" + equalTo("parcel_number", "1") + equalTo("parcel_number", "2") + "</fes:Not>"));
        wrong.put("two predicates without And", filter(equalTo("parcel_number", "1") + equalTo("parcel_number", "2")));
        wrong.put("unknown property", filter(equalTo("owner_name", "x")));
        wrong.put("a number that is not one", filter(operator("PropertyIsGreaterThan", "legal_area", literal("abc"))));
        wrong.put("a date that is not one", filter(operator("PropertyIsGreaterThan", "valid_from", literal("2021-13-45T25:61:00Z"))));
        wrong.put("Between without its upper bound", filter(operator("PropertyIsBetween", "legal_area",
                "<fes:LowerBoundary>" + literal("1") + "</fes:LowerBoundary>")));
        wrong.put("Like with one character for two roles", filter("<fes:PropertyIsLike wildCard=\"*\" singleChar=\"*\" escapeChar=\"!\">"
                + "<fes:ValueReference>main_purpose</fes:ValueReference><fes:Literal>O*</fes:Literal></fes:PropertyIsLike>"));
        wrong.put("the geometry compared as a value", filter(equalTo("geom", "1")));
        wrong.put("an envelope in an unknown CRS", filter(operator("BBOX", "geom", envelope("EPSG:2154", "1 2"))));
        wrong.put("an envelope with three ordinates", filter(operator("BBOX", "geom", envelope("urn:ogc:def:crs:EPSG::4326", "1 2 3"))));
        wrong.put("an unclosed polygon", filter(operator("Intersects", "geom", "<gml:Polygon gml:id=\"p\" srsName=\"urn:ogc:def:crs:EPSG::4326\">"
                + "<gml:exterior><gml:LinearRing><gml:posList>21 105 21 106 22 106 22 105</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>")));
        wrong.put("coordinates that are not numbers", filter(operator("Intersects", "geom", point("a b"))));
        wrong.put("a distance in parsecs", filter(operator("DWithin", "geom", point("21 105") + "<fes:Distance uom=\"parsec\">1</fes:Distance>")));
        wrong.put("a distance that is not a number", filter(operator("DWithin", "geom", point("21 105") + "<fes:Distance uom=\"m\">far</fes:Distance>")));
        wrong.put("a period with a bad begin", filter(operator("During", "valid_from", "<gml:TimePeriod gml:id=\"t\">"
                + "<gml:beginPosition>2021-13-45</gml:beginPosition><gml:endPosition>2022-01-01</gml:endPosition></gml:TimePeriod>")));
        wrong.put("an instant that is not one", filter(operator("After", "valid_from",
                "<gml:TimeInstant gml:id=\"t\"><gml:timePosition>yesterday</gml:timePosition></gml:TimeInstant>")));
        wrong.put("a version that is not one", filter("<fes:ResourceId rid=\"parcels.1\" version=\"sideways\"/>"));
        wrong.put("a startDate that is not a date", filter("<fes:ResourceId rid=\"parcels.1\" startDate=\"2021-13-45\"/>"));
        wrong.put("a version with a startDate", filter("<fes:ResourceId rid=\"parcels.1\" version=\"LAST\" startDate=\"2021-01-01T00:00:00Z\"/>"));
        wrong.put("an empty rid", filter("<fes:ResourceId rid=\"\"/>"));
        wrong.put("40 nested Not", filter("<fes:Not>".repeat(40) + equalTo("parcel_number", "1") + "</fes:Not>".repeat(40)));
        wrong.put("elements nested 200 deep", filter(equalTo("parcel_number", "<a>".repeat(200) + "</a>".repeat(200))));
        wrong.forEach((what, f) -> out.add(kvp("FILTER " + what, GET_FEATURE + "&FILTER=" + enc(f), "filter")));
        // An integer property compared with a number no integer reaches is a question with an empty answer, not a mistake.
        out.add(BadRequest.get("WFS FILTER an integer beyond any", PATH + "?" + GET_FEATURE + "&FILTER="
                + enc(filter(equalTo("parcel_number", "99999999999999999999"))), false, null));
        out.add(BadRequest.get("WFS FILTER a text holding NUL", PATH + "?" + GET_FEATURE + "&FILTER="
                + enc(filter(equalTo("main_purpose", "O&#0;DT"))), true, null).expecting(400, "filter"));
        // Hostile documents are too long for a request line: sent as a form, as QGIS sends a long filter.
        HostileXml.around("<fes:Filter " + FES + ">", equalTo("parcel_number", "1"), "</fes:Filter>", lures).forEach((what, f) ->
                out.add(BadRequest.refusedPost("WFS FILTER " + what + " (form)", PATH, "application/x-www-form-urlencoded",
                        bytes(GET_FEATURE + "&FILTER=" + enc(f)), 400, "filter")));
        String ids = IntStream.rangeClosed(1, MAX_FILTER_IDS + 1).mapToObj(i -> "<fes:ResourceId rid=\"parcels." + i + "\"/>").collect(Collectors.joining());
        out.add(BadRequest.refusedPost("WFS FILTER with " + (MAX_FILTER_IDS + 1) + " ResourceIds (form)", PATH, "application/x-www-form-urlencoded",
                bytes(GET_FEATURE + "&FILTER=" + enc(filter(ids))), 400, "filter"));
        return out;
    }

    /** XML bodies: hostile, over the bound, not XML, or valid XML with one value wrong. */
    private List<BadRequest> bodies() {
        List<BadRequest> out = new ArrayList<>();
        HostileXml.around(WFS_OPEN, QUERY, "</wfs:GetFeature>", lures).forEach((what, doc) -> out.add(what.startsWith("XInclude")
                // Not processed: the xi:include element is one the reader skips, so the request may well be answered.
                ? xmlAnswered("body " + what, doc)
                : xml("body " + what, doc, 400, "request")));
        // Not followed, and harmless when not: a schema location is a hint a parser without validation never reads.
        out.add(xmlAnswered("body with a schemaLocation to fetch", WFS_OPEN.replaceFirst(">$", " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                + "xsi:schemaLocation=\"http://www.opengis.net/wfs/2.0 " + lures.httpUri("schema.xsd") + "\">") + QUERY + "</wfs:GetFeature>"));
        String comment = "<!--" + "x".repeat(MAX_BODY) + "-->";
        out.add(xml("body one byte over the bound", DOCUMENT + comment, 413, "request"));
        out.add(new BadRequest("WFS body declared over the bound", "POST", PATH, List.of("Content-Type: text/xml", "Content-Length: " + (256L << 20)),
                bytes(WFS_OPEN), true, null, 413, "request"));
        out.add(new BadRequest("WFS chunked body over the bound", "POST", PATH, List.of("Content-Type: text/xml", "Transfer-Encoding: chunked"),
                chunked(bytes(WFS_OPEN + QUERY + comment + "</wfs:GetFeature>")), true, null, 413, "request"));
        out.add(xml("body not XML", "SERVICE=WFS&REQUEST=GetCapabilities", 400, "request"));
        out.add(xml("body empty", "", 400, "request"));
        out.add(xml("body truncated", WFS_OPEN + "<wfs:Query typeNames=\"parc", 400, "request"));
        out.add(xml("body with a root in no namespace", "<GetFeature service=\"WFS\" version=\"2.0.0\"/>", 400, "GetFeature"));
        out.add(xml("body asking for a Transaction", "<wfs:Transaction service=\"WFS\" version=\"2.0.0\" xmlns:wfs=\"http://www.opengis.net/wfs/2.0\"/>",
                400, null));
        out.add(xml("body with count over the maximum", withCount("count=\"10001\""), 400, "count"));
        out.add(xml("body with count not a number", withCount("count=\"many\""), 400, "count"));
        out.add(xml("body with a negative startIndex", withCount("count=\"5\" startIndex=\"-1\""), 400, "startIndex"));
        out.add(xml("body with an unknown type", getFeature("<wfs:Query typeNames=\"owners\"/>"), 400, "typeNames"));
        out.add(xml("body with an unknown CRS", getFeature("<wfs:Query typeNames=\"parcels\" srsName=\"EPSG:2154\"/>"), 400, "srsName"));
        out.add(xml("body with an unknown property", getFeature(parcelsQuery("<wfs:PropertyName>owner_name</wfs:PropertyName>")), 400, "propertyName"));
        out.add(xml("body sorting by an unknown property", getFeature(parcelsQuery("<fes:SortBy><fes:SortProperty>"
                + "<fes:ValueReference>owner_name</fes:ValueReference></fes:SortProperty></fes:SortBy>")), 400, "sortBy"));
        out.add(xml("body nested 100 deep", getFeature(parcelsQuery("<x>".repeat(100) + "</x>".repeat(100))), 400, "request"));
        String ids = IntStream.rangeClosed(1, MAX_FILTER_IDS + 1).mapToObj(i -> "<fes:ResourceId rid=\"parcels." + i + "\"/>").collect(Collectors.joining());
        out.add(xml("body with " + (MAX_FILTER_IDS + 1) + " ResourceIds", getFeature(parcelsQuery("<fes:Filter>" + ids + "</fes:Filter>")), 400, "filter"));
        out.add(xml("body with a malformed filter", getFeature(parcelsQuery("<fes:Filter><fes:And>" + equalTo("parcel_number", "1") + "</fes:And></fes:Filter>")),
                400, "filter"));
        out.add(xml("body in an encoding that does not exist", "<?xml version=\"1.0\" encoding=\"klingon\"?>" + DOCUMENT, 400, "request"));
        out.add(xml("body with bytes that are not UTF-8",
                concat(bytes(WFS_OPEN + "<wfs:Query typeNames=\"parc"), new byte[] {(byte) 0xC3, 0x28}, bytes("\"/></wfs:GetFeature>")), 400, "request"));
        out.add(xml("body of NUL bytes", new byte[16], 400, "request"));
        out.add(xml("body in UTF-16 declared UTF-8", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + DOCUMENT).getBytes(StandardCharsets.UTF_16LE),
                400, "request"));
        return out;
    }

    /** Bodies framed as what the WFS does not read, and methods it does not offer. */
    private List<BadRequest> framing() {
        List<BadRequest> out = new ArrayList<>();
        for (Map.Entry<String, byte[]> b : BadRequests.BAD_BODIES.entrySet()) {
            String[] typeAndName = b.getKey().split("\\|", 2);
            BadRequest r = new BadRequest("WFS POST " + typeAndName[1], "POST", PATH, List.of("Content-Type: " + typeAndName[0]), b.getValue(), true, null);
            // Multipart is no body a WFS reads (415); a form over Tomcat's maxPostSize is too large (413); the rest is not XML.
            out.add(typeAndName[0].startsWith("multipart/") ? r.expecting(415, "Content-Type")
                    : typeAndName[1].startsWith("3 MB") ? r.expecting(413, null) : r);
        }
        out.add(new BadRequest("WFS form in a charset that does not exist", "POST", PATH,
                List.of("Content-Type: application/x-www-form-urlencoded; charset=klingon"), bytes("SERVICE=WFS&REQUEST=Nothing"), true, null));
        out.add(new BadRequest("WFS XML in a charset that does not exist", "POST", PATH, List.of("Content-Type: text/xml; charset=klingon"),
                bytes(withCount("count=\"10001\"")), true, null, 400, "count"));
        for (String method : List.of("PUT", "DELETE", "PATCH", "TRACE")) {
            out.add(new BadRequest("WFS " + method, method, PATH, List.of("Content-Type: text/xml"), bytes(DOCUMENT), true, null, 405, null));
        }
        for (String bad : BadRequests.segmentsBelow()) {
            out.add(BadRequest.get("WFS path " + BadRequests.abbreviate(bad), PATH + "/" + bad + "?" + GET_FEATURE, true, null));
        }
        return out;
    }

    private static BadRequest kvp(String what, String query, String locator) {
        return BadRequest.refusedGet("WFS " + what, PATH + "?" + query, 400, locator);
    }

    private static BadRequest xml(String what, String doc, int status, String locator) {
        return xml(what, bytes(doc), status, locator);
    }

    private static BadRequest xml(String what, byte[] body, int status, String locator) {
        return BadRequest.refusedPost("WFS " + what, PATH, "text/xml", body, status, locator);
    }

    /** An XML body the WFS may answer (any status below 500), as long as a refusal is a proper report. */
    private static BadRequest xmlAnswered(String what, String doc) {
        return new BadRequest("WFS " + what, "POST", PATH, List.of("Content-Type: text/xml"), bytes(doc), false, null);
    }

    private static String getFeature(String query) {
        return WFS_OPEN + query + "</wfs:GetFeature>";
    }

    /** The GetFeature document with {@code count="5"} replaced by these attributes. */
    private static String withCount(String attributes) {
        return WFS_OPEN.replace("count=\"5\"", attributes) + QUERY + "</wfs:GetFeature>";
    }

    private static String parcelsQuery(String inside) {
        return "<wfs:Query typeNames=\"parcels\">" + inside + "</wfs:Query>";
    }

    static String filter(String inside) {
        return "<fes:Filter " + FES + ">" + inside + "</fes:Filter>";
    }

    private static String equalTo(String property, String literal) {
        return operator("PropertyIsEqualTo", property, literal(literal));
    }

    /** An FES 2.0 operator on a property: fes:{operator}, its ValueReference, then the operands as given. */
    private static String operator(String operator, String property, String operands) {
        return "<fes:" + operator + "><fes:ValueReference>" + property + "</fes:ValueReference>" + operands + "</fes:" + operator + ">";
    }

    private static String literal(String value) {
        return "<fes:Literal>" + value + "</fes:Literal>";
    }

    private static String point(String pos) {
        return "<gml:Point gml:id=\"p\" srsName=\"urn:ogc:def:crs:EPSG::4326\"><gml:pos>" + pos + "</gml:pos></gml:Point>";
    }

    private static String envelope(String srsName, String lowerCorner) {
        return "<gml:Envelope srsName=\"" + srsName + "\"><gml:lowerCorner>" + lowerCorner + "</gml:lowerCorner><gml:upperCorner>3 4</gml:upperCorner>"
                + "</gml:Envelope>";
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** The body in HTTP/1.1 chunks of 64 KiB, so the server cannot know its length before reading it. */
    private static byte[] chunked(byte[] body) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int at = 0; at < body.length; at += 65_536) {
            int n = Math.min(65_536, body.length - at);
            out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, at, n);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
