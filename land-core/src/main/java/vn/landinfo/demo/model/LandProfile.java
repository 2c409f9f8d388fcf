package vn.landinfo.demo.model;

/**
 * The character of a commune's land: how dense its network is and what its blocks hold. Picked from
 * the place (inner-city ward, delta commune, mountain commune); sizes follow
 * docs/decisions/0022-demo-parcels-look-surveyed.md.
 */
public enum LandProfile {
    /** Inner-city ward: streets, ODT lots of 40–200 m², some public lots and lakes. */
    URBAN(8_000, 20_000, 500),
    /** Delta city ward: as URBAN, with canals (rạch). */
    URBAN_DELTA(8_000, 20_000, 500),
    /** Provincial town: an urban core in a valley of rice fields and wooded hills. */
    TOWN(40_000, 120_000, 1000),
    /** Plain rural commune: villages of ONT+CLN gardens, rice strips, irrigation, some hills. */
    RURAL(50_000, 150_000, 2000),
    /** Mekong delta commune: canals, rice strips, fish ponds, gardens along the canals. */
    DELTA(40_000, 120_000, 2000),
    /** Mountain commune: forest, unused land, upland fields, small villages (bản). */
    MOUNTAIN(300_000, 900_000, 5000);

    private final double minBlock;
    private final double maxBlock;
    private final int baseScale;

    LandProfile(double minBlock, double maxBlock, int baseScale) {
        this.minBlock = minBlock;
        this.maxBlock = maxBlock;
        this.baseScale = baseScale;
    }

    /** m²: pieces larger than a random value in [minBlock, maxBlock] are cut by another road or canal. */
    public double minBlock() {
        return minBlock;
    }

    public double maxBlock() {
        return maxBlock;
    }

    /** The map-sheet scale of roads and water in this commune. */
    public int baseScale() {
        return baseScale;
    }

    public boolean urban() {
        return this == URBAN || this == URBAN_DELTA;
    }

    /** Picks the profile of a commune from its province, code and unit type. */
    public static LandProfile of(String provinceCode, String communeCode, String unitType) {
        boolean ward = "phuong".equals(unitType);
        switch (communeCode) {
            case "03127": return TOWN;
            case "00376": return RURAL;
            default: break;
        }
        boolean delta = switch (provinceCode) {
            case "92", "82", "86", "91", "96", "80" -> true;
            default -> false;
        };
        boolean mountain = switch (provinceCode) {
            case "04", "08", "11", "12", "14", "15", "20", "52", "66", "68" -> true;
            default -> false;
        };
        if (ward) {
            return delta ? URBAN_DELTA : mountain ? TOWN : URBAN;
        }
        return delta ? DELTA : mountain ? MOUNTAIN : RURAL;
    }
}
