package vn.landinfo.web.problem;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * XML documents that try to make a parser read a file or a URL, or expand without bound, each wrapped around the
 * same root element so that only the hostile part differs from a valid request: external general and parameter
 * entities (file and http), an external DTD, XInclude, and entity expansion (billion laughs, quadratic blow-up).
 */
final class HostileXml {

    private HostileXml() {
    }

    /**
     * @param open   the root's start tag, namespaces declared (e.g. {@code <wfs:GetFeature xmlns:wfs="…">})
     * @param inside what the root holds in a valid request
     * @param close  the root's end tag
     * @return hostile variant name → document
     */
    static Map<String, String> around(String open, String inside, String close, Lures lures) {
        String root = rootName(open);
        Map<String, String> docs = new LinkedHashMap<>();
        docs.put("XXE to a local file", "<?xml version=\"1.0\"?><!DOCTYPE " + root + " [<!ENTITY x SYSTEM \"" + lures.fileUri() + "\">]>"
                + open + "&x;" + inside + close);
        docs.put("XXE to an http URL", "<?xml version=\"1.0\"?><!DOCTYPE " + root + " [<!ENTITY x SYSTEM \"" + lures.httpUri("entity") + "\">]>"
                + open + "&x;" + inside + close);
        docs.put("external parameter entity", "<?xml version=\"1.0\"?><!DOCTYPE " + root + " [<!ENTITY % p SYSTEM \""
                + lures.httpUri("parameter") + "\"> %p;]>" + open + inside + close);
        docs.put("external DTD", "<?xml version=\"1.0\"?><!DOCTYPE " + root + " SYSTEM \"" + lures.httpUri("dtd") + "\">" + open + inside + close);
        docs.put("XInclude of a local file", open.replaceFirst(">$", " xmlns:xi=\"http://www.w3.org/2001/XInclude\">")
                + "<xi:include href=\"" + lures.fileUri() + "\" parse=\"text\"/>" + inside + close);
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE " + root + " [<!ENTITY l0 \"ha\">");
        for (int i = 1; i <= 10; i++) {
            laughs.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        docs.put("billion laughs", laughs.append("]>").append(open).append("&l10;").append(inside).append(close).toString());
        String big = "a".repeat(50_000);
        docs.put("quadratic blow-up", "<?xml version=\"1.0\"?><!DOCTYPE " + root + " [<!ENTITY a \"" + big + "\">]>"
                + open + "&a;".repeat(5_000) + inside + close);
        return docs;
    }

    private static String rootName(String open) {
        int end = open.length();
        for (char stop : new char[] {' ', '>', '/'}) {
            int at = open.indexOf(stop, 1);
            end = at > 0 ? Math.min(end, at) : end;
        }
        return open.substring(1, end);
    }
}
