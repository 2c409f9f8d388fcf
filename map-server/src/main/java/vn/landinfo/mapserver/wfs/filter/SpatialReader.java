package vn.landinfo.mapserver.wfs.filter;

import java.util.Map;
import org.w3c.dom.Element;
import vn.landinfo.mapserver.crs.CrsCatalogue;
import vn.landinfo.mapserver.features.filter.DistanceOp;
import vn.landinfo.mapserver.features.filter.Filter;
import vn.landinfo.mapserver.features.filter.GeometryLiteral;
import vn.landinfo.mapserver.features.filter.SpatialOp;

/**
 * The spatial operators: BBOX and the binary ones with a GML geometry, DWithin / Beyond with a distance. The
 * property may be left out (FES 2.0 allows it for BBOX): the tree then holds a null property, which the compiler
 * reads as the feature type's geometry. A geometry written before the property mirrors the operator (Within ↔
 * Contains); the other operators are symmetric.
 */
final class SpatialReader {

    static final Map<String, SpatialOp> BINARY = Map.of(
            "BBOX", SpatialOp.BBOX, "Intersects", SpatialOp.INTERSECTS, "Disjoint", SpatialOp.DISJOINT,
            "Contains", SpatialOp.CONTAINS, "Within", SpatialOp.WITHIN, "Touches", SpatialOp.TOUCHES,
            "Overlaps", SpatialOp.OVERLAPS, "Crosses", SpatialOp.CROSSES, "Equals", SpatialOp.EQUALS);
    static final Map<String, DistanceOp> DISTANCE = Map.of("DWithin", DistanceOp.DWITHIN, "Beyond", DistanceOp.BEYOND);

    private final GmlGeometryReader geometries;

    SpatialReader(CrsCatalogue crss) {
        this.geometries = new GmlGeometryReader(crss);
    }

    static boolean handles(String name) {
        return BINARY.containsKey(name) || DISTANCE.containsKey(name);
    }

    Filter read(Element e, Reading reading) {
        String name = Dom.name(e);
        String property = null;
        Element geometry = null;
        Element distance = null;
        boolean geometryFirst = false;
        for (Element c : Dom.children(e)) {
            if (Operands.isProperty(c) && property == null) {
                property = Operands.propertyName(c, reading);
                geometryFirst = geometry != null;
            } else if (geometry == null && (GmlGeometryReader.isGeometry(c) || "Literal".equals(Dom.name(c)))) {
                geometry = "Literal".equals(Dom.name(c)) ? geometryInLiteral(c, reading) : c;
            } else if ("Distance".equals(Dom.name(c)) && distance == null && DISTANCE.containsKey(name)) {
                distance = c;
            } else {
                throw reading.fail(c, "không mong đợi trong " + Dom.shown(e) + " (cần một thuộc tính và một hình học GML"
                        + (DISTANCE.containsKey(name) ? " và Distance)" : ")"),
                        "unexpected in " + Dom.shown(e) + " (a property and a GML geometry"
                        + (DISTANCE.containsKey(name) ? " and a Distance" : "") + " expected)");
            }
        }
        if (geometry == null) {
            throw reading.fail(e, "thiếu hình học GML", "the GML geometry is missing");
        }
        if (name.equals("BBOX") && !GmlGeometryReader.isEnvelope(geometry)) {
            throw reading.fail(geometry, "BBOX cần gml:Envelope hoặc gml:Box", "BBOX needs a gml:Envelope or gml:Box");
        }
        GeometryLiteral literal = geometries.read(geometry, reading);
        if (DISTANCE.containsKey(name)) {
            if (distance == null) {
                throw reading.fail(e, "thiếu Distance", "Distance missing");
            }
            return new Filter.Distance(DISTANCE.get(name), property, literal, Distances.metres(distance, literal.crs(), reading));
        }
        SpatialOp op = BINARY.get(name);
        return new Filter.Spatial(geometryFirst ? op.converse() : op, property, literal);
    }

    private static Element geometryInLiteral(Element literal, Reading reading) {
        var inside = Dom.children(literal);
        if (inside.size() != 1 || !GmlGeometryReader.isGeometry(inside.get(0))) {
            throw reading.fail(literal, "Literal của phép không gian phải chứa đúng một hình học GML",
                    "the Literal of a spatial operator must hold exactly one GML geometry");
        }
        return inside.get(0);
    }
}
