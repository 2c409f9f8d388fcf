package vn.landinfo.mapserver.layer;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;

/** The line work and type of the cadastral map, in one place so legends and maps agree. */
final class Strokes {

    static final String FONT_FAMILY = Font.SANS_SERIF;

    private Strokes() {
    }

    static BasicStroke solid(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    static BasicStroke dashed(float width, float... dash) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 4f, dash, 0f);
    }

    static void stroke(Graphics2D g, Shape shape, Color colour, Stroke stroke) {
        g.setColor(colour);
        g.setStroke(stroke);
        g.draw(shape);
    }

    static Color withAlpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }
}
