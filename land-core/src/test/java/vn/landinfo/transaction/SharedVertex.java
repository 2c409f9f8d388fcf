package vn.landinfo.transaction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import vn.landinfo.transaction.model.PolygonInput;

/**
 * A boundary correction as a surveyor makes one: a corner the parcel shares with a neighbour is moved a
 * little (the other parcels meeting at that corner adapt through the correction). Finds such a corner
 * and builds the parcel's corrected geometry.
 */
final class SharedVertex {

    /**
     * The neighbour that shares the moved corner, the parcel's corrected geometry, where the corner was
     * and went, and the room it had: the length of the shorter of its two edges.
     */
    record Move(long neighbour, MultiPolygon corrected, Coordinate from, Coordinate to, double room) {
    }

    private SharedVertex() {
    }

    /**
     * @param shift    given the corner and the neighbour, where the corner goes
     * @param allowed  which corners may move (e.g. only those inside a test block)
     */
    static Optional<Move> find(MultiPolygon parcel, Map<Long, ? extends Geometry> around, Random random,
                               java.util.function.BiFunction<Coordinate, Geometry, Coordinate> shift, Predicate<Coordinate> allowed) {
        return find(parcel, around, random, shift, allowed, m -> true);
    }

    /** The same, taking only a move {@code accept} agrees with. */
    static Optional<Move> find(MultiPolygon parcel, Map<Long, ? extends Geometry> around, Random random,
                               java.util.function.BiFunction<Coordinate, Geometry, Coordinate> shift, Predicate<Coordinate> allowed,
                               Predicate<Move> accept) {
        GeometryFactory f = parcel.getFactory();
        Polygon shell = (Polygon) parcel.getGeometryN(0);
        Coordinate[] ring = shell.getExteriorRing().getCoordinates();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < ring.length - 1; i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        for (int i : order) {
            Coordinate v = ring[i];
            if (!allowed.test(v)) {
                continue;
            }
            // A corner some neighbour has too (bit for bit): the one the correction is about.
            Optional<Long> sharer = around.keySet().stream().sorted()
                    .filter(id -> List.of(around.get(id).getCoordinates()).contains(v)).findFirst();
            if (sharer.isEmpty()) {
                continue;
            }
            Coordinate to = shift.apply(v, around.get(sharer.get()));
            Coordinate[] moved = ring.clone();
            moved[i] = to;
            if (i == 0) {
                moved[moved.length - 1] = to;
            }
            LinearRing[] holes = new LinearRing[shell.getNumInteriorRing()];
            for (int h = 0; h < holes.length; h++) {
                holes[h] = shell.getInteriorRingN(h);
            }
            List<Polygon> parts = new ArrayList<>();
            parts.add(f.createPolygon(f.createLinearRing(moved), holes));
            for (int p = 1; p < parcel.getNumGeometries(); p++) {
                parts.add((Polygon) parcel.getGeometryN(p));
            }
            MultiPolygon corrected = PolygonInput.asMultiPolygon(f.createMultiPolygon(parts.toArray(Polygon[]::new)), parcel.getSRID());
            Coordinate before = ring[i == 0 ? ring.length - 2 : i - 1];
            Coordinate after = ring[i + 1];
            Move m = new Move(sharer.get(), corrected, v, to, Math.min(v.distance(before), v.distance(after)));
            if (corrected.isValid() && accept.test(m)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** Moves the corner {@code distance} m towards (positive) or away from (negative) the neighbour's interior. */
    static java.util.function.BiFunction<Coordinate, Geometry, Coordinate> towards(double distance) {
        return (v, neighbour) -> {
            Coordinate c = neighbour.getInteriorPoint().getCoordinate();
            double d = v.distance(c);
            return new Coordinate(v.x + (c.x - v.x) / d * distance, v.y + (c.y - v.y) / d * distance);
        };
    }
}
