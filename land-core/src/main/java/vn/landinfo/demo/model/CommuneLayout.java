package vn.landinfo.demo.model;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Lays out one commune: a road and watercourse network cut into the commune polygon as strips
 * (themselves parcels), then every block between them subdivided into lots, fields, ponds or forest
 * by oriented-bounding-box splits with a frontage rule. Everything stays inside the commune and
 * covers it: the pieces are an exact partition of the input polygon.
 */
public final class CommuneLayout {

    private static final int MAX_NETWORK_LEVEL = 14;

    private final ObbSplitter splitter;
    private final LandProfile profile;
    private final SplittableRandom random;
    private final ZoneField zones;
    private final StreetNames streets;
    private final List<Piece> out = new ArrayList<>();

    public CommuneLayout(ObbSplitter splitter, LandProfile profile, long seed, StreetNames streets) {
        this.splitter = splitter;
        this.profile = profile;
        this.random = new SplittableRandom(seed);
        this.zones = new ZoneField(profile.urban() ? 300 : 700, seed * 31 + 7);
        this.streets = streets;
    }

    /** The pieces of the commune, in a deterministic order. */
    public List<Piece> layOut(Geometry commune) {
        Point centre = commune.getInteriorPoint();
        for (Polygon part : ObbSplitter.polygons(commune)) {
            carve(part, 0, centre);
        }
        return out;
    }

    private void carve(Polygon piece, int level, Point centre) {
        double area = piece.getArea();
        double limit = profile.minBlock() + random.nextDouble() * (profile.maxBlock() - profile.minBlock());
        ObbSplitter.Frame frame = splitter.frame(piece);
        Network network = network(level);
        if (area <= limit || level >= MAX_NETWORK_LEVEL || frame.width() < 4 * network.width) {
            block(piece, centre);
            return;
        }
        double position = frame.length() * (0.35 + 0.3 * random.nextDouble());
        double turn = (random.nextDouble() - 0.5) * (profile.urban() ? 0.2 : 0.35);
        ObbSplitter.Cut cut = splitter.cut(piece, frame, position, network.width, turn);
        String name = network.kind == PieceKind.ROAD ? streets.next(random, level) : streets.water(network.kind, random);
        for (Polygon strip : cut.strip()) {
            out.add(new Piece(strip, network.kind, name));
        }
        for (Polygon low : cut.low()) {
            carve(low, level + 1, centre);
        }
        for (Polygon high : cut.high()) {
            carve(high, level + 1, centre);
        }
    }

    private record Network(PieceKind kind, double width) {
    }

    private Network network(int level) {
        double r = random.nextDouble();
        double j = random.nextDouble();
        return switch (profile) {
            case URBAN -> level < 2 ? new Network(PieceKind.ROAD, 18 + 6 * j)
                : level < 4 ? new Network(PieceKind.ROAD, 8 + 4 * j) : new Network(PieceKind.ROAD, 4 + 2 * j);
            case URBAN_DELTA -> level < 4 && r < 0.2 ? new Network(PieceKind.CANAL, 8 + 4 * j)
                : level < 2 ? new Network(PieceKind.ROAD, 16 + 6 * j) : new Network(PieceKind.ROAD, 5 + 4 * j);
            case TOWN -> level == 0 ? new Network(PieceKind.RIVER, 25 + 10 * j)
                : level < 3 ? new Network(PieceKind.ROAD, 10 + 4 * j)
                : r < 0.3 ? new Network(PieceKind.IRRIGATION, 3 + j) : new Network(PieceKind.ROAD, 5 + 2 * j);
            case RURAL -> level < 2 ? new Network(PieceKind.ROAD, 10 + 4 * j)
                : level < 4 ? new Network(PieceKind.ROAD, 5 + 2 * j)
                : r < 0.5 ? new Network(PieceKind.IRRIGATION, 3 + 2 * j) : new Network(PieceKind.ROAD, 3 + j);
            case DELTA -> level == 0 ? new Network(PieceKind.RIVER, 40 + 20 * j)
                : level < 3 ? new Network(PieceKind.CANAL, 12 + 8 * j)
                : r < 0.5 ? new Network(PieceKind.CANAL, 5 + 3 * j)
                : r < 0.8 ? new Network(PieceKind.ROAD, 4 + j) : new Network(PieceKind.IRRIGATION, 3 + j);
            case MOUNTAIN -> level == 0 ? new Network(PieceKind.STREAM, 10 + 10 * j)
                : level < 3 ? new Network(PieceKind.ROAD, 5 + j)
                : r < 0.4 ? new Network(PieceKind.STREAM, 4 + 4 * j) : new Network(PieceKind.ROAD, 3 + j);
        };
    }

