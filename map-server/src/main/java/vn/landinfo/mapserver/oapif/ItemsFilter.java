package vn.landinfo.mapserver.oapif;

import java.util.Locale;
import vn.landinfo.mapserver.crs.MapCrs;
import vn.landinfo.mapserver.features.cql2.Cql2JsonParser;
import vn.landinfo.mapserver.features.cql2.Cql2TextParser;
import vn.landinfo.mapserver.features.filter.Filter;

/**
 * Part 3's {@code filter}, {@code filter-lang} (cql2-text, the default, or cql2-json) and {@code filter-crs}
 * (CRS84 by default) parsed into the shared filter tree by the CQL2 parsers.
 */
final class ItemsFilter {

    private final CrsUris crss;
    private final Cql2TextParser text = new Cql2TextParser();
    private final Cql2JsonParser json = new Cql2JsonParser();

    ItemsFilter(CrsUris crss) {
        this.crss = crss;
    }

    Filter parse(FeaturesRequest r) {
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
        return switch (lang.toLowerCase(Locale.ROOT)) {
            case "cql2-text" -> text.parse(filter, crs);
            case "cql2-json" -> json.parse(filter, crs);
            default -> throw Problems.badParameter("filter-lang", "filter-lang " + Problems.abbreviate(lang) + " không được hỗ trợ; hãy dùng cql2-text hoặc cql2-json",
                    "filter-lang " + Problems.abbreviate(lang) + " is not supported; use cql2-text or cql2-json");
        };
    }
}
