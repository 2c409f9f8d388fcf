package vn.landinfo.web.ogc;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * A Mapbox Vector Tile 2.1 reader written from the specification (vector_tile.proto and its geometry
 * encoding), independent of the server: protobuf wire format, layers with their key/value tables,
 * features with id, tags and geometry commands (MoveTo, LineTo, ClosePath with zigzag deltas), and
 * polygons rebuilt from rings by the spec's winding rule (exterior rings have positive area in tile
 * coordinates, y down). Geometries come out in tile units or in EPSG:3857 for a given tile address.
 */
public final class Mvt {

    public static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 3857);

    public record Layer(int version, String name, int extent, List<Feature> features) {
        public Optional<Feature> feature(long id) {
            return features.stream().filter(f -> f.id() != null && f.id() == id).findFirst();
        }

        public List<Long> ids() {
            return features.stream().map(Feature::id).toList();
        }
    }

    /** A feature: id (null when absent), attributes, type (1 point, 2 line, 3 polygon) and raw rings/parts in tile units. */
    public record Feature(Long id, Map<String, Object> properties, int type, List<List<int[]>> parts) {

        /** The polygon(s) in tile units (x right, y down), rings grouped by the winding rule. */
        public Geometry tileGeometry() {
            return polygons(parts, (x, y) -> new Coordinate(x, y));
        }

        /** The polygon(s) in EPSG:3857 for the tile z/x/y of a layer with this extent. */
        public Geometry webMercator(int z, int x, int y, int extent) {
            double size = 2 * ORIGIN_SHIFT / (1L << z);
            double minX = -ORIGIN_SHIFT + x * size;
            double maxY = ORIGIN_SHIFT - y * size;
            double unit = size / extent;
            return polygons(parts, (px, py) -> new Coordinate(minX + px * unit, maxY - py * unit));
        }

        public int vertexCount() {
            return parts.stream().mapToInt(List::size).sum();
        }
    }

    public static final double ORIGIN_SHIFT = 20037508.342789244;

    /**
     * The EPSG:3857 envelope of tile z/x/y as {minX, minY, maxX, maxY}. Each edge is computed from its own
     * grid index, so neighbouring tiles share their edge exactly (no floating-point sliver between them).
     */
    public static double[] tileEnvelope(int z, int x, int y) {
        double size = 2 * ORIGIN_SHIFT / (1L << z);
        return new double[] {-ORIGIN_SHIFT + x * size, ORIGIN_SHIFT - (y + 1) * size, -ORIGIN_SHIFT + (x + 1) * size, ORIGIN_SHIFT - y * size};
    }

    /** The tile {x, y} at zoom z holding the EPSG:3857 point. */
    public static int[] tileOf(double mx, double my, int z) {
        double size = 2 * ORIGIN_SHIFT / (1L << z);
        return new int[] {(int) Math.floor((mx + ORIGIN_SHIFT) / size), (int) Math.floor((ORIGIN_SHIFT - my) / size)};
    }

    /** The tile {x, y} at zoom z holding the WGS 84 point. */
    public static int[] tileOfLonLat(double lon, double lat, int z) {
        double mx = Math.toRadians(lon) * 6378137.0;
        double my = Math.log(Math.tan(Math.PI / 4 + Math.toRadians(lat) / 2)) * 6378137.0;
        return tileOf(mx, my, z);
    }

    public static Polygon box(double[] e) {
        return GEOMETRY.createPolygon(new Coordinate[] {
            new Coordinate(e[0], e[1]), new Coordinate(e[2], e[1]), new Coordinate(e[2], e[3]),
            new Coordinate(e[0], e[3]), new Coordinate(e[0], e[1])});
    }

    // ---- decoding -------------------------------------------------------------------------------

    public static List<Layer> decode(byte[] tile) {
        Reader r = new Reader(ByteBuffer.wrap(tile));
        List<Layer> layers = new ArrayList<>();
        while (r.more()) {
            long key = r.varint();
            if (key >>> 3 == 3 && (key & 7) == 2) {
                layers.add(layer(r.bytes()));
            } else {
                r.skip((int) (key & 7));
            }
        }
        return layers;
    }

    /** The only layer of a tile, failing unless there is exactly one. */
    public static Layer single(byte[] tile) {
        List<Layer> layers = decode(tile);
        if (layers.size() != 1) {
            throw new AssertionError("expected one layer, found " + layers.stream().map(Layer::name).toList());
        }
        return layers.get(0);
    }

    private static Layer layer(Reader r) {
        String name = null;
        int version = 1;
        int extent = 4096;
        List<String> keys = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        List<Reader> features = new ArrayList<>();
        while (r.more()) {
            long key = r.varint();
            int field = (int) (key >>> 3);
            int wire = (int) (key & 7);
            switch (field) {
                case 15 -> version = (int) r.varint();
                case 1 -> name = r.string();
                case 2 -> features.add(r.bytes());
                case 3 -> keys.add(r.string());
                case 4 -> values.add(value(r.bytes()));
                case 5 -> extent = (int) r.varint();
                default -> r.skip(wire);
            }
        }
        List<Feature> decoded = new ArrayList<>();
        for (Reader f : features) {
            decoded.add(feature(f, keys, values));
        }
        return new Layer(version, name, extent, decoded);
    }

    private static Object value(Reader r) {
        Object v = null;
        while (r.more()) {
            long key = r.varint();
            switch ((int) (key >>> 3)) {
                case 1 -> v = r.string();
                case 2 -> v = (double) r.buffer.order(ByteOrder.LITTLE_ENDIAN).getFloat();
                case 3 -> v = r.buffer.order(ByteOrder.LITTLE_ENDIAN).getDouble();
                case 4, 5 -> v = r.varint();
                case 6 -> v = zigzag(r.varint());
                case 7 -> v = r.varint() != 0;
                default -> r.skip((int) (key & 7));
            }
        }
        return v;
    }

    private static Feature feature(Reader r, List<String> keys, List<Object> values) {
        Long id = null;
        int type = 0;
        List<Long> tags = new ArrayList<>();
        List<Long> geometry = new ArrayList<>();
        while (r.more()) {
            long key = r.varint();
            int wire = (int) (key & 7);
            switch ((int) (key >>> 3)) {
                case 1 -> id = r.varint();
                case 2 -> packed(r, wire, tags);
                case 3 -> type = (int) r.varint();
                case 4 -> packed(r, wire, geometry);
                default -> r.skip(wire);
            }
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        if (tags.size() % 2 != 0) {
            throw new AssertionError("odd number of tags");
        }
        for (int i = 0; i < tags.size(); i += 2) {
            properties.put(keys.get(tags.get(i).intValue()), values.get(tags.get(i + 1).intValue()));
        }
        return new Feature(id, properties, type, commands(geometry, type));
    }

    private static void packed(Reader r, int wire, List<Long> into) {
        if (wire == 2) {
            Reader p = r.bytes();
            while (p.more()) {
                into.add(p.varint());
            }
        } else {
            into.add(r.varint());
        }
    }

    /** Geometry commands → parts (rings or lines) of absolute tile coordinates; a closed ring repeats its first point. */
    private static List<List<int[]>> commands(List<Long> g, int type) {
        List<List<int[]>> parts = new ArrayList<>();
        List<int[]> current = null;
        int x = 0;
        int y = 0;
        int i = 0;
        while (i < g.size()) {
            long command = g.get(i++);
            int id = (int) (command & 7);
            int count = (int) (command >>> 3);
            switch (id) {
                case 1, 2 -> {
                    for (int k = 0; k < count; k++) {
                        x += (int) zigzag(g.get(i++));
                        y += (int) zigzag(g.get(i++));
                        if (id == 1) {
                            current = new ArrayList<>();
                            parts.add(current);
                        }
                        current.add(new int[] {x, y});
                    }
                }
                case 7 -> {
                    if (current == null || current.isEmpty()) {
                        throw new AssertionError("ClosePath without a ring");
                    }
                    current.add(current.get(0).clone());
                }
                default -> throw new AssertionError("unknown geometry command " + id + " in a type " + type + " feature");
            }
        }
        return parts;
    }

    interface Transform {
        Coordinate at(double x, double y);
    }

    /**
     * Rings to polygons: by MVT 2.1, a ring of positive area (surveyor's formula in tile coordinates, y down)
     * starts a new polygon, a ring of negative area is a hole of the polygon before it.
     */
    private static Geometry polygons(List<List<int[]>> rings, Transform t) {
        List<Polygon> polygons = new ArrayList<>();
        LinearRing shell = null;
        List<LinearRing> holes = new ArrayList<>();
        for (List<int[]> ring : rings) {
            double area2 = 0;
            for (int k = 0; k + 1 < ring.size(); k++) {
                area2 += (double) ring.get(k)[0] * ring.get(k + 1)[1] - (double) ring.get(k + 1)[0] * ring.get(k)[1];
            }
            Coordinate[] cs = ring.stream().map(p -> t.at(p[0], p[1])).toArray(Coordinate[]::new);
            LinearRing lr = GEOMETRY.createLinearRing(cs);
            if (area2 > 0) {
                if (shell != null) {
                    polygons.add(GEOMETRY.createPolygon(shell, holes.toArray(LinearRing[]::new)));
                }
                shell = lr;
                holes = new ArrayList<>();
            } else if (area2 < 0) {
                if (shell == null) {
                    throw new AssertionError("an interior ring before any exterior ring (wrong winding order)");
                }
                holes.add(lr);
            }
        }
        if (shell != null) {
            polygons.add(GEOMETRY.createPolygon(shell, holes.toArray(LinearRing[]::new)));
        }
        return polygons.size() == 1 ? polygons.get(0) : GEOMETRY.createMultiPolygon(polygons.toArray(Polygon[]::new));
    }

    private static long zigzag(long n) {
        return (n >>> 1) ^ -(n & 1);
    }

    /** A protobuf reader over a slice of the tile. */
    private static final class Reader {
        final ByteBuffer buffer;

        Reader(ByteBuffer buffer) {
            this.buffer = buffer;
        }

        boolean more() {
            return buffer.hasRemaining();
        }

        long varint() {
            long result = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                byte b = buffer.get();
                result |= (long) (b & 0x7f) << shift;
                if ((b & 0x80) == 0) {
                    return result;
                }
            }
            throw new AssertionError("malformed varint");
        }

        Reader bytes() {
            int length = (int) varint();
            ByteBuffer slice = buffer.slice(buffer.position(), length);
            buffer.position(buffer.position() + length);
            return new Reader(slice);
        }

        String string() {
            Reader b = bytes();
            byte[] bytes = new byte[b.buffer.remaining()];
            b.buffer.get(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }

        void skip(int wire) {
            switch (wire) {
                case 0 -> varint();
                case 1 -> buffer.position(buffer.position() + 8);
                case 2 -> bytes();
                case 5 -> buffer.position(buffer.position() + 4);
                default -> throw new AssertionError("unknown protobuf wire type " + wire);
            }
        }
    }
}
