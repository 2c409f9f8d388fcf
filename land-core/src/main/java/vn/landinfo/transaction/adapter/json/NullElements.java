package vn.landinfo.transaction.adapter.json;

import tools.jackson.databind.JsonNode;
import vn.landinfo.transaction.model.InvalidChange;

/**
 * A change's lists hold values, never {@code null}: {@code "neighbours": [612, null]} or
 * {@code "holders": [null]} is a client's mistake, refused naming the element
 * ({@code neighbours[1]}) before any use case sees a list with a hole in it.
 */
final class NullElements {

    private NullElements() {
    }

    static void refuse(JsonNode change) {
        walk(change, "");
    }

    private static void walk(JsonNode n, String at) {
        if (n.isObject()) {
            for (var e : n.properties()) {
                if (e.getKey().equals("coordinates") || e.getKey().equals("crs")) {
                    continue; // a geometry's positions are GeoJsonInput's to check, with its own messages
                }
                walk(e.getValue(), at.isEmpty() ? e.getKey() : at + "." + e.getKey());
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                String here = at + "[" + i + "]";
                if (n.get(i).isNull()) {
                    throw InvalidChange.malformed(here, here + " là null; danh sách không được chứa phần tử rỗng / " + here
                            + " is null: a list holds values, leave the element out instead");
                }
                walk(n.get(i), here);
            }
        }
    }
}
