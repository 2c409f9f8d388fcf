package vn.landinfo.adminunit.application;

/** The public properties of an administrative unit {@code u} (parent {@code parent}), as SQL building json. */
final class AdminUnitJson {

    static final String PROPERTIES = """
            'code', u.code,
                   'level', u.level,
                   'unitType', u.unit_type,
                   'name', u.name_vi,
                   'nameEn', u.name_en,
                   'fullName', u.full_name_vi,
                   'fullNameEn', u.full_name_en,
                   'provinceCode', u.province_code,
                   'parentCode', parent.code,
                   'validFrom', u.valid_from,
                   'validTo', u.valid_to""";

    private AdminUnitJson() {
    }
}
