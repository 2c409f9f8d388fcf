package vn.landinfo.mapserver.layer;

import java.awt.Graphics2D;
import vn.landinfo.mapserver.render.LabelPlacer;
import vn.landinfo.mapserver.render.MapView;
import vn.landinfo.mapserver.sql.FeatureSource;
import vn.landinfo.mapserver.style.LandUsePalette;

/** What a layer draws with: the view, the canvas, the shared label placer (labels go on top of every layer), the data and limits. */
public record RenderContext(MapView view, Graphics2D graphics, LabelPlacer labels, FeatureSource source,
                            LandUsePalette palette, int maxFeatures) {
}
