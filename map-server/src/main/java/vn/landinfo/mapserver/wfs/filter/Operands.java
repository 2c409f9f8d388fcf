package vn.landinfo.mapserver.wfs.filter;

import java.util.Locale;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import vn.landinfo.mapserver.features.filter.Filter;

/**
 * The operands of comparisons: a property (fes:ValueReference, ogc:PropertyName) or a literal. Functions and
 * arithmetic are refused by name, since the capabilities declare none.
 */
final class Operands {

    /** A property name as the compiler looks it up: a bare local name. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_.\\-]{0,127}");

    sealed interface Operand {
    }

    record Property(String name) implements Operand {
    }

    record Value(String text) implements Operand {
    }

    private Operands() {
    }

    static boolean isProperty(Element e) {
        return "ValueReference".equals(Dom.name(e)) || "PropertyName".equals(Dom.name(e));
    }

    static Operand operand(Element e, Reading reading) {
        return switch (Dom.name(e)) {
            case "ValueReference", "PropertyName" -> new Property(propertyName(e, reading));
            case "Literal" -> {
                if (Dom.hasElementChildren(e)) {
                    throw FilterErrors.cannotProcess(Dom.shown(e), "giá trị so sánh phải là văn bản, không phải phần tử XML",
                            "a comparison literal must be text, not XML elements");
                }
                yield new Value(Dom.text(e));
            }
            case "Function", "Add", "Sub", "Mul", "Div" -> throw reading.fail(e,
                    "hàm và phép tính số học không được hỗ trợ trong bộ lọc", "functions and arithmetic are not supported in filters");
            default -> throw reading.fail(e, "cần ValueReference/PropertyName hoặc Literal ở đây",
                    "ValueReference/PropertyName or Literal expected here");
        };
    }

    /**
     * The last step's local name of a property reference: {@code landinfo:parcel_number},
     * {@code parcels/parcel_number}, {@code ns:parcels[1]/ns:parcel_number} and {@code parcel_number} all name
     * {@code parcel_number}. Only the feature type's own properties exist, so the path adds nothing but a prefix.
     */
    static String propertyName(Element e, Reading reading) {
        String raw = Dom.text(e).trim();
        String s = raw.replaceAll("\\[[^\\]]*]", "");
        s = s.substring(s.lastIndexOf('/') + 1);
        if (s.startsWith("@")) {
            s = s.substring(1);
        }
        int colon = s.indexOf(':');
        if (colon > 0 && isGml(e, s.substring(0, colon)) && Filter.GML_PROPERTIES.contains("gml:" + s.substring(colon + 1))) {
            return "gml:" + s.substring(colon + 1);
        }
        s = s.substring(colon + 1);
        if (!NAME.matcher(s).matches()) {
            throw reading.fail(e, "tên thuộc tính '" + Coordinates.clip(raw) + "' không hợp lệ",
                    "the property name '" + Coordinates.clip(raw) + "' is not valid");
        }
        return s;
    }

    /** The prefix names GML 3.2 (or 3.1 / 2), or is an undeclared {@code gml}. */
    private static boolean isGml(Element e, String prefix) {
        String ns = e.lookupNamespaceURI(prefix);
        return ns == null ? prefix.equals("gml") : ns.equals("http://www.opengis.net/gml/3.2") || ns.equals("http://www.opengis.net/gml");
    }

    static boolean bool(Element e, String attribute, boolean fallback, Reading reading) {
        String v = Dom.attribute(e, attribute);
        if (v == null) {
            return fallback;
        }
        return switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw reading.fail(e, attribute + "='" + Coordinates.clip(v) + "' phải là true hoặc false",
                    attribute + "='" + Coordinates.clip(v) + "' must be true or false");
        };
    }
}
