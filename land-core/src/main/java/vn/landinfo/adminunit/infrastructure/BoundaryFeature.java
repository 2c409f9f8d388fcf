package vn.landinfo.adminunit.infrastructure;

/**
 * One feature of a boundary file: its position in the file (1-based), the unit code from {@code id}
 * (or {@code properties.code}), and its geometry re-serialised as compact GeoJSON for {@code ST_GeomFromGeoJSON}.
 */
public record BoundaryFeature(int ordinal, String code, String geometryType, String geometryJson) {

    /** How error messages name this feature. */
    public String label() {
        return label(ordinal, code);
    }

    static String label(int ordinal, String code) {
        return "feature " + ordinal + (code == null ? "" : " (id " + code + ")");
    }
}
