package vn.landinfo.transaction.model;

import vn.landinfo.shared.model.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * The rules every polygon an officer supplies must pass before the register computes anything with it:
 * not empty (EMPTY_GEOMETRY), polygonal (NOT_A_POLYGON) and valid in the OGC sense (INVALID_GEOMETRY,
 * with the point where JTS found the fault — a self-intersection, a ring that crosses a hole — as the
 * offending part, so the officer sees where to fix the drawing).
 */
public final class PolygonInput {

    private PolygonInput() {
    }

    /** The violation of the first rule {@code g} breaks, or empty when it is a usable polygon. {@code what} names it for the officer. */
    public static Optional<Violation> check(Geometry g, String what, Long parcelId) {
        if (g == null || g.isEmpty()) {
            return Optional.of(new Violation("EMPTY_GEOMETRY",
                    "Hình học của " + what + " rỗng",
                    "The geometry of " + what + " is empty", parcelId, null));
        }
        if (!(g instanceof Polygonal)) {
            return Optional.of(new Violation("NOT_A_POLYGON",
                    "Hình học của " + what + " phải là vùng (Polygon/MultiPolygon), không phải " + g.getGeometryType(),
                    "The geometry of " + what + " must be a Polygon or MultiPolygon, not a " + g.getGeometryType(),
                    parcelId, g));
        }
        TopologyValidationError error = new IsValidOp(g).getValidationError();
        if (error != null) {
            Coordinate at = error.getCoordinate();
            Geometry where = at == null ? g : g.getFactory().createPoint(at);
            where.setSRID(g.getSRID());
            return Optional.of(new Violation("INVALID_GEOMETRY",
                    "Hình học của " + what + " không hợp lệ: " + vietnamese(error.getErrorType()) + " tại " + format(at),
                    "The geometry of " + what + " is invalid: " + error.getMessage() + " at " + format(at),
                    parcelId, where));
        }
        return Optional.empty();
    }

    /** A valid polygonal geometry as the MultiPolygon the register stores, with the SRID it carries. */
    public static MultiPolygon asMultiPolygon(Geometry polygonal) {
        GeometryFactory f = polygonal.getFactory();
        MultiPolygon m;
        if (polygonal instanceof MultiPolygon mp) {
            m = mp;
        } else {
            List<Polygon> parts = new ArrayList<>();
            for (int i = 0; i < polygonal.getNumGeometries(); i++) {
                if (polygonal.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
                    parts.add(p);
                }
            }
            m = f.createMultiPolygon(parts.toArray(Polygon[]::new));
        }
        m.setSRID(polygonal.getSRID());
        return m;
    }

    /** The same, with {@code srid} set (overlay results carry the factory's SRID, often 0). */
    public static MultiPolygon asMultiPolygon(Geometry polygonal, int srid) {
        MultiPolygon m = asMultiPolygon(polygonal);
        m.setSRID(srid);
        return m;
    }

    private static String format(Coordinate c) {
        return c == null ? "?" : String.format(java.util.Locale.ROOT, "(%.3f, %.3f)", c.x, c.y);
    }

    private static String vietnamese(int errorType) {
        return switch (errorType) {
            case TopologyValidationError.SELF_INTERSECTION, TopologyValidationError.RING_SELF_INTERSECTION -> "ranh giới tự cắt";
            case TopologyValidationError.HOLE_OUTSIDE_SHELL -> "lỗ nằm ngoài vùng";
            case TopologyValidationError.NESTED_HOLES -> "lỗ lồng trong lỗ";
            case TopologyValidationError.DISCONNECTED_INTERIOR -> "phần trong bị chia cắt";
            case TopologyValidationError.NESTED_SHELLS -> "vùng lồng trong vùng";
            case TopologyValidationError.DUPLICATE_RINGS -> "vòng trùng nhau";
            case TopologyValidationError.TOO_FEW_POINTS -> "quá ít điểm";
            case TopologyValidationError.INVALID_COORDINATE -> "tọa độ không hợp lệ";
            case TopologyValidationError.RING_NOT_CLOSED -> "vòng không khép kín";
            default -> "lỗi hình học";
        };
    }
}
