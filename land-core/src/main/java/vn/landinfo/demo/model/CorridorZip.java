package vn.landinfo.demo.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.algorithm.Distance;
import org.locationtech.jts.geom.Coordinate;

/**
 * Zips a corridor of zero width shut (docs/decisions/0220-the-seal-mends-what-it-spoils-and-corridors-zip-shut.md): a parcel runs
 * out between two rows of lots and back, its two sides a millimetre apart, each side's vertices at other places along
 * the corridor than the other side's, so no two of them can simply merge and no single neighbour can take the strip.
 * Walked from the corridor's end, each step closes the tip: of the two vertices next to it, the nearer one goes into
 * the lot edge on the other side (the lot across the corridor takes it, as in a shave), or, when the two are within
 * {@link SurveyorShapes#MIN_CLEARANCE_M} of each other, it moves onto the other one in every ring that has it (as two
 * near nodes merge). The parcel loses the tip each time, until the sides part by more than {@link #WIDTH_M}: the lots
 * of the two rows then meet along one line through both sides' vertices, and the corridor is gone.
 *
 * <p>Works on copies of the rings (open, no closing point) of the parcel and of every parcel sharing a vertex with it;
 * the caller commits the result with every check of a repair.
 */
final class CorridorZip {

    /** How far apart, in metres, a corridor's sides may be for a step to close it: a few grid steps, not a lot's width. */
    static final double WIDTH_M = 0.005;

    private final int parcel;
    /** Parcel → polygons → open rings, shell first; every ring of the parcel's neighbours too. */
    private final Map<Integer, List<List<List<Coordinate>>>> work = new LinkedHashMap<>();

    private CorridorZip(int parcel, Map<Integer, List<List<List<Coordinate>>>> closedRings) {
        this.parcel = parcel;
        for (Map.Entry<Integer, List<List<List<Coordinate>>>> e : closedRings.entrySet()) {
            List<List<List<Coordinate>>> polygons = new ArrayList<>();
            for (List<List<Coordinate>> polygon : e.getValue()) {
                List<List<Coordinate>> rs = new ArrayList<>();
                for (List<Coordinate> ring : polygon) {
                    rs.add(new ArrayList<>(ring.subList(0, ring.size() - 1)));
                }
                polygons.add(rs);
            }
            work.put(e.getKey(), polygons);
        }
    }

    /**
     * The rings (open) of the parcel and its neighbours with every corridor of the parcel zipped, or null when it has
     * none; {@code closedRings} holds the parcel's and its neighbours' closed rings.
     */
    static Map<Integer, List<List<List<Coordinate>>>> zip(int parcel, Map<Integer, List<List<List<Coordinate>>>> closedRings) {
        CorridorZip zip = new CorridorZip(parcel, closedRings);
        // Each step takes a vertex off the parcel's shell, so there are at most as many steps as vertices.
        int most = zip.size();
        int steps = 0;
        for (Coordinate tip = zip.nextTip(); tip != null && steps < most; tip = zip.nextTip()) {
            for (Coordinate t = zip.step(tip); t != null && steps < most; t = zip.step(t)) {
                steps++;
            }
            steps++;
        }
        return steps == 0 ? null : zip.work;
    }

    private int size() {
        int n = 0;
        for (List<List<Coordinate>> polygon : work.get(parcel)) {
            n += polygon.get(0).size();
        }
        return n;
    }

    /** The two vertices next to a vertex of the parcel's shell, and the shell. */
    private record Fold(List<Coordinate> shell, int at, Coordinate before, Coordinate after) {
        Coordinate tip() {
            return shell.get(at);
        }

        /** The neighbour nearer the tip. */
        Coordinate near() {
            return tip().distance(before) <= tip().distance(after) ? before : after;
        }

        Coordinate far() {
            return near() == before ? after : before;
        }

        /**
         * Whether the shell folds back at the tip across a corridor: the nearer neighbour lies within the width of the
         * other edge, on the same side of the tip as the far one (a needle), or is the other end of an edge as short as
         * the width (a corridor ending square).
         */
        boolean closes() {
            Coordinate t = tip();
            Coordinate n = near();
            Coordinate f = far();
            boolean sameSide = (n.x - t.x) * (f.x - t.x) + (n.y - t.y) * (f.y - t.y) > 0;
            return Distance.pointToSegment(n, t, f) < WIDTH_M && (sameSide || t.distance(n) < WIDTH_M) && !n.equals2D(f);
        }
    }

