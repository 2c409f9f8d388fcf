package vn.landinfo.mapserver.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** TWKB as PostGIS 3.3 writes it (the hex strings are its ST_AsTWKB output) decodes to the same coordinates. */
class TwkbPathsTest {

    private static List<double[]> vertices(Path2D path) {
        List<double[]> out = new ArrayList<>();
        double[] c = new double[6];
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type != PathIterator.SEG_CLOSE) {
                out.add(new double[] {type, c[0], c[1]});
            }
        }
        return out;
    }

    @Test
    void multiPolygonWithAHoleKeepsRingsPartsAndDeltasAcrossThem() {
        // ST_AsTWKB('MULTIPOLYGON(((0 0,10 0,10 10,0 10,0 0),(2 2,2 4,4 4,4 2,2 2)),((20 20,21.5 20,21.5 21,20 20)))', 1)
        Path2D.Float path = TwkbPaths.read(HexFormat.of().parseHex("26000202050000c8010000c801c7010000c70105282800282800002727000104e802e8021e0000141d13"));
        List<double[]> v = vertices(path);
        assertThat(v).hasSize(14);
        assertThat(v.get(0)).containsExactly(PathIterator.SEG_MOVETO, 0, 0);
        assertThat(v.get(2)[1]).isEqualTo(10.0);
        assertThat(v.get(5)).containsExactly(PathIterator.SEG_MOVETO, 2, 2);
        assertThat(v.get(10)).containsExactly(PathIterator.SEG_MOVETO, 20, 20);
        assertThat(v.get(11)[1]).isEqualTo(21.5, org.assertj.core.data.Offset.offset(1e-6));
        // Even-odd: the hole is not inside, the shell and the second part are.
        assertThat(path.contains(3, 3)).isFalse();
        assertThat(path.contains(7, 7)).isTrue();
        assertThat(path.contains(21.2, 20.3)).isTrue();
    }

    @Test
    void pointWithTwoDecimalsAndEmptyInput() {
        // ST_AsTWKB('POINT(3.25 -7.5)', 2)
        Path2D.Float p = TwkbPaths.read(HexFormat.of().parseHex("41008a05db0b"));
        assertThat(p.getCurrentPoint().getX()).isEqualTo(3.25, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(p.getCurrentPoint().getY()).isEqualTo(-7.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(TwkbPaths.read(null).getCurrentPoint()).isNull();
    }
}
