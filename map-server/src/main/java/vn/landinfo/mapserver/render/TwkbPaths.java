package vn.landinfo.mapserver.render;

import java.awt.geom.Path2D;

/**
 * Decodes TWKB (PostGIS {@code ST_AsTWKB}) straight into what the renderer draws, without an intermediate
 * geometry model: the geometries arrive already in pixel space, so a path (or, for polygons whose shared
 * edges are stroked once, the rings' integer coordinates) is all it needs. Coordinates are zig-zag varints,
 * delta-encoded against the previous point across the whole geometry.
 */
public final class TwkbPaths {

    private static final int POINT = 1;
    private static final int LINESTRING = 2;
    private static final int POLYGON = 3;
    private static final int MULTIPOINT = 4;
    private static final int MULTILINESTRING = 5;
    private static final int MULTIPOLYGON = 6;
    private static final int COLLECTION = 7;

    /** Where decoded vertices go, in TWKB's integer units. */
    private interface Target {
        void moveTo(long x, long y, double scale);

        void lineTo(long x, long y, double scale);

        void close();
    }

    private final byte[] buf;
    private final Target target;
    private int pos;
    private double scale;
    private int dims;
    private long lastX;
    private long lastY;
    private final long[] lastExtra = new long[2];

    private TwkbPaths(byte[] buf, Target target) {
        this.buf = buf;
        this.target = target;
    }

    /** The geometry as a path (even-odd winding, so polygon holes stay holes); empty for empty geometries. */
    public static Path2D.Float read(byte[] twkb) {
        Path2D.Float path = new Path2D.Float(Path2D.WIND_EVEN_ODD);
        if (twkb != null && twkb.length > 0) {
            new TwkbPaths(twkb, new Target() {
                @Override
                public void moveTo(long x, long y, double scale) {
                    path.moveTo(x * scale, y * scale);
                }

                @Override
                public void lineTo(long x, long y, double scale) {
                    path.lineTo(x * scale, y * scale);
                }

                @Override
                public void close() {
                    path.closePath();
                }
            }).geometry();
        }
        return path;
    }

    /** The geometry's parts (rings, lines, points) with their integer coordinates; none for empty geometries. */
    public static PixelParts parts(byte[] twkb) {
        PixelParts.Builder parts = new PixelParts.Builder(twkb == null ? 0 : twkb.length);
        if (twkb != null && twkb.length > 0) {
            new TwkbPaths(twkb, new Target() {
                @Override
                public void moveTo(long x, long y, double scale) {
                    parts.start(x, y, scale);
                }

                @Override
                public void lineTo(long x, long y, double scale) {
                    parts.add(x, y);
                }

                @Override
                public void close() {
                    parts.close();
                }
            }).geometry();
        }
        return parts.build();
    }

    private void geometry() {
        int typeAndPrecision = buf[pos++] & 0xff;
        int type = typeAndPrecision & 0x0f;
        int precision = unzigzag(typeAndPrecision >> 4);
        scale = Math.pow(10, -precision);
        int meta = buf[pos++] & 0xff;
        boolean hasBbox = (meta & 0x01) != 0;
        boolean hasSize = (meta & 0x02) != 0;
        boolean hasIds = (meta & 0x04) != 0;
        boolean hasExtended = (meta & 0x08) != 0;
        boolean empty = (meta & 0x10) != 0;
        dims = 2;
        if (hasExtended) {
            int ext = buf[pos++] & 0xff;
            dims += ((ext & 0x01) != 0 ? 1 : 0) + ((ext & 0x02) != 0 ? 1 : 0);
        }
        if (hasSize) {
            varint();
        }
        if (hasBbox) {
            for (int i = 0; i < 2 * dims; i++) {
                varint();
            }
        }
        if (empty) {
            return;
        }
        lastX = 0;
        lastY = 0;
        lastExtra[0] = 0;
        lastExtra[1] = 0;
        switch (type) {
            case POINT -> {
                point();
                target.moveTo(lastX, lastY, scale);
            }
            case LINESTRING -> line(false);
            case POLYGON -> polygon();
            case MULTIPOINT, MULTILINESTRING, MULTIPOLYGON -> {
                int n = (int) varint();
                if (hasIds) {
                    for (int i = 0; i < n; i++) {
                        varint();
                    }
                }
                for (int i = 0; i < n; i++) {
                    if (type == MULTIPOLYGON) {
                        polygon();
                    } else if (type == MULTILINESTRING) {
                        line(false);
                    } else {
                        point();
                        target.moveTo(lastX, lastY, scale);
                    }
                }
            }
            case COLLECTION -> {
                int n = (int) varint();
                if (hasIds) {
                    for (int i = 0; i < n; i++) {
                        varint();
                    }
                }
                for (int i = 0; i < n; i++) {
                    geometry();
                }
            }
            default -> throw new IllegalArgumentException("unknown TWKB geometry type " + type);
        }
    }

    private void polygon() {
        int rings = (int) varint();
        for (int r = 0; r < rings; r++) {
            line(true);
        }
    }

    private void line(boolean close) {
        int n = (int) varint();
        for (int i = 0; i < n; i++) {
            point();
            if (i == 0) {
                target.moveTo(lastX, lastY, scale);
            } else {
                target.lineTo(lastX, lastY, scale);
            }
        }
        if (close && n > 0) {
            target.close();
        }
    }

    private void point() {
        lastX += unzigzag(varint());
        lastY += unzigzag(varint());
        for (int d = 2; d < dims; d++) {
            lastExtra[d - 2] += unzigzag(varint());
        }
    }

    private long varint() {
        long result = 0;
        int shift = 0;
        while (true) {
            int b = buf[pos++] & 0xff;
            result |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return result;
            }
            shift += 7;
        }
    }

    private static long unzigzag(long v) {
        return (v >>> 1) ^ -(v & 1);
    }

    private static int unzigzag(int v) {
        return (v >>> 1) ^ -(v & 1);
    }
}
