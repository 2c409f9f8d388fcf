package vn.landinfo.mapserver.ogc;

/** Escaping for the XML and HTML the services write by hand (StAX would be heavier for such small documents). */
public final class Xml {

    private Xml() {
    }

    public static String escape(Object value) {
        String s = String.valueOf(value);
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    // Characters XML 1.0 cannot carry at all are dropped rather than breaking the document.
                    if (c >= 0x20 || c == '\n' || c == '\r' || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
