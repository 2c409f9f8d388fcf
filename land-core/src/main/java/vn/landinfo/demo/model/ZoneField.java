package vn.landinfo.demo.model;

/**
 * A deterministic patchwork of zones: the plane is divided into irregular (Voronoi) cells around
 * jittered grid points, and each cell gets a uniform value in [0, 1). Blocks in one cell share the
 * value, so villages, fields and forests come in coherent patches rather than salt and pepper.
 */
public final class ZoneField {

    private final double cell;
    private final long seed;

    public ZoneField(double cellMetres, long seed) {
        this.cell = cellMetres;
        this.seed = seed;
    }

    public double valueAt(double x, double y) {
        long cx = (long) Math.floor(x / cell);
        long cy = (long) Math.floor(y / cell);
        double best = Double.MAX_VALUE;
        long bestHash = 0;
        for (long i = cx - 1; i <= cx + 1; i++) {
            for (long j = cy - 1; j <= cy + 1; j++) {
                long h = mix(seed ^ (i * 0x9E3779B97F4A7C15L) ^ (j * 0xC2B2AE3D27D4EB4FL));
                double fx = (i + unit(h)) * cell;
                double fy = (j + unit(mix(h))) * cell;
                double d = (fx - x) * (fx - x) + (fy - y) * (fy - y);
                if (d < best) {
                    best = d;
                    bestHash = mix(mix(h));
                }
            }
        }
        return unit(bestHash);
    }

    /** The cell identity at a point: blocks with the same id are in the same village. */
    public long cellId(double x, double y) {
        return Double.doubleToLongBits(valueAt(x, y));
    }

    private static double unit(long h) {
        return (h >>> 11) * 0x1.0p-53;
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
