package vn.landinfo.mapserver.features.cql2;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.landinfo.mapserver.features.cql2.Cql2Fixtures.EPSG4326;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.landinfo.mapserver.features.filter.Filter;

/**
 * The same filter in cql2-text and cql2-json gives the same tree, for an example of every supported
 * construct of each conformance class (decision 0184): the compiler then cannot tell the encodings apart.
 */
class Cql2EncodingsAgreeTest {

    static Stream<Arguments> pairs() {
        return Stream.of(
                // Basic CQL2
                Arguments.of("land_use = 'ODT'", "{\"op\":\"=\",\"args\":[{\"property\":\"land_use\"},\"ODT\"]}"),
                Arguments.of("area_m2 <> 200", "{\"op\":\"<>\",\"args\":[{\"property\":\"area_m2\"},200]}"),
                Arguments.of("area_m2 < 200.5", "{\"op\":\"<\",\"args\":[{\"property\":\"area_m2\"},200.5]}"),
                Arguments.of("area_m2 <= -1", "{\"op\":\"<=\",\"args\":[{\"property\":\"area_m2\"},-1]}"),
                Arguments.of("100 < area_m2", "{\"op\":\"<\",\"args\":[100,{\"property\":\"area_m2\"}]}"),
                Arguments.of("area_m2 >= 100", "{\"op\":\"<=\",\"args\":[100,{\"property\":\"area_m2\"}]}"),
                Arguments.of("is_public = true", "{\"op\":\"=\",\"args\":[{\"property\":\"is_public\"},true]}"),
                Arguments.of("owner_name IS NULL", "{\"op\":\"isNull\",\"args\":[{\"property\":\"owner_name\"}]}"),
                Arguments.of("owner_name IS NOT NULL", "{\"op\":\"not\",\"args\":[{\"op\":\"isNull\",\"args\":[{\"property\":\"owner_name\"}]}]}"),
                Arguments.of("a = 1 AND (b = 2 OR NOT c = 3)", "{\"op\":\"and\",\"args\":[{\"op\":\"=\",\"args\":[{\"property\":\"a\"},1]},"
                        + "{\"op\":\"or\",\"args\":[{\"op\":\"=\",\"args\":[{\"property\":\"b\"},2]},"
                        + "{\"op\":\"not\",\"args\":[{\"op\":\"=\",\"args\":[{\"property\":\"c\"},3]}]}]}]}"),
                Arguments.of("updated > TIMESTAMP('2024-05-01T01:30:00Z')", "{\"op\":\">\",\"args\":[{\"property\":\"updated\"},{\"timestamp\":\"2024-05-01T01:30:00Z\"}]}"),
                Arguments.of("registered >= DATE('2020-01-31')", "{\"op\":\">=\",\"args\":[{\"property\":\"registered\"},{\"date\":\"2020-01-31\"}]}"),
                Arguments.of("TRUE", "true"),
                Arguments.of("FALSE", "false"),
                Arguments.of("note = 'nói \"không\"'", "{\"op\":\"=\",\"args\":[{\"property\":\"note\"},\"n\\u00f3i \\\"kh\\u00f4ng\\\"\"]}"),
                // Advanced comparison operators
                Arguments.of("owner_name LIKE 'Nguy_n%'", "{\"op\":\"like\",\"args\":[{\"property\":\"owner_name\"},\"Nguy_n%\"]}"),
                Arguments.of("owner_name NOT LIKE 'Tr%'", "{\"op\":\"not\",\"args\":[{\"op\":\"like\",\"args\":[{\"property\":\"owner_name\"},\"Tr%\"]}]}"),
                Arguments.of("area_m2 BETWEEN 100 AND 150", "{\"op\":\"between\",\"args\":[{\"property\":\"area_m2\"},100,150]}"),
                Arguments.of("area_m2 NOT BETWEEN 100 AND 150", "{\"op\":\"not\",\"args\":[{\"op\":\"between\",\"args\":[{\"property\":\"area_m2\"},100,150]}]}"),
                Arguments.of("land_use IN ('ODT','ONT')", "{\"op\":\"in\",\"args\":[{\"property\":\"land_use\"},[\"ODT\",\"ONT\"]]}"),
                Arguments.of("land_use NOT IN ('ODT','ONT')", "{\"op\":\"not\",\"args\":[{\"op\":\"in\",\"args\":[{\"property\":\"land_use\"},[\"ODT\",\"ONT\"]]}]}"),
                // Case-insensitive comparison
                Arguments.of("CASEI(commune) = CASEI('phúc xá')", "{\"op\":\"=\",\"args\":[{\"op\":\"casei\",\"args\":[{\"property\":\"commune\"}]},{\"op\":\"casei\",\"args\":[\"phúc xá\"]}]}"),
                Arguments.of("CASEI(owner_name) LIKE CASEI('nguyễn%')", "{\"op\":\"like\",\"args\":[{\"op\":\"casei\",\"args\":[{\"property\":\"owner_name\"}]},{\"op\":\"casei\",\"args\":[\"nguyễn%\"]}]}"),
                Arguments.of("CASEI(land_use) IN (CASEI('odt'), CASEI('ont'))", "{\"op\":\"in\",\"args\":[{\"op\":\"casei\",\"args\":[{\"property\":\"land_use\"}]},[{\"op\":\"casei\",\"args\":[\"odt\"]},{\"op\":\"casei\",\"args\":[\"ont\"]}]]}"),
                // Basic spatial functions
                Arguments.of("S_INTERSECTS(geometry, POINT(105.85 21.03))", "{\"op\":\"s_intersects\",\"args\":[{\"property\":\"geometry\"},{\"type\":\"Point\",\"coordinates\":[105.85,21.03]}]}"),
                Arguments.of("S_INTERSECTS(geometry, BBOX(105.8, 21, 105.9, 21.1))", "{\"op\":\"s_intersects\",\"args\":[{\"property\":\"geometry\"},{\"bbox\":[105.8,21,105.9,21.1]}]}"),
                // Spatial functions, every geometry type
                Arguments.of("S_CROSSES(geometry, LINESTRING(0 0, 1 1, 2 0))", "{\"op\":\"s_crosses\",\"args\":[{\"property\":\"geometry\"},{\"type\":\"LineString\",\"coordinates\":[[0,0],[1,1],[2,0]]}]}"),
                Arguments.of("S_WITHIN(geometry, POLYGON((0 0, 4 0, 4 4, 0 4, 0 0), (1 1, 2 1, 2 2, 1 1)))",
                        "{\"op\":\"s_within\",\"args\":[{\"property\":\"geometry\"},{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[4,0],[4,4],[0,4],[0,0]],[[1,1],[2,1],[2,2],[1,1]]]}]}"),
                Arguments.of("S_CONTAINS(POLYGON((0 0, 4 0, 4 4, 0 0)), geometry)",
                        "{\"op\":\"s_contains\",\"args\":[{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[4,0],[4,4],[0,0]]]},{\"property\":\"geometry\"}]}"),
                Arguments.of("S_TOUCHES(geometry, MULTIPOINT((1 2), (3 4)))", "{\"op\":\"s_touches\",\"args\":[{\"property\":\"geometry\"},{\"type\":\"MultiPoint\",\"coordinates\":[[1,2],[3,4]]}]}"),
                Arguments.of("S_OVERLAPS(geometry, MULTILINESTRING((0 0, 1 1), (2 2, 3 3)))", "{\"op\":\"s_overlaps\",\"args\":[{\"property\":\"geometry\"},{\"type\":\"MultiLineString\",\"coordinates\":[[[0,0],[1,1]],[[2,2],[3,3]]]}]}"),
                Arguments.of("S_EQUALS(geometry, MULTIPOLYGON(((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5), (5.2 5.1, 5.8 5.1, 5.8 5.7, 5.2 5.1))))",
                        "{\"op\":\"s_equals\",\"args\":[{\"property\":\"geometry\"},{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0,0],[1,0],[1,1],[0,0]]],"
                                + "[[[5,5],[6,5],[6,6],[5,5]],[[5.2,5.1],[5.8,5.1],[5.8,5.7],[5.2,5.1]]]]}]}"),
                Arguments.of("S_DISJOINT(geometry, GEOMETRYCOLLECTION(POINT(1 2), LINESTRING(0 0, 1 1)))",
                        "{\"op\":\"s_disjoint\",\"args\":[{\"property\":\"geometry\"},{\"type\":\"GeometryCollection\",\"geometries\":["
                                + "{\"type\":\"Point\",\"coordinates\":[1,2]},{\"type\":\"LineString\",\"coordinates\":[[0,0],[1,1]]}]}]}"),
                Arguments.of("S_INTERSECTS(geometry, POINT(1 2 3))", "{\"op\":\"s_intersects\",\"args\":[{\"property\":\"geometry\"},{\"type\":\"Point\",\"coordinates\":[1,2,3]}]}"),
                // Temporal functions
                Arguments.of("T_INTERSECTS(valid_from, INTERVAL('1969-07-16T05:32:00Z', '1969-07-24T16:50:35Z'))",
                        "{\"op\":\"t_intersects\",\"args\":[{\"property\":\"valid_from\"},{\"interval\":[\"1969-07-16T05:32:00Z\",\"1969-07-24T16:50:35Z\"]}]}"),
                Arguments.of("T_AFTER(valid_from, TIMESTAMP('1969-07-16T05:32:00Z'))", "{\"op\":\"t_after\",\"args\":[{\"property\":\"valid_from\"},{\"timestamp\":\"1969-07-16T05:32:00Z\"}]}"),
                Arguments.of("T_BEFORE(valid_from, DATE('2020-01-01'))", "{\"op\":\"t_before\",\"args\":[{\"property\":\"valid_from\"},{\"date\":\"2020-01-01\"}]}"),
                Arguments.of("T_DURING(INTERVAL(valid_from, valid_to), INTERVAL('2020-01-01', '..'))",
                        "{\"op\":\"t_during\",\"args\":[{\"interval\":[{\"property\":\"valid_from\"},{\"property\":\"valid_to\"}]},{\"interval\":[{\"date\":\"2020-01-01\"},\"..\"]}]}"),
                Arguments.of("T_CONTAINS(INTERVAL('..', '2020-01-01'), INTERVAL(valid_from, valid_to))",
                        "{\"op\":\"t_contains\",\"args\":[{\"interval\":[\"..\",\"2020-01-01\"]},{\"interval\":[{\"property\":\"valid_from\"},{\"property\":\"valid_to\"}]}]}"),
                Arguments.of("T_DISJOINT(valid_from, INTERVAL('2020-01-01', '2020-12-31'))", "{\"op\":\"t_disjoint\",\"args\":[{\"property\":\"valid_from\"},{\"interval\":[\"2020-01-01\",\"2020-12-31\"]}]}"));
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void textAndJsonGiveTheSameTree(String text, String json) {
        Filter fromText = new Cql2TextParser().parse(text, null);
        assertThat(new Cql2JsonParser().parse(json, null)).isEqualTo(fromText);
        assertThat(new Cql2TextParser().parse(text, EPSG4326)).isEqualTo(new Cql2JsonParser().parse(json, EPSG4326));
    }
}