    private void block(Polygon block, Point centre) {
        Point at = block.getInteriorPoint();
        double zone = zones.valueAt(at.getX(), at.getY());
        double r = random.nextDouble();
        PieceKind kind = switch (profile) {
            case URBAN, URBAN_DELTA -> r < 0.05 ? PieceKind.INSTITUTION
                : r < 0.065 ? (profile == LandProfile.URBAN ? PieceKind.LAKE : PieceKind.POND)
                : r < 0.075 ? PieceKind.PAGODA : PieceKind.URBAN_LOT;
            case TOWN -> at.distance(centre) < 1800
                ? (r < 0.06 ? PieceKind.INSTITUTION : PieceKind.URBAN_LOT)
                : zone < 0.15 ? PieceKind.GARDEN : zone < 0.55 ? PieceKind.FIELD : zone < 0.9 ? PieceKind.FOREST : PieceKind.UNUSED;
            case RURAL -> r < 0.015 ? PieceKind.CEMETERY : r < 0.025 ? PieceKind.PAGODA
                : zone < 0.25 ? PieceKind.GARDEN : zone < 0.75 ? PieceKind.FIELD : zone < 0.82 ? PieceKind.POND : PieceKind.FOREST;
            case DELTA -> r < 0.01 ? PieceKind.CEMETERY : r < 0.02 ? PieceKind.PAGODA
                : zone < 0.3 ? PieceKind.GARDEN : zone < 0.75 ? PieceKind.FIELD : PieceKind.POND;
            case MOUNTAIN -> r < 0.005 ? PieceKind.CEMETERY
                : zone < 0.02 ? PieceKind.GARDEN : zone < 0.05 ? PieceKind.FIELD : zone < 0.15 ? PieceKind.UPLAND_FIELD
                : zone < 0.77 ? PieceKind.FOREST : zone < 0.9 ? PieceKind.PROTECTION_FOREST : PieceKind.UNUSED;
        };
        if (kind == PieceKind.LAKE) {
            out.add(new Piece(block, kind, streets.lake(random)));
            return;
        }
        subdivide(block, kind, LotSpec.of(kind, profile));
    }

    /** Recursive OBB splits until a piece is below a random size drawn in the spec's range. */
    private void subdivide(Polygon piece, PieceKind kind, LotSpec spec) {
        double area = piece.getArea();
        double stop = spec.low() + random.nextDouble() * (spec.high() - spec.low());
        if (area <= stop) {
            out.add(new Piece(piece, lotKind(kind), null));
            return;
        }
        ObbSplitter.Frame frame = splitter.frame(piece);
        // Frontage: a block deeper than two lots is first halved along its long side (back to back),
        // so both halves keep a street front; shallower pieces are cut across into lots.
        boolean deep = frame.width() > 2.2 * spec.depth();
        ObbSplitter.Frame axis = deep ? frame.across() : frame;
        double fraction = deep ? 0.46 + 0.08 * random.nextDouble() : 0.42 + 0.16 * random.nextDouble();
        double turn = (random.nextDouble() - 0.5) * 0.06;
        ObbSplitter.Cut cut = splitter.cutByArea(piece, axis, fraction, turn);
        if (tooSmall(cut, spec)) {
            cut = splitter.cutByArea(piece, deep ? frame : frame.across(), 0.5, 0);
            if (tooSmall(cut, spec)) {
                out.add(new Piece(piece, lotKind(kind), null));
                return;
            }
        }
        for (Polygon p : cut.low()) {
            subdivide(p, kind, spec);
        }
        for (Polygon p : cut.high()) {
            subdivide(p, kind, spec);
        }
    }

    private static boolean tooSmall(ObbSplitter.Cut cut, LotSpec spec) {
        if (cut.low().isEmpty() || cut.high().isEmpty()) {
            return true;
        }
        for (Polygon p : cut.low()) {
            if (p.getArea() < spec.min()) {
                return true;
            }
        }
        for (Polygon p : cut.high()) {
            if (p.getArea() < spec.min()) {
                return true;
            }
        }
        return false;
    }

    /** Lots of a block mostly keep the block's kind; a few become shrines or pagodas. */
    private PieceKind lotKind(PieceKind blockKind) {
        if ((blockKind == PieceKind.URBAN_LOT || blockKind == PieceKind.GARDEN) && random.nextDouble() < 0.004) {
            return PieceKind.SHRINE;
        }
        return blockKind;
    }
}
