package vn.landinfo.mapserver.layer;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
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
 * Tờ bản đồ địa chính: the extents of the current map sheets, a thin blue dashed frame labelled with
 * the sheet number and its survey scale ("Tờ 12", "1:500"). A sheet number repeats between survey
 * units of one commune (docs/decisions/0005-legal-address-with-survey-units.md), so GetFeatureInfo also names the survey
 * unit.
 */
public final class MapSheetsLayer extends MapLayer {

    static final Color COLOUR = new Color(0x1F5FBF);
    static final double MAX_SCALE = PublishedLayer.MAP_SHEETS.maxScaleDenominator();
    static final double LABELS = 12_000;
    private static final Font NUMBER = new Font(Strokes.FONT_FAMILY, Font.BOLD, 11);
    private static final Font SCALE = new Font(Strokes.FONT_FAMILY, Font.PLAIN, 9);

    private static final InfoColumn ID = new InfoColumn("t.id", "id");
    private static final List<InfoColumn> INFO = List.of(
            new InfoColumn("t.commune_code", "commune_code"),
            new InfoColumn("t.survey_unit_code", "survey_unit_code"),
            new InfoColumn("t.survey_unit_name", "survey_unit_name"),
            new InfoColumn("t.sheet_number", "sheet_number"),
            new InfoColumn("t.scale", "scale"),
            new InfoColumn("t.srid", "srid"),
            new InfoColumn("t.survey_year", "survey_year"));

    public MapSheetsLayer() {
        super(PublishedLayer.MAP_SHEETS);
    }

    @Override
    public void render(RenderContext ctx, LayerStyle style) {
        MapView v = ctx.view();
        double scale = v.scaleDenominator();
        if (scale > MAX_SCALE) {
            return;
        }
        Sql sql = new Sql();
        PixelSql.boxCte(sql, v, false);
        sql.append("SELECT t.sheet_number, t.scale, ");
        PixelSql.pixels(sql, "t.geom", v, false, false);
        sql.append(" FROM " + published().view() + " t, q WHERE t.geom && q.box LIMIT ?", ctx.maxFeatures());
        Path2D.Float frames = new Path2D.Float();
        List<Label> labels = new ArrayList<>();
        ctx.source().query(sql, rs -> {
            Path2D.Float p = TwkbPaths.read(rs.getBytes(3));
            frames.append(p, false);
            if (scale <= LABELS) {
                Rectangle2D b = p.getBounds2D();
                labels.add(new Label(b.getCenterX(), b.getCenterY(), List.of("Tờ " + rs.getInt(1), "1:" + rs.getInt(2)),
                        List.of(NUMBER, SCALE), false, COLOUR));
            }
        });
        Strokes.stroke(ctx.graphics(), frames, COLOUR, Strokes.dashed(1f, 5f, 3f));
        labels.forEach(ctx.labels()::offer);
    }

    @Override
    public List<LegendEntry> legend(LayerStyle style, LandUsePalette palette) {
        return List.of(LegendEntry.line(COLOUR, Strokes.dashed(1f, 5f, 3f), "Khung tờ bản đồ / Map sheet"));
    }

    @Override
    public List<FeatureInfo> featureInfo(FeatureSource source, InfoQuery query) {
        if (query.view().scaleDenominator() > MAX_SCALE) {
            return List.of();
        }
        return probe(source, query, published().view(), published().geometryColumn(), false, ID, INFO);
    }
}
