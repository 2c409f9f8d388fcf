package vn.landinfo.mapserver.wfs.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import vn.landinfo.mapserver.crs.CrsCatalogue;
import vn.landinfo.mapserver.features.filter.Filter;
import vn.landinfo.mapserver.features.filter.ResourceId;
import vn.landinfo.mapserver.ogc.OgcException;

/**
 * Reads an OGC filter — fes:Filter (FES 2.0) or ogc:Filter (Filter Encoding 1.1 / 1.0) — into the shared
 * {@link Filter} tree (docs/decisions/0177-fes-filters-parsed-into-the-shared-tree.md). Every refusal is an
 * {@link OgcException} with locator {@code filter} and the dialect's code (OperationParsingFailed in 2.0,
 * InvalidParameterValue before), naming the element that is wrong. Property names and literals stay text: the
 * compiler checks them against the feature type. Thread-safe; one instance serves every request.
 */
public final class FilterXmlReader {

    private static final Pattern BETWEEN_FILTERS = Pattern.compile("(?<=>)\\s*\\)\\s*\\(\\s*(?=<)");

    private final SpatialReader spatial;

    public FilterXmlReader(CrsCatalogue crss) {
        this.spatial = new SpatialReader(crss);
    }

    /**
     * The filter an element holds.
     *
     * @param filter         the fes:Filter / ogc:Filter element (from a POST body or {@link #parseFilterParameter})
     * @param version        the dialect of the negotiated WFS version
     * @param defaultSrsName the CRS of geometries that name none, as the client wrote it (the query's srsName or
     *                       the feature type's default CRS); null when there is none, then such a geometry is refused
     */
    public Filter read(Element filter, FilterVersion version, String defaultSrsName) {
        Reading reading = new Reading(Objects.requireNonNull(version, "version"), defaultSrsName);
        if (filter == null || !"Filter".equals(Dom.name(filter))) {
            throw reading.fail(filter, "cần phần tử Filter" + (filter == null ? "" : ", nhận được " + Dom.shown(filter)),
                    "a Filter element expected" + (filter == null ? "" : ", got " + Dom.shown(filter)));
        }
        List<Filter> top = predicates(Dom.children(filter), reading, 0);
        if (top.isEmpty()) {
            throw reading.fail(filter, "bộ lọc trống", "the filter is empty");
        }
        if (top.size() > 1) {
            throw reading.fail(filter, "bộ lọc chỉ chứa một điều kiện (hoặc một dãy mã đối tượng); hãy ghép chúng bằng And",
                    "a filter holds one predicate (or a run of feature ids); combine them with And");
        }
        return top.get(0);
    }

    /**
     * The Filter element of a KVP {@code FILTER} value, parsed with DTDs, external entities and XInclude off, its
     * size and depth bounded. A filter whose prefixes (fes, ogc, gml) are not declared — common when typed into a
     * URL — is read with the version's usual namespaces.
     */
    public static Element parseFilterParameter(String text, FilterVersion version) {
        return FilterText.parseFragment(text, version);
    }

    /**
     * The filters of a KVP {@code FILTER} value that lists one per type name in parentheses:
     * {@code (<fes:Filter>…</fes:Filter>)(<fes:Filter>…</fes:Filter>)}; a single unbracketed filter is a list of one.
     */
    public static List<Element> parseFilterParameterList(String text, FilterVersion version) {
        String t = text == null ? "" : text.trim();
        if (!t.startsWith("(") || !t.endsWith(")")) {
            return List.of(parseFilterParameter(t, version));
        }
        List<Element> out = new ArrayList<>();
        for (String one : BETWEEN_FILTERS.split(t.substring(1, t.length() - 1))) {
            out.add(parseFilterParameter(one, version));
        }
        return out;
    }

    /** A list of predicates, each run of feature ids read as one ResourceIds. */
    private List<Filter> predicates(List<Element> elements, Reading reading, int depth) {
        List<Filter> out = new ArrayList<>();
        List<ResourceId> ids = new ArrayList<>();
        for (Element e : elements) {
            if (ResourceIdReader.isId(e)) {
                ids.add(ResourceIdReader.read(e, reading));
                continue;
            }
            if (!ids.isEmpty()) {
                out.add(new Filter.ResourceIds(ids));
                ids = new ArrayList<>();
            }
            out.add(predicate(e, reading, depth));
        }
        if (!ids.isEmpty()) {
            out.add(new Filter.ResourceIds(ids));
        }
        return out;
    }

    private Filter predicate(Element e, Reading reading, int depth) {
        reading.countPredicate(e);
        String name = Dom.name(e);
        if (ComparisonReader.handles(name)) {
            return ComparisonReader.read(e, reading);
        }
        if (SpatialReader.handles(name)) {
            return spatial.read(e, reading);
        }
        if (TemporalReader.handles(name)) {
            return TemporalReader.read(e, reading);
        }
        return switch (name) {
            case "And", "Or", "Not" -> logical(e, reading, depth + 1);
            case "Function" -> throw reading.fail(e, "hàm không được hỗ trợ trong bộ lọc", "functions are not supported in filters");
            default -> throw reading.fail(e, "phần tử không được hỗ trợ trong bộ lọc", "this element is not a supported filter predicate");
        };
    }

    private Filter logical(Element e, Reading reading, int depth) {
        if (depth > Reading.MAX_LOGICAL_DEPTH) {
            throw reading.fail(e, "các phép And/Or/Not lồng nhau quá " + Reading.MAX_LOGICAL_DEPTH + " tầng",
                    "And/Or/Not are nested more than " + Reading.MAX_LOGICAL_DEPTH + " levels deep");
        }
        List<Filter> operands = predicates(Dom.children(e), reading, depth);
        String name = Dom.name(e);
        if (name.equals("Not")) {
            if (operands.size() != 1) {
                throw reading.fail(e, "Not cần đúng một điều kiện, có " + operands.size(), "Not needs exactly one predicate, it has " + operands.size());
            }
            return new Filter.Not(operands.get(0));
        }
        if (operands.size() < 2) {
            throw reading.fail(e, name + " cần ít nhất hai điều kiện, có " + operands.size(),
                    name + " needs at least two predicates, it has " + operands.size());
        }
        return name.equals("And") ? new Filter.And(operands) : new Filter.Or(operands);
    }
}
