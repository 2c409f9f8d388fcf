package vn.landinfo.demo.model;

import java.util.List;
import java.util.SplittableRandom;

/** Plausible Vietnamese names for the generated streets, canals, lakes and villages of one province. */
public final class StreetNames {

    private static final List<String> HA_NOI = List.of(
        "Hàng Bạc", "Hàng Trống", "Hàng Gai", "Hàng Bông", "Hàng Đào", "Hàng Ngang", "Tràng Tiền", "Lý Thái Tổ",
        "Đinh Tiên Hoàng", "Phan Đình Phùng", "Quán Thánh", "Hoàng Diệu", "Điện Biên Phủ", "Nguyễn Thái Học",
        "Kim Mã", "Đội Cấn", "Liễu Giai", "Ngọc Hà", "Trúc Bạch", "Hàng Chuối", "Lê Thái Tổ", "Hai Bà Trưng",
        "Bà Triệu", "Hàng Buồm", "Mã Mây", "Hàng Mành", "Nguyễn Tri Phương", "Cửa Bắc", "Hàng Cót", "Phùng Hưng");
    private static final List<String> CAN_THO = List.of(
        "Hòa Bình", "Mậu Thân", "30 Tháng 4", "Trần Hưng Đạo", "Nguyễn Trãi", "Lý Tự Trọng", "Hai Bà Trưng",
        "Phan Đình Phùng", "Nguyễn Văn Cừ", "Trần Văn Khéo", "Ngô Quyền", "Xô Viết Nghệ Tĩnh", "Cách Mạng Tháng 8",
        "Võ Văn Kiệt", "Đề Thám", "Huỳnh Thúc Kháng");
    private static final List<String> GENERIC = List.of(
        "Trần Hưng Đạo", "Lê Lợi", "Nguyễn Trãi", "Lý Thường Kiệt", "Hoàng Văn Thụ", "Võ Nguyên Giáp",
        "Trường Chinh", "Nguyễn Chí Thanh", "Tô Hiệu", "Phan Chu Trinh", "Hùng Vương", "Nguyễn Du", "Bế Văn Đàn",
        "Lê Duẩn", "Nguyễn Hữu Thọ", "Sùng Phái Sinh");
    private static final List<String> VILLAGE = List.of(
        "Đông", "Đoài", "Thượng", "Hạ", "Trung", "Phú Lộc", "Tân Hòa", "An Thạnh", "Hòa Bình", "Phú Mỹ", "Tân Lập",
        "Thành Công", "Đồng Tâm", "Vĩnh Hưng", "Thới Hòa", "Trường Xuân", "Na Sang", "Co Mị", "Huổi Hẹ", "Nà Nhạn",
        "Kéo", "Pa Trá", "Xuân Dục", "Lương Phúc", "Thanh Nhàn", "Đức Hậu", "Hiền Lương", "Phù Mã");

    private final List<String> streets;
    private final String villageWord;

    public StreetNames(String provinceCode) {
        this.streets = switch (provinceCode) {
            case "01" -> HA_NOI;
            case "92" -> CAN_THO;
            default -> GENERIC;
        };
        this.villageWord = switch (provinceCode) {
            case "92", "82", "86", "91", "96", "80", "79", "75" -> "Ấp";
            case "11", "12", "14", "15", "04", "08" -> "Bản";
            default -> "Thôn";
        };
    }

    public String next(SplittableRandom random, int level) {
        return streets.get(random.nextInt(streets.size()));
    }

    public String water(PieceKind kind, SplittableRandom random) {
        String name = VILLAGE.get(random.nextInt(VILLAGE.size()));
        return switch (kind) {
            case RIVER -> "Sông " + name;
            case STREAM -> "Suối " + name;
            case CANAL -> "Kênh " + name;
            default -> "Mương " + name;
        };
    }

    public String lake(SplittableRandom random) {
        return "Hồ " + VILLAGE.get(random.nextInt(VILLAGE.size()));
    }

    /** "Thôn/Ấp/Bản X" for a zone cell, stable for every lot of the same village. */
    public String village(long cellId) {
        return villageWord + " " + VILLAGE.get((int) Math.floorMod(ZoneField.mix(cellId), (long) VILLAGE.size()));
    }
}
