package vn.landinfo.mapserver.features;

/**
 * The application schema features are written in (GML) and described by (DescribeFeatureType): one namespace for
 * every feature type of the register (docs/decisions/0171-features-sql-compiler-history-and-paging.md). The
 * namespace is a name, not a URL anything is fetched from.
 */
public final class AppSchema {

    /** The target namespace of the feature types' elements ({@code landinfo:parcels}, {@code landinfo:national_id}). */
    public static final String NAMESPACE = "http://landinfo.gov.vn/cadastre";
    /** The prefix every document binds {@link #NAMESPACE} to. */
    public static final String PREFIX = "landinfo";

    private AppSchema() {
    }

    /** The qualified name of a feature type or property element, e.g. {@code landinfo:parcels}. */
    public static String qualified(String localName) {
        return PREFIX + ":" + localName;
    }
}
