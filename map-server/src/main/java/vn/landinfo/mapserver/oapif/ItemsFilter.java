package vn.landinfo.mapserver.oapif;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.landinfo.mapserver.crs.MapCrs;
import vn.landinfo.mapserver.features.FeatureType;
import vn.landinfo.mapserver.features.cql2.Cql2JsonParser;
import vn.landinfo.mapserver.features.cql2.Cql2TextParser;
import vn.landinfo.mapserver.features.filter.Filter;
import vn.landinfo.mapserver.features.filter.GeometryLiteral;
import vn.landinfo.mapserver.features.query.FeatureSql;

/**
 * Part 3's {@code filter}, {@code filter-lang} (cql2-text, the default, or cql2-json) and {@code filter-crs}
 * (CRS84 by default) parsed into the shared filter tree by the CQL2 parsers. {@code cql-text}, the name the
 * Part 3 drafts gave the text encoding and the one GDAL 3.6 sends, is read as cql2-text: what GDAL writes in it
 * (comparisons, LIKE, ILIKE, IS NULL, AND / OR / NOT) means the same in both
 * (docs/decisions/0195-oapif-property-parameters-and-the-drafts-cql-text.md).
 */
final class ItemsFilter {

    /** The drafts' name of the text encoding (OGC 19-079 drafts to 2021), still sent by GDAL 3.6. */
    static final String DRAFT_TEXT = "cql-text";

    private final CrsUris crss;
    private final Cql2TextParser text = new Cql2TextParser();
    private final Cql2JsonParser json = new Cql2JsonParser();

    ItemsFilter(CrsUris crss) {
        this.crss = crss;
    }

    /** The filter of the request, checked against the collection's properties and their types (400 at {@code filter}). */
    Filter parse(FeaturesRequest r, FeatureType type) {
        String filter = r.param("filter").orElse(null);
        String lang = r.param("filter-lang").orElse("cql2-text");
        String crsParam = r.param("filter-crs").orElse(null);
        if (filter == null) {
            if (r.query().containsKey("filter-lang") || crsParam != null) {
                throw Problems.badParameter(r.query().containsKey("filter-lang") ? "filter-lang" : "filter-crs",
                        "filter-lang và filter-crs chỉ có nghĩa khi có filter", "filter-lang and filter-crs mean nothing without filter");
            }
            return new Filter.Include();
        }
        MapCrs crs = crsParam == null ? null : crss.required("filter-crs", crsParam);
        Filter parsed = switch (lang.toLowerCase(Locale.ROOT)) {
            case "cql2-text", DRAFT_TEXT -> text.parse(filter, crs);
            case "cql2-json" -> json.parse(filter, crs);
            default -> throw Problems.badParameter("filter-lang", "filter-lang " + Problems.abbreviate(lang) + " không được hỗ trợ; hãy dùng cql2-text hoặc cql2-json",
                    "filter-lang " + Problems.abbreviate(lang) + " is not supported; use cql2-text or cql2-json");
        };
        checkDegrees(parsed);
        FeatureSql.checkFilter(type, parsed, "filter");
        return parsed;
    }

    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

    /**
     * A geometry in a geographic CRS (CRS84 by default, Part 3's filter-crs-wgs84) whose coordinates are not
     * degrees is a mistake — usually metres sent without filter-crs — and is refused rather than matching nothing.
     */
    private static void checkDegrees(Filter f) {
        if (f instanceof Filter.And a) {
            a.operands().forEach(ItemsFilter::checkDegrees);
        } else if (f instanceof Filter.Or o) {
            o.operands().forEach(ItemsFilter::checkDegrees);
        } else if (f instanceof Filter.Not n) {
            checkDegrees(n.operand());
        } else if (f instanceof Filter.Spatial s) {
            checkDegrees(s.geometry());
        } else if (f instanceof Filter.Distance d) {
            checkDegrees(d.geometry());
        }
    }

    private static void checkDegrees(GeometryLiteral g) {
        if (g.crs() != null && !g.crs().geographic()) {
            return;
        }
        Matcher m = NUMBER.matcher(g.wkt());
        for (int i = 0; m.find(); i++) {
            double v = Double.parseDouble(m.group());
            boolean latitude = (i % 2 == 0) == g.axesSwapped();
            if (Math.abs(v) > (latitude ? 90 : 180)) {
                throw Problems.badParameter("filter", "Tọa độ " + m.group() + " trong filter không phải độ (kinh độ −180…180, vĩ độ −90…90); "
                                + "tọa độ mét cần filter-crs",
                        "coordinate " + m.group() + " in filter is not in degrees (longitude −180…180, latitude −90…90); metres need filter-crs");
            }
        }
    }
}
