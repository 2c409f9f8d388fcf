package vn.landinfo.mapserver.wfs.filter;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import vn.landinfo.mapserver.ogc.OgcException;

/**
 * Parses XML a client sent, safely: no DTD at all (so no entity of any kind, external or expanding), no XInclude,
 * no external schema or stylesheet, and bounded in size and nesting before a DOM is built.
 */
public final class SafeXml {

    /** Characters of a FILTER parameter: room for a 100,000-coordinate polygon, not for a flood. */
    public static final int MAX_CHARS = 4 * 1024 * 1024;
    /** Element nesting of a whole filter document (logical operators are bounded more tightly by the reader). */
    public static final int MAX_ELEMENT_DEPTH = 100;

    private SafeXml() {
    }

    public static Document parse(String text, FilterVersion version) {
        if (text == null || text.isBlank()) {
            throw FilterErrors.at(version, "FILTER", "bộ lọc trống", "the filter is empty");
        }
        if (text.length() > MAX_CHARS) {
            throw FilterErrors.at(version, "FILTER", "bộ lọc dài quá " + MAX_CHARS + " ký tự",
                    "the filter is longer than " + MAX_CHARS + " characters");
        }
        try {
            return builder().parse(new InputSource(new StringReader(text)));
        } catch (SAXException | IOException e) {
            throw FilterErrors.at(version, "FILTER", "bộ lọc không phải XML hợp lệ (" + e.getMessage() + ")",
                    "the filter is not well-formed XML (" + e.getMessage() + ")");
        }
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
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
            DocumentBuilder b = f.newDocumentBuilder();
            // No resolver may fetch anything, whatever slips past the features above.
            b.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity refused: " + systemId);
            });
            b.setErrorHandler(null);
            return b;
        } catch (ParserConfigurationException | IllegalArgumentException e) {
            throw new IllegalStateException("the XML parser cannot be made safe", e);
        }
    }
}
