package vn.landinfo.mapserver.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Greedy label placement: labels are offered in priority order and each is kept only if its box
 * (with a small margin) lies inside the image and overlaps no label kept before. A grid of buckets
 * keeps the overlap test cheap when a large image holds thousands of labels.
 *
 * <p>Labels must fit entirely inside the image: a label cut at an image edge would be cut differently
 * in the neighbouring tile of a tiled client, so it is dropped in both.
 */
public final class LabelPlacer {

    private static final double MARGIN = 2;
    private static final int CELL = 64;

    private final int width;
    private final int height;
    private final int cols;
    private final List<List<Rectangle2D>> grid;
    private final List<Label> placed = new ArrayList<>();

    public LabelPlacer(int width, int height) {
        this.width = width;
        this.height = height;
        this.cols = width / CELL + 2;
        int rows = height / CELL + 2;
        this.grid = new ArrayList<>(cols * rows);
        for (int i = 0; i < cols * rows; i++) {
            grid.add(null);
        }
    }

    /** Keeps the label when there is room for it; true if it was kept. */
    public boolean offer(Label label) {
        Rectangle2D b = label.bounds();
        Rectangle2D box = new Rectangle2D.Double(b.getX() - MARGIN, b.getY() - MARGIN, b.getWidth() + 2 * MARGIN, b.getHeight() + 2 * MARGIN);
        if (b.getX() < 1 || b.getY() < 1 || b.getMaxX() > width - 1 || b.getMaxY() > height - 1) {
            return false;
        }
        int c0 = cell(box.getX()), c1 = cell(box.getMaxX());
        int r0 = cell(box.getY()), r1 = cell(box.getMaxY());
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                List<Rectangle2D> bucket = grid.get(r * cols + c);
                if (bucket != null) {
                    for (Rectangle2D other : bucket) {
                        if (other.intersects(box)) {
                            return false;
                        }
                    }
                }
            }
        }
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int i = r * cols + c;
                if (grid.get(i) == null) {
                    grid.set(i, new ArrayList<>(4));
                }
                grid.get(i).add(box);
            }
        }
        placed.add(label);
        return true;
    }

    public int placedCount() {
        return placed.size();
    }

    /** Halos of all labels first, then the text of each colour: a few rasteriser passes for any number of labels. */
    public void drawAll(Graphics2D g) {
        if (placed.isEmpty()) {
            return;
        }
        Path2D.Float halo = new Path2D.Float(Path2D.WIND_NON_ZERO);
        Map<Color, Path2D.Float[]> byColour = new LinkedHashMap<>();
        for (Label l : placed) {
            Path2D.Float[] p = byColour.computeIfAbsent(l.colour(),
                    c -> new Path2D.Float[] {new Path2D.Float(Path2D.WIND_NON_ZERO), new Path2D.Float()});
            l.addTo(halo, p[0], p[1]);
        }
        g.setStroke(Label.haloStroke());
        g.setColor(Color.WHITE);
        g.draw(halo);
        BasicStroke rule = new BasicStroke(0.8f);
        byColour.forEach((colour, p) -> {
            g.setColor(colour);
            g.fill(p[0]);
            g.setStroke(rule);
            g.draw(p[1]);
        });
    }

    private int cell(double v) {
        return Math.max(0, (int) (v / CELL));
    }
}
