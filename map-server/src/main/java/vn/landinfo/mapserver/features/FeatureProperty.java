package vn.landinfo.mapserver.features;

/**
 * One property of a feature type: the name clients use (in filters, PropertyName, sortby, properties=), its
 * type, the column of the published view it is read from, and human titles (Vietnamese, English). Column names
 * come only from here, never from a request.
 */
public record FeatureProperty(String name, PropertyType type, String column, boolean nullable, String titleVi, String titleEn) {

    public boolean isGeometry() {
        return type == PropertyType.GEOMETRY;
    }
}
