package vn.landinfo.mapserver.wfs.filter;

import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;
import vn.landinfo.mapserver.features.filter.ComparisonOp;
import vn.landinfo.mapserver.features.filter.Filter;
import vn.landinfo.mapserver.wfs.filter.Operands.Operand;
import vn.landinfo.mapserver.wfs.filter.Operands.Property;
import vn.landinfo.mapserver.wfs.filter.Operands.Value;

/** PropertyIsEqualTo … GreaterThanOrEqualTo, PropertyIsLike, PropertyIsBetween, PropertyIsNull and PropertyIsNil. */
final class ComparisonReader {

    static final Map<String, ComparisonOp> BINARY = Map.of(
            "PropertyIsEqualTo", ComparisonOp.EQUAL,
            "PropertyIsNotEqualTo", ComparisonOp.NOT_EQUAL,
            "PropertyIsLessThan", ComparisonOp.LESS_THAN,
            "PropertyIsLessThanOrEqualTo", ComparisonOp.LESS_THAN_OR_EQUAL,
            "PropertyIsGreaterThan", ComparisonOp.GREATER_THAN,
            "PropertyIsGreaterThanOrEqualTo", ComparisonOp.GREATER_THAN_OR_EQUAL);

    private ComparisonReader() {
    }

    static boolean handles(String name) {
        return BINARY.containsKey(name) || switch (name) {
            case "PropertyIsLike", "PropertyIsBetween", "PropertyIsNull", "PropertyIsNil" -> true;
            default -> false;
        };
    }

    static Filter read(Element e, Reading reading) {
        String name = Dom.name(e);
        return switch (name) {
            case "PropertyIsLike" -> like(e, reading);
            case "PropertyIsBetween" -> between(e, reading);
            case "PropertyIsNull" -> new Filter.IsNull(onlyProperty(e, reading));
            case "PropertyIsNil" -> new Filter.IsNil(onlyProperty(e, reading));
            default -> binary(e, BINARY.get(name), reading);
        };
    }

    /** property op literal, or literal op property read as property (mirrored op) literal. */
    private static Filter binary(Element e, ComparisonOp op, Reading reading) {
        boolean matchCase = Operands.bool(e, "matchCase", true, reading);
        Pair pair = pair(e, reading);
        ComparisonOp effective = pair.mirrored ? op.converse() : op;
        return new Filter.Comparison(effective, pair.property, pair.literal, matchCase);
    }

    private static Filter like(Element e, Reading reading) {
        char wildCard = oneChar(e, "wildCard", '*', reading);
        char singleChar = oneChar(e, "singleChar", '.', reading);
        // Filter 1.0 names it "escape", 1.1 and 2.0 "escapeChar"; GDAL writes each in its version.
        char escape = Dom.attribute(e, "escapeChar") != null ? oneChar(e, "escapeChar", '!', reading) : oneChar(e, "escape", '!', reading);
        if (wildCard == singleChar || wildCard == escape || singleChar == escape) {
            throw reading.fail(e, "wildCard, singleChar và escapeChar phải khác nhau", "wildCard, singleChar and escapeChar must differ");
        }
        boolean matchCase = Operands.bool(e, "matchCase", true, reading);
        Pair pair = pair(e, reading);
        if (pair.mirrored) {
            throw reading.fail(e, "mẫu (Literal) phải đứng sau thuộc tính", "the pattern (Literal) must follow the property");
        }
        return new Filter.Like(pair.property, pair.literal, wildCard, singleChar, escape, matchCase);
    }

    private static Filter between(Element e, Reading reading) {
        List<Element> children = Dom.children(e);
        if (children.size() != 3 || !Operands.isProperty(children.get(0))
                || !Dom.name(children.get(1)).equals("LowerBoundary") || !Dom.name(children.get(2)).equals("UpperBoundary")) {
            throw reading.fail(e, "cần thuộc tính, LowerBoundary rồi UpperBoundary", "a property, LowerBoundary and UpperBoundary expected");
        }
        String property = Operands.propertyName(children.get(0), reading);
        return new Filter.Between(property, boundary(children.get(1), reading), boundary(children.get(2), reading));
    }

    private static String boundary(Element b, Reading reading) {
        List<Element> inside = Dom.children(b);
        if (inside.size() != 1 || !(Operands.operand(inside.get(0), reading) instanceof Value v)) {
            throw reading.fail(b, "cần đúng một Literal", "exactly one Literal expected");
        }
        return v.text();
    }

    private static String onlyProperty(Element e, Reading reading) {
        List<Element> children = Dom.children(e);
        if (children.size() != 1 || !Operands.isProperty(children.get(0))) {
            throw reading.fail(e, "cần đúng một ValueReference/PropertyName", "exactly one ValueReference/PropertyName expected");
        }
        return Operands.propertyName(children.get(0), reading);
    }

    private record Pair(String property, String literal, boolean mirrored) {
    }

    private static Pair pair(Element e, Reading reading) {
        List<Element> children = Dom.children(e);
        if (children.size() != 2) {
            throw reading.fail(e, "cần đúng hai toán hạng, có " + children.size(), "exactly two operands expected, " + children.size() + " given");
        }
        Operand a = Operands.operand(children.get(0), reading);
        Operand b = Operands.operand(children.get(1), reading);
        if (a instanceof Property p && b instanceof Value v) {
            return new Pair(p.name(), v.text(), false);
        }
        if (a instanceof Value v && b instanceof Property p) {
            return new Pair(p.name(), v.text(), true);
        }
        throw reading.fail(e, "cần một thuộc tính và một giá trị (so sánh hai thuộc tính hoặc hai giá trị không được hỗ trợ)",
                "one property and one literal expected (comparing two properties or two literals is not supported)");
    }

    private static char oneChar(Element e, String attribute, char fallback, Reading reading) {
        String v = Dom.attribute(e, attribute);
        if (v == null) {
            return fallback;
        }
        if (v.length() != 1) {
            throw reading.fail(e, attribute + " phải là đúng một ký tự", attribute + " must be exactly one character");
        }
        return v.charAt(0);
    }
}
