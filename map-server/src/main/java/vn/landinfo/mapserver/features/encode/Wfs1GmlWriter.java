package vn.landinfo.mapserver.features.encode;

import java.io.IOException;
import vn.landinfo.mapserver.features.query.GeometryEncoding;

/**
 * What WFS 1.0's GML 2 and WFS 1.1's GML 3.1.1 collections share: the WFS 1.x and GML namespaces (the same URIs in
 * both versions), the media type and geometry encoding given once, and one {@code gml:featureMember} per feature.
 * The versions differ only in the collection's attributes and opening children and in the feature's id attribute.
 */
abstract class Wfs1GmlWriter extends GmlWriter {

    /** The namespace of WFS 1.0 and 1.1 alike. */
    static final String WFS_1_NAMESPACE = "http://www.opengis.net/wfs";
    /** The namespace of GML 2 and GML 3.1.1 alike. */
    static final String GML_1_NAMESPACE = "http://www.opengis.net/gml";

    private final String mediaType;
    private final GeometryEncoding geometryEncoding;

    Wfs1GmlWriter(String mediaType, GeometryEncoding geometryEncoding) {
        this.mediaType = mediaType;
        this.geometryEncoding = geometryEncoding;
    }

    @Override
    public final String contentType() {
        return mediaType;
    }

    @Override
    public final GeometryEncoding geometryEncoding() {
        return geometryEncoding;
    }

    @Override
    protected final void root(CollectionInfo c) throws IOException {
        w.write("<wfs:FeatureCollection" + namespaces(WFS_1_NAMESPACE, GML_1_NAMESPACE) + schemaLocation() + attributes(c) + ">\n"
                + firstChildren());
    }

    /** Attributes of wfs:FeatureCollection after the namespaces and schema location, each with a leading space. */
    protected abstract String attributes(CollectionInfo c);

    /** What the collection holds before its first member (a version's required elements), or "". */
    protected abstract String firstChildren();

    @Override
    protected final String member() {
        return "gml:featureMember";
    }
}
