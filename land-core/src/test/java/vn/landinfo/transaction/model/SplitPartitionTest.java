package vn.landinfo.transaction.model;

import vn.landinfo.shared.model.Violation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;

class SplitPartitionTest {

    private static final MultiPolygon PARENT = Shapes.box(0, 0, 20, 30);

    @Test
    void children_that_partition_the_parent_pass() {
        assertThat(SplitPartition.check(PARENT, List.of(Shapes.box(0, 0, 20, 12), Shapes.box(0, 12, 20, 18)), 0.1, 1)).isEmpty();
    }

    @Test
    void a_gap_is_reported_with_the_gap_as_the_part() {
        List<Violation> v = SplitPartition.check(PARENT, List.of(Shapes.box(0, 0, 20, 12), Shapes.box(0, 12.5, 20, 17.5)), 0.1, 1);
        assertThat(v).extracting(Violation::code).containsExactly("SPLIT_NOT_A_PARTITION");
        assertThat(v.get(0).part().getArea()).isCloseTo(10, offset(1e-9));
        assertThat(v.get(0).part().getSRID()).isEqualTo(Shapes.SRID);
        assertThat(v.get(0).messageEn()).contains("gap of 10.00 m²");
        assertThat(v.get(0).messageVi()).contains("hở 10.00 m²");
    }

    @Test
    void an_overlap_between_children_and_land_outside_the_parent_are_reported() {
        List<Violation> v = SplitPartition.check(PARENT, List.of(Shapes.box(0, 0, 20, 13), Shapes.box(0, 12, 20, 19)), 0.1, 1);
        assertThat(v).extracting(Violation::messageEn).anyMatch(m -> m.contains("overlap each other by 20.00"))
                .anyMatch(m -> m.contains("20.00 m² of the children lie outside"));
    }

    @Test
    void differences_within_the_tolerance_pass_and_are_fitted_exactly_to_the_parent() {
        // Drawn through EPSG:4326, a child's corner misses the parent's by a few tenths of a millimetre.
        Geometry a = Shapes.parcel("POLYGON((0.0003 -0.0002, 20 0, 20 12, 0 12, 0.0003 -0.0002))");
        Geometry b = Shapes.parcel("POLYGON((0 12, 20 12, 20.0004 30.0001, 0 30, 0 12))");
        assertThat(SplitPartition.check(PARENT, List.of(a, b), 0.1, 1)).isEmpty();
        List<MultiPolygon> fitted = SplitPartition.fit(PARENT, List.of(a, b), 1e-4);
        assertThat(fitted.get(0).getArea() + fitted.get(1).getArea()).isCloseTo(PARENT.getArea(), offset(1e-6));
        assertThat(fitted.get(0).union(fitted.get(1)).symDifference(PARENT).getArea()).isLessThan(1e-6);
        assertThat(fitted.get(0).intersection(fitted.get(1)).getArea()).isLessThan(1e-9);
        assertThat(fitted).allSatisfy(m -> assertThat(m.isValid()).isTrue());
    }
}
