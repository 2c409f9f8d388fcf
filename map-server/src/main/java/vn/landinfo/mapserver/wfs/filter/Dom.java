package vn.landinfo.mapserver.wfs.filter;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The few DOM reads the filter needs, by local name: the three dialects (and clients that leave namespaces out of a
 * KVP filter) differ in namespaces, never in the local names that matter here.
 */
final class Dom {

    private Dom() {
    }

    static String name(Element e) {
        return e.getLocalName() != null ? e.getLocalName() : stripPrefix(e.getNodeName());
    }

    /** How an element is named in an error: its name as the client wrote it, prefix included. */
    static String shown(Element e) {
        return e.getNodeName();
    }

    static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                out.add((Element) n);
            }
        }
        return out;
    }

    static List<Element> children(Element e, String localName) {
        return children(e).stream().filter(c -> name(c).equals(localName)).toList();
    }

    static Element firstChild(Element e, String localName) {
        for (Element c : children(e)) {
            if (name(c).equals(localName)) {
                return c;
            }
        }
        return null;
    }

    /** The value of an attribute by local name, whatever its namespace (gml:id, id, fid); null when absent. */
    static String attribute(Element e, String localName) {
        NamedNodeMap attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            String n = a.getLocalName() != null ? a.getLocalName() : stripPrefix(a.getName());
            if (n.equals(localName) && !"xmlns".equals(a.getPrefix()) && !a.getName().startsWith("xmlns")) {
                return a.getValue();
            }
        }
        return null;
    }

    static boolean hasElementChildren(Element e) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                return true;
            }
        }
        return false;
    }

    /** The text directly inside an element (text and CDATA children), as written. */
    static String text(Element e) {
        StringBuilder b = new StringBuilder();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                b.append(n.getNodeValue());
            }
        }
        return b.toString();
    }

    private static String stripPrefix(String qualified) {
        int colon = qualified.indexOf(':');
        return colon < 0 ? qualified : qualified.substring(colon + 1);
    }
}
