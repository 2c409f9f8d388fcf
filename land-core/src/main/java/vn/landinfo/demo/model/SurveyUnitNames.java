package vn.landinfo.demo.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Names of the pre-2025 communes a current commune was surveyed as, always names of the region it lies in
 * (docs/decisions/0082-local-survey-unit-names.md). The reference data has no predecessor names, so:
 * for the demo communes, wards and communes of the same pre-2025 district that the authors know by name
 * (which exactly merged into which is not checked against the merger resolutions); elsewhere, names of
 * other current communes of the same province; with neither, neutral numbered areas.
 */
final class SurveyUnitNames {

    private static final Map<String, List<String>> FORMER = Map.of(
        "00004", List.of("Trúc Bạch", "Quán Thánh", "Điện Biên", "Ngọc Hà"),
        "00070", List.of("Hàng Trống", "Hàng Bạc", "Tràng Tiền", "Hàng Đào"),
        "00082", List.of("Cửa Nam", "Hàng Bông", "Trần Hưng Đạo", "Văn Miếu"),
        "00376", List.of("Phù Linh", "Tiên Dược", "Mai Đình", "Tân Minh"),
        "31135", List.of("Tân An", "Thới Bình", "Xuân Khánh", "An Cư"),
        "31258", List.of("Thới Lai", "Thới Tân", "Trường Thắng", "Tân Thạnh"),
        "03127", List.of("Him Lam", "Thanh Bình", "Tân Thanh", "Nam Thanh"),
        "03325", List.of("Mường Phăng", "Pá Khoang", "Nà Nhạn", "Nà Tông"));

    private SurveyUnitNames() {
    }

    /**
     * {@code count} survey units of the commune; {@code provinceNames} are the names of the province's other
     * current communes (in code order), from which a commune without a list of its own takes {@code count}
     * consecutive ones (neighbouring codes are mostly neighbouring places).
     */
    static List<SurveyPlan.SurveyUnit> of(String communeCode, String unitType, int count, List<String> provinceNames,
                                          SplittableRandom random) {
        List<String> source = FORMER.get(communeCode);
        boolean ward = "phuong".equals(unitType);
        int start = random.nextInt(Math.max(1, provinceNames.size()));
        List<SurveyPlan.SurveyUnit> units = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = source != null ? source.get(i % source.size())
                : provinceNames.size() >= count ? provinceNames.get((start + i) % provinceNames.size())
                : "Khu " + (i + 1);
            units.add(new SurveyPlan.SurveyUnit(name, ward ? "phuong" : "xa"));
        }
        return units;
    }
}
