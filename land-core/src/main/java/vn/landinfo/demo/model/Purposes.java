package vn.landinfo.demo.model;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Land-use purposes of a generated parcel from its kind and final area: residential land is long
 * term, household agricultural land runs 50 years from the 2013 Land Law (to 2064-07-01), commercial
 * land is leased for 50 years, public and water land is long term.
 */
final class Purposes {

    private static final String AGRICULTURAL_TERM = "2064-07-01";

    private Purposes() {
    }

    static List<DemoParcel.LandUse> of(PieceKind kind, double area, LandProfile profile, SplittableRandom random) {
        return switch (kind) {
            case ROAD -> one("DGT", area, null, "DG-KTT");
            case CANAL -> one("MNC", area, null, "DG-KTT");
            case IRRIGATION -> one("DTL", area, null, "DG-KTT");
            case RIVER, STREAM -> one("SON", area, null, "DG-KTT");
            case LAKE -> one("MNC", area, null, "DG-KTT");
            case URBAN_LOT -> area >= 40 && area <= 200
                ? one("ODT", area, null, random.nextDouble() < 0.7 ? "CNQ-CTT" : "NCN")
                : area > 200 ? one("TMD", area, "2065-01-01", "DT-THN") : one("DGT", area, null, "DG-KTT");
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
