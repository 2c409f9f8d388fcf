package vn.landinfo.demo.model;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Land-use purposes of a generated parcel from its kind and final area: residential land is long
 * term, household agricultural land runs 50 years from the 2013 Land Law (to 2064-07-01), commercial
 * land is leased for 50 years, public and water land is long term.
 */
final class Purposes {

    /** m²: an urban lot of this size or more, and of at most {@link #ODT_MAX_M2}, is residential (ODT). */
    static final double ODT_MIN_M2 = 40;
    /** m²: a larger urban lot is commercial (TMD); a smaller one than {@link #ODT_MIN_M2} is a passage (DGT). */
    static final double ODT_MAX_M2 = 200;

    private static final String AGRICULTURAL_TERM = "2064-07-01";

    private Purposes() {
    }

    /**
     * The band of areas in which a parcel of this kind and surveyed area keeps its purposes: for an urban lot,
     * under 40 m², 40–200 m² or over 200 m²; for every other kind any area.
     */
    static AreaRange range(PieceKind kind, double area) {
        if (kind != PieceKind.URBAN_LOT) {
            return AreaRange.ANY;
        }
        if (area < ODT_MIN_M2) {
            return new AreaRange(0, Math.nextDown(ODT_MIN_M2));
        }
        return area <= ODT_MAX_M2 ? new AreaRange(ODT_MIN_M2, ODT_MAX_M2) : new AreaRange(Math.nextUp(ODT_MAX_M2), Double.POSITIVE_INFINITY);
    }

    /**
     * The purposes of a parcel: which ones follow from its kind and its surveyed area (the area of its geometry, what
     * the register computes), and their areas add up to its legal area (the certificate's, rounded to 0.1 m² and for a
     * few parcels an older survey's), so a lot of 39.96 m² is not residential because its certificate says 40.0.
     */
    static List<DemoParcel.LandUse> of(PieceKind kind, double surveyedArea, double area, LandProfile profile, SplittableRandom random) {
        return switch (kind) {
            case ROAD -> one("DGT", area, null, "DG-KTT");
            case CANAL -> one("MNC", area, null, "DG-KTT");
            case IRRIGATION -> one("DTL", area, null, "DG-KTT");
            case RIVER, STREAM -> one("SON", area, null, "DG-KTT");
            case LAKE -> one("MNC", area, null, "DG-KTT");
            case URBAN_LOT -> surveyedArea >= ODT_MIN_M2 && surveyedArea <= ODT_MAX_M2
                ? one("ODT", area, null, random.nextDouble() < 0.7 ? "CNQ-CTT" : "NCN")
                : surveyedArea > ODT_MAX_M2 ? one("TMD", area, "2065-01-01", "DT-THN") : one("DGT", area, null, "DG-KTT");
            case INSTITUTION -> {
                String[] codes = {"TSC", "DGD", "DYT", "DVH", "TMD", "TMD"};
                String code = codes[random.nextInt(codes.length)];
                yield code.equals("TMD") ? one("TMD", area, "2065-01-01", "DT-THN") : one(code, area, null, "DG-KTT");
            }
            case PAGODA -> one("TON", area, null, "CNQ-KTT");
            case SHRINE -> one("TIN", area, null, "CNQ-KTT");
            case CEMETERY -> one("NTD", area, null, "DG-KTT");
            case GARDEN -> garden(area, profile, random);
            case FIELD -> one(profile == LandProfile.MOUNTAIN && random.nextDouble() < 0.4 ? "LUK" : "LUC", area, AGRICULTURAL_TERM, "DG-KTT");
            case UPLAND_FIELD -> one("HNK", area, AGRICULTURAL_TERM, "DG-KTT");
            case POND -> one("NTS", area, AGRICULTURAL_TERM, "DG-KTT");
            case FOREST -> one("RSX", area, AGRICULTURAL_TERM, "DG-KTT");
            case PROTECTION_FOREST -> one("RPH", area, null, "DG-KTT");
            case UNUSED -> one(random.nextDouble() < 0.6 ? "NCS" : "DCS", area, null, "DG-KTT");
        };
    }

    /** A rural residential garden: 100-400 m² ONT (long term) and the rest perennial trees (CLN). */
    private static List<DemoParcel.LandUse> garden(double area, LandProfile profile, SplittableRandom random) {
        double residential = Math.round((100 + random.nextDouble() * 300) * 10) / 10.0;
        String origin = random.nextDouble() < 0.8 ? "CNQ-CTT" : "NTK";
        if (area - residential < 30) {
            return one("ONT", area, null, origin);
        }
        double garden = Math.round((area - residential) * 10) / 10.0;
        return List.of(new DemoParcel.LandUse("ONT", residential, null, origin),
            new DemoParcel.LandUse("CLN", garden, AGRICULTURAL_TERM, origin));
    }

    private static List<DemoParcel.LandUse> one(String code, double area, String termEnd, String origin) {
        return List.of(new DemoParcel.LandUse(code, area, termEnd, origin));
    }
}
