package vn.landinfo.mapserver.layer;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import vn.landinfo.mapserver.catalog.LayerStyle;
import vn.landinfo.mapserver.catalog.PublishedLayer;
import vn.landinfo.mapserver.render.Label;
import vn.landinfo.mapserver.sql.FeatureSource;
import vn.landinfo.mapserver.sql.Sql;
import vn.landinfo.mapserver.render.MapView;
import vn.landinfo.mapserver.render.TwkbPaths;
import vn.landinfo.mapserver.style.LandUsePalette;

/**
 * An administrative boundary layer (communes, provinces): the dash-dot line of Vietnamese maps over a
 * soft band, and the unit's name in a scale window. Boundaries are large polygons, so PostGIS clips
 * them to the view and simplifies them to half a pixel before reprojecting (PixelSql).
 */
abstract class BoundaryLayer extends MapLayer {

    private final String view;
    private final Color colour;
    private final BasicStroke line;
    private final float bandWidth;
    private final Font labelFont;
    private final double minLabelScale;
    private final double maxLabelScale;
    private final String legendText;

    BoundaryLayer(PublishedLayer published, Color colour, BasicStroke line, float bandWidth, Font labelFont,
                  double minLabelScale, double maxLabelScale, String legendText) {
        super(published);
        this.view = published.view();
        this.colour = colour;
        this.line = line;
        this.bandWidth = bandWidth;
        this.labelFont = labelFont;
        this.minLabelScale = minLabelScale;
        this.maxLabelScale = maxLabelScale;
        this.legendText = legendText;
    }

    @Override
    public void render(RenderContext ctx, LayerStyle style) {
        MapView v = ctx.view();
        double scale = v.scaleDenominator();
        if (scale > maxScaleDenominator()) {
            return;
        }
        boolean labels = scale >= minLabelScale && scale <= maxLabelScale;
        Sql sql = new Sql();
        PixelSql.boxCte(sql, v, false);
        sql.append("SELECT t.full_name_vi, ");
        PixelSql.pixels(sql, "t.geom", v, false, true);
        if (labels) {
            sql.append(", ");
            PixelSql.anchor(sql, "t.geom", v);
        }
        sql.append(" FROM " + view + " t, q WHERE t.geom && q.box LIMIT ?", ctx.maxFeatures());

        Path2D.Float all = new Path2D.Float(Path2D.WIND_EVEN_ODD);
        List<Label> names = new ArrayList<>();
        ctx.source().query(sql, rs -> {
            all.append(TwkbPaths.read(rs.getBytes(2)), false);
            if (labels) {
                Point2D p = TwkbPaths.read(rs.getBytes(3)).getCurrentPoint();
                if (p != null) {
                    names.add(new Label(p.getX(), p.getY(), List.of(rs.getString(1)), List.of(labelFont), false, colour.darker()));
                }
            }
        });
        Graphics2D g = ctx.graphics();
        if (bandWidth > 0) {
            Strokes.stroke(g, all, Strokes.withAlpha(colour, 45), Strokes.solid(bandWidth));
        }
        Strokes.stroke(g, all, colour, line);
        names.forEach(ctx.labels()::offer);
    }

    @Override
    public List<LegendEntry> legend(LayerStyle style, LandUsePalette palette) {
        return List.of(LegendEntry.line(colour, line, legendText));
    }

    protected List<FeatureInfo> probe(FeatureSource source, InfoQuery query, InfoColumn id, List<InfoColumn> columns) {
        if (query.view().scaleDenominator() > maxScaleDenominator()) {
            return List.of();
        }
        return probe(source, query, view, "geom", false, id, columns);
    }
}
