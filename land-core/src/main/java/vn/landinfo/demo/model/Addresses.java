package vn.landinfo.demo.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.ItemBoundable;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Street addresses: in urban communes "Số n phố X" from the nearest named road, numbered in the
 * order lots are visited; elsewhere the village ("Thôn/Ấp/Bản …") of the lot's zone.
 */
final class Addresses {

    private final List<Piece> pieces;
    private final StreetNames names;
    private final LandProfile profile;
    private final STRtree roads = new STRtree();
    private final Map<String, Integer> houseNumbers = new HashMap<>();
    private final ZoneField villages;
    private final boolean anyRoad;

    Addresses(List<Piece> pieces, List<Geometry> geometry, StreetNames names, LandProfile profile) {
        this.pieces = pieces;
        this.names = names;
        this.profile = profile;
        boolean any = false;
        for (int i = 0; i < pieces.size(); i++) {
            if (pieces.get(i).kind() == PieceKind.ROAD && geometry.get(i) != null) {
                roads.insert(geometry.get(i).getEnvelopeInternal(), new Object[] {geometry.get(i), pieces.get(i).name()});
                any = true;
            }
        }
        this.anyRoad = any;
        this.villages = new ZoneField(1500, 97);
    }

    String of(int index, Point at) {
        Piece piece = pieces.get(index);
        if (piece.kind().network()) {
            return piece.name();
        }
        boolean streetLot = profile.urban() || profile == LandProfile.TOWN && (piece.kind() == PieceKind.URBAN_LOT || piece.kind() == PieceKind.INSTITUTION);
        if (streetLot && anyRoad) {
            Object[] road = (Object[]) roads.nearestNeighbour(at.getEnvelopeInternal(), new Object[] {at, null},
                (ItemBoundable a, ItemBoundable b) -> ((Geometry) ((Object[]) a.getItem())[0]).distance((Geometry) ((Object[]) b.getItem())[0]));
            String street = (String) road[1];
            int number = houseNumbers.merge(street, 1, Integer::sum);
            return "Số " + number + " phố " + street;
        }
        return names.village(villages.cellId(at.getX(), at.getY()));
    }
}
