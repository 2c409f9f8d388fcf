package vn.landinfo.mapserver.wms;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.landinfo.mapserver.crs.CrsCatalogue;
import vn.landinfo.mapserver.crs.Envelope;
import vn.landinfo.mapserver.crs.MapCrs;
import vn.landinfo.mapserver.layer.MapLayers;
import vn.landinfo.mapserver.catalog.LayerStyle;
import vn.landinfo.mapserver.layer.MapLayer;
import vn.landinfo.mapserver.ogc.OgcException;
import vn.landinfo.mapserver.ogc.OgcParameters;
import vn.landinfo.mapserver.render.ImageFormat;
import vn.landinfo.mapserver.render.MapView;

/**
 * Reads and validates the GetMap parameters, each with the exception code the standard gives its
 * failure: LayerNotDefined, StyleNotDefined, InvalidCRS/InvalidSRS, InvalidFormat, MissingParameterValue,
 * InvalidParameterValue. Axis order is resolved here, once: 1.3.0 with a latitude-first CRS sends
 * BBOX=minLat,minLon,maxLat,maxLon.
 */
final class MapRequestReader {

    private final MapLayers layers;
    private final CrsCatalogue crss;
    private final WmsSettings settings;

    MapRequestReader(MapLayers layers, CrsCatalogue crss, WmsSettings settings) {
        this.layers = layers;
        this.crss = crss;
        this.settings = settings;
    }

    MapRequest getMap(OgcParameters p, WmsVersion version) {
        List<MapRequest.Styled> styled = layers(p, "LAYERS", "STYLES");
        MapView view = view(p, version);
        ImageFormat format = format(p);
        return new MapRequest(version, styled, view, format, transparent(p), background(p));
    }

