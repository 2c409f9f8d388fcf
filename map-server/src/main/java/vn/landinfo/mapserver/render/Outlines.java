package vn.landinfo.mapserver.render;

import java.awt.geom.Path2D;

/**
 * The outlines of a fabric of polygons with every edge once. Neighbouring parcels share their boundary, so
 * stroking every ring draws each inner edge twice, and stroking was the largest cost of a GetMap (37 % of its
 * CPU in the 2026-12 profile). Here an edge whose two ends were already added (either way round) is left out,
 * as is an edge wholly beyond one side of the image; a ring that loses edges is continued as open runs.
 *
 * <p>The stroke is unchanged: a stroke with round joins and round caps covers exactly the union of a disc
 * swept along every edge, so splitting a ring into runs, and leaving out an edge already covered, covers the
 * same pixels (the stroke is filled non-zero, so twice-covered pixels were never darker). Equal vertices
 * compare equal because they arrive as TWKB integers (a tenth of a pixel).
 */
public final class Outlines {

    /** Edges this far (pixels) beyond the image cannot reach it with a stroke of a few pixels and its anti-aliasing. */
    private static final double MARGIN_PX = 4;
    /** Coordinates that pack two to a long; beyond (absurdly deep zooms) an edge is drawn without the check. */
    private static final long PACKABLE = 1L << 30;

    private final Path2D.Float path = new Path2D.Float(Path2D.WIND_NON_ZERO);
    private final EdgeSet seen = new EdgeSet();
    private final double width;
    private final double height;
    private boolean[] keep = new boolean[64];
    private long[] vx = new long[64];
    private long[] vy = new long[64];

    /** Outlines for an image of this size, in pixels. */
    public Outlines(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /** Adds the rings and lines of one geometry. */
    public void add(PixelParts g) {
        for (int p = 0; p < g.partCount(); p++) {
            int n = vertices(g, p);
            if (g.closed(p)) {
                ring(n, g.scale(p));
            } else {
                line(n, g.scale(p));
            }
        }
    }

    public Path2D.Float path() {
        return path;
    }

    /** Copies the part's vertices into vx/vy without consecutive repeats (and, for a ring, without the closing repeat). */
    private int vertices(PixelParts g, int part) {
        int start = g.start(part);
        int end = g.end(part);
        if (vx.length < end - start) {
            int size = Integer.highestOneBit(end - start) * 2;
            vx = new long[size];
            vy = new long[size];
            keep = new boolean[size];
        }
        int n = 0;
        for (int i = start; i < end; i++) {
            long x = g.x(i);
            long y = g.y(i);
            if (n == 0 || x != vx[n - 1] || y != vy[n - 1]) {
                vx[n] = x;
                vy[n] = y;
                n++;
            }
        }
        if (g.closed(part) && n > 1 && vx[n - 1] == vx[0] && vy[n - 1] == vy[0]) {
            n--;
        }
        return n;
    }

    private void ring(int n, double scale) {
        if (n < 2) {
            return;
        }
        boolean all = true;
        for (int i = 0; i < n; i++) {
            int j = i + 1 == n ? 0 : i + 1;
            keep[i] = keep(i, j, scale);
            all &= keep[i];
        }
        if (all) {
            // The whole ring is new: drawn closed, as it was before edges were shared.
            path.moveTo(vx[0] * scale, vy[0] * scale);
            for (int i = 1; i < n; i++) {
                path.lineTo(vx[i] * scale, vy[i] * scale);
            }
            path.closePath();
            return;
        }
        // Runs of kept edges, starting after a dropped one so that no run is cut at vertex 0.
        int first = 0;
        while (keep[first]) {
            first++;
        }
        boolean inRun = false;
        for (int k = 1; k <= n; k++) {
            int i = (first + k) % n;
            if (keep[i]) {
                if (!inRun) {
                    path.moveTo(vx[i] * scale, vy[i] * scale);
                    inRun = true;
                }
                int j = i + 1 == n ? 0 : i + 1;
                path.lineTo(vx[j] * scale, vy[j] * scale);
            } else {
                inRun = false;
            }
        }
    }

    private void line(int n, double scale) {
        boolean inRun = false;
        for (int i = 0; i + 1 < n; i++) {
            if (keep(i, i + 1, scale)) {
                if (!inRun) {
                    path.moveTo(vx[i] * scale, vy[i] * scale);
                    inRun = true;
                }
                path.lineTo(vx[i + 1] * scale, vy[i + 1] * scale);
            } else {
                inRun = false;
            }
        }
    }

    /** Whether edge i–j is to be drawn: it may reach the image and was not added before (then it is now). */
    private boolean keep(int i, int j, double scale) {
        double m = MARGIN_PX / scale;
        double maxX = (width + MARGIN_PX) / scale;
        double maxY = (height + MARGIN_PX) / scale;
        long x1 = vx[i], y1 = vy[i], x2 = vx[j], y2 = vy[j];
        if ((x1 < -m && x2 < -m) || (y1 < -m && y2 < -m) || (x1 > maxX && x2 > maxX) || (y1 > maxY && y2 > maxY)) {
            return false;
        }
        if (Math.abs(x1) >= PACKABLE || Math.abs(y1) >= PACKABLE || Math.abs(x2) >= PACKABLE || Math.abs(y2) >= PACKABLE) {
            return true;
        }
        long a = (x1 << 32) | (y1 & 0xffffffffL);
        long b = (x2 << 32) | (y2 & 0xffffffffL);
        return a < b ? seen.add(a, b) : seen.add(b, a);
    }

    /** A set of edges (pairs of packed vertices), open addressing: the few thousand edges of a map, without boxing. */
    static final class EdgeSet {
        /** Never a packed vertex: coordinates are below 2^30 in magnitude. */
        private static final long EMPTY = Long.MIN_VALUE;

        private long[] a = new long[1024];
        private long[] b = new long[1024];
        private int size;

        EdgeSet() {
            java.util.Arrays.fill(a, EMPTY);
        }

        /** True if the edge was not in the set (it is now). */
        boolean add(long ka, long kb) {
            if (2 * (size + 1) > a.length) {
                grow();
            }
            int mask = a.length - 1;
            int i = hash(ka, kb) & mask;
            while (a[i] != EMPTY) {
                if (a[i] == ka && b[i] == kb) {
                    return false;
                }
                i = (i + 1) & mask;
            }
            a[i] = ka;
            b[i] = kb;
            size++;
            return true;
        }

        private static int hash(long ka, long kb) {
            long h = ka * 0x9E3779B97F4A7C15L + kb;
            h ^= h >>> 29;
            h *= 0xBF58476D1CE4E5B9L;
            return (int) (h ^ (h >>> 32));
        }

        private void grow() {
            long[] oa = a, ob = b;
            a = new long[oa.length * 2];
            b = new long[oa.length * 2];
            java.util.Arrays.fill(a, EMPTY);
            size = 0;
            for (int i = 0; i < oa.length; i++) {
                if (oa[i] != EMPTY) {
                    add(oa[i], ob[i]);
                }
            }
        }
    }
}
