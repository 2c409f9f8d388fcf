package vn.landinfo.mapserver.render;

import vn.landinfo.mapserver.crs.Envelope;
import vn.landinfo.mapserver.crs.MapCrs;

/**
 * The part of the world a map shows and the image it is drawn into. PostGIS maps geometries to pixel
 * space with {@code ST_TransScale(geom, -minX, -maxY, sx, -sy)} (y grows downwards in images), so
 * Java only ever sees pixel coordinates.
 */
public record MapView(MapCrs crs, Envelope envelope, int width, int height) {

    /** The standardised rendering pixel of OGC WMS 1.3.0 §7.2.4.6.9 and SLD: 0.28 mm. */
    public static final double PIXEL_SIZE_M = 0.00028;

    /** Pixels per CRS unit along x. */
    public double scaleX() {
        return width / envelope.width();
    }

    /** Pixels per CRS unit along y. */
    public double scaleY() {
        return height / envelope.height();
    }

    /** CRS units per pixel (the larger of the two axes, for tolerances). */
    public double unitsPerPixel() {
        return Math.max(envelope.width() / width, envelope.height() / height);
    }

    /** The scale denominator, as WMS capabilities' Min/MaxScaleDenominator mean it. */
    public double scaleDenominator() {
        return envelope.width() / width * crs.metresPerUnit() / PIXEL_SIZE_M;
    }
}
