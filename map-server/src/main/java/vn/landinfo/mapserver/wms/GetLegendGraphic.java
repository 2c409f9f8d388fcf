package vn.landinfo.mapserver.wms;

import java.awt.image.BufferedImage;
import java.util.List;
import vn.landinfo.mapserver.layer.MapLayers;
import vn.landinfo.mapserver.catalog.LayerStyle;
import vn.landinfo.mapserver.layer.LegendEntry;
import vn.landinfo.mapserver.layer.MapLayer;
import vn.landinfo.mapserver.ogc.OgcException;
import vn.landinfo.mapserver.ogc.OgcParameters;
import vn.landinfo.mapserver.ogc.OgcResponse;
import vn.landinfo.mapserver.render.ImageEncoder;
import vn.landinfo.mapserver.render.ImageFormat;
import vn.landinfo.mapserver.style.PaletteSource;

/**
 * GetLegendGraphic (SLD 1.1 profile of WMS): the legend of one layer and style — for parcels the
 * national land-use palette, code by code — as PNG or JPEG. WIDTH/HEIGHT are the symbol size.
 */
final class GetLegendGraphic {

    static final int SYMBOL_WIDTH = 20;
    static final int SYMBOL_HEIGHT = 14;

    private final MapLayers layers;
    private final PaletteSource palette;

    GetLegendGraphic(MapLayers layers, PaletteSource palette) {
        this.layers = layers;
        this.palette = palette;
    }

    OgcResponse handle(OgcParameters p) {
        String name = p.required("LAYER");
        MapLayer layer = layers.find(name).orElseThrow(() -> new OgcException(OgcException.LAYER_NOT_DEFINED, "LAYER",
                "Không có lớp nào tên '" + MapRequestReader.abbreviate(name) + "'", "no layer named '" + MapRequestReader.abbreviate(name) + "'"));
        String styleName = p.get("STYLE").orElse("");
        LayerStyle style = layer.style(styleName).orElseThrow(() -> new OgcException(OgcException.STYLE_NOT_DEFINED, "STYLE",
                "Lớp " + layer.name() + " không có kiểu trình bày '" + MapRequestReader.abbreviate(styleName) + "'",
                "layer " + layer.name() + " has no style '" + MapRequestReader.abbreviate(styleName) + "'"));
        String f = p.get("FORMAT").filter(s -> !s.isEmpty()).orElse("image/png");
        ImageFormat format = ImageFormat.parse(f).orElseThrow(() -> new OgcException(OgcException.INVALID_FORMAT, "FORMAT",
                "Chú giải không có định dạng FORMAT " + MapRequestReader.abbreviate(f) + "; hãy dùng image/png hoặc image/jpeg",
                "FORMAT " + MapRequestReader.abbreviate(f) + " is not offered for legends; use image/png or image/jpeg"));
        int w = symbol(p, "WIDTH", SYMBOL_WIDTH);
        int h = symbol(p, "HEIGHT", SYMBOL_HEIGHT);
        boolean transparent = MapRequestReader.transparent(p);
        List<LegendEntry> entries = layer.legend(style, palette.palette());
        BufferedImage image = LegendImage.draw(entries, w, h, format, transparent);
        return OgcResponse.ok(GetMap.mimeType(format), ImageEncoder.encode(image, format));
    }

    /** A symbol of 4 to 64 pixels: a legend is a key, not a map. */
    private static int symbol(OgcParameters p, String name, int fallback) {
        if (p.get(name).orElse("").isEmpty()) {
            return fallback;
        }
        return Math.max(4, MapRequestReader.size(p, name, 64));
    }

    java.awt.Dimension size(MapLayer layer, LayerStyle style) {
        return LegendImage.size(layer.legend(style, palette.palette()), SYMBOL_WIDTH, SYMBOL_HEIGHT);
    }
}
