package vn.landinfo.mapserver.wfs.filter;

import java.time.Instant;
import java.util.Locale;
import org.w3c.dom.Element;
import vn.landinfo.mapserver.features.filter.ResourceId;
import vn.landinfo.mapserver.features.filter.ResourceId.VersionAction;

/**
 * One feature id: FES 2.0 {@code fes:ResourceId rid} with its version selection, Filter 1.1
 * {@code ogc:GmlObjectId gml:id} (GDAL also writes a bare {@code id}) and Filter 1.0 / 1.1 {@code ogc:FeatureId fid}.
 * A {@code version} that is a date-time selects the version alive then (startDate = endDate = that instant); FES 2.0
 * forbids combining {@code version} with {@code startDate}/{@code endDate}.
 */
final class ResourceIdReader {

    static boolean isId(Element e) {
        return switch (Dom.name(e)) {
            case "ResourceId", "GmlObjectId", "FeatureId" -> true;
            default -> false;
        };
    }

    static ResourceId read(Element e, Reading reading) {
        reading.countId(e);
        return switch (Dom.name(e)) {
            case "ResourceId" -> resourceId(e, reading);
            case "GmlObjectId" -> ResourceId.of(required(e, reading, "id"));
            case "FeatureId" -> ResourceId.of(required(e, reading, "fid"));
            default -> throw new IllegalArgumentException(Dom.name(e));
        };
    }

    private static ResourceId resourceId(Element e, Reading reading) {
        String rid = required(e, reading, "rid");
        TimeLiterals times = new TimeLiterals(reading);
        String startText = Dom.attribute(e, "startDate");
        String endText = Dom.attribute(e, "endDate");
        Instant start = startText == null ? null : times.instant(e, startText);
        Instant end = endText == null ? null : times.instant(e, endText);
        if (start != null && end != null && start.isAfter(end)) {
            throw reading.fail(e, "startDate sau endDate", "startDate is after endDate");
        }
        String version = Dom.attribute(e, "version");
        if (version == null || version.isBlank()) {
            return new ResourceId(rid, null, start, end);
        }
        if (start != null || end != null) {
            throw reading.fail(e, "không được dùng version cùng với startDate/endDate", "version cannot be combined with startDate/endDate");
        }
        String v = version.trim();
        VersionAction action = switch (v.toUpperCase(Locale.ROOT)) {
            case "FIRST" -> new VersionAction.First();
            case "LAST" -> new VersionAction.Last();
            case "PREVIOUS" -> new VersionAction.Previous();
            case "NEXT" -> new VersionAction.Next();
            case "ALL" -> new VersionAction.All();
            default -> null;
        };
        if (action != null) {
            return new ResourceId(rid, action, null, null);
        }
        if (v.matches("\\d{1,9}")) {
            int n = Integer.parseInt(v);
            if (n < 1) {
                throw reading.fail(e, "số phiên bản bắt đầu từ 1", "version numbers start at 1");
            }
            return new ResourceId(rid, new VersionAction.Number(n), null, null);
        }
        if (v.length() >= 10 && Character.isDigit(v.charAt(0)) && v.charAt(4) == '-') {
            Instant at = times.instant(e, v);
            return new ResourceId(rid, null, at, at);
        }
        throw reading.fail(e, "version '" + Coordinates.clip(v) + "' phải là FIRST, LAST, PREVIOUS, NEXT, ALL, một số hoặc một ngày giờ",
                "version '" + Coordinates.clip(v) + "' must be FIRST, LAST, PREVIOUS, NEXT, ALL, a number or a date-time");
    }

    private static String required(Element e, Reading reading, String attribute) {
        String v = Dom.attribute(e, attribute);
        if (v == null || v.isBlank()) {
            throw reading.fail(e, "thiếu thuộc tính " + attribute, "attribute " + attribute + " missing");
        }
        if (v.length() > 200) {
            throw reading.fail(e, "mã đối tượng dài quá 200 ký tự", "the feature id is longer than 200 characters");
        }
        return v.trim();
    }

    private ResourceIdReader() {
    }
}
