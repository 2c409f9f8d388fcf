package vn.landinfo.mapserver.wfs;

/** The GML each WFS version writes and its application schemas import. */
public enum GmlVersion {
    GML32("http://www.opengis.net/gml/3.2", "http://schemas.opengis.net/gml/3.2.1/gml.xsd",
            "gml:AbstractFeatureType", "gml:MultiSurfacePropertyType"),
    GML311("http://www.opengis.net/gml", "http://schemas.opengis.net/gml/3.1.1/base/gml.xsd",
            "gml:AbstractFeatureType", "gml:MultiSurfacePropertyType"),
    GML2("http://www.opengis.net/gml", "http://schemas.opengis.net/gml/2.1.2/feature.xsd",
            "gml:AbstractFeatureType", "gml:MultiPolygonPropertyType");

    private final String namespace;
    private final String schemaLocation;
    private final String featureBaseType;
    private final String geometryPropertyType;

    GmlVersion(String namespace, String schemaLocation, String featureBaseType, String geometryPropertyType) {
        this.namespace = namespace;
        this.schemaLocation = schemaLocation;
        this.featureBaseType = featureBaseType;
        this.geometryPropertyType = geometryPropertyType;
    }

    public String namespace() {
        return namespace;
    }

    public String schemaLocation() {
        return schemaLocation;
    }

    public String featureBaseType() {
        return featureBaseType;
    }

    /**
     * The geometry property's type: exactly what GetFeature writes, a gml:MultiSurface (GML 3) or gml:MultiPolygon
     * (GML 2), since every view is polygonal and the SQL writes each geometry as a multi-polygon (a map sheet's
     * Polygon too). A client learns the layer's geometry type from it, and a schema-aware client (the OGC suite
     * among them) takes the property's value to be that whole geometry, not every polygon nested in it, which an
     * abstract gml:GeometryPropertyType would let it take (docs/decisions/0201-wfs20-suite-without-excuses.md).
     */
    public String geometryPropertyType() {
        return geometryPropertyType;
    }
}
