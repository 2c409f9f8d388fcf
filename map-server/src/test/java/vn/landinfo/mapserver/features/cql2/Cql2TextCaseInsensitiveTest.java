package vn.landinfo.mapserver.features.cql2;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.landinfo.mapserver.features.cql2.Cql2Fixtures.parse;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.landinfo.mapserver.features.filter.ComparisonOp;
import vn.landinfo.mapserver.features.filter.Filter;

/** cql2-text, conformance class Case-insensitive Comparison (CASEI) of OGC 21-065 (decision 0184). */
class Cql2TextCaseInsensitiveTest {

    @Test
    void caseiOnEitherSideComparesWithoutCase() {
        Filter expected = new Filter.Comparison(ComparisonOp.EQUAL, "commune", "Phúc Xá", false);
        assertThat(parse("CASEI(commune) = CASEI('Phúc Xá')")).isEqualTo(expected);
        assertThat(parse("casei(commune) = 'Phúc Xá'")).isEqualTo(expected);
        assertThat(parse("CASEI('Phúc Xá') = commune")).isEqualTo(expected);
    }

    @Test
    void caseiInLikeInAndBetween() {
        assertThat(parse("CASEI(owner_name) LIKE CASEI('nguyễn%')")).isEqualTo(new Filter.Like("owner_name", "nguyễn%", '%', '_', '\\', false));
        assertThat(parse("CASEI(land_use) IN (CASEI('odt'), CASEI('ont'))")).isEqualTo(new Filter.Or(List.of(
                new Filter.Comparison(ComparisonOp.EQUAL, "land_use", "odt", false), new Filter.Comparison(ComparisonOp.EQUAL, "land_use", "ont", false))));
        assertThat(parse("CASEI(code) BETWEEN 'a' AND 'c'")).isEqualTo(new Filter.And(List.of(
                new Filter.Comparison(ComparisonOp.GREATER_THAN_OR_EQUAL, "code", "a", false),
                new Filter.Comparison(ComparisonOp.LESS_THAN_OR_EQUAL, "code", "c", false))));
    }

    @Test
    void ilikeAsGdalWritesItIsACaseInsensitiveLike() {
        assertThat(parse("owner_name ILIKE 'nguy%'")).isEqualTo(new Filter.Like("owner_name", "nguy%", '%', '_', '\\', false));
        assertThat(parse("owner_name NOT ILIKE 'nguy%'")).isEqualTo(new Filter.Not(new Filter.Like("owner_name", "nguy%", '%', '_', '\\', false)));
    }
}
