package vn.landinfo.mapserver.oapif;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The request's own query parameters with a few replaced: the links to the next page, the other format. */
final class QueryString {

    private QueryString() {
    }

    static String with(Map<String, List<String>> query, Map<String, String> replaced) {
        Map<String, String> all = new LinkedHashMap<>();
        query.forEach((k, v) -> all.put(k, v.isEmpty() ? "" : v.get(0)));
        all.putAll(replaced);
        StringBuilder b = new StringBuilder();
        all.forEach((k, v) -> {
            if (v != null) {
                b.append(b.length() == 0 ? "?" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        });
        return b.toString();
    }
}
