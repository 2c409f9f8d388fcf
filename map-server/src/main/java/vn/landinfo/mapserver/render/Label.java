package vn.landinfo.mapserver.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * A block of text centred on an anchor: one or more lines, optionally a rule between the first and
 * the second (the cadastral "số thửa over diện tích" fraction), drawn with a white halo so it stays
 * legible over any land-use colour.
 */
public final class Label {

    /** Anti-aliased, fractional metrics: the same measurements the drawing will use. */
    static final FontRenderContext FRC = new FontRenderContext(new AffineTransform(), true, true);
    private static final float HALO = 2.2f;
    private static final float RULE_GAP = 2f;

    private final List<TextLayout> lines = new ArrayList<>();
    private final boolean rule;
    private final Color colour;
    private final Rectangle2D bounds;

    public Label(double cx, double cy, List<String> texts, List<Font> fonts, boolean rule, Color colour) {
        this.rule = rule;
        this.colour = colour;
        double w = 0;
        double h = 0;
        for (int i = 0; i < texts.size(); i++) {
            TextLayout t = new TextLayout(texts.get(i), fonts.get(i), FRC);
            lines.add(t);
            w = Math.max(w, t.getAdvance());
            h += t.getAscent() + t.getDescent();
        }
        if (rule && lines.size() > 1) {
            h += 2 * RULE_GAP;
        }
        this.bounds = new Rectangle2D.Double(cx - w / 2, cy - h / 2, w, h);
    }

    public Rectangle2D bounds() {
        return bounds;
    }

    /**
     * Adds the label to a batch: its glyph outlines (and rule) to the halo path, glyphs to the text
     * path of its colour, the rule to the rules path. Drawing a batch is three rasteriser passes for
     * all labels of a colour instead of three per label.
     */
    void addTo(Path2D.Float halo, Path2D.Float text, Path2D.Float rules) {
        double y = bounds.getY();
        for (int i = 0; i < lines.size(); i++) {
            TextLayout t = lines.get(i);
            y += t.getAscent();
            double x = bounds.getCenterX() - t.getAdvance() / 2;
            Shape outline = t.getOutline(AffineTransform.getTranslateInstance(x, y));
            halo.append(outline, false);
            text.append(outline, false);
            y += t.getDescent();
            if (i == 0 && rule && lines.size() > 1) {
                y += RULE_GAP;
                Line2D line = new Line2D.Double(bounds.getX(), y, bounds.getMaxX(), y);
                halo.append(line, false);
                rules.append(line, false);
                y += RULE_GAP;
            }
        }
    }

    Color colour() {
        return colour;
    }

    static BasicStroke haloStroke() {
        return new BasicStroke(HALO, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }
}
