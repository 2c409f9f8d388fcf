package vn.landinfo.mapserver.features.filter;

import vn.landinfo.mapserver.crs.MapCrs;

/**
 * A geometry given in a request, as WKT with x = the CRS's first axis as the request wrote it, and the CRS it
 * was given in. {@code axesSwapped} says the WKT's x is latitude (EPSG:4326 by the letter in WFS 2.0 / 1.1, FES
 * srsName URNs): the compiler then flips the coordinates before transforming, so that every CRS form lands in
 * the same place (docs/architecture.md#geodesy).
 */
public record GeometryLiteral(String wkt, MapCrs crs, boolean axesSwapped) {
}
