package vn.landinfo.demo.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.index.quadtree.Quadtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import vn.landinfo.cadastre.model.PartitionNoder;
import vn.landinfo.cadastre.model.PoleOfInaccessibility;
import vn.landinfo.cadastre.model.RepresentativePoint;

/**
 * Turns a commune's generated pieces into surveyed parcels: nodes the partition so neighbours share
 * vertices, folds slivers into a neighbour, gives each parcel its purposes, representative point,
 * survey unit, map sheet and number (from the north-west, row by row, left to right) and address.
 */
public final class CommuneCadastre {

    /** 1 mm: the precision every demo coordinate is snapped to. */
    public static final PrecisionModel PRECISION = new PrecisionModel(1000);

    private static final double SLIVER_M2 = 2.0;

    public record Result(SurveyPlan survey, List<DemoParcel> parcels) {
    }

    private CommuneCadastre() {
    }

    /**
     * Builds the commune's parcels from its pieces, timing the phases (noding, slivers, shapes, points, numbering) into
     * {@code times}. The representative points, a pole search per parcel and the costliest phase, run through
     * {@code points}: each is a function of its parcel alone, so they may be shared between threads.
     */
    public static Result build(List<Piece> pieces, LandProfile profile, String communeCode, String communeUnitType,
                               List<String> provinceNames, StreetNames names, long seed, PhaseTimes times, IndependentLoop points) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        List<Geometry> noded = new PartitionNoder(PRECISION).node(pieces.stream().map(Piece::polygon).toList());
        List<Geometry> geometry = new ArrayList<>(noded);
        times.lap("noding");
        mergeSlivers(pieces, geometry);
        times.lap("slivers");
        // Each parcel keeps the area band its layout gave it (a residential lot stays 40-200 m²) through the repair.
        List<AreaRange> ranges = new ArrayList<>(geometry.size());
        for (int i = 0; i < geometry.size(); i++) {
            ranges.add(geometry.get(i) == null ? null : Purposes.range(pieces.get(i).kind(), geometry.get(i).getArea()));
        }
        SurveyorShapes.repair(geometry, ranges, new GeometryFactory(PRECISION));
        times.lap("shapes");

        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < geometry.size(); i++) {
            if (geometry.get(i) != null) {
                kept.add(i);
            }
        }
        Point[] reps = new Point[pieces.size()];
        int[] keptIndex = kept.stream().mapToInt(Integer::intValue).toArray();
        points.run(keptIndex.length, () -> {
            PoleOfInaccessibility finder = new PoleOfInaccessibility();
            return k -> reps[keptIndex[k]] = RepresentativePoint.of(geometry.get(keptIndex[k]), finder);
        });
        times.lap("points");

        // Survey units: 2-4 pre-2025 communes, each parcel in the one whose seed point is nearest.
        Envelope all = new Envelope();
        kept.forEach(i -> all.expandToInclude(geometry.get(i).getEnvelopeInternal()));
        int unitCount = 2 + random.nextInt(3);
        List<SurveyPlan.SurveyUnit> units = SurveyUnitNames.of(communeCode, communeUnitType, unitCount, provinceNames, random);
        double[][] seeds = new double[unitCount][];
        for (int u = 0; u < unitCount; u++) {
            seeds[u] = new double[] {all.getMinX() + random.nextDouble() * all.getWidth(), all.getMinY() + random.nextDouble() * all.getHeight()};
        }

        // Sheets: a grid cell of the scale's sheet size within a survey unit.
        Map<String, List<Integer>> bySheet = new HashMap<>();
        Map<String, int[]> sheetKey = new HashMap<>();
        for (int i : kept) {
            Point p = reps[i];
            int unit = nearest(seeds, p.getX(), p.getY());
            int scale = scale(pieces.get(i).kind(), profile);
            double size = sheetSize(scale);
            int cx = (int) Math.floor(p.getX() / size);
            int cy = (int) Math.floor(p.getY() / size);
            String key = unit + "/" + scale + "/" + cx + "/" + cy;
            bySheet.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            sheetKey.putIfAbsent(key, new int[] {unit, scale, cx, cy});
        }
        List<String> keys = new ArrayList<>(bySheet.keySet());
        // Numbered per survey unit: larger scales first, then north to south, west to east.
        keys.sort(Comparator.<String>comparingInt(k -> sheetKey.get(k)[0]).thenComparingInt(k -> sheetKey.get(k)[1])
            .thenComparingInt(k -> -sheetKey.get(k)[3]).thenComparingInt(k -> sheetKey.get(k)[2]));
        List<SurveyPlan.Sheet> sheets = new ArrayList<>();
        Map<Integer, Integer> nextNumber = new HashMap<>();
        Map<String, Integer> sheetIndex = new LinkedHashMap<>();
        for (String key : keys) {
            int[] k = sheetKey.get(key);
            int number = nextNumber.merge(k[0], 1, Integer::sum);
            double size = sheetSize(k[1]);
            Envelope extent = new Envelope(k[2] * size, (k[2] + 1) * size, k[3] * size, (k[3] + 1) * size);
            for (int i : bySheet.get(key)) {
                extent.expandToInclude(geometry.get(i).getEnvelopeInternal());
            }
            sheetIndex.put(key, sheets.size());
            sheets.add(new SurveyPlan.Sheet(k[0], number, k[1], 1995 + random.nextInt(21), extent));
        }

        Addresses addresses = new Addresses(pieces, geometry, names, profile);
        List<DemoParcel> parcels = new ArrayList<>(kept.size());
        for (String key : keys) {
            int[] k = sheetKey.get(key);
            double size = sheetSize(k[1]);
            double top = (k[3] + 1) * size;
            double row = size / 10;
            List<Integer> members = bySheet.get(key);
            members.sort(Comparator.<Integer>comparingLong(i -> (long) Math.floor((top - reps[i].getY()) / row))
                .thenComparingDouble(i -> reps[i].getX()));
            int number = 0;
            for (int i : members) {
                Geometry g = geometry.get(i);
                double legalArea = Math.round(g.getArea() * 10) / 10.0;
                if (random.nextDouble() < 0.02 && legalArea > 50) {
                    // A few certificates carry an older survey's area, off by up to ±1.5 %.
                    legalArea = Math.round(legalArea * (1 + (random.nextDouble() - 0.5) * 0.03) * 10) / 10.0;
                }
                legalArea = Math.max(0.1, legalArea);
                parcels.add(new DemoParcel(g, reps[i], sheetIndex.get(key), ++number, legalArea,
                    addresses.of(i, reps[i]), Purposes.of(pieces.get(i).kind(), g.getArea(), legalArea, profile, random)));
            }
        }
        times.lap("numbering");
        return new Result(new SurveyPlan(units, sheets), parcels);
    }

    /** Parcels under 2 m² (and urban lots under 40 m²) join the neighbour they share most boundary with. */
    private static void mergeSlivers(List<Piece> pieces, List<Geometry> geometry) {
        Quadtree index = new Quadtree();
        for (int i = 0; i < geometry.size(); i++) {
            if (geometry.get(i) != null) {
                index.insert(geometry.get(i).getEnvelopeInternal(), i);
            }
        }
        List<Integer> small = new ArrayList<>();
        for (int i = 0; i < geometry.size(); i++) {
            Geometry g = geometry.get(i);
            if (g != null && (g.getArea() < SLIVER_M2 || pieces.get(i).kind() == PieceKind.URBAN_LOT && g.getArea() < 40)) {
                small.add(i);
            }
        }
        small.sort(Comparator.<Integer>comparingDouble(i -> geometry.get(i).getArea()).thenComparingInt(i -> i));
        for (int s : small) {
            Geometry sliver = geometry.get(s);
            if (sliver == null) {
                continue;
            }
            int best = -1;
            double bestLength = 0;
            for (Object o : index.query(sliver.getEnvelopeInternal())) {
                int c = (Integer) o;
                if (c == s || geometry.get(c) == null || !geometry.get(c).getEnvelopeInternal().intersects(sliver.getEnvelopeInternal())) {
                    continue;
                }
                double shared = OverlayNG.overlay(sliver.getBoundary(), geometry.get(c).getBoundary(), OverlayNG.INTERSECTION, PRECISION).getLength();
                boolean sameKind = pieces.get(c).kind() == pieces.get(s).kind();
                double score = shared * (sameKind ? 10 : 1);
                if (score > bestLength) {
                    bestLength = score;
                    best = c;
                }
            }
            if (best < 0) {
                continue;
            }
            Geometry merged = CoverageUnion.union(new Geometry[] {geometry.get(best), sliver});
            if (merged == null || !merged.isValid()) {
                continue;
            }
            geometry.set(best, merged);
            geometry.set(s, null);
            // The merged parcel's envelope may have grown: index it again under its new extent.
            index.insert(merged.getEnvelopeInternal(), best);
        }
    }

    private static int nearest(double[][] seeds, double x, double y) {
        int best = 0;
        double d = Double.MAX_VALUE;
        for (int u = 0; u < seeds.length; u++) {
            double e = (seeds[u][0] - x) * (seeds[u][0] - x) + (seeds[u][1] - y) * (seeds[u][1] - y);
            if (e < d) {
                d = e;
                best = u;
            }
        }
        return best;
    }

    /** Sheet scale by land: 1:500 urban, 1:1000 villages, 1:2000 fields, 1:5000/1:10000 forest. */
    static int scale(PieceKind kind, LandProfile profile) {
        return switch (kind) {
            case URBAN_LOT, INSTITUTION -> 500;
            case GARDEN, PAGODA, SHRINE, CEMETERY, POND -> profile.urban() ? 500 : 1000;
            case FIELD, UPLAND_FIELD -> 2000;
            case FOREST, PROTECTION_FOREST -> profile == LandProfile.MOUNTAIN ? 10000 : 5000;
            case UNUSED -> 5000;
            default -> profile.baseScale();
        };
    }

    /** Side of a sheet's frame in metres (the 50 x 50 cm drawing at the sheet's scale). */
    static double sheetSize(int scale) {
        return switch (scale) {
            case 500 -> 250;
            case 1000 -> 500;
            case 2000 -> 1000;
            case 5000 -> 3000;
            default -> 6000;
        };
    }
}
