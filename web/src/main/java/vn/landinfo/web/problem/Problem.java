package vn.landinfo.web.problem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One RFC 9457 problem before it is written: its type, the HTTP status (the type's, unless the container
 * chose another 4xx/5xx), the detail (Vietnamese, then English), extension members such as
 * {@code parameter} or {@code violations}, and headers that go with it ({@code Allow}, {@code Retry-After}).
 * The {@code instance} is the request's path, added when it is written.
 */
public record Problem(ProblemType type, int status, String detail, Map<String, Object> properties, Map<String, String> headers) {

    public Problem {
        // Insertion order kept: the members are written in the order they were added.
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    public static Problem of(ProblemType type, String detail) {
        return new Problem(type, type.status(), detail, Map.of(), Map.of());
    }

    public static Problem of(ProblemType type, String detailVi, String detailEn) {
        return of(type, detailVi + " / " + detailEn);
    }

    /** The same problem with one more extension member (ignored when the value is null). */
    public Problem with(String name, Object value) {
        if (value == null) {
            return this;
        }
        Map<String, Object> more = new LinkedHashMap<>(properties);
        more.put(name, value);
        return new Problem(type, status, detail, more, headers);
    }

    public Problem withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Problem(type, status, detail, properties, more);
    }

    public Problem withStatus(int newStatus) {
        return new Problem(type, newStatus, detail, properties, headers);
    }

    /** The request parameter (or header) the problem is about, if it names one. */
    public String parameter() {
        Object p = properties.get("parameter");
        return p == null ? null : p.toString();
    }
}
