package vn.landinfo.mapserver.wfs;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import vn.landinfo.mapserver.features.FeatureRow;
import vn.landinfo.mapserver.features.encode.CollectionInfo;
import vn.landinfo.mapserver.features.encode.FeatureEncoder;
import vn.landinfo.mapserver.features.query.GeometryEncoding;
import vn.landinfo.mapserver.ogc.Xml;

/**
 * GetPropertyValue's wfs:ValueCollection (WFS 2.0 §10.3): one wfs:member per feature holding the value — the text of
 * a simple property, the GML 3.2 geometry of the geometry property.
 */
final class ValueCollectionEncoder implements FeatureEncoder {

    private final String property;
    private final String srsName;
    private Writer w;

    ValueCollectionEncoder(String property, String srsName) {
        this.property = property;
        this.srsName = srsName;
    }

    @Override
    public String contentType() {
        return "application/gml+xml; version=3.2; charset=UTF-8";
    }

    @Override
    public GeometryEncoding geometryEncoding() {
        return GeometryEncoding.GML32;
    }

    @Override
    public void begin(OutputStream out, CollectionInfo info) throws IOException {
        w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16384);
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<wfs:ValueCollection xmlns:wfs=\"http://www.opengis.net/wfs/2.0\""
                + " xmlns:gml=\"http://www.opengis.net/gml/3.2\" xmlns:" + Names.PREFIX + "=\"" + Names.NAMESPACE + "\""
                + " timeStamp=\"" + info.timeStamp().truncatedTo(ChronoUnit.SECONDS) + "\""
                + " numberMatched=\"" + (info.numberMatched() == null ? "unknown" : info.numberMatched()) + "\""
                + " numberReturned=\"" + (info.numberReturned() == null ? 0 : info.numberReturned()) + "\">\n");
    }

    @Override
    public void feature(FeatureRow row) throws IOException {
        if (property.equals(GetPropertyValue.GML_ID)) {
            w.write("<wfs:member>" + Xml.escape(row.featureId()) + "</wfs:member>\n");
            return;
        }
        if (row.type().geometry().name().equals(property)) {
            if (row.geometry() != null) {
                String g = row.geometry().replace("gml:id=\"g\"", "gml:id=\"" + row.featureId() + ".g\"");
                w.write("<wfs:member>" + (srsName == null ? g : g.replaceFirst("srsName=\"[^\"]*\"", "srsName=\"" + Xml.escape(srsName) + "\""))
                        + "</wfs:member>\n");
            }
            return;
        }
        for (int i = 0; i < row.properties().size(); i++) {
            if (row.properties().get(i).name().equals(property) && row.values().get(i) != null) {
                w.write("<wfs:member>" + Xml.escape(text(row.values().get(i))) + "</wfs:member>\n");
            }
        }
    }

    private static String text(Object v) {
        return v instanceof java.time.OffsetDateTime t ? t.toInstant().toString() : String.valueOf(v);
    }

    @Override
    public void end(long numberReturned) throws IOException {
        w.write("</wfs:ValueCollection>\n");
        w.flush();
    }
}