    /** LAYERS (or QUERY_LAYERS) with STYLES: every name must be a layer and every style one of its styles. */
    List<MapRequest.Styled> layers(OgcParameters p, String layersParameter, String stylesParameter) {
        String[] names = p.required(layersParameter).split(",", -1);
        if (names.length > settings.maxLayers()) {
            throw new OgcException(OgcException.INVALID_PARAMETER_VALUE, layersParameter,
                    "Mỗi yêu cầu có tối đa " + settings.maxLayers() + " lớp, không phải " + names.length,
                    "at most " + settings.maxLayers() + " layers per request, not " + names.length);
        }
        String styles = stylesParameter == null ? "" : p.get(stylesParameter).orElse("");
        String[] styleNames = styles.isEmpty() ? new String[0] : styles.split(",", -1);
        if (styleNames.length != 0 && styleNames.length != names.length) {
            throw new OgcException(OgcException.STYLE_NOT_DEFINED, stylesParameter,
                    "STYLES nêu " + styleNames.length + " kiểu trình bày cho " + names.length + " lớp; hãy nêu mỗi lớp một kiểu (hoặc để trống)",
                    "STYLES names " + styleNames.length + " styles for " + names.length + " layers; give one per layer (or none)");
        }
        List<MapRequest.Styled> out = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            String name = names[i].trim();
            MapLayer layer = layers.find(name).orElseThrow(() -> noSuchLayer(layersParameter, name));
            String styleName = styleNames.length == 0 ? "" : styleNames[i];
            LayerStyle style = layer.style(styleName).orElseThrow(() -> noSuchStyle(stylesParameter, layer, styleName));
            out.add(new MapRequest.Styled(layer, style));
        }
        return out;
    }

    private OgcException noSuchLayer(String parameter, String name) {
        String all = String.join(", ", layers.all().stream().map(MapLayer::name).toList());
        return new OgcException(OgcException.LAYER_NOT_DEFINED, parameter, "Không có lớp nào tên '" + abbreviate(name) + "'; các lớp: " + all,
                "no layer named '" + abbreviate(name) + "'; layers: " + all);
    }

    private static OgcException noSuchStyle(String parameter, MapLayer layer, String styleName) {
        String all = String.join(", ", layer.styles().stream().map(LayerStyle::name).toList());
        return new OgcException(OgcException.STYLE_NOT_DEFINED, parameter,
                "Lớp " + layer.name() + " không có kiểu trình bày '" + abbreviate(styleName) + "'; các kiểu: " + all,
                "layer " + layer.name() + " has no style '" + abbreviate(styleName) + "'; styles: " + all);
    }

    MapView view(OgcParameters p, WmsVersion version) {
        MapCrs crs = crs(p, version);
        double[] b = bbox(p);
        // A box beyond the CRS's valid area (latitudes past the poles, say) is not refused: GetMap draws
        // what lies inside it, which may be nothing (docs/decisions/0073-wms-conformance-version-format-bbox.md).
        Envelope e = version == WmsVersion.V1_3_0 && crs.latitudeFirst()
                ? new Envelope(b[1], b[0], b[3], b[2])
                : new Envelope(b[0], b[1], b[2], b[3]);
        int width = size(p, "WIDTH", settings.maxWidth());
        int height = size(p, "HEIGHT", settings.maxHeight());
        return new MapView(crs, e, width, height);
    }

    MapCrs crs(OgcParameters p, WmsVersion version) {
        String parameter = version.crsParameter();
        String other = version == WmsVersion.V1_3_0 ? "SRS" : "CRS";
        // Some clients send the other version's name: accept it rather than fail a map for a spelling.
        String code = p.get(parameter).filter(s -> !s.isEmpty()).or(() -> p.get(other).filter(s -> !s.isEmpty()))
                .orElseThrow(() -> new OgcException(OgcException.MISSING_PARAMETER_VALUE, parameter, "Tham số " + parameter + " là bắt buộc",
                        "the parameter " + parameter + " is required"));
        return crss.find(code).orElseThrow(() -> {
            String offered = String.join(", ", crss.all().stream().map(MapCrs::code).toList());
            return new OgcException(version.invalidCrsCode(), parameter, "Không cung cấp hệ tọa độ " + abbreviate(code) + "; hãy dùng một trong " + offered,
                    abbreviate(code) + " is not offered; use one of " + offered);
        });
    }

    static double[] bbox(OgcParameters p) {
        String[] parts = p.required("BBOX").split(",", -1);
        if (parts.length != 4 && parts.length != 5) {
            throw new OgcException(OgcException.INVALID_PARAMETER_VALUE, "BBOX", "BBOX cần bốn số: minx,miny,maxx,maxy",
                    "BBOX needs four numbers: minx,miny,maxx,maxy");
        }
        double[] b = new double[4];
        for (int i = 0; i < 4; i++) {
            b[i] = number(parts[i], "BBOX");
        }
        if (b[0] >= b[2] || b[1] >= b[3]) {
            throw new OgcException(OgcException.INVALID_PARAMETER_VALUE, "BBOX",
                    "Các giá trị nhỏ nhất của BBOX phải nhỏ hơn các giá trị lớn nhất (khung bị đảo hoặc không có diện tích)",
                    "BBOX minimums must be smaller than maximums (the box is inverted or has no area)");
        }
        return b;
    }

    static int size(OgcParameters p, String name, int max) {
        String v = p.required(name);
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new OgcException(OgcException.INVALID_PARAMETER_VALUE, name, name + " phải là số nguyên điểm ảnh, không phải '" + abbreviate(v) + "'",
                    name + " must be a whole number of pixels, not '" + abbreviate(v) + "'");
        }
        if (n < 1 || n > max) {
            throw new OgcException(OgcException.INVALID_PARAMETER_VALUE, name, name + " phải từ 1 đến " + max + ", không phải " + n,
                    name + " must lie between 1 and " + max + ", not " + n);
        }
        return n;
    }

    static ImageFormat format(OgcParameters p) {
        String f = p.required("FORMAT");
        return ImageFormat.parse(f).orElseThrow(() -> new OgcException(OgcException.INVALID_FORMAT, "FORMAT",
                "Không cung cấp định dạng FORMAT " + abbreviate(f) + "; hãy dùng image/png, image/png; mode=8bit hoặc image/jpeg",
                "FORMAT " + abbreviate(f) + " is not offered; use image/png, image/png; mode=8bit or image/jpeg"));
    }

    static boolean transparent(OgcParameters p) {
        String t = p.get("TRANSPARENT").orElse("FALSE").toUpperCase(Locale.ROOT);
        return switch (t) {
            case "TRUE" -> true;
            case "FALSE", "" -> false;
            default -> throw new OgcException(OgcException.INVALID_PARAMETER_VALUE, "TRANSPARENT", "TRANSPARENT là TRUE hoặc FALSE",
                    "TRANSPARENT is TRUE or FALSE");
        };
    }

    static Color background(OgcParameters p) {
        String c = p.get("BGCOLOR").orElse("");
        if (c.isEmpty()) {
            return Color.WHITE;
        }
        String hex = c.startsWith("0x") || c.startsWith("0X") ? c.substring(2) : c.startsWith("#") ? c.substring(1) : null;
        if (hex == null || hex.length() != 6) {
            throw notAColour(c);
        }
        try {
            return new Color(Integer.parseInt(hex, 16));
        } catch (NumberFormatException e) {
            throw notAColour(c);
        }
    }

    private static OgcException notAColour(String c) {
        return new OgcException(OgcException.INVALID_PARAMETER_VALUE, "BGCOLOR", "BGCOLOR có dạng 0xRRGGBB, không phải " + abbreviate(c),
                "BGCOLOR is 0xRRGGBB, not " + abbreviate(c));
    }

    static double number(String s, String parameter) {
        try {
            double d = Double.parseDouble(s.trim());
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new OgcException(OgcException.INVALID_PARAMETER_VALUE, parameter, parameter + " chứa '" + abbreviate(s) + "', không phải là một số",
                parameter + " holds '" + abbreviate(s) + "', which is not a number");
    }

    /** Echoes of request values are kept short: an exception report is no place to reflect a megabyte. */
    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
