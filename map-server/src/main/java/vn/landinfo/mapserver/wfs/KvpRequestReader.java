package vn.landinfo.mapserver.wfs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3c.dom.Element;
import vn.landinfo.mapserver.features.query.SortKey;
import vn.landinfo.mapserver.ogc.OgcException;
import vn.landinfo.mapserver.ogc.OgcParameters;
import vn.landinfo.mapserver.wfs.filter.FilterVersion;
import vn.landinfo.mapserver.wfs.filter.FilterXmlReader;

/**
 * Reads a KVP request (WFS 2.0 §7.6.2 / Tables 8–10, 1.1 §14.7, 1.0 §13.3; parameter names case-insensitive) into a
 * {@link WfsRequest}. Several queries are written as parenthesised lists ({@code TYPENAMES=(a)(b)}) or, as the major
 * servers accept, as a plain comma list of type names; PROPERTYNAME and FILTER lists then pair with them in order.
 */
final class KvpRequestReader {

    private KvpRequestReader() {
    }

    static WfsRequest read(OgcParameters p, Map<String, String> raw) {
        String service = p.get("SERVICE").orElse("");
        String operation = Operations.canonical(p.required("REQUEST"), "request");
        if (service.isEmpty()) {
            throw new OgcException(WfsCodes.MISSING_PARAMETER_VALUE, "service", "Tham số SERVICE=WFS là bắt buộc",
                    "the parameter SERVICE=WFS is required");
        }
        if (!service.equalsIgnoreCase("WFS")) {
            throw new OgcException(WfsCodes.INVALID_PARAMETER_VALUE, "service", "Địa chỉ này phục vụ SERVICE=WFS, không phải " + WfsCodes.abbreviate(service),
                    "this endpoint serves SERVICE=WFS, not " + WfsCodes.abbreviate(service));
        }
        if (operation.equals(Operations.GET_CAPABILITIES)) {
            String accept = p.get("ACCEPTVERSIONS").orElse(null);
            WfsVersion v = WfsVersion.negotiate(accept, p.get("VERSION").orElse(null));
            return new WfsRequest(operation, v, accept, List.of(), p.get("OUTPUTFORMAT").orElse(null), false, null, null, null,
                    List.of(), null, List.of(), raw);
        }
        WfsVersion version = WfsVersion.of(p.get("VERSION").orElse(null));
        boolean v2 = version == WfsVersion.V2_0_0;
        String typeParam = p.has("TYPENAMES") ? "TYPENAMES" : "TYPENAME";
        List<List<String>> typeLists = groups(p.get(typeParam).orElse(""));
        List<String> storedIds = split(p.get("STOREDQUERY_ID").orElse(""));
        if (operation.equals(Operations.DESCRIBE_FEATURE_TYPE)) {
            return new WfsRequest(operation, version, null, typeLists.stream().flatMap(List::stream).toList(),
                    p.get("OUTPUTFORMAT").orElse(null), false, null, null, null, List.of(), null, List.of(), raw);
        }
        if (operation.equals(Operations.LIST_STORED_QUERIES) || operation.equals(Operations.DESCRIBE_STORED_QUERIES)) {
            return new WfsRequest(operation, version, null, List.of(), null, false, null, null, null, List.of(), null, storedIds, raw);
        }
        Resolve.check(p.get("RESOLVE").orElse(null));
        Integer count = positive(p, v2 ? "COUNT" : "MAXFEATURES");
        if (count == null) {
            count = positive(p, v2 ? "MAXFEATURES" : "COUNT");
        }
        Long startIndex = nonNegative(p, "STARTINDEX");
        boolean hits = resultTypeIsHits(p.get("RESULTTYPE").orElse(null));
        String valueReference = p.get("VALUEREFERENCE").orElse(null);
        if (operation.equals(Operations.GET_PROPERTY_VALUE)) {
            GetPropertyValue.requireValueReference(valueReference);
        }
        if (!storedIds.isEmpty()) {
            Map<String, String> params = new LinkedHashMap<>();
            raw.forEach((k, v) -> params.putIfAbsent(k.toUpperCase(Locale.ROOT), v));
            return new WfsRequest(operation, version, null, List.of(), p.get("OUTPUTFORMAT").orElse(null), hits, startIndex, count,
                    valueReference, List.of(), new WfsRequest.StoredQueryCall(storedIds.get(0), params), List.of(), raw);
        }
        List<WfsRequest.Query> queries = queries(p, version, typeLists, typeParam);
        return new WfsRequest(operation, version, null, List.of(), p.get("OUTPUTFORMAT").orElse(null), hits, startIndex, count,
                valueReference, queries, null, List.of(), raw);
    }

