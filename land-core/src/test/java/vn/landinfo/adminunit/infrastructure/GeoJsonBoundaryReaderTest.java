package vn.landinfo.adminunit.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.landinfo.adminunit.model.InvalidAdminUnitInput;

class GeoJsonBoundaryReaderTest {

    private static final String SQUARE = "[[[105.1,21.0],[105.2,21.0],[105.2,21.1],[105.1,21.0]]]";

    @Test
    void reads_features_in_order_keeping_the_exact_digits_of_the_coordinates() {
        List<BoundaryFeature> features = read("""
            {"type":"FeatureCollection","features":[
              {"type":"Feature","id":"00004","bbox":[1,2,3,4],"properties":{"name":"Ba Đình"},
               "geometry":{"type":"Polygon","coordinates":[[[105.826607,21.037284],[105.8266,21.0373],[105.82661,21.03740],[105.826607,21.037284]]]}},
              {"type":"Feature","geometry":{"coordinates":[%s],"type":"MultiPolygon"},"properties":{"code":"00008"}}
            ]}""".formatted(SQUARE));

        assertThat(features).extracting(BoundaryFeature::ordinal, BoundaryFeature::code, BoundaryFeature::geometryType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "00004", "Polygon"),
                        org.assertj.core.groups.Tuple.tuple(2, "00008", "MultiPolygon"));
        assertThat(features.get(0).geometryJson()).isEqualTo(
                "{\"type\":\"Polygon\",\"coordinates\":[[[105.826607,21.037284],[105.8266,21.0373],[105.82661,21.03740],[105.826607,21.037284]]]}");
    }

    @Test
    void refuses_a_geometry_that_is_not_a_polygon_naming_the_feature() {
        assertThatThrownBy(() -> read("""
            {"type":"FeatureCollection","features":[{"type":"Feature","id":"00004",
              "geometry":{"type":"Point","coordinates":[105.1,21.0]}}]}"""))
                .isInstanceOf(InvalidAdminUnitInput.class)
                .hasMessage("test.geojson: feature 1 (id 00004): hình học Point không phải vùng / geometry type Point is not a Polygon or MultiPolygon");
    }

    @Test
    void refuses_an_open_ring_a_short_ring_and_a_polygon_nested_too_shallow() {
        assertThatThrownBy(() -> readOne("Polygon", "[[[105.1,21.0],[105.2,21.0],[105.2,21.1],[105.1,21.1]]]"))
                .hasMessageContaining("feature 1 (id 00004): a ring is not closed");
        assertThatThrownBy(() -> readOne("Polygon", "[[[105.1,21.0],[105.2,21.0],[105.1,21.0]]]"))
                .hasMessageContaining("a ring has 3 positions, a polygon ring needs at least 4");
        assertThatThrownBy(() -> readOne("MultiPolygon", SQUARE))
                .hasMessageContaining("coordinates of a MultiPolygon must be nested 4 arrays deep, found 3");
        assertThatThrownBy(() -> readOne("Polygon", "[[[105.1,\"21.0\"],[105.2,21.0],[105.2,21.1],[105.1,21.0]]]"))
                .hasMessageContaining("a position holds something other than numbers");
    }

    @Test
    void refuses_malformed_json_with_line_and_column() {
        assertThatThrownBy(() -> read("{\"type\":\"FeatureCollection\",\n\"features\":[{\"id\":\"1\" \"x\"}]}"))
                .isInstanceOf(InvalidAdminUnitInput.class)
                .hasMessageStartingWith("test.geojson: JSON không hợp lệ / malformed JSON at line 2, column");
    }

    @Test
    void refuses_what_is_not_a_feature_collection_and_features_without_id_or_geometry() {
        assertThatThrownBy(() -> read("{\"type\":\"Feature\",\"features\":[]}"))
                .hasMessageContaining("not a GeoJSON FeatureCollection (type is Feature)");
        assertThatThrownBy(() -> read("[]")).hasMessageContaining("not a GeoJSON FeatureCollection");
        assertThatThrownBy(() -> read("{\"type\":\"FeatureCollection\",\"features\":[{\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + SQUARE + "}}]}"))
                .hasMessageContaining("feature 1 has no 'id'");
        assertThatThrownBy(() -> read("{\"type\":\"FeatureCollection\",\"features\":[{\"id\":\"00004\",\"geometry\":null}]}"))
                .hasMessageContaining("feature 1 (id 00004) has no geometry");
    }

    private static void readOne(String type, String coordinates) {
        read("{\"type\":\"FeatureCollection\",\"features\":[{\"id\":\"00004\",\"geometry\":{\"type\":\"" + type
                + "\",\"coordinates\":" + coordinates + "}}]}");
    }

    private static List<BoundaryFeature> read(String json) {
        List<BoundaryFeature> features = new ArrayList<>();
        new GeoJsonBoundaryReader("test.geojson")
                .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), features::add);
        return features;
    }
}
