package vn.landinfo.mapserver.features.cql2;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.landinfo.mapserver.features.cql2.Cql2Fixtures.cmp;
import static vn.landinfo.mapserver.features.cql2.Cql2Fixtures.parse;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.landinfo.mapserver.features.filter.ComparisonOp;
import vn.landinfo.mapserver.features.filter.Filter;

/** cql2-text, conformance class Basic CQL2 of OGC 21-065 (decision 0184). */
class Cql2TextBasicTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            land_use = 'ODT'  | EQUAL                 | land_use | ODT
            land_use <> 'LUC' | NOT_EQUAL             | land_use | LUC
            area_m2 < 200     | LESS_THAN             | area_m2  | 200
            area_m2 <= 200.5  | LESS_THAN_OR_EQUAL    | area_m2  | 200.5
            area_m2 > -3      | GREATER_THAN          | area_m2  | -3
            area_m2>=1e3      | GREATER_THAN_OR_EQUAL | area_m2  | 1e3
            """)
    void everyComparisonOperatorPutsThePropertyFirst(String text, ComparisonOp op, String property, String literal) {
        assertThat(parse(text)).isEqualTo(cmp(op, property, literal));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            200 < area_m2    | GREATER_THAN       | area_m2  | 200
            200 >= area_m2   | LESS_THAN_OR_EQUAL | area_m2  | 200
            'ODT' = land_use | EQUAL              | land_use | ODT
            """)
    void aLiteralOnTheLeftFlipsTheOperator(String text, ComparisonOp op, String property, String literal) {
        assertThat(parse(text)).isEqualTo(cmp(op, property, literal));
    }

    @Test
    void nullTests() {
        assertThat(parse("owner_name IS NULL")).isEqualTo(new Filter.IsNull("owner_name"));
        assertThat(parse("geometry is not null")).isEqualTo(new Filter.Not(new Filter.IsNull("geometry")));
    }

    @Test
    void andBindsTighterThanOrAndNotTighterThanAnd() {
        Filter a = cmp(ComparisonOp.EQUAL, "a", "1");
        Filter b = cmp(ComparisonOp.EQUAL, "b", "2");
        Filter c = cmp(ComparisonOp.EQUAL, "c", "3");
        assertThat(parse("a = 1 OR b = 2 AND c = 3")).isEqualTo(new Filter.Or(List.of(a, new Filter.And(List.of(b, c)))));
        assertThat(parse("(a = 1 or b = 2) and c = 3")).isEqualTo(new Filter.And(List.of(new Filter.Or(List.of(a, b)), c)));
        assertThat(parse("NOT a = 1 AND b = 2")).isEqualTo(new Filter.And(List.of(new Filter.Not(a), b)));
        assertThat(parse("not (a = 1 and b = 2)")).isEqualTo(new Filter.Not(new Filter.And(List.of(a, b))));
        assertThat(parse("a = 1 AND b = 2 AND c = 3")).isEqualTo(new Filter.And(List.of(a, b, c)));
    }

    @Test
    void keywordsInAnyCase() {
        assertThat(parse("a = 1 aNd NoT b Is NuLl")).isEqualTo(new Filter.And(List.of(cmp(ComparisonOp.EQUAL, "a", "1"),
                new Filter.Not(new Filter.IsNull("b")))));
    }

    @Test
    void stringsWithQuotesAndDoubleQuotedNames() {
        assertThat(parse("owner_name = 'Nguyễn Văn A'")).isEqualTo(cmp(ComparisonOp.EQUAL, "owner_name", "Nguyễn Văn A"));
        assertThat(parse("note = 'it''s'")).isEqualTo(cmp(ComparisonOp.EQUAL, "note", "it's"));
        assertThat(parse("note = 'it\\'s'")).isEqualTo(cmp(ComparisonOp.EQUAL, "note", "it's"));
        assertThat(parse("\"land use\" = 'ODT'")).isEqualTo(cmp(ComparisonOp.EQUAL, "land use", "ODT"));
        assertThat(parse("\"and\" = 1")).isEqualTo(cmp(ComparisonOp.EQUAL, "and", "1"));
        assertThat(parse("ns:parcel.area = 1")).isEqualTo(cmp(ComparisonOp.EQUAL, "ns:parcel.area", "1"));
    }

    @Test
    void booleanLiteralsAsValuesAndAsTheWholeFilter() {
        assertThat(parse("is_public = true")).isEqualTo(cmp(ComparisonOp.EQUAL, "is_public", "true"));
        assertThat(parse("is_public <> FALSE")).isEqualTo(cmp(ComparisonOp.NOT_EQUAL, "is_public", "false"));
        assertThat(parse("TRUE")).isEqualTo(new Filter.Include());
        assertThat(parse("false")).isEqualTo(new Filter.Exclude());
        assertThat(parse("true AND a = 1")).isEqualTo(new Filter.And(List.of(new Filter.Include(), cmp(ComparisonOp.EQUAL, "a", "1"))));
    }

    @Test
    void timestampsAreNormalisedToUtcAndDatesKeptAsDays() {
        assertThat(parse("updated >= TIMESTAMP('2024-05-01T08:30:00+07:00')"))
                .isEqualTo(cmp(ComparisonOp.GREATER_THAN_OR_EQUAL, "updated", "2024-05-01T01:30:00Z"));
        assertThat(parse("registered < date('2020-01-31')")).isEqualTo(cmp(ComparisonOp.LESS_THAN, "registered", "2020-01-31"));
    }
}
