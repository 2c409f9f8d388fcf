package vn.landinfo.mapserver.layer;

import vn.landinfo.mapserver.crs.Envelope;
import vn.landinfo.mapserver.render.MapView;
import vn.landinfo.mapserver.sql.Sql;

/**
 * The SQL that selects a layer's features in a view and hands them to Java already in pixel space:
 * PostGIS reprojects (ST_Transform), clips (ST_ClipByBox2D), generalises (ST_Simplify) and maps to
 * pixels (ST_TransScale), then encodes compactly (ST_AsTWKB at 0.1 px). Java2D only fills and strokes.
 *
 * <p>Parcels keep a stored Web Mercator copy (docs/architecture.md#geodesy), so a 3857 map reads it as is, through its
 * own GiST index; every other CRS filters on the WGS 84 column with the view's envelope transformed
 * to WGS 84 (densified first, so the curved edges of a transformed rectangle are covered).
 */
final class PixelSql {

    /** TWKB decimal digits in pixel space: 0.1 px is finer than anti-aliasing can show. */
    private static final int TWKB_PRECISION = 1;
    /** Features are selected, and clipped, this many pixels beyond the image so strokes and clip edges fall outside it. */
    static final double MARGIN_PX = 8;

    private PixelSql() {
    }

    /** Whether a layer with a stored, indexed 3857 column reads it directly for this view. */
    static boolean native3857(MapView view, boolean layerHas3857) {
        return layerHas3857 && view.crs().srid() == 3857;
    }

    /**
     * {@code WITH q AS (SELECT <box> AS box)}: the view's envelope plus the margin, in the storage CRS
     * (3857 when native, else 4326).
     */
    static void boxCte(Sql sql, MapView view, boolean native3857) {
        // Clipped to where the CRS is defined: a box reaching past the poles cannot be reprojected.
        Envelope e = view.envelope().expandedBy(MARGIN_PX * view.unitsPerPixel()).clippedTo(view.crs().validArea());
        if (native3857) {
            sql.append("WITH q AS (SELECT ST_MakeEnvelope(?, ?, ?, ?, 3857) AS box) ", e.minX(), e.minY(), e.maxX(), e.maxY());
        } else {
            double segment = Math.max(e.width(), e.height()) / 8;
            sql.append("WITH q AS (SELECT ST_Transform(ST_Segmentize(ST_MakeEnvelope(?, ?, ?, ?, ?), ?), 4326) AS box) ",
                    e.minX(), e.minY(), e.maxX(), e.maxY(), view.crs().srid(), segment);
        }
    }

    /**
     * {@code ST_AsTWKB(...)} of the column in pixel space. With {@code generalise}, the geometry is
     * first clipped to the box and simplified to half a pixel in the storage CRS (before reprojection,
     * so large boundaries cost a transform of what is visible only).
     */
    static void pixels(Sql sql, String column, MapView view, boolean native3857, boolean generalise) {
        sql.append("ST_AsTWKB(ST_TransScale(");
        if (!native3857) {
            sql.append("ST_Transform(");
        }
        if (generalise) {
            double tolerance = 0.5 * view.unitsPerPixel() * (native3857 || view.crs().geographic() ? 1 : 1 / 111_320.0);
            sql.append("ST_Simplify(ST_ClipByBox2D(" + column + ", q.box), ?)", tolerance);
        } else {
            sql.append(column);
        }
        if (!native3857) {
            sql.append(", ?)", view.crs().srid());
        }
        Envelope e = view.envelope();
        sql.append(", ?, ?, ?, ?), " + TWKB_PRECISION + ")", -e.minX(), -e.maxY(), view.scaleX(), -view.scaleY());
    }

    /**
     * The whole statement for a layer of parcel shapes (a view with {@code geom} in WGS 84 and the stored
     * {@code geom_3857}): {@code SELECT <attributes> <pixels> FROM <relation> t, q WHERE <column> && q.box
     * LIMIT ?}, the pixels last. A 3857 map reads the Web Mercator copy through its own index.
     *
     * @param attributes the columns before the pixels, each followed by a comma, or ""
     */
    static Sql parcelShapesInView(MapView view, String attributes, String relation, int maxFeatures) {
        boolean native3857 = native3857(view, true);
        String column = native3857 ? "t.geom_3857" : "t.geom";
        Sql sql = new Sql();
        boxCte(sql, view, native3857);
        sql.append("SELECT " + attributes);
        pixels(sql, column, view, native3857, false);
        sql.append(" FROM " + relation + " t, q WHERE " + column + " && q.box LIMIT ?", maxFeatures);
        return sql;
    }

    /**
     * {@code ST_AsTWKB(...)} of a point on the surface of the whole WGS 84 geometry (not of the clipped
     * part), in pixel space: a label anchor that is the same in every tile the feature crosses.
     */
    static void anchor(Sql sql, String column4326, MapView view) {
        Envelope e = view.envelope();
        sql.append("ST_AsTWKB(ST_TransScale(ST_Transform(ST_PointOnSurface(" + column4326 + "), ?), ?, ?, ?, ?), 1)",
                view.crs().srid(), -e.minX(), -e.maxY(), view.scaleX(), -view.scaleY());
    }
}