    private Fold foldAt(Coordinate tip) {
        for (List<List<Coordinate>> polygon : work.get(parcel)) {
            List<Coordinate> shell = polygon.get(0);
            int n = shell.size();
            for (int k = 0; k < n && n > 3; k++) {
                if (shell.get(k).equals2D(tip)) {
                    return new Fold(shell, k, shell.get((k + n - 1) % n), shell.get((k + 1) % n));
                }
            }
        }
        return null;
    }

    /** A vertex of the parcel's shell where it folds back across a corridor, the tightest first; null when none. */
    private Coordinate nextTip() {
        Coordinate best = null;
        double bestWidth = WIDTH_M;
        for (List<List<Coordinate>> polygon : work.get(parcel)) {
            for (Coordinate c : polygon.get(0)) {
                Fold fold = foldAt(c);
                if (fold != null && fold.closes()) {
                    double width = Distance.pointToSegment(fold.near(), fold.tip(), fold.far());
                    if (width < bestWidth) {
                        best = c;
                        bestWidth = width;
                    }
                }
            }
        }
        return best;
    }

    /** Closes the corridor at its tip by one vertex; returns the new tip, or null when it no longer folds there. */
    private Coordinate step(Coordinate tip) {
        Fold fold = foldAt(tip);
        if (fold == null || !fold.closes()) {
            return null;
        }
        Coordinate near = fold.near();
        Coordinate far = fold.far();
        if (near.distance(far) < SurveyorShapes.MIN_CLEARANCE_M) {
            // Both sides have a vertex at about the same place: they become one.
            replace(near, far);
            fold.shell().remove(fold.at());
            dropSpikes();
            return far;
        }
        // The lot across the corridor from `near` takes it into its edge far–tip; the parcel loses the tip.
        for (Map.Entry<Integer, List<List<List<Coordinate>>>> e : work.entrySet()) {
            if (e.getKey() != parcel) {
                insert(e.getValue(), far, tip, near);
            }
        }
        fold.shell().remove(fold.at());
        dropSpikes();
        return near;
    }

    private void replace(Coordinate moved, Coordinate onto) {
        for (List<List<List<Coordinate>>> polygons : work.values()) {
            for (List<List<Coordinate>> polygon : polygons) {
                for (List<Coordinate> ring : polygon) {
                    ring.replaceAll(c -> c.equals2D(moved) ? onto : c);
                }
            }
        }
    }

    /** Puts {@code insert} between consecutive {@code from, to} (either way round) in every ring that has that edge. */
    private static void insert(List<List<List<Coordinate>>> polygons, Coordinate from, Coordinate to, Coordinate insert) {
        for (List<List<Coordinate>> polygon : polygons) {
            for (List<Coordinate> ring : polygon) {
                int n = ring.size();
                for (int k = 0; k < n; k++) {
                    Coordinate a = ring.get(k);
                    Coordinate b = ring.get((k + 1) % n);
                    if (a.equals2D(from) && b.equals2D(to) || a.equals2D(to) && b.equals2D(from)) {
                        ring.add(k + 1, insert);
                        break;
                    }
                }
            }
        }
    }

    /** Every ring without repeated points and without back-and-forth spikes (x, y, x) of zero width. */
    private void dropSpikes() {
        for (List<List<List<Coordinate>>> polygons : work.values()) {
            for (List<List<Coordinate>> polygon : polygons) {
                for (List<Coordinate> ring : polygon) {
                    boolean changed = true;
                    while (changed && ring.size() >= 3) {
                        changed = false;
                        for (int k = 0; k < ring.size() && ring.size() >= 3; k++) {
                            int n = ring.size();
                            Coordinate next = ring.get((k + 1) % n);
                            if (ring.get(k).equals2D(next)) {
                                ring.remove((k + 1) % n);
                                changed = true;
                            } else if (ring.get((k + n - 1) % n).equals2D(next)) {
                                int after = (k + 1) % n;
                                ring.remove(Math.max(k, after));
                                ring.remove(Math.min(k, after));
                                changed = true;
                            }
                        }
                    }
                }
            }
        }
    }
}
