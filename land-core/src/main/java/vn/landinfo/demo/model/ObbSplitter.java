package vn.landinfo.demo.model;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.MinimumAreaRectangle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.overlayng.OverlayNG;

/**
 * Cuts polygons with straight lines across their oriented bounding box (Vanegas et al., "Procedural
 * generation of parcels in urban modeling", Eurographics 2012). Every cut is an intersection and a
 * difference with the same half-plane in a fixed precision model, so the two sides share the
 * computed vertices exactly and their areas add up to the parent's.
 */
public final class ObbSplitter {

    private final PrecisionModel precision;
    private final GeometryFactory factory;

    public ObbSplitter(PrecisionModel precision) {
        this.precision = precision;
        this.factory = new GeometryFactory(precision);
    }

    public GeometryFactory factory() {
        return factory;
    }

    /** The oriented frame of a polygon's minimum-area rectangle: {@code u} along the long side. */
    public record Frame(double ox, double oy, double ux, double uy, double length, double width) {
        public double vx() {
            return -uy;
        }

        public double vy() {
            return ux;
        }

        /** The same rectangle with the axes swapped: cuts along it run parallel to the long side. */
        public Frame across() {
            return new Frame(ox, oy, -uy, ux, width, length);
        }
    }

    /** The result of one cut: the pieces below the line, the pieces above it, and the strip between. */
    public record Cut(List<Polygon> low, List<Polygon> strip, List<Polygon> high) {
    }

    public Frame frame(Polygon polygon) {
        Geometry rectangle = MinimumAreaRectangle.getMinimumRectangle(polygon);
        Coordinate[] c = rectangle.getCoordinates();
        if (!(rectangle instanceof Polygon) || c.length < 4) {
            Envelope e = polygon.getEnvelopeInternal();
            return e.getWidth() >= e.getHeight()
                ? new Frame(e.getMinX(), e.getMinY(), 1, 0, e.getWidth(), e.getHeight())
                : new Frame(e.getMinX(), e.getMinY(), 0, 1, e.getHeight(), e.getWidth());
        }
        double a = c[0].distance(c[1]);
        double b = c[1].distance(c[2]);
        if (a >= b) {
            // origin c0, long side c0->c1, short side c0->c3
            return orient(c[0], c[1], c[3], a, b);
        }
        return orient(c[1], c[2], c[0], b, a);
    }

    private static Frame orient(Coordinate origin, Coordinate alongLong, Coordinate alongShort, double length, double width) {
        double ux = (alongLong.x - origin.x) / length;
        double uy = (alongLong.y - origin.y) / length;
        // Keep v = (-uy, ux) pointing into the rectangle so positions along both axes are positive.
        double vx = -uy;
        double vy = ux;
        double sx = alongShort.x - origin.x;
        double sy = alongShort.y - origin.y;
        if (sx * vx + sy * vy < 0) {
            ux = -ux;
            uy = -uy;
            origin = alongLong;
        }
        return new Frame(origin.x, origin.y, ux, uy, length, width);
    }

    /**
     * Cuts across {@code frame.u} at {@code position} (metres from the frame origin) with a strip of
     * {@code stripWidth} (0 for a plain cut). The line may be turned by {@code turn} radians.
     */
    public Cut cut(Polygon polygon, Frame frame, double position, double stripWidth, double turn) {
        // StrictMath: Math.sin may differ in the last bit between CPUs and JIT tiers, and one bit moves a cut
        // across a millimetre grid line (docs/decisions/0080-reproducible-demo-register.md).
        double cos = StrictMath.cos(turn);
        double sin = StrictMath.sin(turn);
        double nx = frame.ux() * cos - frame.uy() * sin;
        double ny = frame.ux() * sin + frame.uy() * cos;
        double cx = frame.ox() + frame.ux() * position + frame.vx() * frame.width() / 2;
        double cy = frame.oy() + frame.uy() * position + frame.vy() * frame.width() / 2;
        double reach = 2 * (frame.length() + frame.width()) + 10;
        Polygon highEdge = halfPlane(cx, cy, nx, ny, stripWidth / 2, reach);
        if (stripWidth <= 0) {
            return new Cut(polygons(OverlayNG.overlay(polygon, highEdge, OverlayNG.INTERSECTION, precision)), List.of(),
                polygons(OverlayNG.overlay(polygon, highEdge, OverlayNG.DIFFERENCE, precision)));
        }
        Polygon lowEdge = halfPlane(cx, cy, nx, ny, -stripWidth / 2, reach);
        Geometry belowHigh = OverlayNG.overlay(polygon, highEdge, OverlayNG.INTERSECTION, precision);
        List<Polygon> high = polygons(OverlayNG.overlay(polygon, highEdge, OverlayNG.DIFFERENCE, precision));
        List<Polygon> low = polygons(OverlayNG.overlay(belowHigh, lowEdge, OverlayNG.INTERSECTION, precision));
        List<Polygon> strip = polygons(OverlayNG.overlay(belowHigh, lowEdge, OverlayNG.DIFFERENCE, precision));
        return new Cut(low, strip, high);
    }

