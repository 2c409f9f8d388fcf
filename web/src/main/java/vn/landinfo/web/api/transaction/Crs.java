package vn.landinfo.web.api.transaction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CRS a transaction's geometries are given in: WGS 84 (EPSG:4326, lon/lat, the default) or one of
 * the VN-2000 TM-3 zones (EPSG:5896-5899 and the provincial zones 9205-9218, easting/northing in metres; the
 * same set the transaction pipeline accepts, see {@code is_vn2000_tm3} in the migrations). Written as
 * {@code EPSG:n}, {@code urn:ogc:def:crs:EPSG::n} or {@code http://www.opengis.net/def/crs/EPSG/0/n};
 * {@code OGC:CRS84} is WGS 84 in lon/lat order too.
 */
final class Crs {

    static final int WGS84 = 4326;
    // Hoàn Kiếm and Cần Thơ's sheets are stored in 5897: refusing 5896-5899 here refused a city's own zone.
    static final int FIRST_TM3 = 9205;
    static final int LAST_TM3 = 9218;
    static final int FIRST_NATIONAL_TM3 = 5896;
    static final int LAST_NATIONAL_TM3 = 5899;
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
            if (srid == WGS84 || (srid >= FIRST_TM3 && srid <= LAST_TM3)
                    || (srid >= FIRST_NATIONAL_TM3 && srid <= LAST_NATIONAL_TM3)) {
                return srid;
            }
        }
        throw new InvalidBody("crs", "crs '" + value + "' is not supported: use EPSG:4326 (WGS 84, lon/lat; the default) "
                + "or a VN-2000 TM-3 zone EPSG:5896-5899 or EPSG:9205-9218 (hệ tọa độ không được hỗ trợ: dùng EPSG:4326 hoặc VN-2000 TM-3 "
                + "EPSG:5896-5899, 9205-9218)");
    }

    static String name(int srid) {
        return "EPSG:" + srid;
    }
}
