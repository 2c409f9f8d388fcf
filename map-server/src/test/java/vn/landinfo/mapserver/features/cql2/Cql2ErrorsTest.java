package vn.landinfo.mapserver.features.cql2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.landinfo.mapserver.ogc.OgcException;

/**
 * Malformed or unsupported CQL2 is refused with a 400, locator {@code filter}, the position (0-based offset) and
 * what was expected, Vietnamese first; the bounds of decision 0184 hold in both encodings.
 */
class Cql2ErrorsTest {

    private static OgcException textError(String text) {
        return catchThrowableOfType(() -> new Cql2TextParser().parse(text, null), OgcException.class);
    }

    private static OgcException jsonError(String json) {
        return catchThrowableOfType(() -> new Cql2JsonParser().parse(json, null), OgcException.class);
    }

    private static void assertRefused(OgcException e, int position, String english) {
        assertThat(e).as("an OgcException").isNotNull();
        assertThat(e.code()).isEqualTo(OgcException.INVALID_PARAMETER_VALUE);
        assertThat(e.locator()).isEqualTo("filter");
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.getMessage()).startsWith("Bộ lọc CQL2 không hợp lệ tại vị trí " + position + ": ");
        assertThat(e.getMessage()).contains(" / invalid CQL2 filter at position " + position + ": ");
        assertThat(e.getMessage().substring(e.getMessage().indexOf(" / "))).contains(english);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            land_use =                                            | 10 | expected a property name or a literal, found the end of the expression
            land_use == 'ODT'                                     | 10 | expected a property name or a literal, found '='
            land_use = 'ODT                                       | 11 | a string opened with ' is never closed
            area_m2 > 1 AND                                       | 15 | expected a predicate, found the end of the expression
            (a = 1                                                | 6  | expected ')', found the end of the expression
            a = 1 b = 2                                           | 6  | expected the end of the expression (AND / OR missing?), found 'b'
            a ! 1                                                 | 2  | unexpected character '!'
            area_m2 + 1 > 2                                       | 8  | arithmetic (+) is not supported
            avg(area_m2) > 4                                      | 0  | function avg is not supported
            a = b                                                 | 4  | comparing two properties is not supported
            1 = 2                                                 | 0  | comparing two literals is not supported
            a LIKE 5                                              | 7  | a LIKE pattern must be a string
            a IN ()                                               | 6  | expected a property name or a literal, found ')'
            a NOT NULL                                            | 6  | expected LIKE, BETWEEN or IN after NOT, found 'NULL'
            a IS 1                                                | 5  | expected NULL or NOT NULL, found '1'
            like = 1                                              | 0  | a keyword used as a name must be double-quoted
            ACCENTI(name) = 'x'                                   | 0  | ACCENTI (accent-insensitive comparison) is not supported
            CASEI(area_m2) = CASEI(5)                             | 23 | CASEI needs a property or a string
            updated > TIMESTAMP('yesterday')                      | 20 | expected an RFC 3339 timestamp
            updated > DATE('2020-13-01')                          | 15 | expected a date as YYYY-MM-DD
            S_INTERSECTS(geometry, POINT(1))                      | 30 | expected a coordinate (number), found ')'
            S_INTERSECTS(geometry, POLYGON((0 0, 1 0, 1 1)))      | 23 | must be closed
            S_INTERSECTS(geometry, LINESTRING(0 0))               | 23 | a line string needs at least 2 positions
            S_INTERSECTS(geometry, other_geometry)                | 0  | two properties or two literals are not supported
            S_INTERSECTS(POINT(0 0), POINT(1 1))                  | 0  | two properties or two literals are not supported
            S_INTERSECTS(geometry, BBOX(2, 0, 1, 1))              | 27 | lower corner exceeds its upper corner
            S_INTERSECTS(geometry, BBOX(0, 0, 1))                 | 27 | BBOX needs 4 or 6 numbers, got 3
            S_INTERSECTS(geometry, POINT EMPTY)                   | 29 | empty geometries are not supported
            S_DWITHIN(geometry, POINT(0 0), 10, meters)           | 0  | function S_DWITHIN is not supported
            A_CONTAINS(tags, ('a'))                               | 0  | function A_CONTAINS is not supported
            POINT(1 2) = geometry                                 | 0  | a geometry is only allowed in the spatial functions
            a = S_INTERSECTS(geometry, POINT(0 0))                | 4  | S_INTERSECTS is a predicate, not a value
            T_AFTER(valid_from, 5)                                | 20 | expected a temporal property, TIMESTAMP(…), DATE(…) or INTERVAL(…)
            T_INTERSECTS(INTERVAL(5, '..'), valid_from)           | 22 | an INTERVAL end: '..', a date, a timestamp or a temporal property
            T_DURING(valid_from, INTERVAL('2020-01-01', '..'))    | 9  | T_DURING compares two intervals, INTERVAL(…); with an instant use T_AFTER
            T_MEETS(INTERVAL(valid_from, valid_to), DATE('2020-01-01')) | 40 | T_MEETS compares two intervals
            T_DURING(valid_from, INTERVAL('2020-02-01', '2020-01-01')) | 21 | the interval ends before it begins
            """)
    void textIsRefusedAtThePositionWithWhatWasExpected(String text, int position, String english) {
        assertRefused(textError(text), position, english);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"op":"=","args":[{"property":"a"}]}                     | 0  | this operation needs exactly 2 arguments, got 1
            {"op":"avg","args":[{"property":"a"}]}                   | 0  | operation "avg" is not supported
            {"op":"=","args":[{"property":"a"},1],"x":1}            | 0  | unknown member "x"
            {"op":"=","op":"<","args":[]}                            | 10 | member "op" is repeated
            {"op":"=","args":[{"property":"a"},1]                    | 37 | expected ',' or '}', found the end of the expression
            [1, 2]                                                   | 0  | expected a boolean expression
            {"op":"=","args":[{"property":"a"},null]}                | 35 | null is not a literal; use isNull
            true x                                                   | 5  | expected the end of the JSON document
            {"op":"=","args":[{"property":"a"},01]}                  | 36 | expected ',' or ']'
            {"op":"and","args":[true]}                               | 0  | and needs at least 2 arguments
            {"op":"in","args":[{"property":"a"},"x"]}                | 36 | the second argument of in must be an array
            {"op":"s_intersects","args":[{"property":"g"},{"type":"Circle","coordinates":[0,0]}]} | 54 | unknown GeoJSON geometry type 'Circle'
            {"op":"s_intersects","args":[{"property":"g"},{"type":"Point","coordinates":[0]}]}    | 76 | a GeoJSON position needs 2 or 3 numbers
            {"op":"s_intersects","args":[{"property":"g"},{"bbox":[0,0,1]}]}                       | 54 | BBOX needs 4 or 6 numbers, got 3
            {"op":"t_after","args":[{"property":"t"},{"timestamp":"soon"}]}                        | 54 | expected an RFC 3339 timestamp
            {"op":"+","args":[{"property":"a"},1]}                   | 0  | operation "+" is not supported
            {"op":"casei","args":[{"property":"a"}]}                 | 0  | casei is not a predicate
            {"op":"=","args":[{"op":"accenti","args":[{"property":"a"}]},"x"]} | 18 | accenti (accent-insensitive comparison) is not supported
            {"op":"=","args":[{"property":""},"x"]}                  | 30 | an empty property name
            {"op":"=","args":[{"property":"a"},{"op":"t_after","args":[]}]} | 35 | t_after is a predicate, not a value
            """)
    void jsonIsRefusedAtThePositionWithWhatWasExpected(String json, int position, String english) {
        assertRefused(jsonError(json), position, english);
    }

