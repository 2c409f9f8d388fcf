package vn.landinfo.mapserver.wfs.filter;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses XML a client sent, safely: no DTD at all (so no entity of any kind, external or expanding — XXE and
 * billion laughs stop at the DOCTYPE, before anything is read or expanded), no XInclude, no external schema or
 * stylesheet, and bounded in size and element nesting before a DOM is built.
 */
public final class SafeXml {

    /** Characters of a FILTER parameter: room for a 100,000-position polygon, not for a flood. */
    public static final int MAX_CHARS = 4 * 1024 * 1024;
    /** Element nesting of a whole filter document (logical operators are bounded more tightly by the reader). */
    public static final int MAX_ELEMENT_DEPTH = 128;

    private static final ErrorHandler STRICT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // A warning changes nothing in what is read.
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private SafeXml() {
    }

    /** A whole document, its size bounded by {@link #MAX_CHARS}. */
    public static Document parse(String text, FilterVersion version) {
        checkSize(text, version);
        try {
            return builder().parse(new InputSource(new StringReader(text)));
        } catch (SAXException | IOException e) {
            throw notXml(version, e);
        }
    }

    /**
     * The root element of a KVP filter. When the client used the usual prefixes without declaring them, the text is
     * read again inside an element that declares fes, ogc, gml (the version's GML) and xlink.
     */
    static Element parseFragment(String text, FilterVersion version) {
        checkSize(text, version);
        try {
            return builder().parse(new InputSource(new StringReader(text))).getDocumentElement();
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
            Element wrapper = builder().parse(new InputSource(new StringReader(wrapped))).getDocumentElement();
            var children = Dom.children(wrapper);
            if (children.size() != 1) {
                throw FilterErrors.at(version, "FILTER", "cần đúng một phần tử Filter", "exactly one Filter element expected");
            }
            return children.get(0);
        } catch (SAXException | IOException e) {
            throw notXml(version, e);
        }
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

    /**
     * A parser for this thread: making one costs more than parsing a small filter, and a DocumentBuilder serves one
     * parse at a time. {@code reset()} returns it to its configured state; the resolver and error handler are set
     * again since a reset forgets them.
     */
    private static final ThreadLocal<DocumentBuilder> BUILDERS = ThreadLocal.withInitial(SafeXml::newBuilder);

    private static DocumentBuilder builder() {
        DocumentBuilder b = BUILDERS.get();
        b.reset();
        // No resolver may fetch anything, whatever slips past the features set on the factory.
        b.setEntityResolver((publicId, systemId) -> {
            throw new SAXException("external entity refused: " + systemId);
        });
        b.setErrorHandler(STRICT);
        return b;
    }

    private static DocumentBuilder newBuilder() {
        try {
            // The JDK's own parser, whatever else is on the classpath: its security attributes below are known to hold.
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setAttribute("jdk.xml.maxElementDepth", String.valueOf(MAX_ELEMENT_DEPTH));
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            return f.newDocumentBuilder();
        } catch (ParserConfigurationException | IllegalArgumentException e) {
            throw new IllegalStateException("the XML parser cannot be made safe", e);
        }
    }
}
