package vn.landinfo.demo.application;

import java.util.List;

/**
 * What demo cadastre to generate: whole communes by code, or a province's communes walked in code
 * order until {@code targetParcels} is reached. The same seed always gives the same data.
 */
public record DemoDataRequest(String preset, List<String> communeCodes, String provinceCode, long targetParcels,
                              long seed, boolean ifAbsent) {

    public static final long DEFAULT_SEED = 42;

    public DemoDataRequest {
        communeCodes = communeCodes == null ? List.of() : List.copyOf(communeCodes);
        if (communeCodes.isEmpty() == (provinceCode == null)) {
            throw new IllegalArgumentException("name either communes or a province / nêu danh sách xã hoặc một tỉnh");
        }
        for (String code : communeCodes) {
            if (!code.matches("[0-9]{5}")) {
                throw new IllegalArgumentException("commune code must be 5 digits / mã xã phải có 5 chữ số: " + code);
            }
        }
        if (provinceCode != null && (!provinceCode.matches("[0-9]{2}") || targetParcels <= 0)) {
            throw new IllegalArgumentException("province needs a 2-digit code and a positive parcel target / tỉnh cần mã 2 chữ số và số thửa > 0");
        }
    }

    /** The demo of `./landinfo run`: urban, rural, delta and mountain communes of three provinces. */
    public static DemoDataRequest defaultSet() {
        return new DemoDataRequest("default", List.of("00004", "00070", "00376", "31135", "31258", "03127", "03325"),
            null, 0, DEFAULT_SEED, false);
    }

    /**
     * The small real fixture the CI tests run on: two neighbouring inner-city wards (so the border between
     * communes generated apart is checked too) and a mountain commune.
     */
    public static DemoDataRequest ciFixture() {
        return new DemoDataRequest("ci", List.of("00070", "00082", "03325"), null, 0, DEFAULT_SEED, false);
    }

    public static DemoDataRequest communes(List<String> codes) {
        return new DemoDataRequest(null, codes, null, 0, DEFAULT_SEED, false);
    }

    public static DemoDataRequest province(String provinceCode, long targetParcels) {
        return new DemoDataRequest(null, List.of(), provinceCode, targetParcels, DEFAULT_SEED, false);
    }

    public DemoDataRequest withSeed(long newSeed) {
        return new DemoDataRequest(preset, communeCodes, provinceCode, targetParcels, newSeed, ifAbsent);
    }

    public DemoDataRequest ifAbsent(boolean absent) {
        return new DemoDataRequest(preset, communeCodes, provinceCode, targetParcels, seed, absent);
    }

    /** The name the load is recorded under in {@code dataset_load}. */
    public String datasetName() {
        String what = preset != null ? preset
            : provinceCode != null ? "province-" + provinceCode + "-" + targetParcels
            : "communes-" + String.join(",", communeCodes);
        return "demo:" + what + ":seed-" + seed;
    }
}
