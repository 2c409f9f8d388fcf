package vn.landinfo.mapserver.features.query;

/**
 * How PostGIS writes the geometry of each row, chosen by the output format: {@code ST_AsGeoJSON} or
 * {@code ST_AsGML} of the right version and options, or well-known binary for a binary format. NONE selects no geometry (GetPropertyValue of another
 * property, hits).
 */
public enum GeometryEncoding {
    /** RFC 7946 geometry object; 9 decimals in degrees, 3 in metres (as the GML encodings). */
    GEOJSON,
    /** GML 2.1.2 (WFS 1.0): gml:MultiPolygon with gml:coordinates, srsName EPSG:n. */
    GML2,
    /** GML 3.1.1 (WFS 1.1): gml:MultiSurface with gml:posList. */
    GML31,
    /** GML 3.2.1 (WFS 2.0): as GML 3.1.1, in the GML 3.2 namespace, with gml:id on every geometry. */
    GML32,
    /**
     * Well-known binary of a MultiPolygon ({@code ST_AsBinary(ST_Multi(…))}), full double precision, always x (easting
     * or longitude) first: binary formats (FlatGeobuf) encode it themselves and have no axis-order option.
     */
    WKB,
    NONE
}
