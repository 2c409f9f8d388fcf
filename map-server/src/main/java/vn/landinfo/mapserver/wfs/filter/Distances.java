package vn.landinfo.mapserver.wfs.filter;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import vn.landinfo.mapserver.crs.MapCrs;

/**
 * The distance of DWithin / Beyond in metres, from {@code fes:Distance uom} (FES 2.0), {@code ogc:Distance units}
 * (Filter 1.1 / 1.0) or {@code unit} (GDAL writes it so). Lengths convert exactly; a distance in degrees is
 * taken as degrees of arc of a great circle on the WGS 84 equatorial radius (1° = 111 319.49 m, the OGC
 * convention used for scales), since the tree measures on the ellipsoid in metres
 * (docs/decisions/0177-fes-filters-parsed-into-the-shared-tree.md). Without a unit the CRS of the geometry
 * decides: metres for a projected CRS, degrees for a geographic one.
 */
final class Distances {

    private static final Pattern NUMBER = Pattern.compile("[+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d{1,3})?");
    private static final Map<String, Double> METRES_PER_UNIT = Map.ofEntries(
            Map.entry("m", 1.0), Map.entry("metre", 1.0), Map.entry("metres", 1.0), Map.entry("meter", 1.0), Map.entry("meters", 1.0),
            Map.entry("9001", 1.0),
            Map.entry("km", 1000.0), Map.entry("kilometre", 1000.0), Map.entry("kilometres", 1000.0), Map.entry("kilometer", 1000.0),
            Map.entry("kilometers", 1000.0), Map.entry("9036", 1000.0),
            Map.entry("ft", 0.3048), Map.entry("foot", 0.3048), Map.entry("feet", 0.3048), Map.entry("9002", 0.3048),
            Map.entry("mi", 1609.344), Map.entry("mile", 1609.344), Map.entry("miles", 1609.344), Map.entry("9093", 1609.344),
            Map.entry("nmi", 1852.0), Map.entry("nautical mile", 1852.0), Map.entry("9030", 1852.0),
            Map.entry("deg", MapCrs.METRES_PER_DEGREE), Map.entry("degree", MapCrs.METRES_PER_DEGREE),
            Map.entry("degrees", MapCrs.METRES_PER_DEGREE), Map.entry("9102", MapCrs.METRES_PER_DEGREE),
            Map.entry("9122", MapCrs.METRES_PER_DEGREE));
    /** The longest distance that means anything on Earth: half the equator. */
    private static final double MAX_METRES = Math.PI * 6378137.0;

    private Distances() {
    }

    static double metres(Element distance, MapCrs crs, Reading reading) {
        String text = Dom.text(distance).trim();
        if (!NUMBER.matcher(text).matches()) {
            throw reading.fail(distance, "khoảng cách '" + Coordinates.clip(text) + "' không phải số không âm",
                    "the distance '" + Coordinates.clip(text) + "' is not a non-negative number");
        }
        String unit = firstNonBlank(Dom.attribute(distance, "uom"), Dom.attribute(distance, "units"), Dom.attribute(distance, "unit"));
        double perUnit;
        if (unit == null) {
            perUnit = crs.metresPerUnit();
        } else {
            Double known = METRES_PER_UNIT.get(key(unit));
            if (known == null) {
                throw reading.fail(distance, "đơn vị '" + Coordinates.clip(unit) + "' không được hỗ trợ (m, km, ft, mi, nmi, độ)",
                        "the unit '" + Coordinates.clip(unit) + "' is not supported (m, km, ft, mi, nmi, degrees)");
            }
            perUnit = known;
        }
        double metres = Double.parseDouble(text) * perUnit;
        if (!(metres <= MAX_METRES)) {
            throw reading.fail(distance, "khoảng cách lớn hơn nửa chu vi Trái Đất", "the distance is longer than half the Earth's circumference");
        }
        return metres;
    }

    /** "urn:ogc:def:uom:EPSG::9001", "http://www.opengis.net/def/uom/EPSG/0/9001", "#m" and "Meters" all to a key. */
    private static String key(String unit) {
        String u = unit.trim().toLowerCase(Locale.ROOT);
        if (u.matches("urn:(x-)?ogc:def:uom:epsg:[0-9.]*:\\d+") || u.matches("https?://www\\.opengis\\.net/def/uom/epsg/[0-9.]+/\\d+")) {
            return u.substring(Math.max(u.lastIndexOf(':'), u.lastIndexOf('/')) + 1);
        }
        if (u.matches("urn:(x-)?ogc:def:uom:ogc:[0-9.]*:.+") || u.matches("https?://www\\.opengis\\.net/def/uom/ogc/[0-9.]+/.+")) {
            return u.substring(Math.max(u.lastIndexOf(':'), u.lastIndexOf('/')) + 1);
        }
        int hash = u.lastIndexOf('#');
        return hash >= 0 ? u.substring(hash + 1) : u;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
