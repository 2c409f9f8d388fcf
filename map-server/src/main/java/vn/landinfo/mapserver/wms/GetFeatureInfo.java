package vn.landinfo.mapserver.wms;

import java.util.ArrayList;
import java.util.List;
import vn.landinfo.mapserver.crs.Envelope;
import vn.landinfo.mapserver.layer.FeatureInfo;
import vn.landinfo.mapserver.sql.FeatureSource;
import vn.landinfo.mapserver.layer.InfoQuery;
import vn.landinfo.mapserver.ogc.OgcException;
import vn.landinfo.mapserver.ogc.OgcParameters;
import vn.landinfo.mapserver.ogc.OgcResponse;
import vn.landinfo.mapserver.render.MapView;

/**
 * GetFeatureInfo: what lies under a pixel of a map the client already has (I/J in 1.3.0, X/Y in
 * 1.1.1), within a few pixels so a thin or tiny parcel can be clicked; up to FEATURE_COUNT features per
 * queried layer.
 */
final class GetFeatureInfo {

    private final MapRequestReader reader;
    private final FeatureSource source;
    private final WmsSettings settings;

    GetFeatureInfo(MapRequestReader reader, FeatureSource source, WmsSettings settings) {
        this.reader = reader;
        this.source = source;
        this.settings = settings;
    }

    OgcResponse handle(OgcParameters p, WmsVersion version) {
        ExceptionFormat.of(p);
        List<MapRequest.Styled> queried = reader.layers(p, "QUERY_LAYERS", null);
        if (p.has("LAYERS")) {
            reader.layers(p, "LAYERS", "STYLES");
        }
        MapView view = reader.view(p, version);
        String infoFormat = p.get("INFO_FORMAT").filter(s -> !s.isEmpty()).orElse("text/html");
        InfoFormat format = InfoFormat.parse(infoFormat).orElseThrow(() -> new OgcException(OgcException.INVALID_FORMAT, "INFO_FORMAT",
                "Không cung cấp INFO_FORMAT " + MapRequestReader.abbreviate(infoFormat) + "; hãy dùng text/html, application/json hoặc application/vnd.ogc.gml",
                "INFO_FORMAT " + MapRequestReader.abbreviate(infoFormat) + " is not offered; use text/html, application/json or application/vnd.ogc.gml"));
        int count = featureCount(p);
        int i = pixel(p, version.columnParameter(), view.width());
        int j = pixel(p, version.rowParameter(), view.height());

        Envelope e = view.envelope();
        double x = e.minX() + (i + 0.5) * e.width() / view.width();
        double y = e.maxY() - (j + 0.5) * e.height() / view.height();
        InfoQuery q = new InfoQuery(view, x, y, settings.pixelTolerance() * view.unitsPerPixel(), count);
        List<FeatureInfo> found = new ArrayList<>();
        for (MapRequest.Styled s : queried) {
            found.addAll(s.layer().featureInfo(source, q));
        }
        String body = FeatureInfoWriter.write(format, found);
        return OgcResponse.text(200, format.mimeType() + "; charset=UTF-8", body);
    }

    private int featureCount(OgcParameters p) {
        String v = p.get("FEATURE_COUNT").orElse("");
        if (v.isEmpty()) {
            return 1;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= 1) {
                return Math.min(n, settings.maxFeatureCount());
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new OgcException(OgcException.INVALID_PARAMETER_VALUE, "FEATURE_COUNT", "FEATURE_COUNT là số nguyên từ 1 trở lên",
                "FEATURE_COUNT is a whole number from 1");
    }

    /** A pixel column or row inside the map: InvalidPoint otherwise (WMS 1.3.0 §7.4.3.7). */
    private static int pixel(OgcParameters p, String name, int size) {
        String v = p.required(name);
        try {
            int n = Integer.parseInt(v);
            if (n >= 0 && n < size) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new OgcException(OgcException.INVALID_POINT, name,
                name + " phải là một điểm ảnh của bản đồ, từ 0 đến " + (size - 1) + ", không phải '" + MapRequestReader.abbreviate(v) + "'",
                name + " must be a pixel of the map, 0 to " + (size - 1) + ", not '" + MapRequestReader.abbreviate(v) + "'");
    }
}
