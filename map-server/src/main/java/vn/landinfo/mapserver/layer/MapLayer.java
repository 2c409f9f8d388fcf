package vn.landinfo.mapserver.layer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.landinfo.mapserver.catalog.Audience;
import vn.landinfo.mapserver.catalog.ExtentSource;
import vn.landinfo.mapserver.catalog.LayerStyle;
import vn.landinfo.mapserver.catalog.PublishedLayer;
import vn.landinfo.mapserver.sql.FeatureSource;
import vn.landinfo.mapserver.sql.Sql;
import vn.landinfo.mapserver.style.LandUsePalette;

/**
 * How the WMS draws and probes one published layer of the catalogue: fixed SQL over its view, its
 * legend and its GetFeatureInfo columns. Name, titles, styles and scale range come from the catalogue.
 */
public abstract class MapLayer {

    /** A column GetFeatureInfo returns: a constant SQL expression over {@code t} and its public name. */
    protected record InfoColumn(String sql, String name) {
    }

    private final PublishedLayer published;

    protected MapLayer(PublishedLayer published) {
        this.published = published;
    }

    public PublishedLayer published() {
        return published;
    }

    public String name() {
        return published.layerName();
    }

    /** Vietnamese first, then English. */
    public String title() {
        return published.title();
    }

    public String abstractText() {
        return published.abstractText();
    }

    public List<LayerStyle> styles() {
        return published.styles();
    }

    public LayerStyle defaultStyle() {
        return styles().get(0);
    }

    /** The style by name; a blank name (or "default") means the default style. */
    public Optional<LayerStyle> style(String styleName) {
        if (styleName == null || styleName.isBlank() || styleName.equalsIgnoreCase("default")) {
            return Optional.of(defaultStyle());
        }
        return styles().stream().filter(s -> s.name().equalsIgnoreCase(styleName.trim())).findFirst();
    }

    /** Beyond this scale denominator nothing is drawn (Double.POSITIVE_INFINITY: always drawn). */
    public double maxScaleDenominator() {
        return published.maxScaleDenominator();
    }

    public ExtentSource extentSource() {
        return published.extent();
    }

    /** Who may see the layer; most layers are public. */
    public Audience audience() {
        return published.audience();
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
            found.add(new FeatureInfo(name(), name() + "." + rs.getString(1), props));
        });
        return found;
    }
}
