package vn.landinfo.web.api;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import jakarta.servlet.http.HttpServletRequest;
import vn.landinfo.audit.model.ChainHead;
import vn.landinfo.cadastre.model.BoundingBox;

/** Parsing of the API's request parameters; each failure is a {@link BadParameter} naming the parameter. */
public final class Parameters {

    /** Largest bbox a listing accepts, in square degrees (0.1° x 0.1°, about 11 km x 11 km, 120 km² in Vietnam). */
    static final double MAX_BBOX_SQUARE_DEGREES = 0.01;
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    /** Vietnam's time (UTC+7, no daylight saving): the offset of an asOf given without one. */
    static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private static final Pattern COMMUNE = Pattern.compile("[0-9]{5}");
    private static final Pattern PROVINCE = Pattern.compile("[0-9]{2}");
    private static final Pattern POSITIVE = Pattern.compile("[1-9][0-9]{0,8}");
    private static final Pattern NATIONAL_ID = Pattern.compile("[0-9b-hjkmnp-z]{12}");
    private static final Pattern SERIAL = Pattern.compile("[A-Z]{1,2}[0-9]{6,8}");
    private static final Pattern PURPOSE = Pattern.compile("[A-Z]{3}");
    // Compiled once, like the ones above: String.matches compiles its regex on every call, on every request
    // (docs/decisions/0125-lookup-request-path-costs.md).
    private static final Pattern PARCEL_ID = Pattern.compile("[1-9][0-9]{0,17}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern UNSIGNED = Pattern.compile("[0-9]{1,9}");
    private static final Pattern SIGNED = Pattern.compile("-?[0-9]{1,9}");
    private static final String CURSOR_PREFIX = "after:";

    private Parameters() {
    }

    /** Refuses parameters the endpoint does not know (a typo must not silently widen a query). */
    public static void allowOnly(HttpServletRequest request, String... allowed) {
        allowOnly(request, Set.of(allowed));
    }

    static void allowOnly(HttpServletRequest request, Set<String> known) {
        for (String name : Collections.list(request.getParameterNames())) {
            if (!known.contains(name)) {
                throw new BadParameter(name, null, "không được hỗ trợ ở đây; chỉ dùng " + String.join(", ", new TreeSet<>(known)),
                        "is not supported here; use " + String.join(", ", new TreeSet<>(known)));
            }
        }
    }

    /**
     * A query parameter as {@code @RequestParam(required = false) String} would bind it: null when absent, the
     * value, or several values joined by commas (so {@code ?commune=1&commune=2} is refused as "1,2", as before).
     */
    static String query(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        if (values == null) {
            return null;
        }
        return values.length == 1 ? values[0] : String.join(",", values);
    }

    static boolean present(String value) {
        return value != null;
    }

    static String communeCode(String name, String value) {
        if (value == null || !COMMUNE.matcher(value).matches()) {
            throw new BadParameter(name, value, "phải là mã xã/phường gồm đúng 5 chữ số (ví dụ 00070)",
                    "must be a commune code of exactly 5 digits (e.g. 00070)");
        }
        return value;
    }

    static String provinceCode(String name, String value) {
        if (value == null || !PROVINCE.matcher(value).matches()) {
            throw new BadParameter(name, value, "phải là mã tỉnh gồm đúng 2 chữ số (ví dụ 01)",
                    "must be a province code of exactly 2 digits (e.g. 01)");
        }
        return value;
    }

    static int positiveInt(String name, String value) {
        if (value == null || !POSITIVE.matcher(value).matches()) {
            throw new BadParameter(name, value, "phải là số nguyên dương (1, 2, 3...)", "must be a positive integer (1, 2, 3...)");
        }
        return Integer.parseInt(value);
    }

    static long parcelId(String name, String value) {
        if (value == null || !PARCEL_ID.matcher(value).matches()) {
            throw new BadParameter(name, value, "phải là mã thửa (số nguyên dương) hoặc mã định danh thửa đất 12 ký tự GeoHash",
                    "must be a parcel id (a positive integer) or a 12-character GeoHash national parcel ID");
        }
        return Long.parseLong(value);
    }

    static boolean isNationalId(String value) {
        return value != null && NATIONAL_ID.matcher(value.toLowerCase()).matches() && !DIGITS.matcher(value).matches();
    }

    static String nationalId(String name, String value) {
        if (!isNationalId(value)) {
            throw new BadParameter(name, value, "phải là mã định danh thửa đất: 12 ký tự GeoHash (0-9, b-z trừ i, l, o; ví dụ w7er8sp149qm)",
                    "must be a national parcel ID: 12 GeoHash characters (0-9, b-z except i, l, o; e.g. w7er8sp149qm)");
        }
        return value.toLowerCase();
    }

    static String serial(String name, String value) {
        if (value == null || !SERIAL.matcher(value.toUpperCase()).matches()) {
            throw new BadParameter(name, value, "phải là số phát hành (seri) Giấy chứng nhận: 1-2 chữ cái và 6-8 chữ số (ví dụ AA01234567)",
                    "must be a certificate serial: 1-2 letters and 6-8 digits (e.g. AA01234567)");
        }
        return value.toUpperCase();
    }

    static String purpose(String name, String value, Set<String> known) {
        String code = value == null ? null : value.toUpperCase();
        if (code == null || !PURPOSE.matcher(code).matches() || !known.contains(code)) {
            throw new BadParameter(name, value, "phải là mã loại đất hiện hành (ví dụ ODT, LUC, CLN; danh sách: /api/v1/land-use-codes)",
                    "must be a current land-use code (e.g. ODT, LUC, CLN; list: /api/v1/land-use-codes)");
        }
        return code;
    }

    static Optional<OffsetDateTime> asOf(String name, String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(value));
        } catch (DateTimeParseException notWithOffset) {
            try {
                return Optional.of(LocalDateTime.parse(value).atOffset(VIETNAM));
            } catch (DateTimeParseException notLocal) {
                try {
                    return Optional.of(LocalDate.parse(value).atStartOfDay().atOffset(VIETNAM));
                } catch (DateTimeParseException notDate) {
                    throw new BadParameter(name, value,
                            "phải là thời điểm ISO-8601 (ví dụ 2021-01-01T00:00:00+07:00, 2021-01-01T00:00:00Z hoặc 2021-01-01)",
                            "must be an ISO-8601 date-time (e.g. 2021-01-01T00:00:00+07:00, 2021-01-01T00:00:00Z or 2021-01-01)");
                }
            }
        }
    }

    static BoundingBox bbox(String name, String value) {
        String[] parts = value.split(",", -1);
        if (parts.length != 4) {
            throw new BadParameter(name, value, "phải gồm 4 số cách nhau bởi dấu phẩy: minLon,minLat,maxLon,maxLat (WGS 84)",
                    "must be 4 comma-separated numbers: minLon,minLat,maxLon,maxLat (WGS 84)");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                v[i] = Double.NaN;
            }
            if (!Double.isFinite(v[i])) {
                throw new BadParameter(name, value, "phải gồm 4 số: minLon,minLat,maxLon,maxLat; '" + parts[i] + "' không phải là số",
                        "must be 4 numbers minLon,minLat,maxLon,maxLat; '" + parts[i] + "' is not a number");
            }
        }
        if (Math.abs(v[0]) > 180 || Math.abs(v[2]) > 180 || Math.abs(v[1]) > 90 || Math.abs(v[3]) > 90) {
            throw new BadParameter(name, value, "phải có kinh độ trong [-180, 180] và vĩ độ trong [-90, 90] (thứ tự lon,lat)",
                    "must have longitudes in [-180, 180] and latitudes in [-90, 90] (lon,lat order)");
        }
        if (!(v[0] < v[2] && v[1] < v[3])) {
            throw new BadParameter(name, value, "bị đảo ngược: cần minLon < maxLon và minLat < maxLat",
                    "is inverted: minLon < maxLon and minLat < maxLat are required");
        }
        BoundingBox box = new BoundingBox(v[0], v[1], v[2], v[3]);
        if (box.squareDegrees() > MAX_BBOX_SQUARE_DEGREES) {
            throw new BadParameter(name, value,
                    "quá lớn: diện tích tối đa " + MAX_BBOX_SQUARE_DEGREES + " độ vuông (khoảng 0,1° x 0,1°), yêu cầu là " + String.format("%.4f", box.squareDegrees()),
                    "is too large: at most " + MAX_BBOX_SQUARE_DEGREES + " square degrees (about 0.1° x 0.1°), requested " + String.format("%.4f", box.squareDegrees()));
        }
        return box;
    }

    static int limit(String name, String value) {
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        if (!UNSIGNED.matcher(value).matches() || Integer.parseInt(value) < 1 || Integer.parseInt(value) > MAX_LIMIT) {
            throw new BadParameter(name, value, "phải là số nguyên từ 1 đến " + MAX_LIMIT + " (mặc định " + DEFAULT_LIMIT + ")",
                    "must be an integer from 1 to " + MAX_LIMIT + " (default " + DEFAULT_LIMIT + ")");
        }
        return Integer.parseInt(value);
    }

    static int intInRange(String name, String value, int min, int max, int byDefault) {
        if (value == null) {
            return byDefault;
        }
        if (!SIGNED.matcher(value).matches() || Integer.parseInt(value) < min || Integer.parseInt(value) > max) {
            throw new BadParameter(name, value, "phải là số nguyên từ " + min + " đến " + max + " (mặc định " + byDefault + ")",
                    "must be an integer from " + min + " to " + max + " (default " + byDefault + ")");
        }
        return Integer.parseInt(value);
    }

    static String cursor(long afterParcelId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((CURSOR_PREFIX + afterParcelId).getBytes(StandardCharsets.US_ASCII));
    }

    static Optional<Long> cursor(String name, String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.US_ASCII);
            if (decoded.startsWith(CURSOR_PREFIX) && PARCEL_ID.matcher(decoded.substring(CURSOR_PREFIX.length())).matches()) {
                return Optional.of(Long.parseLong(decoded.substring(CURSOR_PREFIX.length())));
            }
        } catch (IllegalArgumentException notBase64) {
            // falls through to the problem below
        }
        throw new BadParameter(name, value, "không phải là con trỏ trang hợp lệ; hãy dùng liên kết 'next' của trang trước",
                "is not a valid page cursor; follow the 'next' link of the previous page");
    }

    static ChainHead chainHead(String name, String value) {
        try {
            return ChainHead.parse(value);
        } catch (IllegalArgumentException e) {
            throw new BadParameter(name, value, "phải có dạng <seq>:<hash> (số thứ tự, dấu hai chấm, 64 chữ số hex), như dòng 'head' đã xuất",
                    "must look like <seq>:<hash> (a sequence number, a colon, 64 hex digits), as in the exported 'head' line");
        }
    }

    public static boolean flag(String name, String value) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true") || value.isEmpty()) {
            return true;
        }
        throw new BadParameter(name, value, "phải là true hoặc false", "must be true or false");
    }
}
