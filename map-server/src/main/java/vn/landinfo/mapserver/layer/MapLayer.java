package vn.landinfo.mapserver.layer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.landinfo.mapserver.style.LandUsePalette;

/**
 * A layer of the catalogue: one published view, fixed SQL, its styles and the scale range it is drawn
 * in. WMS draws it; the vector tiles (later) read the same view, columns and scale range.
 */
public abstract class MapLayer {

    /** The extent a layer advertises: where its data is. */
    public enum ExtentSource { MAP_SHEETS, PROVINCES }

    /** A column GetFeatureInfo returns: a constant SQL expression over {@code t} and its public name. */
    protected record InfoColumn(String sql, String name) {
    }

    private final String name;
    private final String titleVi;
    private final String titleEn;
    private final String abstractText;
    private final List<LayerStyle> styles;
    private final double maxScaleDenominator;
    private final ExtentSource extentSource;

    protected MapLayer(String name, String titleVi, String titleEn, String abstractText, List<LayerStyle> styles,
                       double maxScaleDenominator, ExtentSource extentSource) {
        this.name = name;
        this.titleVi = titleVi;
        this.titleEn = titleEn;
        this.abstractText = abstractText;
        this.styles = List.copyOf(styles);
        this.maxScaleDenominator = maxScaleDenominator;
        this.extentSource = extentSource;
    }

    public String name() {
        return name;
    }

    /** Vietnamese first, then English. */
    public String title() {
        return titleVi + " / " + titleEn;
    }

    public String abstractText() {
        return abstractText;
    }

    public List<LayerStyle> styles() {
        return styles;
    }

    public LayerStyle defaultStyle() {
        return styles.get(0);
    }

    /** The style by name; a blank name (or "default") means the default style. */
    public Optional<LayerStyle> style(String styleName) {
        if (styleName == null || styleName.isBlank() || styleName.equalsIgnoreCase("default")) {
            return Optional.of(defaultStyle());
        }
        return styles.stream().filter(s -> s.name().equalsIgnoreCase(styleName.trim())).findFirst();
    }

    /** Beyond this scale denominator nothing is drawn (Double.POSITIVE_INFINITY: always drawn). */
    public double maxScaleDenominator() {
        return maxScaleDenominator;
    }

    public ExtentSource extentSource() {
        return extentSource;
    }

    /** Who may see the layer; most layers are public. */
    public Audience audience() {
        return Audience.PUBLIC;
    }

    public abstract void render(RenderContext ctx, LayerStyle style);

    public abstract List<LegendEntry> legend(LayerStyle style, LandUsePalette palette);

    public abstract List<FeatureInfo> featureInfo(FeatureSource source, InfoQuery query);

    /**
     * The features within the probe's tolerance, those containing the point first (distance 0), then
     * nearer ones, the smaller first when several contain it (a parcel before its sheet).
     */
    protected List<FeatureInfo> probe(FeatureSource source, InfoQuery q, String view, String column, boolean native3857,
                                      InfoColumn id, List<InfoColumn> columns) {
        String storage = native3857 ? "3857" : "4326";
        Sql sql = new Sql();
        sql.append("WITH q AS (SELECT ST_Transform(ST_Buffer(ST_SetSRID(ST_MakePoint(?, ?), ?), ?, 'quad_segs=4'), " + storage + ") AS area, "
                + "ST_Transform(ST_SetSRID(ST_MakePoint(?, ?), ?), " + storage + ") AS pt) ",
                q.x(), q.y(), q.view().crs().srid(), q.tolerance(), q.x(), q.y(), q.view().crs().srid());
        sql.append("SELECT " + id.sql());
        for (InfoColumn c : columns) {
            sql.append(", " + c.sql());
        }
        sql.append(" FROM " + view + " t, q WHERE t." + column + " && q.area AND ST_Intersects(t." + column + ", q.area)"
                + " ORDER BY ST_Distance(t." + column + ", q.pt), ST_Area(t." + column + "), 1 LIMIT ?", q.maxFeatures());
        List<FeatureInfo> found = new ArrayList<>();
        source.query(sql, rs -> {
            Map<String, Object> props = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                Object v = rs.getObject(i + 2);
                props.put(columns.get(i).name(), v instanceof java.math.BigDecimal bd ? bd.doubleValue() : v);
            }
            found.add(new FeatureInfo(name, name + "." + rs.getString(1), props));
        });
        return found;
    }
}
