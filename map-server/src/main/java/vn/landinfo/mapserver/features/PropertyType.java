package vn.landinfo.mapserver.features;

/**
 * The types a feature property can have, with the XML Schema type DescribeFeatureType declares, the JSON type
 * OGC API queryables declare, and how a literal from a filter is bound to SQL. A literal is parsed into the
 * property's type before it reaches the database, so a wrong literal is the client's error (400), not the
 * database's (docs/decisions/0170-features-one-model-for-wfs-and-ogc-api.md).
 */
public enum PropertyType {
    STRING("xsd:string", "string"),
    /** xsd:integer, not xsd:int: a plain built-in type every schema-aware client (the OGC suite among them) knows. */
    INTEGER("xsd:integer", "integer"),
    DECIMAL("xsd:decimal", "number"),
    BOOLEAN("xsd:boolean", "boolean"),
    DATE_TIME("xsd:dateTime", "string"),
    /** The feature's geometry (MultiPolygon for parcels, Polygon or MultiPolygon for the others). */
    GEOMETRY("gml:MultiSurfacePropertyType", "object");

    private final String xsdType;
    private final String jsonType;

    PropertyType(String xsdType, String jsonType) {
        this.xsdType = xsdType;
        this.jsonType = jsonType;
    }

    public String xsdType() {
        return xsdType;
    }

    public String jsonType() {
        return jsonType;
    }
}
