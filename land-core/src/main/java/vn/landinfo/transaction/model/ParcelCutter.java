package vn.landinfo.transaction.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.polygonize.Polygonizer;

/**
 * Tách thửa by cutting lines: the parcel's rings and the lines are noded together (every crossing
 * becomes a vertex of both) and polygonized; the faces inside the parcel are the children. Nothing is
 * rounded: the parcel's own vertices stay bit for bit, so its untouched neighbours still share them,
 * and two children share exactly the vertices of the line between them (they come from one noding).
 * All in the sheet's TM-3 SRID.
 */
public final class ParcelCutter {

    /**
     * The children (ordered north to south, then west to east by their interior point, so the order an
     * officer's child attributes refer to is predictable) and the indexes of the lines that split
     * nothing (they miss the parcel, end inside it, or run along a boundary already there).
     */
    public record Cut(List<Polygon> pieces, List<Integer> idleLines) {
    }

    private ParcelCutter() {
    }

    public static Cut cut(MultiPolygon parcel, List<LineString> lines) {
        List<Integer> idle = new ArrayList<>();
        List<Polygon> faces = faces(parcel, List.of());
        List<LineString> used = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            used.add(lines.get(i));
            // Added one at a time so a line that adds no face is named: "this line does not split".
            List<Polygon> next = faces(parcel, used);
            if (next.size() <= faces.size()) {
                idle.add(i);
            }
            faces = next;
        }
        List<Polygon> ordered = new ArrayList<>(faces);
        ordered.sort(Comparator.comparingDouble((Polygon p) -> -p.getInteriorPoint().getY())
                .thenComparingDouble(p -> p.getInteriorPoint().getX()));
        return new Cut(ordered, idle);
    }

    private static List<Polygon> faces(MultiPolygon parcel, List<LineString> lines) {
        GeometryFactory f = parcel.getFactory();
        List<Geometry> linework = new ArrayList<>();
        for (int p = 0; p < parcel.getNumGeometries(); p++) {
            Polygon polygon = (Polygon) parcel.getGeometryN(p);
            linework.add(f.createLineString(polygon.getExteriorRing().getCoordinateSequence()));
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                linework.add(f.createLineString(polygon.getInteriorRingN(h).getCoordinateSequence()));
            }
        }
        linework.addAll(lines);
        // Unary union of linework = full noding with coincident pieces dissolved; floating precision
        // keeps the input coordinates and adds only the computed crossings.
        Geometry noded = OverlayNGRobust.union(f.buildGeometry(linework));
        Polygonizer polygonizer = new Polygonizer(false);
        polygonizer.add(noded);
        PreparedGeometry inside = PreparedGeometryFactory.prepare(parcel);
        List<Polygon> out = new ArrayList<>();
        for (Object o : polygonizer.getPolygons()) {
            Polygon face = (Polygon) o;
            Point probe = face.getInteriorPoint();
            // Faces of the parcel's holes, or of lines crossing each other outside it, are not children.
            if (inside.contains(probe)) {
                face.setSRID(parcel.getSRID());
                out.add(face);
            }
        }
        return out;
    }
}
