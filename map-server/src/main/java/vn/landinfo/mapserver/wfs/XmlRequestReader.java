package vn.landinfo.mapserver.wfs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import vn.landinfo.mapserver.features.query.SortKey;
import vn.landinfo.mapserver.ogc.OgcException;
import vn.landinfo.mapserver.ogc.SafeXml;

/**
 * Reads an XML POST body (WFS 2.0 wfs.xsd, 1.1 wfs.xsd, 1.0 WFS-basic.xsd) into the same {@link WfsRequest} as the
 * KVP reader. Elements are matched by local name within the WFS, FES / OGC filter and OWS namespaces; the filter is
 * handed over as its DOM element.
 */
final class XmlRequestReader {

    private static final String WFS20 = "http://www.opengis.net/wfs/2.0";
    private static final String WFS = "http://www.opengis.net/wfs";
    private static final int MAX_QUERIES = 20;

    /** Deeper than any WFS request needs (a GetFeature with a nested filter is about 12 levels). */
    static final int MAX_DEPTH = 64;

    private XmlRequestReader() {
    }

    /**
     * The body parsed by the one safe parser ({@link SafeXml}: no DTD, so XXE and billion-laughs bodies fail at their
     * DOCTYPE; no XInclude; nesting bounded). Its size is bounded before it gets here (the web layer reads at most
     * {@code landinfo.wfs.max-body}). Every failure is OperationParsingFailed located at the request, never a 500.
     */
    static Document document(byte[] body) {
        Document d;
        try {
            d = SafeXml.parse(new InputSource(new ByteArrayInputStream(body)));
        } catch (SAXParseException e) {
            String why = e.getMessage() == null ? "" : e.getMessage();
            boolean doctype = why.contains("DOCTYPE");
            throw new OgcException(WfsCodes.OPERATION_PARSING_FAILED, "request",
                    doctype ? "Tài liệu XML không được chứa DOCTYPE (DTD, thực thể)" : "Không đọc được tài liệu XML ở dòng " + e.getLineNumber(),
                    doctype ? "the XML document must not contain a DOCTYPE (DTDs, entities)"
                            : "the XML document cannot be read at line " + e.getLineNumber() + ": " + WfsCodes.abbreviate(why));
        } catch (SAXException | IOException e) {
            throw new OgcException(WfsCodes.OPERATION_PARSING_FAILED, "request", "Không đọc được tài liệu XML",
                    "the XML document cannot be read");
        }
        checkDepth(d.getDocumentElement(), 1);
        return d;
    }

