package vn.landinfo.mapserver.render;

import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;

/**
 * A geometry in pixel space as TWKB delivered it: its parts (polygon rings, lines, points) with their integer
 * coordinates in TWKB units (a tenth of a pixel for the maps), so that equal vertices of neighbouring parcels
 * compare equal, as {@link Outlines} needs. {@link #appendTo} draws exactly the path {@link TwkbPaths#read} draws.
 */
public final class PixelParts {

    /** x0, y0, x1, y1, … of every part, one after the other. */
    private final long[] xy;
    /** Per part: the index (in points) one past its last point. */
    private final int[] ends;
    private final boolean[] closed;
    private final double[] scales;
    private final int parts;

    private PixelParts(long[] xy, int[] ends, boolean[] closed, double[] scales, int parts) {
        this.xy = xy;
        this.ends = ends;
        this.closed = closed;
        this.scales = scales;
        this.parts = parts;
    }

    public int partCount() {
        return parts;
    }

    int pointCount() {
        return parts == 0 ? 0 : ends[parts - 1];
    }

    int start(int part) {
        return part == 0 ? 0 : ends[part - 1];
    }

    int end(int part) {
        return ends[part];
    }

    boolean closed(int part) {
        return closed[part];
    }

    /** Pixels per TWKB unit of the part. */
    double scale(int part) {
        return scales[part];
    }

    long x(int point) {
        return xy[2 * point];
    }

    long y(int point) {
        return xy[2 * point + 1];
    }

    /** Appends the geometry to the path as {@link TwkbPaths#read} builds it (same float coordinates). */
    public void appendTo(Path2D.Float path) {
        for (int p = 0; p < parts; p++) {
            double s = scales[p];
            int start = start(p);
            int end = ends[p];
            path.moveTo(xy[2 * start] * s, xy[2 * start + 1] * s);
            for (int i = start + 1; i < end; i++) {
                path.lineTo(xy[2 * i] * s, xy[2 * i + 1] * s);
            }
            if (closed[p]) {
                path.closePath();
            }
        }
    }

    /** The geometry as its own even-odd path. */
    public Path2D.Float path() {
        Path2D.Float path = new Path2D.Float(Path2D.WIND_EVEN_ODD, pointCount() + parts + 1);
        appendTo(path);
        return path;
    }

    /** The bounds as {@link Path2D.Float#getBounds2D()} of {@link #path()} gives them, without building the path. */
    public Rectangle2D bounds() {
        if (pointCount() == 0) {
            return new Rectangle2D.Float(0, 0, 0, 0);
        }
        float x1 = Float.POSITIVE_INFINITY, y1 = Float.POSITIVE_INFINITY, x2 = Float.NEGATIVE_INFINITY, y2 = Float.NEGATIVE_INFINITY;
        for (int p = 0; p < parts; p++) {
            double s = scales[p];
            for (int i = start(p); i < ends[p]; i++) {
                float x = (float) (xy[2 * i] * s);
                float y = (float) (xy[2 * i + 1] * s);
                x1 = Math.min(x1, x);
                x2 = Math.max(x2, x);
                y1 = Math.min(y1, y);
                y2 = Math.max(y2, y);
            }
        }
        return new Rectangle2D.Float(x1, y1, x2 - x1, y2 - y1);
    }

    /** Collects parts while TWKB is decoded. */
    static final class Builder {
        private long[] xy;
        private int[] ends = new int[4];
        private boolean[] closed = new boolean[4];
        private double[] scales = new double[4];
        private int points;
        private int parts;

        Builder(int twkbBytes) {
            // a vertex takes at least two bytes of TWKB
            xy = new long[Math.max(8, twkbBytes + 2)];
        }

        void start(long x, long y, double scale) {
            if (parts == ends.length) {
                ends = Arrays.copyOf(ends, parts * 2);
                closed = Arrays.copyOf(closed, parts * 2);
                scales = Arrays.copyOf(scales, parts * 2);
            }
            scales[parts] = scale;
            parts++;
            add(x, y);
        }

        void add(long x, long y) {
            if (2 * points + 2 > xy.length) {
                xy = Arrays.copyOf(xy, xy.length * 2);
            }
            xy[2 * points] = x;
            xy[2 * points + 1] = y;
            points++;
            ends[parts - 1] = points;
        }

        void close() {
            closed[parts - 1] = true;
        }

        PixelParts build() {
            return new PixelParts(xy, ends, closed, scales, parts);
        }
    }
}
