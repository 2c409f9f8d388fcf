package vn.landinfo.transaction.model;

import vn.landinfo.shared.model.Violation;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PolygonInputTest {

    @Test
    void a_bow_tie_is_invalid_with_the_crossing_as_the_part() {
        Violation v = PolygonInput.check(Shapes.read("POLYGON((0 0, 10 10, 10 0, 0 10, 0 0))"), "thửa 1", 7L).orElseThrow();
        assertThat(v.code()).isEqualTo("INVALID_GEOMETRY");
        assertThat(v.part().getGeometryType()).isEqualTo("Point");
        assertThat(v.part().getCoordinate().x).isEqualTo(5.0);
        assertThat(v.part().getSRID()).isEqualTo(Shapes.SRID);
        assertThat(v.messageVi()).contains("tự cắt");
        assertThat(v.messageEn()).contains("Self-intersection");
    }

    @Test
    void empty_and_non_polygonal_geometries_have_their_own_codes() {
        assertThat(PolygonInput.check(Shapes.read("POLYGON EMPTY"), "x", null)).get().extracting(Violation::code).isEqualTo("EMPTY_GEOMETRY");
        assertThat(PolygonInput.check(Shapes.read("LINESTRING(0 0, 1 1)"), "x", null)).get().extracting(Violation::code).isEqualTo("NOT_A_POLYGON");
        assertThat(PolygonInput.check(Shapes.read("POINT(0 0)"), "x", null)).get().extracting(Violation::code).isEqualTo("NOT_A_POLYGON");
    }

    @Test
    void a_valid_polygon_passes() {
        assertThat(PolygonInput.check(Shapes.box(0, 0, 1, 1), "x", null)).isEmpty();
    }
}
