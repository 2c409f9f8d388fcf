package vn.landinfo.mapserver.wfs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import vn.landinfo.mapserver.ogc.OgcException;

/**
 * Parses a request body that a stranger sent: no DTD at all (so no entity, internal or external, can be declared —
 * XXE and billion-laughs bodies fail at their DOCTYPE), no external schema or stylesheet access, no XInclude, and
 * bounded element depth. The body's size is bounded before it gets here (the web layer reads at most
 * {@code landinfo.wfs.max-body}). Every failure is OperationParsingFailed, never a 500.
 */
public final class SafeXml {

    /** Deeper than any WFS request needs (a GetFeature with a nested filter is about 12 levels). */
    static final int MAX_DEPTH = 64;

    private SafeXml() {
    }

    public static Document parse(byte[] body) {
        try {
            DocumentBuilder b = factory().newDocumentBuilder();
            b.setErrorHandler(null);
            Document d = b.parse(new ByteArrayInputStream(body));
            checkDepth(d.getDocumentElement(), 1);
            return d;
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
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a required safety feature", e);
        }
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return f;
    }

    private static void checkDepth(org.w3c.dom.Element e, int depth) {
        if (depth > MAX_DEPTH) {
            throw new OgcException(WfsCodes.OPERATION_PARSING_FAILED, "request",
                    "Tài liệu XML lồng sâu quá " + MAX_DEPTH + " cấp", "the XML document nests deeper than " + MAX_DEPTH + " levels");
        }
        for (org.w3c.dom.Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof org.w3c.dom.Element c) {
                checkDepth(c, depth + 1);
            }
        }
    }
}