    private static List<WfsRequest.Query> queries(OgcParameters p, WfsVersion version, List<List<String>> typeLists, String typeParam) {
        String idParam = version == WfsVersion.V2_0_0 ? "RESOURCEID" : "FEATUREID";
        List<String> ids = split(p.get(idParam).orElse(p.get(version == WfsVersion.V2_0_0 ? "FEATUREID" : "RESOURCEID").orElse("")));
        String bbox = p.get("BBOX").filter(s -> !s.isEmpty()).orElse(null);
        String filterText = p.get("FILTER").filter(s -> !s.isEmpty()).orElse(null);
        int exclusive = (ids.isEmpty() ? 0 : 1) + (bbox == null ? 0 : 1) + (filterText == null ? 0 : 1);
        if (exclusive > 1) {
            throw new OgcException(WfsCodes.INVALID_PARAMETER_VALUE, filterText != null ? "FILTER" : "BBOX",
                    "FILTER, BBOX và " + idParam + " loại trừ nhau; chỉ dùng một", "FILTER, BBOX and " + idParam + " are mutually exclusive; use one");
        }
        // One query per type name (no joins are served): "(a)(b)" and "a,b" alike.
        List<String> types = typeLists.stream().flatMap(List::stream).toList();
        if (types.isEmpty() && ids.isEmpty()) {
            throw new OgcException(WfsCodes.MISSING_PARAMETER_VALUE, version == WfsVersion.V2_0_0 ? "typeNames" : "typeName",
                    "Cần TYPENAMES (hoặc " + idParam + ")", "TYPENAMES (or " + idParam + ") is required");
        }
        List<List<String>> props = groups(p.get("PROPERTYNAME").orElse(""));
        List<Element> filters = filterText == null ? List.of()
                : FilterXmlReader.parseFilterParameterList(filterText, FilterVersion.forWfsVersion(version.number()));
        List<SortKey> sortBy = sortBy(p.get("SORTBY").orElse(""));
        String srsName = p.get("SRSNAME").filter(s -> !s.isEmpty()).orElse(null);
        if (types.isEmpty()) {
            return List.of(new WfsRequest.Query(List.of(), srsName, props.isEmpty() ? List.of() : props.get(0), sortBy, null, null, ids));
        }
        if (filters.size() > 1 && filters.size() != types.size()) {
            throw new OgcException(WfsCodes.INVALID_PARAMETER_VALUE, "FILTER", "Số bộ lọc phải bằng số kiểu đối tượng",
                    "there must be one FILTER per type name");
        }
        if (props.size() > 1 && props.size() != types.size()) {
            throw new OgcException(WfsCodes.INVALID_PARAMETER_VALUE, "PROPERTYNAME", "Số danh sách PROPERTYNAME phải bằng số kiểu đối tượng",
                    "there must be one PROPERTYNAME list per type name");
        }
        List<WfsRequest.Query> out = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            List<String> properties = props.isEmpty() ? List.of() : props.get(props.size() == 1 ? 0 : i);
            Element filter = filters.isEmpty() ? null : filters.get(filters.size() == 1 ? 0 : i);
            out.add(new WfsRequest.Query(List.of(types.get(i)), srsName, properties, sortBy, filter, bbox, ids));
        }
        return out;
    }

    static boolean resultTypeIsHits(String resultType) {
        if (resultType == null || resultType.isEmpty() || resultType.equalsIgnoreCase("results")) {
            return false;
        }
        if (resultType.equalsIgnoreCase("hits")) {
            return true;
        }
        throw new OgcException(WfsCodes.INVALID_PARAMETER_VALUE, "resultType", "RESULTTYPE phải là results hoặc hits",
                "RESULTTYPE must be results or hits");
    }

    /** "name [ASC|DESC]" (2.0) or "name [A|D]" (1.1), comma-separated. */
    static List<SortKey> sortBy(String value) {
        List<SortKey> keys = new ArrayList<>();
        for (String item : split(value)) {
            String[] parts = item.trim().split("\\s+");
            boolean ascending = true;
            if (parts.length == 2) {
                String d = parts[1].toUpperCase(Locale.ROOT);
                if (d.equals("DESC") || d.equals("D")) {
                    ascending = false;
                } else if (!d.equals("ASC") && !d.equals("A")) {
                    throw new OgcException(WfsCodes.INVALID_PARAMETER_VALUE, "sortBy", "Chiều sắp xếp phải là ASC hoặc DESC, không phải "
                            + WfsCodes.abbreviate(parts[1]), "a sort direction must be ASC or DESC, not " + WfsCodes.abbreviate(parts[1]));
                }
            } else if (parts.length != 1) {
                throw new OgcException(WfsCodes.INVALID_PARAMETER_VALUE, "sortBy", "SORTBY không đọc được: " + WfsCodes.abbreviate(item),
                        "SORTBY cannot be read: " + WfsCodes.abbreviate(item));
            }
            keys.add(new SortKey(Names.local(parts[0]), ascending));
        }
        return keys;
    }

    /**
     * "(a,b)(c)" → [[a,b],[c]]; "a,b" → [[a,b]]; "" → []. Prefixes are stripped. "*" is every property, as an
     * empty list is: WFS 1.0 and 1.1 clients send it (OWSLib does on every GetFeature of those versions).
     */
    static List<List<String>> groups(String value) {
        String v = value.trim();
        List<List<String>> out = new ArrayList<>();
        if (v.isEmpty()) {
            return out;
        }
        if (!v.startsWith("(")) {
            out.add(properties(v));
            return out;
        }
        for (String g : parenthesised(v, "PROPERTYNAME")) {
            out.add(properties(g));
        }
        return out;
    }

    private static List<String> properties(String list) {
        List<String> names = split(list).stream().map(Names::local).toList();
        return names.equals(List.of("*")) ? List.of() : names;
    }

    /** Splits "(x)(y)" at the top level; XML inside may itself hold parentheses. */
    private static List<String> parenthesised(String v, String locator) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = -1;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '(') {
                if (depth++ == 0) {
                    start = i + 1;
                }
            } else if (c == ')') {
                if (--depth == 0) {
                    out.add(v.substring(start, i));
                } else if (depth < 0) {
                    break;
                }
            } else if (depth == 0 && !Character.isWhitespace(c)) {
                depth = -1;
                break;
            }
        }
        if (depth != 0) {
            throw new OgcException(WfsCodes.INVALID_PARAMETER_VALUE, locator, "Danh sách trong ngoặc không cân: " + WfsCodes.abbreviate(v),
                    "unbalanced parenthesised list: " + WfsCodes.abbreviate(v));
        }
        return out;
    }

    static List<String> split(String value) {
        List<String> out = new ArrayList<>();
        for (String s : value.split(",")) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return out;
    }

    private static Integer positive(OgcParameters p, String name) {
        String v = p.get(name).orElse("");
        if (v.isEmpty()) {
            return null;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // worded below
        }
        throw new OgcException(WfsCodes.INVALID_PARAMETER_VALUE, name.equals("COUNT") ? "count" : name.equals("MAXFEATURES") ? "maxFeatures" : name,
                name + " phải là số nguyên dương, không phải " + WfsCodes.abbreviate(v), name + " must be a positive integer, not " + WfsCodes.abbreviate(v));
    }

    private static Long nonNegative(OgcParameters p, String name) {
        String v = p.get(name).orElse("");
        if (v.isEmpty()) {
            return null;
        }
        try {
            long n = Long.parseLong(v);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // worded below
        }
        throw new OgcException(WfsCodes.INVALID_PARAMETER_VALUE, "startIndex", name + " phải là số nguyên không âm, không phải "
                + WfsCodes.abbreviate(v), name + " must be a non-negative integer, not " + WfsCodes.abbreviate(v));
    }
}
