package vn.landinfo.mapserver.wms;

import java.awt.Color;
import java.util.List;
import vn.landinfo.mapserver.catalog.LayerStyle;
import vn.landinfo.mapserver.layer.MapLayer;
import vn.landinfo.mapserver.render.ImageFormat;
import vn.landinfo.mapserver.render.MapView;

/** A validated GetMap (or the map part of a GetFeatureInfo): layers with their styles, the view and the image. */
record MapRequest(WmsVersion version, List<Styled> layers, MapView view, ImageFormat format, boolean transparent, Color background) {

    record Styled(MapLayer layer, LayerStyle style) {
    }
}
