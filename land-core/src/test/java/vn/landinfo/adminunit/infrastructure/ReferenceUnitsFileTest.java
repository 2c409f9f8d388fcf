package vn.landinfo.adminunit.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.landinfo.adminunit.model.AdminLevel;
import vn.landinfo.adminunit.model.ReferenceUnit;
import vn.landinfo.adminunit.model.UnitType;
import vn.landinfo.testsupport.TestDatabase;

class ReferenceUnitsFileTest {

    @Test
    void the_reference_list_has_34_provinces_and_3321_communes_of_the_post_2025_kinds() {
        List<ReferenceUnit> units = ReferenceUnitsFile.read(TestDatabase.repositoryRoot().resolve("data/admin-units/units.json"));

        assertThat(units).filteredOn(u -> u.level() == AdminLevel.PROVINCE).hasSize(34);
        assertThat(units).filteredOn(u -> u.level() == AdminLevel.COMMUNE).hasSize(3321)
                .extracting(ReferenceUnit::type).containsOnly(UnitType.PHUONG, UnitType.XA, UnitType.DAC_KHU);
        assertThat(units.get(0)).isEqualTo(new ReferenceUnit(AdminLevel.PROVINCE, "01", UnitType.THANH_PHO,
                "Hà Nội", "Hanoi", "Thành phố Hà Nội", "Hanoi City", "01"));
        assertThat(units).filteredOn(u -> u.code().equals("03325")).singleElement()
                .satisfies(u -> {
                    assertThat(u.fullNameVi()).isEqualTo("Xã Mường Phăng");
                    assertThat(u.provinceCode()).isEqualTo("11");
                });
    }

    @Test
    void maps_each_unit_kind_and_refuses_one_it_does_not_know() {
        var root = JsonMapper.shared().readTree("""
            [{"Code":"92","Name":"Cần Thơ","NameEn":"Can Tho","FullName":"Thành phố Cần Thơ","FullNameEn":"Can Tho City",
              "AdministrativeUnitShortName":"Thành phố","Wards":[
                {"Code":"31135","Name":"Ninh Kiều","NameEn":"Ninh Kieu","FullName":"Phường Ninh Kiều",
                 "FullNameEn":"Ninh Kieu Ward","ProvinceCode":"92","AdministrativeUnitShortName":"Phường"},
                {"Code":"31136","Name":"X","NameEn":"X","FullName":"Quận X","FullNameEn":"X District",
                 "ProvinceCode":"92","AdministrativeUnitShortName":"Quận"}]}]""");

        assertThatThrownBy(() -> ReferenceUnitsFile.parse(root, "units.json"))
                .hasMessageContaining("units.json: unit 31136")
                .hasMessageContaining("unknown unit type 'Quận' at level commune");
    }

    @Test
    void escapes_what_copy_text_format_would_misread() {
        assertThat(BoundaryStaging.escape("a\tb\\c\nd")).isEqualTo("a\\tb\\\\c\\nd");
        assertThat(BoundaryStaging.escape("{\"type\":\"Polygon\"}")).isEqualTo("{\"type\":\"Polygon\"}");
    }
}
