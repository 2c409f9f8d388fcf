package vn.landinfo.demo.model;

import org.locationtech.jts.geom.Polygon;

/** One generated piece of a commune's partition, in TM-3 metres; {@code name} is a road's or water's name, or null. */
public record Piece(Polygon polygon, PieceKind kind, String name) {
}
