package vn.landinfo.mapserver.wfs;

import vn.landinfo.mapserver.features.FeatureType;
import vn.landinfo.mapserver.features.FeatureTypes;
import vn.landinfo.mapserver.ogc.OgcResponse;
import vn.landinfo.mapserver.ogc.Xml;

/** ListStoredQueries (WFS 2.0 §14): the one stored query, GetFeatureById, and the types it may return. */
final class ListStoredQueries {

    private final FeatureTypes types;

    ListStoredQueries(FeatureTypes types) {
        this.types = types;
    }

    OgcResponse handle(WfsRequest r) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<wfs:ListStoredQueriesResponse")
                .append(" xmlns:wfs=\"http://www.opengis.net/wfs/2.0\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
                .append(" xmlns:").append(Names.PREFIX).append("=\"").append(Names.NAMESPACE).append("\"")
                .append(" xsi:schemaLocation=\"http://www.opengis.net/wfs/2.0 http://schemas.opengis.net/wfs/2.0/wfs.xsd\">\n")
                .append("  <wfs:StoredQuery id=\"").append(StoredQueries.GET_FEATURE_BY_ID).append("\">\n    <wfs:Title>")
                .append(Xml.escape(StoredQueries.TITLE)).append("</wfs:Title>\n");
        for (FeatureType t : types.all()) {
            b.append("    <wfs:ReturnFeatureType>").append(Names.PREFIX).append(':').append(t.name()).append("</wfs:ReturnFeatureType>\n");
        }
        b.append("  </wfs:StoredQuery>\n</wfs:ListStoredQueriesResponse>\n");
        return OgcResponse.text(200, "application/xml; charset=UTF-8", b.toString());
    }
}
