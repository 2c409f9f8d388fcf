package vn.landinfo.mapserver.oapif;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.landinfo.mapserver.ogc.Json;

/** Writes nested maps, lists, strings, numbers and booleans as JSON: for the API definition, which is a tree. */
final class JsonTree {

    private JsonTree() {
    }

    /** An ordered map from alternating keys and values. */
    static Map<String, Object> obj(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    static String write(Object v) {
        StringBuilder b = new StringBuilder(16_384);
        write(v, b);
        return b.toString();
    }

    private static void write(Object v, StringBuilder b) {
        if (v == null) {
            b.append("null");
        } else if (v instanceof String s) {
            b.append(Json.string(s));
        } else if (v instanceof Number || v instanceof Boolean) {
            b.append(v);
        } else if (v instanceof Map<?, ?> m) {
            b.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                b.append(first ? "" : ",").append(Json.string(String.valueOf(e.getKey()))).append(':');
                write(e.getValue(), b);
                first = false;
            }
            b.append('}');
        } else if (v instanceof List<?> l) {
            b.append('[');
            for (int i = 0; i < l.size(); i++) {
                b.append(i == 0 ? "" : ",");
                write(l.get(i), b);
            }
            b.append(']');
        } else {
            throw new IllegalArgumentException("not JSON: " + v.getClass());
        }
    }
}
