package vn.landinfo.mapserver.ogc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The key-value parameters of an OGC request. OGC requires parameter names to be case-insensitive
 * (WMS 1.3.0 §6.8.1) while values keep their case; a parameter given twice keeps its first value.
 */
public final class OgcParameters {

    private final Map<String, String> values;

    private OgcParameters(Map<String, String> values) {
        this.values = values;
    }

    /** From a servlet-style parameter map (name to values). */
    public static OgcParameters of(Map<String, String[]> raw) {
        Map<String, String> values = new LinkedHashMap<>();
        raw.forEach((name, vals) -> {
            if (vals != null && vals.length > 0) {
                values.putIfAbsent(name.toUpperCase(Locale.ROOT), vals[0]);
            }
        });
        return new OgcParameters(Collections.unmodifiableMap(values));
    }

    /** From single values, as tests and other services build them. */
    public static OgcParameters ofSingle(Map<String, String> raw) {
        Map<String, String> values = new LinkedHashMap<>();
        raw.forEach((name, value) -> values.putIfAbsent(name.toUpperCase(Locale.ROOT), value));
        return new OgcParameters(Collections.unmodifiableMap(values));
    }

    /** The value, trimmed; empty when absent. A present but blank value is returned as "". */
    public Optional<String> get(String name) {
        String v = values.get(name.toUpperCase(Locale.ROOT));
        return v == null ? Optional.empty() : Optional.of(v.trim());
    }

    /** The value, or {@code MissingParameterValue} when it is absent or blank. */
    public String required(String name) {
        String v = get(name).orElse("");
        if (v.isEmpty()) {
            throw new OgcException(OgcException.MISSING_PARAMETER_VALUE, name, "Tham số " + name + " là bắt buộc",
                    "the parameter " + name + " is required");
        }
        return v;
    }

    public boolean has(String name) {
        return values.containsKey(name.toUpperCase(Locale.ROOT));
    }
}