    /**
     * A plain cut across {@code frame.u} placed so that the low side holds about {@code fraction} of
     * the area: the position is corrected twice from the area below the line, then cut once. The
     * corrections measure that area by clipping the rings against the line (no overlay): the shoelace
     * area of a ring clipped to a half-plane is exact for any simple ring, convex or not.
     */
    public Cut cutByArea(Polygon polygon, Frame frame, double fraction, double turn) {
        double total = polygon.getArea();
        double position = fraction * frame.length();
        double meanWidth = total / frame.length();
        double cos = StrictMath.cos(turn);
        double sin = StrictMath.sin(turn);
        double nx = frame.ux() * cos - frame.uy() * sin;
        double ny = frame.ux() * sin + frame.uy() * cos;
        for (int i = 0; i < 2; i++) {
            double cx = frame.ox() + frame.ux() * position + frame.vx() * frame.width() / 2;
            double cy = frame.oy() + frame.uy() * position + frame.vy() * frame.width() / 2;
            double low = areaBelow(polygon, cx, cy, nx, ny);
            position += (fraction * total - low) / meanWidth;
            position = Math.max(0.05 * frame.length(), Math.min(0.95 * frame.length(), position));
        }
        return cut(polygon, frame, position, 0, turn);
    }

    /** Area of the part of {@code polygon} where (x - c)·n <= 0. */
    static double areaBelow(Polygon polygon, double cx, double cy, double nx, double ny) {
        double area = Math.abs(ringAreaBelow(polygon.getExteriorRing().getCoordinateSequence(), cx, cy, nx, ny));
        for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
            area -= Math.abs(ringAreaBelow(polygon.getInteriorRingN(h).getCoordinateSequence(), cx, cy, nx, ny));
        }
        return area;
    }

    /** Signed shoelace area of a closed ring clipped to (x - c)·n <= 0 (Sutherland–Hodgman, one plane). */
    private static double ringAreaBelow(org.locationtech.jts.geom.CoordinateSequence ring, double cx, double cy, double nx, double ny) {
        int n = ring.size();
        if (n < 4) {
            return 0;
        }
        double sum = 0;
        boolean first = true;
        double fx = 0;
        double fy = 0;
        double lx = 0;
        double ly = 0;
        double px = ring.getX(0) - cx;
        double py = ring.getY(0) - cy;
        double pd = px * nx + py * ny;
        for (int i = 1; i < n; i++) {
            double qx = ring.getX(i) - cx;
            double qy = ring.getY(i) - cy;
            double qd = qx * nx + qy * ny;
            // Emit the points of edge p->q that lie below: p itself when below, and the crossing when the edge crosses.
            for (int k = 0; k < 2; k++) {
                double ex;
                double ey;
                if (k == 0) {
                    if (pd > 0) {
                        continue;
                    }
                    ex = px;
                    ey = py;
                } else {
                    if ((pd <= 0) == (qd <= 0)) {
                        continue;
                    }
                    double t = pd / (pd - qd);
                    ex = px + (qx - px) * t;
                    ey = py + (qy - py) * t;
                }
                if (first) {
                    fx = ex;
                    fy = ey;
                    first = false;
                } else {
                    sum += lx * ey - ex * ly;
                }
                lx = ex;
                ly = ey;
            }
            px = qx;
            py = qy;
            pd = qd;
        }
        if (!first) {
            sum += lx * fy - fx * ly;
        }
        return sum / 2;
    }

    /** Half-plane {x : (x - c)·n <= offset}, as a large rectangle with grid-rounded corners. */
    private Polygon halfPlane(double cx, double cy, double nx, double ny, double offset, double reach) {
        double tx = -ny;
        double ty = nx;
        double lx = cx + nx * offset;
        double ly = cy + ny * offset;
        Coordinate[] ring = {
            point(lx + tx * reach, ly + ty * reach),
            point(lx - tx * reach, ly - ty * reach),
            point(lx - tx * reach - nx * reach, ly - ty * reach - ny * reach),
            point(lx + tx * reach - nx * reach, ly + ty * reach - ny * reach),
            null};
        ring[4] = ring[0].copy();
        return factory.createPolygon(ring);
    }

    private Coordinate point(double x, double y) {
        return new Coordinate(precision.makePrecise(x), precision.makePrecise(y));
    }

    public static double area(List<Polygon> polygons) {
        double sum = 0;
        for (Polygon p : polygons) {
            sum += p.getArea();
        }
        return sum;
    }

    public static List<Polygon> polygons(Geometry geometry) {
        List<Polygon> out = new ArrayList<>(geometry.getNumGeometries());
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Geometry g = geometry.getGeometryN(i);
            if (g instanceof Polygon p && !p.isEmpty() && p.getArea() > 0) {
                out.add(p);
            }
        }
        return out;
    }
}
