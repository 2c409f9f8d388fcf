package vn.landinfo.mapserver.wfs;

/** The GML each WFS version writes and its application schemas import. */
public enum GmlVersion {
    GML32("http://www.opengis.net/gml/3.2", "http://schemas.opengis.net/gml/3.2.1/gml.xsd",
            "gml:AbstractFeatureType", "gml:GeometryPropertyType"),
    GML311("http://www.opengis.net/gml", "http://schemas.opengis.net/gml/3.1.1/base/gml.xsd",
            "gml:AbstractFeatureType", "gml:GeometryPropertyType"),
    GML2("http://www.opengis.net/gml", "http://schemas.opengis.net/gml/2.1.2/feature.xsd",
            "gml:AbstractFeatureType", "gml:GeometryPropertyType");

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

    /** The geometry property's type: any geometry, so a Polygon and a MultiPolygon (whichever a view holds) both validate. */
    public String geometryPropertyType() {
        return geometryPropertyType;
    }
}
