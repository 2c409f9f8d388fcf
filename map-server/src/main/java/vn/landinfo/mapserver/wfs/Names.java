package vn.landinfo.mapserver.wfs;

import vn.landinfo.mapserver.features.AppSchema;

/**
 * The application namespace of the feature types and how names in requests are read. Clients write type and
 * property names with any prefix ({@code landinfo:parcels}, {@code ns0:parcels}) or none; the local part is what
 * counts, since one namespace holds every type here.
 */
public final class Names {

    /** The namespace of landinfo's feature types: the one the GML writers use. */
    public static final String NAMESPACE = AppSchema.NAMESPACE;
    public static final String PREFIX = AppSchema.PREFIX;

    private Names() {
    }

    /** "landinfo:parcels" → "parcels"; an XPath step's "landinfo:geom" and "@x" alike; "{ns}name" → "name". */
    public static String local(String name) {
        String n = name.trim();
        if (n.startsWith("{") && n.indexOf('}') > 0) {
            n = n.substring(n.indexOf('}') + 1);
        }
        int colon = n.lastIndexOf(':');
        return colon >= 0 ? n.substring(colon + 1) : n;
    }
}
