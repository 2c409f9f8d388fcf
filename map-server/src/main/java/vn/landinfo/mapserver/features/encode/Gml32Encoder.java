package vn.landinfo.mapserver.features.encode;

import java.io.IOException;
import vn.landinfo.mapserver.features.FeatureRow;
import vn.landinfo.mapserver.features.query.GeometryEncoding;

/**
 * GML 3.2.1 for WFS 2.0: wfs:FeatureCollection (WFS 2.0 namespace) with numberMatched ("unknown" when not
 * counted), numberReturned and timeStamp, one wfs:member per feature, gml:id on features and on every geometry
 * element. Feature and property elements are in {@link vn.landinfo.mapserver.features.AppSchema#NAMESPACE};
 * property values are XML-escaped; a null value of a nullable property is left out (the schema declares such
 * properties minOccurs="0"). The geometry element ({@code landinfo:geom}) comes first, then the properties in the
 * feature type's order. numberReturned must be known before the first feature: write it with
 * {@code FeatureStream.write(…, countMatched = true, …)} or give it in {@link CollectionInfo}.
 */
public final class Gml32Encoder extends GmlWriter {

    public static final String MEDIA_TYPE = "application/gml+xml; version=3.2";
    public static final String WFS_NAMESPACE = "http://www.opengis.net/wfs/2.0";
    public static final String GML_NAMESPACE = "http://www.opengis.net/gml/3.2";

    @Override
    public String contentType() {
        return MEDIA_TYPE;
    }

    @Override
    public GeometryEncoding geometryEncoding() {
        return GeometryEncoding.GML32;
    }

    @Override
    protected void root(CollectionInfo c) throws IOException {
        if (c.numberReturned() == null) {
            throw new IllegalArgumentException("WFS 2.0 writes numberReturned before the features: count them first");
        }
        w.write("<wfs:FeatureCollection" + namespaces(WFS_NAMESPACE, GML_NAMESPACE) + schemaLocation()
                + " timeStamp=\"" + Values.timeStamp(c.timeStamp() == null ? java.time.Instant.now() : c.timeStamp()) + "\""
                + " numberMatched=\"" + (c.numberMatched() == null ? "unknown" : c.numberMatched()) + "\""
                + " numberReturned=\"" + c.numberReturned() + "\"" + pageLinks(c) + ">\n");
    }

    @Override
    public boolean linksFirst() {
        return true;
    }

    /** WFS 2.0 §7.7.4.4.2: next / previous as attributes of the collection, from the service's links. */
    private static String pageLinks(CollectionInfo c) {
        StringBuilder b = new StringBuilder();
        if (c.links() != null) {
            for (Link l : c.links().of(c.numberReturned(), c.lastId())) {
                if (l.rel().equals("next") || l.rel().equals("previous")) {
                    b.append(' ').append(l.rel()).append("=\"").append(vn.landinfo.mapserver.ogc.Xml.escape(l.href())).append('"');
                }
            }
        }
        return b.toString();
    }

    @Override
    protected String member() {
        return "wfs:member";
    }

    @Override
    protected String idAttribute(FeatureRow row) {
        return "gml:id=\"" + row.featureId() + "\"";
    }

    @Override
    protected String geometry(FeatureRow row) {
        return uniqueIds(super.geometry(row), row.featureId());
    }

    /**
     * PostGIS writes the same gml:id on every geometry element; an XML id must be unique in the document. The nested
     * geometries (a MultiSurface's polygons) also get the root's srsName: GML lets them inherit it, but clients that
     * read a member polygon on its own (the OGC suite's Intersects tests among them) need it written.
     */
    static String uniqueIds(String gml, String featureId) {
        String marker = "gml:id=\"g\"";
        int at = gml.indexOf(marker);
        if (at < 0) {
            return gml;
        }
        int rootEnd = gml.indexOf('>');
        int srs = gml.indexOf("srsName=\"");
        String srsName = srs >= 0 && srs < rootEnd ? gml.substring(srs, gml.indexOf('"', srs + 9) + 1) : null;
        StringBuilder b = new StringBuilder(gml.length() + 64);
        int from = 0;
        int n = 0;
        while (at >= 0) {
            b.append(gml, from, at).append("gml:id=\"").append(featureId).append(".g").append(++n).append('"');
            if (n > 1 && srsName != null) {
                b.append(' ').append(srsName);
            }
            from = at + marker.length();
            at = gml.indexOf(marker, from);
        }
        return b.append(gml, from, gml.length()).toString();
    }
}