    private static void checkDepth(Element e, int depth) {
        if (depth > MAX_DEPTH) {
            throw new OgcException(WfsCodes.OPERATION_PARSING_FAILED, "request",
                    "Tài liệu XML lồng sâu quá " + MAX_DEPTH + " cấp", "the XML document nests deeper than " + MAX_DEPTH + " levels");
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                checkDepth(c, depth + 1);
            }
        }
    }

    static WfsRequest read(byte[] body) {
        Document d = document(body);
        Element root = d.getDocumentElement();
        String ns = root.getNamespaceURI();
        if (!WFS20.equals(ns) && !WFS.equals(ns)) {
            throw new OgcException(WfsCodes.OPERATION_PARSING_FAILED, root.getLocalName(),
                    "Phần tử gốc phải thuộc không gian tên WFS, không phải " + WfsCodes.abbreviate(ns),
                    "the root element must be in the WFS namespace, not " + WfsCodes.abbreviate(ns));
        }
        String operation;
        try {
            operation = Operations.canonical(root.getLocalName(), root.getLocalName());
        } catch (OgcException e) {
            String named = root.getAttribute("version");
            throw new RefusedInVersion(WfsVersion.forReport(named.isEmpty() ? (WFS20.equals(ns) ? "2.0.0" : "1.1.0") : named), e);
        }
        String service = root.getAttribute("service");
        if (!service.isEmpty() && !service.equals("WFS")) {
            throw new OgcException(WfsCodes.INVALID_PARAMETER_VALUE, "service", "Thuộc tính service phải là WFS",
                    "the service attribute must be WFS");
        }
        String versionAttr = root.getAttribute("version");
        if (operation.equals(Operations.GET_CAPABILITIES)) {
            List<String> accepted = new ArrayList<>();
            for (Element av : descendants(root, "AcceptVersions")) {
                for (Element v : children(av, "Version")) {
                    accepted.add(v.getTextContent().trim());
                }
            }
            String accept = accepted.isEmpty() ? null : String.join(",", accepted);
            WfsVersion v = WfsVersion.negotiate(accept, versionAttr.isEmpty() ? null : versionAttr);
            return new WfsRequest(operation, v, accept, List.of(), null, false, null, null, null, List.of(), null, List.of(), null);
        }
        WfsVersion version = versionAttr.isEmpty() ? (WFS20.equals(ns) ? WfsVersion.V2_0_0 : WfsVersion.V1_1_0) : WfsVersion.of(versionAttr);
        String outputFormat = attr(root, "outputFormat");
        switch (operation) {
            case Operations.DESCRIBE_FEATURE_TYPE -> {
                List<String> types = children(root, "TypeName").stream().map(e -> Names.local(e.getTextContent())).toList();
                return new WfsRequest(operation, version, null, types, outputFormat, false, null, null, null, List.of(), null, List.of(), null);
            }
            case Operations.LIST_STORED_QUERIES -> {
                return new WfsRequest(operation, version, null, List.of(), null, false, null, null, null, List.of(), null, List.of(), null);
            }
            case Operations.DESCRIBE_STORED_QUERIES -> {
                List<String> ids = children(root, "StoredQueryId").stream().map(e -> e.getTextContent().trim()).toList();
                return new WfsRequest(operation, version, null, List.of(), null, false, null, null, null, List.of(), null, ids, null);
            }
            default -> {
                return featureRequest(root, operation, version, outputFormat);
            }
        }
    }

    private static WfsRequest featureRequest(Element root, String operation, WfsVersion version, String outputFormat) {
        Resolve.check(attr(root, "resolve"));
        boolean hits = KvpRequestReader.resultTypeIsHits(attr(root, "resultType"));
        Integer count = positive(root, version == WfsVersion.V2_0_0 ? "count" : "maxFeatures");
        Long startIndex = nonNegative(root, "startIndex");
        String valueReference = root.hasAttribute("valueReference") ? root.getAttribute("valueReference").trim() : null;
        if (operation.equals(Operations.GET_PROPERTY_VALUE)) {
            GetPropertyValue.requireValueReference(valueReference);
        }
        List<Element> stored = children(root, "StoredQuery");
        if (!stored.isEmpty()) {
            Element sq = stored.get(0);
            String id = sq.getAttribute("id").isEmpty() ? sq.getAttribute("storedQueryId") : sq.getAttribute("id");
            Map<String, String> params = new LinkedHashMap<>();
            for (Element p : children(sq, "Parameter")) {
                params.put(p.getAttribute("name").toUpperCase(java.util.Locale.ROOT), p.getTextContent().trim());
            }
            return new WfsRequest(operation, version, null, List.of(), outputFormat, hits, startIndex, count, valueReference, List.of(),
                    new WfsRequest.StoredQueryCall(id, params), List.of(), null);
        }
        List<Element> queryElements = children(root, "Query");
        if (queryElements.isEmpty()) {
            throw new OgcException(WfsCodes.MISSING_PARAMETER_VALUE, "Query", "Cần ít nhất một phần tử Query hoặc StoredQuery",
                    "at least one Query or StoredQuery element is required");
        }
        if (queryElements.size() > MAX_QUERIES) {
            throw new OgcException(WfsCodes.OPERATION_PARSING_FAILED, "Query", "Tối đa " + MAX_QUERIES + " phần tử Query",
                    "at most " + MAX_QUERIES + " Query elements");
        }
        List<WfsRequest.Query> queries = new ArrayList<>();
        for (Element q : queryElements) {
            String typeNames = q.hasAttribute("typeNames") ? q.getAttribute("typeNames") : q.getAttribute("typeName");
            List<String> types = KvpRequestReader.split(typeNames).stream().map(Names::local).toList();
            if (types.isEmpty()) {
                throw new OgcException(WfsCodes.MISSING_PARAMETER_VALUE, version == WfsVersion.V2_0_0 ? "typeNames" : "typeName",
                        "Phần tử Query cần thuộc tính typeNames", "a Query element needs its typeNames attribute");
            }
            List<String> props = children(q, "PropertyName").stream().map(e -> Names.local(e.getTextContent())).toList();
            List<SortKey> sort = new ArrayList<>();
            for (Element sortBy : children(q, "SortBy")) {
                for (Element sp : children(sortBy, "SortProperty")) {
                    List<Element> name = children(sp, "ValueReference");
                    if (name.isEmpty()) {
                        name = children(sp, "PropertyName");
                    }
                    if (name.isEmpty()) {
                        throw new OgcException(WfsCodes.OPERATION_PARSING_FAILED, "SortBy", "SortProperty cần ValueReference",
                                "a SortProperty needs a ValueReference");
                    }
                    List<Element> order = children(sp, "SortOrder");
                    String o = order.isEmpty() ? "ASC" : order.get(0).getTextContent().trim();
                    sort.addAll(KvpRequestReader.sortBy(name.get(0).getTextContent().trim() + " " + o));
                }
            }
            List<Element> filters = children(q, "Filter");
            String srsName = q.getAttribute("srsName");
            for (String type : types) {
                queries.add(new WfsRequest.Query(List.of(type), srsName.isEmpty() ? null : srsName, props, sort,
                        filters.isEmpty() ? null : filters.get(0), null, List.of()));
            }
        }
        return new WfsRequest(operation, version, null, List.of(), outputFormat, hits, startIndex, count, valueReference, queries, null,
                List.of(), null);
    }

    private static String attr(Element e, String name) {
        return e.hasAttribute(name) && !e.getAttribute(name).isBlank() ? e.getAttribute(name).trim() : null;
    }

    private static Integer positive(Element e, String name) {
        String v = attr(e, name);
        if (v == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException ex) {
            // worded below
        }
        throw new OgcException(WfsCodes.INVALID_PARAMETER_VALUE, name, name + " phải là số nguyên dương", name + " must be a positive integer");
    }

    private static Long nonNegative(Element e, String name) {
        String v = attr(e, name);
        if (v == null) {
            return null;
        }
        try {
            long n = Long.parseLong(v);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException ex) {
            // worded below
        }
        throw new OgcException(WfsCodes.INVALID_PARAMETER_VALUE, name, name + " phải là số nguyên không âm", name + " must be a non-negative integer");
    }

    static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static List<Element> descendants(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                if (localName.equals(e.getLocalName())) {
                    out.add(e);
                }
            }
        }
        return out;
    }
}
