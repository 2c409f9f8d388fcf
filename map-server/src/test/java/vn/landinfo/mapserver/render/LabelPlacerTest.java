package vn.landinfo.mapserver.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Path2D;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelPlacerTest {

    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private static Label at(double x, double y) {
        return new Label(x, y, List.of("123"), List.of(FONT), false, Color.BLACK);
    }

    @Test
    void overlappingLabelsAreRefusedAndSeparateOnesKept() {
        LabelPlacer placer = new LabelPlacer(256, 256);
        assertThat(placer.offer(at(100, 100))).isTrue();
        assertThat(placer.offer(at(104, 102))).isFalse();
        assertThat(placer.offer(at(160, 100))).isTrue();
        assertThat(placer.placedCount()).isEqualTo(2);
    }

    @Test
    void labelsCutByTheImageEdgeAreDropped() {
        LabelPlacer placer = new LabelPlacer(255, 255);
        assertThat(placer.offer(at(2, 100))).isFalse();
        assertThat(placer.offer(at(254, 254))).isFalse();
        assertThat(placer.offer(at(230, 240))).isTrue();
    }

    @Test
    void interiorPointOfAnLShapeLiesInsideIt() {
        Path2D.Float l = new Path2D.Float();
        l.moveTo(0, 0);
        l.lineTo(100, 0);
        l.lineTo(100, 20);
        l.lineTo(20, 20);
        l.lineTo(20, 100);
        l.lineTo(0, 100);
        l.closePath();
        InteriorPoint p = InteriorPoint.of(l);
        assertThat(l.contains(p.x(), p.y())).isTrue();
        assertThat(p.span()).isGreaterThan(0);
    }
}
