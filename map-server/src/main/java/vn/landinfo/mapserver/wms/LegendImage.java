package vn.landinfo.mapserver.wms;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import vn.landinfo.mapserver.layer.LegendEntry;
import vn.landinfo.mapserver.render.MapCanvas;
import vn.landinfo.mapserver.render.ImageFormat;

/** Draws a legend: one row per entry, a swatch (fill and outline) or a line sample, then its text. */
final class LegendImage {

    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final FontRenderContext FRC = new FontRenderContext(new AffineTransform(), true, true);
    private static final int PAD = 4;
    private static final int GAP = 6;

    private LegendImage() {
    }

    static Dimension size(List<LegendEntry> entries, int symbolWidth, int symbolHeight) {
        double text = 0;
        for (LegendEntry e : entries) {
            text = Math.max(text, FONT.getStringBounds(e.text(), FRC).getWidth());
        }
        int row = Math.max(symbolHeight, 16) + 2;
        return new Dimension(PAD * 2 + symbolWidth + GAP + (int) Math.ceil(text), PAD * 2 + row * entries.size());
    }

    static BufferedImage draw(List<LegendEntry> entries, int symbolWidth, int symbolHeight, ImageFormat format, boolean transparent) {
        Dimension d = size(entries, symbolWidth, symbolHeight);
        BufferedImage image = MapCanvas.create(d.width, d.height, format, transparent, Color.WHITE);
        Graphics2D g = MapCanvas.graphics(image);
        g.setFont(FONT);
        int row = Math.max(symbolHeight, 16) + 2;
        int y = PAD;
        for (LegendEntry e : entries) {
            int sy = y + (row - symbolHeight) / 2;
            if (e.fill() != null) {
                Rectangle2D r = new Rectangle2D.Double(PAD + 0.5, sy + 0.5, symbolWidth - 1, symbolHeight - 1);
                g.setColor(e.fill());
                g.fill(r);
                g.setColor(e.stroke());
                g.setStroke(e.line());
                g.draw(r);
            } else {
                g.setColor(e.stroke());
                g.setStroke(e.line() != null ? e.line() : new BasicStroke(1f));
                double my = sy + symbolHeight / 2.0;
                g.draw(new Line2D.Double(PAD, my, PAD + symbolWidth, my));
            }
            g.setColor(new Color(0x222222));
            float baseline = y + row / 2f + FONT.getLineMetrics(e.text(), FRC).getAscent() / 2f - 1;
            g.drawString(e.text(), PAD + symbolWidth + GAP, baseline);
            y += row;
        }
        g.dispose();
        return image;
    }
}
