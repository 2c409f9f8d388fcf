package vn.landinfo.adminunit.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdminLevelTest {

    @Test
    void a_codes_length_says_its_level() {
        assertThat(AdminLevel.ofCode("01")).contains(AdminLevel.PROVINCE);
        assertThat(AdminLevel.ofCode("00004")).contains(AdminLevel.COMMUNE);
        assertThat(AdminLevel.ofCode("001")).isEmpty();
        assertThat(AdminLevel.ofCode("0000a")).isEmpty();
        assertThat(AdminLevel.ofCode(null)).isEmpty();
    }

    @Test
    void a_city_is_a_province_level_kind_only() {
        assertThat(UnitType.fromShortName("Thành phố", AdminLevel.PROVINCE)).isEqualTo(UnitType.THANH_PHO);
        assertThat(UnitType.fromShortName("Đặc khu", AdminLevel.COMMUNE).dbValue()).isEqualTo("dac_khu");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> UnitType.fromShortName("Thành phố", AdminLevel.COMMUNE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
