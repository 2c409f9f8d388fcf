package vn.landinfo.adminunit.model;

import java.util.Optional;

/** The two levels left after the 2025 reform abolished districts; the code's length says which. */
public enum AdminLevel {
    PROVINCE("province", 2),
    COMMUNE("commune", 5);

    private final String dbValue;
    private final int codeLength;

    AdminLevel(String dbValue, int codeLength) {
        this.dbValue = dbValue;
        this.codeLength = codeLength;
    }

    /** The value of {@code admin_unit.level}. */
    public String dbValue() {
        return dbValue;
    }

    /** The level a code belongs to: 2 digits a province, 5 digits a commune; anything else is no unit code. */
    public static Optional<AdminLevel> ofCode(String code) {
        if (code == null || !code.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        for (AdminLevel level : values()) {
            if (level.codeLength == code.length()) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
