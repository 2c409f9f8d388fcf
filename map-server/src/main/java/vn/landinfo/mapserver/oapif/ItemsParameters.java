package vn.landinfo.mapserver.oapif;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.landinfo.mapserver.crs.MapCrs;
import vn.landinfo.mapserver.features.FeatureProperty;
import vn.landinfo.mapserver.features.FeatureType;
import vn.landinfo.mapserver.features.filter.Filter;
import vn.landinfo.mapserver.features.filter.GeometryLiteral;
import vn.landinfo.mapserver.features.filter.SpatialOp;
import vn.landinfo.mapserver.features.query.PageKey;
import vn.landinfo.mapserver.features.query.RegisterTime;
import vn.landinfo.mapserver.features.query.SortKey;

/**
 * The query parameters of {@code /items}, parsed into the features model at the edge
 * (docs/decisions/0180-ogc-api-features-paging-time-parameters.md): {@code limit} (default 100, larger than
 * 10,000 is clamped as the standard asks, not refused), {@code offset}, {@code bbox} (4 or 6 numbers) in
 * {@code bbox-crs}, {@code datetime} mapped to register time, {@code crs}, {@code properties} and {@code sortby}.
 * Every refusal names its parameter.
 */
final class ItemsParameters {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 10_000;
    /** Deeper than this an offset page costs more than a client should ask of a shared server; filter instead. */
    static final long MAX_OFFSET = 10_000_000;

    private final CrsUris crss;

    ItemsParameters(CrsUris crss) {
        this.crss = crss;
    }

    int limit(FeaturesRequest r) {
        String v = r.param("limit").orElse(null);
        if (v == null) {
            return DEFAULT_LIMIT;
        }
        long n = integer("limit", v);
        if (n < 1) {
            throw Problems.badParameter("limit", "limit phải là số nguyên từ 1 (tối đa " + MAX_LIMIT + ")",
                    "limit must be an integer of at least 1 (at most " + MAX_LIMIT + ")");
        }
        return (int) Math.min(n, MAX_LIMIT);
    }

    long offset(FeaturesRequest r) {
        String v = r.param("offset").orElse(null);
        if (v == null) {
            return 0;
        }
        long n = integer("offset", v);
        if (n < 0 || n > MAX_OFFSET) {
            throw Problems.badParameter("offset", "offset phải là số nguyên từ 0 đến " + MAX_OFFSET + "; hãy thu hẹp bằng bbox",
                    "offset must be an integer from 0 to " + MAX_OFFSET + "; narrow the request with bbox instead");
        }
        return n;
    }

    /**
     * {@code after}: the id of the last feature of the previous page ({@code 123}, {@code 123.2}), as the {@code next}
     * link writes it (decision 0188); null when absent.
     */
    PageKey after(FeaturesRequest r, FeatureType type) {
        String v = r.param("after").orElse(null);
        if (v == null) {
            return null;
        }
        return PageKey.parse(type, v.trim()).orElseThrow(() -> Problems.badParameter("after",
                "after phải là mã một đối tượng của tập dữ liệu (ví dụ 12), như liên kết next ghi",
                "after must be the id of a feature of the collection (e.g. 12), as the next link writes it"));
    }

    MapCrs crs84() {
        return crss.crs84();
    }

    /** The CRS coordinates are written in (crs=), CRS84 when absent. */
    MapCrs crs(FeaturesRequest r) {
        return r.param("crs").map(v -> crss.required("crs", v)).orElseGet(crss::crs84);
    }

