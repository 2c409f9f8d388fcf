package vn.landinfo.mapserver.render;

import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;

/**
 * Where a label goes inside a polygon, and how much room it has there: the middle of the widest
 * inside run of a few horizontal scanlines (the idea of PostGIS's ST_PointOnSurface, on the pixel
 * path Java already holds, so the database does not compute it for every parcel).
 */
public record InteriorPoint(double x, double y, double span) {

    private static final double[] SCANLINES = {0.5, 0.38, 0.62};

    public static InteriorPoint of(Shape shape) {
        Rectangle2D b = shape.getBounds2D();
        InteriorPoint best = null;
        for (double f : SCANLINES) {
            double y = b.getY() + b.getHeight() * f;
            double[] xs = crossings(shape, y);
            for (int i = 0; i + 1 < xs.length; i += 2) {
                double span = xs[i + 1] - xs[i];
                if (best == null || span > best.span) {
                    best = new InteriorPoint((xs[i] + xs[i + 1]) / 2, y, span);
                }
            }
        }
        return best != null ? best : new InteriorPoint(b.getCenterX(), b.getCenterY(), 0);
    }

    private static double[] crossings(Shape shape, double y) {
        double[] xs = new double[16];
        int n = 0;
        double[] c = new double[6];
        double startX = 0, startY = 0, lastX = 0, lastY = 0;
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            double x1, y1;
            if (type == PathIterator.SEG_MOVETO) {
                startX = lastX = c[0];
                startY = lastY = c[1];
                continue;
            } else if (type == PathIterator.SEG_CLOSE) {
                x1 = startX;
                y1 = startY;
            } else {
                x1 = c[0];
                y1 = c[1];
            }
            if ((lastY <= y) != (y1 <= y)) {
                if (n == xs.length) {
                    xs = Arrays.copyOf(xs, n * 2);
                }
                xs[n++] = lastX + (y - lastY) * (x1 - lastX) / (y1 - lastY);
            }
            lastX = x1;
            lastY = y1;
        }
        double[] out = Arrays.copyOf(xs, n);
        Arrays.sort(out);
        return out;
    }
}
