package vn.landinfo.mapserver.features;

import java.util.List;

/**
 * One feature as read from the database, ready for an encoder: the feature id (the id column's value, and the
 * version when it was read from the history view), the geometry already reprojected and encoded by PostGIS in
 * the output format (GeoJSON text or a GML fragment; null when the geometry was not selected or is null, or when it
 * was read as binary), the geometry as well-known binary for binary formats (FlatGeobuf; else null), and the
 * selected properties' values in the order of {@code properties}.
 *
 * <p>Values are {@link String}, {@link Long} (INTEGER), {@link java.math.BigDecimal} (DECIMAL), {@link Boolean},
 * {@link java.time.OffsetDateTime} (DATE_TIME, UTC) or {@link java.time.LocalDate} (a DATE_TIME column holding a
 * date), or null.
 *
 * @param type       the feature type
 * @param id         the id column's value as text ({@code 123}, {@code 01001})
 * @param version    the version number when read from the history view, else null
 * @param geometry   the geometry encoded as text (GeoJSON, GML), or null
 * @param properties the selected properties (not the geometry), in the feature type's order
 * @param values     one value per selected property
 * @param wkb        the geometry as well-known binary ({@link vn.landinfo.mapserver.features.query.GeometryEncoding#WKB}),
 *                   or null
 */
public record FeatureRow(FeatureType type, String id, Integer version, String geometry, List<FeatureProperty> properties,
                         List<Object> values, byte[] wkb) {

    public FeatureRow {
        properties = List.copyOf(properties);
        values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }

    /** A row whose geometry is text (or absent). */
    public FeatureRow(FeatureType type, String id, Integer version, String geometry, List<FeatureProperty> properties, List<Object> values) {
        this(type, id, version, geometry, properties, values, null);
    }

    /**
     * The feature id clients see and send back in ResourceId / FeatureId: {@code parcels.123}, or
     * {@code parcels.123.2} for version 2 read from the history (docs/decisions/0171-...).
     */
    public String featureId() {
        return type.name() + "." + localId();
    }

    /** The id within its collection (OGC API items/{featureId}): {@code 123}, or {@code 123.2} for a version. */
    public String localId() {
        return version == null ? id : id + "." + version;
    }
}