    /**
     * bbox as a filter: lower corner, upper corner, in bbox-crs's own axis order (EPSG:4326 by URI is latitude
     * first). A box over the antimeridian (CRS84 west edge greater than east) becomes two boxes.
     */
    Filter bbox(FeaturesRequest r, FeatureType type) {
        String v = r.param("bbox").orElse(null);
        String crsParam = r.param("bbox-crs").orElse(null);
        if (v == null) {
            if (crsParam != null) {
                throw Problems.badParameter("bbox-crs", "bbox-crs chỉ có nghĩa khi có bbox", "bbox-crs means nothing without bbox");
            }
            return new Filter.Include();
        }
        MapCrs crs = crsParam == null ? crss.crs84() : crss.required("bbox-crs", crsParam);
        String[] parts = v.split(",", -1);
        if (parts.length != 4 && parts.length != 6) {
            throw Problems.badParameter("bbox", "bbox phải có 4 số (hoặc 6 số khi có độ cao), cách nhau bởi dấu phẩy",
                    "bbox must be 4 numbers (or 6 with heights), separated by commas");
        }
        double[] n = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                n[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                n[i] = Double.NaN;
            }
            if (!Double.isFinite(n[i])) {
                throw Problems.badParameter("bbox", "bbox có giá trị không phải số: " + Problems.abbreviate(parts[i]),
                        "bbox holds a value that is not a number: " + Problems.abbreviate(parts[i]));
            }
        }
        int half = parts.length / 2;
        double a1 = n[0], b1 = n[1], a2 = n[half], b2 = n[half + 1];
        boolean latFirst = crs.latitudeFirst();
        double lat1 = latFirst ? a1 : b1, lat2 = latFirst ? a2 : b2;
        if (lat1 > lat2 || (crs.geographic() && (Math.abs(lat1) > 90 || Math.abs(lat2) > 90))) {
            throw Problems.badParameter("bbox", "bbox sai: góc dưới phải ở dưới góc trên và vĩ độ trong khoảng −90…90 (thứ tự trục theo bbox-crs)",
                    "bbox is wrong: the lower corner must lie below the upper one and latitudes within −90…90 (axis order of bbox-crs)");
        }
        String geom = type.geometry().name();
        double x1 = latFirst ? b1 : a1, x2 = latFirst ? b2 : a2;
        if (x1 > x2) {
            if (!crs.geographic()) {
                throw Problems.badParameter("bbox", "bbox sai: giá trị nhỏ nhất lớn hơn giá trị lớn nhất", "bbox is wrong: a minimum exceeds its maximum");
            }
            // Over the antimeridian: from the west edge to 180° and from −180° to the east edge.
            return new Filter.Or(List.of(box(geom, crs, a1, b1, latFirst ? a2 : 180, latFirst ? 180 : b2),
                    box(geom, crs, latFirst ? a1 : -180, latFirst ? -180 : b1, a2, b2)));
        }
        return box(geom, crs, a1, b1, a2, b2);
    }

    private static Filter box(String geom, MapCrs crs, double a1, double b1, double a2, double b2) {
        String x1 = plain(a1), y1 = plain(b1), x2 = plain(a2), y2 = plain(b2);
        String wkt = "POLYGON((" + x1 + " " + y1 + "," + x2 + " " + y1 + "," + x2 + " " + y2 + "," + x1 + " " + y2 + "," + x1 + " " + y1 + "))";
        return new Filter.Spatial(SpatialOp.BBOX, geom, new GeometryLiteral(wkt, crs, crs.latitudeFirst()));
    }

    /** The number as the client wrote it, without an exponent (WKT). */
    private static String plain(double d) {
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /**
     * datetime → which versions of the register: an instant is the register as it was then (AsOf), an interval
     * (".." or empty for an open end) every version alive in it (During), none the current register. A
     * collection without history has only its present: a time wholly from now on reads the current register,
     * anything reaching into the past is refused rather than answered with today's features.
     */
    RegisterTime datetime(FeaturesRequest r, FeatureType type, Instant now) {
        String v = r.param("datetime").orElse(null);
        if (v == null) {
            return new RegisterTime.Current();
        }
        RegisterTime t;
        if (v.contains("/")) {
            String[] ends = v.split("/", -1);
            if (ends.length != 2) {
                throw badDatetime(v);
            }
            Instant from = end(ends[0], v, true);
            Instant to = end(ends[1], v, false);
            if (from != null && to != null && from.isAfter(to)) {
                throw Problems.badParameter("datetime", "datetime sai: thời điểm đầu sau thời điểm cuối", "datetime is wrong: the start is after the end");
            }
            t = new RegisterTime.During(from, to);
        } else {
            t = new RegisterTime.AsOf(instant(v, v, true));
        }
        if (!type.hasHistory()) {
            boolean onlyPresent = t instanceof RegisterTime.AsOf a ? !a.instant().isBefore(now)
                    : t instanceof RegisterTime.During d && d.from() != null && !d.from().isBefore(now);
            if (!onlyPresent) {
                throw Problems.badParameter("datetime", "Tập dữ liệu " + type.name() + " không lưu lịch sử, chỉ có hiện trạng; hãy bỏ datetime "
                                + "hoặc dùng tập dữ liệu parcels (có lịch sử)",
                        "collection " + type.name() + " keeps no history, only its present state; leave datetime out or use the parcels collection (which has history)");
            }
            return new RegisterTime.Current();
        }
        return t;
    }

    private static Instant end(String s, String whole, boolean start) {
        return s.isEmpty() || s.equals("..") ? null : instant(s, whole, start);
    }

    /** An RFC 3339 date-time (with offset or Z) or a date: a date as an interval end is the whole day. */
    private static Instant instant(String s, String whole, boolean start) {
        try {
            if (s.length() == 10) {
                LocalDate d = LocalDate.parse(s);
                return start ? d.atStartOfDay().toInstant(ZoneOffset.UTC) : d.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1000);
            }
            return OffsetDateTime.parse(s.toUpperCase(Locale.ROOT)).toInstant();
        } catch (DateTimeParseException e) {
            throw badDatetime(whole);
        }
    }

    private static RuntimeException badDatetime(String v) {
        return Problems.badParameter("datetime", "datetime " + Problems.abbreviate(v) + " không đúng RFC 3339: một thời điểm "
                        + "(2025-07-01T00:00:00Z) hoặc một khoảng (2020-01-01T00:00:00Z/.., ../2025-07-01)",
                "datetime " + Problems.abbreviate(v) + " is not RFC 3339: an instant (2025-07-01T00:00:00Z) or an interval (2020-01-01T00:00:00Z/.., ../2025-07-01)");
    }

    /** properties=a,b: names checked against the feature type; empty means all. */
    List<String> properties(FeaturesRequest r, FeatureType type) {
        String v = r.param("properties").orElse(null);
        List<String> names = new ArrayList<>();
        if (v == null) {
            return names;
        }
        for (String s : v.split(",")) {
            String name = s.trim();
            if (!name.isEmpty()) {
                property("properties", type, name);
                names.add(name);
            }
        }
        return names;
    }

    /** sortby=+a,-b: ascending by default, names checked against the feature type, geometry not sortable. */
    List<SortKey> sortBy(FeaturesRequest r, FeatureType type) {
        String v = r.param("sortby").orElse(null);
        List<SortKey> keys = new ArrayList<>();
        if (v == null) {
            return keys;
        }
        for (String s : v.split(",")) {
            String k = s.trim();
            if (k.isEmpty()) {
                continue;
            }
            boolean ascending = !k.startsWith("-");
            String name = k.startsWith("-") || k.startsWith("+") ? k.substring(1) : k;
            FeatureProperty p = property("sortby", type, name);
            if (p.isGeometry()) {
                throw Problems.badParameter("sortby", "Không sắp xếp được theo hình thể " + name, "features cannot be sorted by the geometry " + name);
            }
            keys.add(new SortKey(name, ascending));
        }
        return keys;
    }

    private static FeatureProperty property(String parameter, FeatureType type, String name) {
        return type.property(name).orElseThrow(() -> Problems.badParameter(parameter,
                "Tập dữ liệu " + type.name() + " không có thuộc tính " + Problems.abbreviate(name) + "; xem /collections/" + type.name() + "/queryables",
                "collection " + type.name() + " has no property " + Problems.abbreviate(name) + "; see /collections/" + type.name() + "/queryables"));
    }

    private static long integer(String parameter, String v) {
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw Problems.badParameter(parameter, parameter + " phải là số nguyên, không phải " + Problems.abbreviate(v),
                    parameter + " must be an integer, not " + Problems.abbreviate(v));
        }
    }
}
