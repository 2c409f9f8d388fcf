package vn.landinfo.mapserver.render;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** The image a map is drawn into, anti-aliased, with the background the request asked for. */
public final class MapCanvas {

    private MapCanvas() {
    }

    /** ARGB for the PNGs (transparent when asked), RGB for JPEG (which has no alpha). */
    public static BufferedImage create(int width, int height, ImageFormat format, boolean transparent, Color background) {
        BufferedImage image = new BufferedImage(width, height, format.alpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        if (!(transparent && format.alpha())) {
            Graphics2D g = image.createGraphics();
            g.setComposite(AlphaComposite.Src);
            g.setColor(background);
            g.fillRect(0, 0, width, height);
            g.dispose();
        }
        return image;
    }

    public static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        // Pure strokes: a 0.75 px parcel edge lands where the surveyor put it, not snapped to a pixel.
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        return g;
    }
}
