package vn.landinfo.mapserver.layer;

import vn.landinfo.mapserver.render.MapView;

/**
 * A GetFeatureInfo probe: a point in the view's CRS (x = easting/longitude), how far around it a
 * feature still counts as clicked (in CRS units: a few pixels, so thin and small features can be hit),
 * and how many features to return at most.
 */
public record InfoQuery(MapView view, double x, double y, double tolerance, int maxFeatures) {
}
