package vn.landinfo.mapserver.layer;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import vn.landinfo.mapserver.catalog.LayerStyle;
import vn.landinfo.mapserver.catalog.PublishedLayer;
import vn.landinfo.mapserver.catalog.Styles;
import vn.landinfo.mapserver.render.InteriorPoint;
import vn.landinfo.mapserver.sql.FeatureSource;
import vn.landinfo.mapserver.sql.Sql;
import vn.landinfo.mapserver.render.Label;
import vn.landinfo.mapserver.render.MapView;
import vn.landinfo.mapserver.render.Outlines;
import vn.landinfo.mapserver.render.PixelParts;
import vn.landinfo.mapserver.render.TwkbPaths;
import vn.landinfo.mapserver.style.LandUsePalette;

/**
 * Thửa đất: current parcels filled with the national land-use palette and outlined with thin dark
 * lines, labelled like a cadastral sheet — the parcel number (số thửa) from 1:2 000, over the legal
 * area (diện tích) from 1:1 000. Beyond 1:25 000 nothing is drawn: a commune or province view shows
 * boundaries only and stays light.
 */
public final class ParcelsLayer extends MapLayer {

    static final LayerStyle LAND_USE = Styles.LAND_USE;
    static final LayerStyle OUTLINE = Styles.OUTLINE;

    static final double MAX_SCALE = PublishedLayer.PARCELS.maxScaleDenominator();
    static final double DETAILED_OUTLINES = 5_000;
    static final double NUMBER_LABELS = 2_500;
    static final double AREA_LABELS = 1_100;

    static final Color OUTLINE_DARK = new Color(0x3B2F2A);
    static final Color OUTLINE_LIGHT = new Color(60, 50, 45, 120);
    static final Color LABEL = new Color(0x1E1A18);
    private static final Font NUMBER_FONT = new Font(Strokes.FONT_FAMILY, Font.PLAIN, 11);
    private static final Font AREA_FONT = new Font(Strokes.FONT_FAMILY, Font.PLAIN, 9);

    public ParcelsLayer() {
        super(PublishedLayer.PARCELS);
    }

    private record Drawn(PixelParts shape, Color fill, int number, BigDecimal area) {
    }

    @Override
    public void render(RenderContext ctx, LayerStyle style) {
        MapView view = ctx.view();
        double scale = view.scaleDenominator();
        if (scale > MAX_SCALE) {
            return;
        }
        boolean fill = style.equals(LAND_USE);
        boolean labels = scale <= NUMBER_LABELS;
        Sql sql = PixelSql.parcelShapesInView(view, "t.parcel_number, t.main_purpose, t.legal_area, ", published().view(), ctx.maxFeatures());

        List<Drawn> drawn = new ArrayList<>();
        LandUsePalette palette = ctx.palette();
        ctx.source().query(sql, rs -> drawn.add(new Drawn(TwkbPaths.parts(rs.getBytes(4)),
                fill ? palette.fill(rs.getString(2)) : null, rs.getInt(1), rs.getBigDecimal(3))));

        Graphics2D g = ctx.graphics();
        // One path per colour: parcels never overlap, so an even-odd union of same-coloured parcels is
        // exactly their fills, drawn in one rasteriser pass instead of hundreds (the per-shape cost
        // dominates a tile), and without the faint anti-aliasing seam between two neighbours of one colour.
        Map<Color, Path2D.Float> fills = new LinkedHashMap<>();
        // Each edge once: a boundary two parcels share is stroked once, not once per parcel.
        Outlines outlines = new Outlines(view.width(), view.height());
        for (Drawn d : drawn) {
            if (d.fill() != null) {
                d.shape().appendTo(fills.computeIfAbsent(d.fill(), c -> new Path2D.Float(Path2D.WIND_EVEN_ODD)));
            }
            outlines.add(d.shape());
        }
        // Fills first, outlines over all of them: a neighbour's fill never covers half of a shared edge.
        fills.forEach((colour, path) -> {
            g.setColor(colour);
            g.fill(path);
        });
        boolean detailed = scale <= DETAILED_OUTLINES;
        Strokes.stroke(g, outlines.path(), detailed ? OUTLINE_DARK : OUTLINE_LIGHT, Strokes.solid(detailed ? 0.75f : 0.5f));

        if (labels) {
            placeLabels(ctx, drawn, scale <= AREA_LABELS);
        }
    }

