package vn.landinfo.adminunit.model;

/** One province or commune as the reference list describes it (no boundary: boundaries are streamed apart). */
public record ReferenceUnit(
        AdminLevel level,
        String code,
        UnitType type,
        String nameVi,
        String nameEn,
        String fullNameVi,
        String fullNameEn,
        String provinceCode) {

    public ReferenceUnit {
        if (AdminLevel.ofCode(code).orElse(null) != level) {
            throw new IllegalArgumentException("Mã đơn vị không hợp lệ / code '" + code + "' is not a " + level.dbValue() + " code");
        }
        if (type.level() != level) {
            throw new IllegalArgumentException("unit " + code + ": type " + type + " is not a " + level.dbValue() + " type");
        }
        if (AdminLevel.ofCode(provinceCode).orElse(null) != AdminLevel.PROVINCE) {
            throw new IllegalArgumentException("unit " + code + ": province code '" + provinceCode + "' is not 2 digits");
        }
    }
}
