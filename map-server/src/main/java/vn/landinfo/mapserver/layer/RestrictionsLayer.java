package vn.landinfo.mapserver.layer;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.TexturePaint;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.List;
import vn.landinfo.mapserver.catalog.LayerStyle;
import vn.landinfo.mapserver.catalog.PublishedLayer;
import vn.landinfo.mapserver.render.MapView;
import vn.landinfo.mapserver.sql.FeatureSource;
import vn.landinfo.mapserver.sql.Sql;
import vn.landinfo.mapserver.render.TwkbPaths;
import vn.landinfo.mapserver.style.LandUsePalette;

/**
 * Thửa đất có hạn chế: current parcels under a registered mortgage, seizure or dispute, hatched and
 * outlined in red over the land-use map, for the officer checking a dossier against its neighbourhood.
 * A bulk map of encumbered parcels profiles owners, so the layer's audience is OFFICER
 * (docs/decisions/0009-public-view-and-restrictions.md): the
 * public services do not contain it. Even here it says only which kinds and since when — never the
 * mortgagee or an amount.
 */
public final class RestrictionsLayer extends MapLayer {

    static final Color RED = new Color(0xC0392B);
    private static final TexturePaint HATCHING = hatching();

    private static final InfoColumn ID = new InfoColumn("t.id", "id");
    private static final List<InfoColumn> INFO = List.of(
            new InfoColumn("t.parcel_number", "parcel_number"),
            new InfoColumn("t.kinds", "restriction_kinds"),
            new InfoColumn("to_char(t.since AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD')", "restricted_since"));

    public RestrictionsLayer() {
        super(PublishedLayer.RESTRICTIONS);
    }

    @Override
    public void render(RenderContext ctx, LayerStyle style) {
        MapView view = ctx.view();
        if (view.scaleDenominator() > ParcelsLayer.MAX_SCALE) {
            return;
        }
        Sql sql = PixelSql.parcelShapesInView(view, "", published().view(), ctx.maxFeatures());
        Path2D.Float shapes = new Path2D.Float(Path2D.WIND_EVEN_ODD);
        ctx.source().query(sql, rs -> shapes.append(TwkbPaths.read(rs.getBytes(1)), false));
        Graphics2D g = ctx.graphics();
        g.setPaint(HATCHING);
        g.fill(shapes);
        Strokes.stroke(g, shapes, RED, Strokes.solid(1.5f));
    }

    @Override
    public List<LegendEntry> legend(LayerStyle style, LandUsePalette palette) {
        return List.of(LegendEntry.area(Strokes.withAlpha(RED, 90), RED, Strokes.solid(1.5f),
                "Thế chấp, kê biên, tranh chấp / Mortgage, seizure, dispute"));
    }

    @Override
    public List<FeatureInfo> featureInfo(FeatureSource source, InfoQuery query) {
        if (query.view().scaleDenominator() > ParcelsLayer.MAX_SCALE) {
            return List.of();
        }
        boolean native3857 = PixelSql.native3857(query.view(), true);
        return probe(source, query, published().view(), native3857 ? "geom_3857" : "geom", native3857, ID, INFO);
    }

    /**
     * Red diagonals every 8 px on transparent, so the land-use colour stays readable beneath; 8 divides
     * the usual 256/512 px tile, so the hatching runs on across tiled maps without a seam.
     */
    private static TexturePaint hatching() {
        BufferedImage tile = new BufferedImage(8, 8, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = tile.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Strokes.withAlpha(RED, 200));
        g.setStroke(new BasicStroke(1.2f));
        g.drawLine(-1, 9, 9, -1);
        g.drawLine(-1, 1, 1, -1);
        g.drawLine(7, 9, 9, 7);
        g.dispose();
        return new TexturePaint(tile, new Rectangle(0, 0, 8, 8));
    }
}
