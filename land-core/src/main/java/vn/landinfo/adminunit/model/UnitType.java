package vn.landinfo.adminunit.model;

import java.util.Map;

/** Kind of administrative unit, as stored in {@code admin_unit.unit_type}; only the post-2025 kinds are current. */
public enum UnitType {
    THANH_PHO("thanh_pho", AdminLevel.PROVINCE),
    TINH("tinh", AdminLevel.PROVINCE),
    PHUONG("phuong", AdminLevel.COMMUNE),
    XA("xa", AdminLevel.COMMUNE),
    DAC_KHU("dac_khu", AdminLevel.COMMUNE);

    // The reference data names the kind by its Vietnamese short name; a city is a province-level unit only
    // at province level (there are no commune-level cities after 2025).
    private static final Map<String, UnitType> BY_SHORT_NAME = Map.of(
            "Thành phố", THANH_PHO, "Tỉnh", TINH, "Phường", PHUONG, "Xã", XA, "Đặc khu", DAC_KHU);

    private final String dbValue;
    private final AdminLevel level;

    UnitType(String dbValue, AdminLevel level) {
        this.dbValue = dbValue;
        this.level = level;
    }

    public String dbValue() {
        return dbValue;
    }

    public AdminLevel level() {
        return level;
    }

    /** Maps the reference data's short name ("Phường", "Xã", ...) at the given level; unknown names are an error. */
    public static UnitType fromShortName(String shortName, AdminLevel level) {
        UnitType type = BY_SHORT_NAME.get(shortName == null ? "" : shortName.strip());
        if (type == null || type.level != level) {
            throw new IllegalArgumentException("Loại đơn vị không hợp lệ / unknown unit type '" + shortName + "' at level " + level.dbValue());
        }
        return type;
    }
}
