package vn.landinfo.mapserver.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Outlines stroke every shared edge once and still cover the pixels that stroking every ring covers. */
class OutlinesTest {

    /** A ring in tenths of a pixel, as TWKB at precision 1 delivers it (closing vertex repeated). */
    private static PixelParts ring(long... xy) {
        PixelParts.Builder b = new PixelParts.Builder(xy.length);
        b.start(xy[0], xy[1], 0.1);
        for (int i = 2; i < xy.length; i += 2) {
            b.add(xy[i], xy[i + 1]);
        }
        b.add(xy[0], xy[1]);
        b.close();
        return b.build();
    }

    private static int lineSegments(Shape s) {
        int n = 0;
        for (PathIterator it = s.getPathIterator(null); !it.isDone(); it.next()) {
            n += it.currentSegment(new double[6]) == PathIterator.SEG_LINETO ? 1 : 0;
        }
        return n;
    }

    @Test
    void twoParcelsSharingAnEdgeDrawItOnce() {
        Outlines o = new Outlines(256, 256);
        o.add(ring(100, 100, 500, 100, 500, 500, 100, 500));
        o.add(ring(500, 100, 900, 100, 900, 500, 500, 500));
        // 4 edges of the first ring, closed (closePath draws the fourth); 3 new edges of the second as one run.
        assertThat(lineSegments(o.path())).isEqualTo(3 + 3);
        assertThat(o.path().getBounds2D().getMaxX()).isEqualTo(90.0);
    }

    @Test
    void edgesWhollyBeyondTheImageAreLeftOut() {
        Outlines o = new Outlines(100, 100);
        // A large field whose right part lies far beyond the image: only edges that may reach the image stay.
        o.add(ring(500, 500, 50_000, 500, 50_000, 600, 500, 600));
        assertThat(o.path().getBounds2D().getMaxX()).as("edges reaching in from outside are kept whole").isEqualTo(5000.0);
        assertThat(lineSegments(o.path())).as("three edges in one run, the far one left out").isEqualTo(3);
    }

    @Test
    void aFabricOfParcelsStrokesTheSamePixelsAsEveryRingStrokedWhole() {
        // A 6 × 6 grid of jittered quadrilaterals (shared corners, as a surveyed fabric has), partly off the image.
        Random r = new Random(20261207);
        long[][] x = new long[7][7], y = new long[7][7];
        for (int i = 0; i < 7; i++) {
            for (int j = 0; j < 7; j++) {
                x[i][j] = -300 + i * 500L + r.nextInt(200);
                y[i][j] = -200 + j * 480L + r.nextInt(200);
            }
        }
        List<PixelParts> parcels = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                parcels.add(ring(x[i][j], y[i][j], x[i + 1][j], y[i + 1][j], x[i + 1][j + 1], y[i + 1][j + 1], x[i][j + 1], y[i][j + 1]));
            }
        }
        Outlines shared = new Outlines(256, 256);
        Path2D.Float everyRing = new Path2D.Float(Path2D.WIND_EVEN_ODD);
        for (PixelParts p : parcels) {
            shared.add(p);
            p.appendTo(everyRing);
        }
        assertThat(lineSegments(shared.path())).as("inner edges once").isLessThan(lineSegments(everyRing) * 2 / 3);

        BufferedImage before = stroked(everyRing);
        BufferedImage after = stroked(shared.path());
        int worst = 0;
        for (int py = 0; py < 256; py++) {
            for (int px = 0; px < 256; px++) {
                int a = before.getRGB(px, py), b = after.getRGB(px, py);
                for (int shift = 0; shift < 24; shift += 8) {
                    worst = Math.max(worst, Math.abs((a >> shift & 0xff) - (b >> shift & 0xff)));
                }
            }
        }
        assertThat(worst).as("largest difference of a colour channel").isLessThanOrEqualTo(2);
    }

    private static BufferedImage stroked(Shape outline) {
        BufferedImage image = MapCanvas.create(256, 256, ImageFormat.PNG, false, Color.WHITE);
        Graphics2D g = MapCanvas.graphics(image);
        g.setColor(new Color(0x3B2F2A));
        g.setStroke(new BasicStroke(0.75f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(outline);
        g.dispose();
        return image;
    }
}
