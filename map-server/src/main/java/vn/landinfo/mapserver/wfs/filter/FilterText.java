package vn.landinfo.mapserver.wfs.filter;

import java.io.IOException;
import java.io.StringReader;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import vn.landinfo.mapserver.ogc.SafeXml;

/**
 * The text of a KVP {@code FILTER} parameter made into its Filter element: bounded in size before it is parsed, parsed
 * by the one safe parser ({@link SafeXml}: no DTD, no entity, no XInclude, bounded nesting), its usual prefixes
 * declared when the client left them out, every failure worded as the dialect's filter refusal.
 */
public final class FilterText {

    /** Characters of a FILTER parameter: room for a 100,000-position polygon, not for a flood. */
    public static final int MAX_CHARS = 4 * 1024 * 1024;

    private FilterText() {
    }

    /**
     * The root element of a KVP filter. When the client used the usual prefixes without declaring them, the text is
     * read again inside an element that declares fes, ogc, gml (the version's GML) and xlink.
     */
    static Element parseFragment(String text, FilterVersion version) {
        checkSize(text, version);
        try {
            return parse(text).getDocumentElement();
        } catch (SAXException | IOException e) {
            if (e.getMessage() == null || !e.getMessage().contains("is not bound")) {
                throw notXml(version, e);
            }
        }
        String body = text.strip();
        if (body.startsWith("<?xml")) {
            int end = body.indexOf("?>");
            body = end < 0 ? body : body.substring(end + 2);
        }
        String gml = version == FilterVersion.FES_2_0 ? "http://www.opengis.net/gml/3.2" : "http://www.opengis.net/gml";
        String wrapped = "<landinfo-filter xmlns:fes=\"http://www.opengis.net/fes/2.0\" xmlns:ogc=\"http://www.opengis.net/ogc\""
                + " xmlns:gml=\"" + gml + "\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">" + body + "</landinfo-filter>";
        try {
            Element wrapper = parse(wrapped).getDocumentElement();
            var children = Dom.children(wrapper);
            if (children.size() != 1) {
                throw FilterErrors.at(version, "FILTER", "cần đúng một phần tử Filter", "exactly one Filter element expected");
            }
            return children.get(0);
        } catch (SAXException | IOException e) {
            throw notXml(version, e);
        }
    }

    private static org.w3c.dom.Document parse(String text) throws SAXException, IOException {
        return SafeXml.parse(new InputSource(new StringReader(text)));
    }

    private static void checkSize(String text, FilterVersion version) {
        if (text == null || text.isBlank()) {
            throw FilterErrors.at(version, "FILTER", "bộ lọc trống", "the filter is empty");
        }
        if (text.length() > MAX_CHARS) {
            throw FilterErrors.at(version, "FILTER", "bộ lọc dài quá " + MAX_CHARS + " ký tự",
                    "the filter is longer than " + MAX_CHARS + " characters");
        }
    }

    private static RuntimeException notXml(FilterVersion version, Exception e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replaceAll("\\s+", " ");
        why = why.length() > 200 ? why.substring(0, 200) + "…" : why;
        return FilterErrors.at(version, "FILTER", "không phải XML hợp lệ hoặc bị từ chối vì lý do an toàn (" + why + ")",
                "not well-formed XML, or refused for safety (" + why + ")");
    }
}
