package vn.landinfo.mapserver.ogc;

import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The one parser for XML a stranger sent (WFS request bodies, FILTER parameters): no DTD at all (so no entity of any
 * kind, external or expanding — XXE and billion laughs stop at the DOCTYPE, before anything is read or expanded), no
 * resolver that fetches anything, no XInclude, no external schema or stylesheet, and element nesting bounded while
 * parsing, before a deep DOM is built. Failures are the parser's own exceptions: each caller words them in its
 * service's terms (an exception report with its code and locator), and bounds the size of what it hands over.
 */
public final class SafeXml {

    /** Element nesting of any document (the callers bound their own structures more tightly). */
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

    /**
     * A parser for this thread: making one costs more than parsing a small filter, and a DocumentBuilder serves one
     * parse at a time. {@code reset()} returns it to its configured state; the resolver and error handler are set
     * again since a reset forgets them.
     */
    private static final ThreadLocal<DocumentBuilder> BUILDERS = ThreadLocal.withInitial(SafeXml::newBuilder);

    private SafeXml() {
    }

    /** The document, namespace-aware; a document that is not well-formed or is refused for safety throws. */
    public static Document parse(InputSource source) throws SAXException, IOException {
        return builder().parse(source);
    }

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
