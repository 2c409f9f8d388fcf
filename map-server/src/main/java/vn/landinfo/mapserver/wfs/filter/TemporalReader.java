package vn.landinfo.mapserver.wfs.filter;

import java.util.Map;
import org.w3c.dom.Element;
import vn.landinfo.mapserver.features.filter.Filter;
import vn.landinfo.mapserver.features.filter.TemporalOp;

/**
 * The FES 2.0 temporal operators, between a date-time property and a gml:TimeInstant / gml:TimePeriod (directly or
 * in a fes:Literal, which may also hold the date-time as text). A time written before the property mirrors the
 * operator (After ↔ Before, During ↔ TContains …).
 */
final class TemporalReader {

    static final Map<String, TemporalOp> OPS = Map.ofEntries(
            Map.entry("After", TemporalOp.AFTER), Map.entry("Before", TemporalOp.BEFORE),
            Map.entry("Begins", TemporalOp.BEGINS), Map.entry("BegunBy", TemporalOp.BEGUN_BY),
            Map.entry("TContains", TemporalOp.T_CONTAINS), Map.entry("During", TemporalOp.DURING),
            Map.entry("EndedBy", TemporalOp.ENDED_BY), Map.entry("Ends", TemporalOp.ENDS),
            Map.entry("TEquals", TemporalOp.T_EQUALS), Map.entry("Meets", TemporalOp.MEETS),
            Map.entry("MetBy", TemporalOp.MET_BY), Map.entry("TOverlaps", TemporalOp.T_OVERLAPS),
            Map.entry("OverlappedBy", TemporalOp.OVERLAPPED_BY), Map.entry("AnyInteracts", TemporalOp.ANY_INTERACTS));

    private TemporalReader() {
    }

    static boolean handles(String name) {
        return OPS.containsKey(name);
    }

    static Filter read(Element e, Reading reading) {
        var children = Dom.children(e);
        if (children.size() != 2) {
            throw reading.fail(e, "cần đúng một thuộc tính và một thời gian", "exactly one property and one time expected");
        }
        boolean propertyFirst = Operands.isProperty(children.get(0));
        Element property = propertyFirst ? children.get(0) : children.get(1);
        Element time = propertyFirst ? children.get(1) : children.get(0);
        if (!Operands.isProperty(property)) {
            throw reading.fail(e, "thiếu ValueReference", "ValueReference missing");
        }
        TimeLiterals times = new TimeLiterals(reading);
        TimeLiterals.Span span;
        if (TimeLiterals.isTime(time)) {
            span = times.span(time);
        } else if ("Literal".equals(Dom.name(time))) {
            var inside = Dom.children(time);
            if (inside.size() == 1 && TimeLiterals.isTime(inside.get(0))) {
                span = times.span(inside.get(0));
            } else if (inside.isEmpty()) {
                span = times.spanOfText(time, Dom.text(time));
            } else {
                throw reading.fail(time, "Literal phải chứa một ngày giờ hoặc gml:TimeInstant / gml:TimePeriod",
                        "the Literal must hold a date-time or a gml:TimeInstant / gml:TimePeriod");
            }
        } else {
            throw reading.fail(time, "cần gml:TimeInstant, gml:TimePeriod hoặc Literal", "gml:TimeInstant, gml:TimePeriod or Literal expected");
        }
        TemporalOp op = OPS.get(Dom.name(e));
        return new Filter.Temporal(propertyFirst ? op : op.converse(), Operands.propertyName(property, reading), span.begin(), span.end());
    }
}
