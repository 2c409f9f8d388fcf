package vn.landinfo.mapserver.features.cql2;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.landinfo.mapserver.features.cql2.Cql2Fixtures.cmp;
import static vn.landinfo.mapserver.features.cql2.Cql2Fixtures.parse;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.landinfo.mapserver.features.filter.ComparisonOp;
import vn.landinfo.mapserver.features.filter.Filter;

/** cql2-text, conformance class Advanced Comparison Operators of OGC 21-065 (decision 0184). */
class Cql2TextAdvancedComparisonTest {

    @Test
    void likeKeepsTheCql2WildcardsAndBackslashEscape() {
        assertThat(parse("owner_name LIKE 'Nguy_n%'")).isEqualTo(new Filter.Like("owner_name", "Nguy_n%", '%', '_', '\\', true));
        assertThat(parse("code like '10\\%'")).isEqualTo(new Filter.Like("code", "10\\%", '%', '_', '\\', true));
        assertThat(parse("owner_name NOT LIKE 'Tr%'")).isEqualTo(new Filter.Not(new Filter.Like("owner_name", "Tr%", '%', '_', '\\', true)));
    }

    @Test
    void between() {
        assertThat(parse("area_m2 BETWEEN 100 AND 150.5")).isEqualTo(new Filter.Between("area_m2", "100", "150.5"));
        assertThat(parse("area_m2 not between 100 and 150 and a = 1")).isEqualTo(new Filter.And(List.of(
                new Filter.Not(new Filter.Between("area_m2", "100", "150")), cmp(ComparisonOp.EQUAL, "a", "1"))));
    }

    @Test
    void inIsAnOrOfEqualities() {
        assertThat(parse("land_use IN ('ODT', 'ONT', 'LUC')")).isEqualTo(new Filter.Or(List.of(
                cmp(ComparisonOp.EQUAL, "land_use", "ODT"), cmp(ComparisonOp.EQUAL, "land_use", "ONT"), cmp(ComparisonOp.EQUAL, "land_use", "LUC"))));
        assertThat(parse("sheet NOT IN (12, 13)")).isEqualTo(new Filter.Not(new Filter.Or(List.of(
                cmp(ComparisonOp.EQUAL, "sheet", "12"), cmp(ComparisonOp.EQUAL, "sheet", "13")))));
        assertThat(parse("sheet in (12)")).isEqualTo(cmp(ComparisonOp.EQUAL, "sheet", "12"));
    }
}
