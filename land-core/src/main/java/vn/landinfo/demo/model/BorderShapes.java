package vn.landinfo.demo.model;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Mends a parcel that the seal of commune borders made defective (docs/decisions/0220-the-seal-mends-what-it-spoils-and-corridors-zip-shut.md).
 * Each commune is generated and repaired alone; the seal then gives a border parcel the other commune's vertices that lie
 * within 5 mm of its edges. Where the other side's node lands a few centimetres from the parcel's own node (two cut ends
 * of the two communes, or a cut end and a corner of the reference boundary), the parcel gets a vertex within 5 cm of
 * its own cut: a clearance the parcel did not have. Across the border the two nodes are then merged by the last resort
 * of {@link SurveyorShapes} (the node moves onto the nearer end of the edge it is too close to, in every ring holding it,
 * on both sides of the border), on the defective parcel and every parcel touching it, so both communes keep meeting
 * exactly and every changed parcel stays valid and acceptable, none overlapping another.
 */
public final class BorderShapes {

    /**
     * How far, in metres, the mending may move a commune's outline: the seal's own snap tolerance. A node sliding along
     * a straight border moves no outline; one cutting a corner of the border does, and is not made.
     */
    static final double OUTLINE_TOLERANCE_M = 0.005;

    /** A current parcel version of a partition around a defective parcel, with the commune it belongs to. */
    public record Parcel(long id, long communeId, Geometry geometry) {
    }

    private BorderShapes() {
    }

    /** Whether a parcel has a shape a surveyor accepts: the bar of the generator's repair (5 cm of clearance, corners over 5°). */
    public static boolean acceptable(Geometry g) {
        return SurveyorShapes.acceptable(g);
    }

    /**
     * The parcels of {@code partition} (the parcel {@code defective} and every parcel touching it) that mending it
     * changes, with their new geometry; none when it cannot be mended while every commune's outline stays within
     * {@link #OUTLINE_TOLERANCE_M}.
     */
    public static List<Parcel> mend(List<Parcel> partition, long defective, GeometryFactory factory) {
        List<Geometry> geometry = new ArrayList<>();
        int index = -1;
        for (int i = 0; i < partition.size(); i++) {
            geometry.add(partition.get(i).geometry());
            if (partition.get(i).id() == defective) {
                index = i;
            }
        }
        if (index < 0) {
            throw new IllegalArgumentException("parcel " + defective + " is not in its partition");
        }
        if (!SurveyorShapes.lastResort(geometry, index, factory)) {
            return List.of();
        }
        List<Parcel> changed = new ArrayList<>();
        for (int i = 0; i < partition.size(); i++) {
            if (geometry.get(i) != partition.get(i).geometry()) {
                changed.add(new Parcel(partition.get(i).id(), partition.get(i).communeId(), geometry.get(i)));
            }
        }
        return keepsEveryOutline(partition, changed, factory) ? changed : List.of();
    }

    /** Whether each commune's changed parcels, taken together, have the outline they had within the tolerance. */
    private static boolean keepsEveryOutline(List<Parcel> partition, List<Parcel> changed, GeometryFactory factory) {
        for (long commune : changed.stream().map(Parcel::communeId).distinct().toList()) {
            List<Geometry> before = new ArrayList<>();
            List<Geometry> after = new ArrayList<>();
            for (Parcel p : changed) {
                if (p.communeId() == commune) {
                    after.add(p.geometry());
                    before.add(partition.stream().filter(q -> q.id() == p.id()).findFirst().orElseThrow().geometry());
                }
            }
            Geometry was = factory.buildGeometry(before).union().getBoundary();
            Geometry is = factory.buildGeometry(after).union().getBoundary();
            if (DiscreteHausdorffDistance.distance(was, is, 0.25) > OUTLINE_TOLERANCE_M) {
                return false;
            }
        }
        return true;
    }
}
