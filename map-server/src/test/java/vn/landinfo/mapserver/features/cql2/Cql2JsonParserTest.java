package vn.landinfo.mapserver.features.cql2;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.landinfo.mapserver.features.cql2.Cql2Fixtures.CRS84;
import static vn.landinfo.mapserver.features.cql2.Cql2Fixtures.EPSG4326;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.landinfo.mapserver.features.filter.ComparisonOp;
import vn.landinfo.mapserver.features.filter.Filter;
import vn.landinfo.mapserver.features.filter.GeometryLiteral;
import vn.landinfo.mapserver.features.filter.SpatialOp;

/** What only cql2-json has: JSON syntax, GeoJSON details, nesting as written (decision 0184). */
class Cql2JsonParserTest {

    private final Cql2JsonParser parser = new Cql2JsonParser();

    @Test
    void whitespaceEscapesAndOperatorCaseDoNotMatter() {
        String json = """
                {
                  "op" : "AND",
                  "args" : [
                    { "op": "=", "args": [ { "property": "owner_name" }, "Tr\\u1ea7n \\"B\\"\\n" ] },
                    { "op": "IsNull", "args": [ { "property": "note" } ] }
                  ]
                }
                """;
        assertThat(parser.parse(json, null)).isEqualTo(new Filter.And(List.of(
                new Filter.Comparison(ComparisonOp.EQUAL, "owner_name", "Trần \"B\"\n", true), new Filter.IsNull("note"))));
    }

    @Test
    void nestedAndOrStayAsWritten() {
        String a = "{\"op\":\"=\",\"args\":[{\"property\":\"a\"},1]}";
        String b = "{\"op\":\"=\",\"args\":[{\"property\":\"b\"},2]}";
        String c = "{\"op\":\"=\",\"args\":[{\"property\":\"c\"},3]}";
        Filter fa = new Filter.Comparison(ComparisonOp.EQUAL, "a", "1", true);
        Filter fb = new Filter.Comparison(ComparisonOp.EQUAL, "b", "2", true);
        Filter fc = new Filter.Comparison(ComparisonOp.EQUAL, "c", "3", true);
        assertThat(parser.parse("{\"op\":\"and\",\"args\":[{\"op\":\"and\",\"args\":[" + a + "," + b + "]}," + c + "]}", null))
                .isEqualTo(new Filter.And(List.of(new Filter.And(List.of(fa, fb)), fc)));
        assertThat(parser.parse("{\"op\":\"or\",\"args\":[" + a + "," + b + "," + c + "]}", null)).isEqualTo(new Filter.Or(List.of(fa, fb, fc)));
    }

    @Test
    void numbersKeepTheTextTheClientWrote() {
        assertThat(parser.parse("{\"op\":\">\",\"args\":[{\"property\":\"area_m2\"},1.5E2]}", null))
                .isEqualTo(new Filter.Comparison(ComparisonOp.GREATER_THAN, "area_m2", "1.5E2", true));
    }

    @Test
    void geoJsonForeignMembersAreIgnoredAndCoordinatesWrittenCanonically() {
        String json = "{\"op\":\"s_intersects\",\"args\":[{\"property\":\"geometry\"},"
                + "{\"type\":\"Point\",\"coordinates\":[1.05e2,-0.0],\"bbox\":[0,0,1,1],\"id\":7}]}";
        assertThat(parser.parse(json, null)).isEqualTo(new Filter.Spatial(SpatialOp.INTERSECTS, "geometry", new GeometryLiteral("POINT(105 0)", CRS84, false)));
    }

    @Test
    void aLatitudeFirstFilterCrsMarksTheGeometry() {
        String json = "{\"op\":\"s_within\",\"args\":[{\"property\":\"geometry\"},{\"bbox\":[21.0,105.8,21.1,105.9]}]}";
        assertThat(parser.parse(json, EPSG4326)).isEqualTo(new Filter.Spatial(SpatialOp.WITHIN, "geometry",
                new GeometryLiteral("POLYGON((21 105.8,21.1 105.8,21.1 105.9,21 105.9,21 105.8))", EPSG4326, true)));
    }

    @Test
    void likeWithACaseiPatternOnly() {
        assertThat(parser.parse("{\"op\":\"like\",\"args\":[{\"property\":\"name\"},{\"op\":\"casei\",\"args\":[\"NGUY%\"]}]}", null))
                .isEqualTo(new Filter.Like("name", "NGUY%", '%', '_', '\\', false));
    }
}