    @Test
    void anEmptyFilterIsRefused() {
        assertRefused(textError("   "), 0, "the filter is empty");
        assertRefused(jsonError(""), 0, "the filter is empty");
    }

    @Test
    void anInputLongerThan100kCharactersIsRefusedBeforeParsing() {
        String tooLong = "a = '" + "x".repeat(Cql2Limits.MAX_LENGTH) + "'";
        assertRefused(textError(tooLong), Cql2Limits.MAX_LENGTH, "the filter is longer than 100000 characters");
        assertRefused(jsonError("\"" + "x".repeat(Cql2Limits.MAX_LENGTH) + "\""), Cql2Limits.MAX_LENGTH, "longer than 100000");
    }

    @Test
    void nestingDeeperThan32IsRefusedInBothEncodings() {
        assertThat(new Cql2TextParser().parse("(".repeat(31) + "a = 1" + ")".repeat(31), null)).isNotNull();
        assertRefused(textError("(".repeat(40) + "a = 1" + ")".repeat(40)), 32, "nested deeper than 32 levels");
        assertRefused(textError("NOT ".repeat(40) + "a = 1"), 124, "nested deeper than 32 levels");
        String json = "true";
        for (int i = 0; i < 40; i++) {
            json = "{\"op\":\"not\",\"args\":[" + json + "]}";
        }
        assertThat(jsonError(json).getMessage()).contains("nested deeper than 32 levels");
        assertThat(jsonError("[".repeat(200) + "]".repeat(200)).getMessage()).contains("the JSON is nested deeper than");
    }

    @Test
    void anInListOfMoreThan1000ItemsIsRefused() {
        String items = "1,".repeat(Cql2Limits.MAX_LIST_ITEMS) + "1";
        assertThat(textError("a IN (" + items + ")").getMessage()).contains("an IN list has more than 1000 items");
        assertThat(jsonError("{\"op\":\"in\",\"args\":[{\"property\":\"a\"},[" + items + "]]}").getMessage()).contains("an IN list has more than 1000 items");
    }

    @Test
    void moreThan5000ValuesInOneFilterAreRefused() {
        String list = "a IN (" + "1,".repeat(999) + "1)";
        String six = String.join(" OR ", java.util.Collections.nCopies(6, list));
        assertThat(textError(six).getMessage()).contains("the filter has more than 5000 values");
        String five = String.join(" OR ", java.util.Collections.nCopies(5, list));
        assertThat(new Cql2TextParser().parse(five, null)).isNotNull();
    }

    @Test
    void geometriesOfMoreThan10000PositionsAreRefused() {
        String points = "0 0,".repeat(Cql2Limits.MAX_COORDINATES) + "1 1";
        assertThat(textError("S_INTERSECTS(geometry, LINESTRING(" + points + "))").getMessage())
                .contains("the geometries have more than 10000 positions");
        String positions = "[0,0],".repeat(Cql2Limits.MAX_COORDINATES) + "[1,1]";
        assertThat(jsonError("{\"op\":\"s_intersects\",\"args\":[{\"property\":\"g\"},{\"type\":\"LineString\",\"coordinates\":[" + positions + "]}]}")
                .getMessage()).contains("the geometries have more than 10000 positions");
    }

    @Test
    void theBudgetCountsEveryGeometryOfOneFilter() {
        String half = "LINESTRING(" + "0 0,".repeat(Cql2Limits.MAX_COORDINATES / 2) + "1 1)";
        assertThat(textError("S_INTERSECTS(geometry, " + half + ") OR S_INTERSECTS(geometry, " + half + ")").getMessage())
                .contains("more than 10000 positions");
    }
}
