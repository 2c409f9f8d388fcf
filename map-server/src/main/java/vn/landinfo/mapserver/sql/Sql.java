package vn.landinfo.mapserver.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * SQL text assembled from constant fragments, with every value that came from a request kept aside
 * as a bound parameter. Fragments are string literals of this module: no request string ever becomes
 * SQL text (issue 4, "Safety").
 */
public final class Sql {

    private final StringBuilder text = new StringBuilder(512);
    private final List<Object> params = new ArrayList<>();

    public Sql append(String fragment, Object... values) {
        text.append(fragment);
        params.addAll(List.of(values));
        return this;
    }

    public String text() {
        return text.toString();
    }

    public List<Object> params() {
        return params;
    }

    @Override
    public String toString() {
        return text + " " + params;
    }
}
