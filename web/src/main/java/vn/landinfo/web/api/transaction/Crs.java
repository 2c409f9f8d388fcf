package vn.landinfo.web.api.transaction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CRS a transaction's geometries are given in: WGS 84 (EPSG:4326, lon/lat, the default) or one of
 * the VN-2000 provincial TM-3 zones (EPSG:9205-9218, easting/northing in metres). Written as
 * {@code EPSG:n}, {@code urn:ogc:def:crs:EPSG::n} or {@code http://www.opengis.net/def/crs/EPSG/0/n};
 * {@code OGC:CRS84} is WGS 84 in lon/lat order too.
 */
final class Crs {

    static final int WGS84 = 4326;
    static final int FIRST_TM3 = 9205;
    static final int LAST_TM3 = 9218;
    private static final Pattern FORMS = Pattern.compile(
            "(?i)(?:EPSG:|urn:ogc:def:crs:EPSG:[0-9.]*:|https?://www\\.opengis\\.net/def/crs/EPSG/[0-9.]+/)([0-9]{1,6})");

    private Crs() {
    }

    static int srid(String value) {
        if (value == null) {
            return WGS84;
        }
        String v = value.strip();
        if (v.equalsIgnoreCase("OGC:CRS84") || v.equalsIgnoreCase("urn:ogc:def:crs:OGC:1.3:CRS84")
                || v.equalsIgnoreCase("http://www.opengis.net/def/crs/OGC/1.3/CRS84")) {
            return WGS84;
        }
        Matcher m = FORMS.matcher(v);
        if (m.matches()) {
            int srid = Integer.parseInt(m.group(1));
            if (srid == WGS84 || (srid >= FIRST_TM3 && srid <= LAST_TM3)) {
                return srid;
            }
        }
        throw new InvalidBody("crs", "crs '" + value + "' is not supported: use EPSG:4326 (WGS 84, lon/lat; the default) "
                + "or a VN-2000 TM-3 zone EPSG:9205 to EPSG:9218 (hệ tọa độ không được hỗ trợ: dùng EPSG:4326 hoặc VN-2000 TM-3 EPSG:9205-9218)");
    }

    static String name(int srid) {
        return "EPSG:" + srid;
    }
}
