package vn.landinfo.mapserver.features.query;

import java.util.regex.Pattern;

/**
 * The one quoting function for SQL identifiers: view and column names come only from the feature types
 * (features.FeatureTypes), and are still checked and quoted, so a mistake in the catalogue cannot become SQL.
 */
final class Identifiers {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    private Identifiers() {
    }

    /** {@code "name"}, or {@code "schema"."name"} for a qualified name. */
    static String quote(String name) {
        StringBuilder b = new StringBuilder();
        for (String part : name.split("\\.", -1)) {
            if (!NAME.matcher(part).matches()) {
                throw new IllegalArgumentException("not a catalogue identifier: " + name);
            }
            if (!b.isEmpty()) {
                b.append('.');
            }
            b.append('"').append(part).append('"');
        }
        return b.toString();
    }

    /** A column of the feature row alias {@code f}. */
    static String column(String name) {
        return "f." + quote(name);
    }
}
