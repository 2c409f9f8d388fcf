package vn.landinfo.demo.model;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Names of the pre-2025 communes a current commune was surveyed as. Ba Đình and Hoàn Kiếm use wards
 * that really merged into them; elsewhere plausible names are drawn from a fixed list.
 */
final class SurveyUnitNames {

    private static final List<String> BA_DINH = List.of("Trúc Bạch", "Quán Thánh", "Điện Biên", "Ngọc Hà");
    private static final List<String> HOAN_KIEM = List.of("Hàng Trống", "Hàng Bạc", "Tràng Tiền", "Hàng Đào");
    private static final List<String> POOL = List.of(
        "Tân An", "An Hòa", "Phú Thứ", "Trường Thành", "Mỹ Khánh", "Xuân Thắng", "Định Môn", "Tân Thạnh",
        "Hồng Kỳ", "Phù Linh", "Tiên Dược", "Mai Đình", "Nà Tấu", "Mường Phăng", "Pá Khoang", "Thanh Minh",
        "Nam Thanh", "Him Lam", "Tân Thanh", "Noong Bua", "Trường Lạc", "Đông Thới", "Thới Thạnh", "Xuân Giang");

    private SurveyUnitNames() {
    }

    static List<SurveyPlan.SurveyUnit> of(String communeCode, String unitType, int count, SplittableRandom random) {
        List<String> source = switch (communeCode) {
            case "00004" -> BA_DINH;
            case "00070" -> HOAN_KIEM;
            default -> null;
        };
        List<SurveyPlan.SurveyUnit> units = new ArrayList<>();
        boolean ward = "phuong".equals(unitType);
        int start = random.nextInt(POOL.size());
        for (int i = 0; i < count; i++) {
            String name = source != null ? source.get(i % source.size()) : POOL.get((start + 7 * i) % POOL.size());
            units.add(new SurveyPlan.SurveyUnit(name, ward ? "phuong" : "xa"));
        }
        return units;
    }
}
