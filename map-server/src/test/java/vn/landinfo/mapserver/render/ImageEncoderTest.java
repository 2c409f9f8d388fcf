package vn.landinfo.mapserver.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageEncoderTest {

    @Test
    void eightBitPngKeepsTheFlatColoursExactlyAndTransparency() throws Exception {
        BufferedImage image = MapCanvas.create(200, 100, ImageFormat.PNG8, true, Color.WHITE);
        Graphics2D g = MapCanvas.graphics(image);
        // Many anti-aliased blends: more than 256 colours before quantising.
        for (int i = 0; i < 40; i++) {
            g.setColor(new Color(0xFF, 0xA0 + i, 0xFF - i));
            g.fill(new Ellipse2D.Double(i * 4.3, (i % 5) * 17.7, 30.5, 30.5));
        }
        g.setColor(new Color(0xFFFC8C));
        g.fillRect(150, 50, 40, 40);
        g.dispose();
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(ImageEncoder.encode(image, ImageFormat.PNG8)));
        assertThat(decoded.getColorModel()).isInstanceOf(IndexColorModel.class);
        assertThat(new Color(decoded.getRGB(170, 70), true)).isEqualTo(new Color(0xFF, 0xFC, 0x8C, 255));
        assertThat(decoded.getRGB(199, 0) >>> 24).isZero();
    }

    @Test
    void formatsParseTheWaysClientsSpellThem() {
        assertThat(ImageFormat.parse("image/png; mode=8bit")).contains(ImageFormat.PNG8);
        assertThat(ImageFormat.parse("IMAGE/PNG;MODE=8BIT")).contains(ImageFormat.PNG8);
        assertThat(ImageFormat.parse("image/png8")).contains(ImageFormat.PNG8);
        assertThat(ImageFormat.parse("image/jpeg")).contains(ImageFormat.JPEG);
        assertThat(ImageFormat.parse("image/gif")).isEmpty();
    }
}
