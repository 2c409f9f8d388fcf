package vn.landinfo.mapserver.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** What PngWriter writes, ImageIO reads back pixel for pixel. */
class PngWriterTest {

    private static BufferedImage drawn(boolean transparent) {
        BufferedImage image = MapCanvas.create(173, 91, ImageFormat.PNG, transparent, new Color(0x123456));
        Graphics2D g = MapCanvas.graphics(image);
        g.setColor(new Color(255, 160, 255, 200));
        g.fill(new Ellipse2D.Double(10.3, 5.7, 120.2, 70.9));
        g.setColor(new Color(0xFFAA32));
        g.fillRect(100, 40, 60, 40);
        g.dispose();
        return image;
    }

    private static BufferedImage read(byte[] png) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    @Test
    void transparentImagesRoundTripAsRgba() throws Exception {
        BufferedImage image = drawn(true);
        BufferedImage back = read(PngWriter.truecolour(image));
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int a = image.getRGB(x, y), b = back.getRGB(x, y);
                // Fully transparent pixels may differ in their (invisible) colour only.
                assertThat((a >>> 24) == 0 ? b >>> 24 : b).as("pixel %d,%d", x, y).isEqualTo((a >>> 24) == 0 ? 0 : a);
            }
        }
    }

    @Test
    void opaqueImagesRoundTripAsRgb() throws Exception {
        BufferedImage image = drawn(false);
        BufferedImage back = read(PngWriter.truecolour(image));
        assertThat(back.getColorModel().hasAlpha()).isFalse();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                assertThat(back.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(image.getRGB(x, y));
            }
        }
    }

    @Test
    void largeImagesWrittenBandByBandRoundTripInBothModes() throws Exception {
        BufferedImage image = MapCanvas.create(1001, 677, ImageFormat.PNG, false, Color.WHITE);
        Graphics2D g = MapCanvas.graphics(image);
        for (int i = 0; i < 60; i++) {
            g.setColor(new Color(0x20 + i * 3, 0xFF - i * 2, 0x80 + i));
            g.fill(new Ellipse2D.Double(i * 16.3, (i % 7) * 91.7, 120.5, 80.25));
        }
        g.dispose();
        BufferedImage back = read(PngWriter.truecolour(image));
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                assertThat(back.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(image.getRGB(x, y));
            }
        }
        PaletteQuantizer.Palettised p = PaletteQuantizer.quantize(image);
        BufferedImage indexed = read(PngWriter.indexed(image.getWidth(), image.getHeight(), p.indices(), p.palette()));
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 5) {
                assertThat(indexed.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(p.palette()[p.indices()[y * image.getWidth() + x] & 0xff]);
            }
        }
    }
}