    /** Largest parcels first: when labels compete, the parcel with the most room keeps its number. */
    private static void placeLabels(RenderContext ctx, List<Drawn> drawn, boolean withArea) {
        record Candidate(Drawn parcel, Rectangle2D bounds) {
            double area() {
                return bounds.getWidth() * bounds.getHeight();
            }
        }
        List<Candidate> byArea = new ArrayList<>(drawn.size());
        for (Drawn d : drawn) {
            byArea.add(new Candidate(d, d.shape().bounds()));
        }
        byArea.sort(Comparator.comparingDouble(Candidate::area).reversed());
        for (Candidate c : byArea) {
            Drawn d = c.parcel();
            Rectangle2D b = c.bounds();
            if (b.getWidth() < 8 || b.getHeight() < 8) {
                continue;
            }
            InteriorPoint p = InteriorPoint.of(d.shape().path());
            String number = Integer.toString(d.number());
            if (withArea && d.area() != null) {
                Label full = new Label(p.x(), p.y(), List.of(number, area(d.area())), List.of(NUMBER_FONT, AREA_FONT), true, LABEL);
                if (fits(full, p, b) && ctx.labels().offer(full)) {
                    continue;
                }
            }
            Label numberOnly = new Label(p.x(), p.y(), List.of(number), List.of(NUMBER_FONT), false, LABEL);
            if (fits(numberOnly, p, b)) {
                ctx.labels().offer(numberOnly);
            }
        }
    }

    private static boolean fits(Label l, InteriorPoint p, Rectangle2D parcel) {
        return l.bounds().getWidth() <= p.span() + 2 && l.bounds().getHeight() <= parcel.getHeight() + 2;
    }

    /** Legal area the Vietnamese way: one decimal, decimal comma (150,5). */
    static String area(BigDecimal a) {
        return String.format(Locale.ROOT, "%.1f", a.doubleValue()).replace('.', ',');
    }

    @Override
    public List<LegendEntry> legend(LayerStyle style, LandUsePalette palette) {
        Stroke outline = Strokes.solid(0.75f);
        if (style.equals(OUTLINE)) {
            return List.of(LegendEntry.line(OUTLINE_DARK, outline, "Ranh giới thửa / Parcel boundary"));
        }
        List<LegendEntry> entries = new ArrayList<>();
        for (LandUsePalette.Entry e : palette.entries()) {
            entries.add(LegendEntry.area(e.fill(), OUTLINE_DARK, outline, e.code() + "  " + e.nameVi()));
        }
        return entries;
    }

    private static final InfoColumn ID = new InfoColumn("t.id", "id");
    private static final List<InfoColumn> INFO = List.of(
            new InfoColumn("t.national_id", "national_id"),
            new InfoColumn("t.commune_code", "commune_code"),
            new InfoColumn("t.commune_name", "commune_name"),
            new InfoColumn("t.survey_unit_code", "survey_unit_code"),
            new InfoColumn("t.survey_unit_name", "survey_unit_name"),
            new InfoColumn("t.sheet_number", "sheet_number"),
            new InfoColumn("t.parcel_number", "parcel_number"),
            new InfoColumn("t.main_purpose", "main_purpose"),
            new InfoColumn("t.purposes", "purposes"),
            new InfoColumn("t.legal_area", "legal_area"),
            new InfoColumn("t.address", "address"));

    /**
     * The public view of the parcels clicked. The "restricted" flag is left out on purpose: it is
     * public for one parcel looked up, but a map that hands it out for every click and every pixel
     * tolerance is a bulk list of encumbered parcels, which is for officers only
     * (docs/decisions/0009-public-view-and-restrictions.md).
     */
    @Override
    public List<FeatureInfo> featureInfo(FeatureSource source, InfoQuery query) {
        if (query.view().scaleDenominator() > MAX_SCALE) {
            return List.of();
        }
        boolean native3857 = PixelSql.native3857(query.view(), true);
        return probe(source, query, "publish.parcels", native3857 ? "geom_3857" : "geom", native3857, ID, INFO);
    }
}
