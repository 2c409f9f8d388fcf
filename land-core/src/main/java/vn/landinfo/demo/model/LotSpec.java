package vn.landinfo.demo.model;

/**
 * How a block of a given kind is subdivided: a piece stops splitting below a random size in
 * [low, high] m²; no split may leave a piece under {@code min} m²; {@code depth} is the typical lot
 * depth from the street (m), which decides when a block is first halved back to back.
 */
public record LotSpec(double low, double high, double min, double depth) {

    public static LotSpec of(PieceKind kind, LandProfile profile) {
        return switch (kind) {
            case URBAN_LOT -> new LotSpec(110, 200, 46, 18);
            case INSTITUTION -> new LotSpec(1_500, 6_000, 400, 60);
            case PAGODA, SHRINE -> new LotSpec(600, 2_500, 200, 40);
            case GARDEN -> profile == LandProfile.MOUNTAIN ? new LotSpec(900, 2_500, 300, 40) : new LotSpec(450, 1_400, 200, 35);
            case FIELD -> new LotSpec(1_200, 3_000, 500, 90);
            case UPLAND_FIELD -> new LotSpec(3_000, 10_000, 1_000, 120);
            case POND -> new LotSpec(1_500, 5_000, 500, 50);
            case FOREST, PROTECTION_FOREST -> new LotSpec(30_000, 200_000, 10_000, 400);
            case UNUSED -> new LotSpec(20_000, 100_000, 5_000, 300);
            case CEMETERY -> new LotSpec(5_000, 20_000, 1_000, 100);
            default -> new LotSpec(Double.MAX_VALUE / 4, Double.MAX_VALUE / 2, 0, 1);
        };
    }
}
