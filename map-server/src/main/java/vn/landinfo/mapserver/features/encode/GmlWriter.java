package vn.landinfo.mapserver.features.encode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import vn.landinfo.mapserver.features.AppSchema;
import vn.landinfo.mapserver.features.FeatureRow;
import vn.landinfo.mapserver.ogc.Xml;

/**
 * What the three GML encoders share: the buffered writer, the feature element in the application namespace
 * ({@link AppSchema}) with the geometry first and the properties in the feature type's order, escaped values,
 * and the touch-ups of PostGIS's geometry (the client's srsName; unique gml:ids in GML 3.2).
 */
abstract class GmlWriter implements FeatureEncoder {

    protected Writer w;
    protected CollectionInfo info;

    @Override
    public final void begin(OutputStream out, CollectionInfo collection) throws IOException {
        this.info = collection;
        this.w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16384);
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        root(collection);
    }

    /** Writes the opening root element (wfs:FeatureCollection with its namespaces and attributes). */
    protected abstract void root(CollectionInfo collection) throws IOException;

    /** The member element around each feature (wfs:member, gml:featureMember). */
    protected abstract String member();

    /** The id attribute of a feature: {@code gml:id="…"} or GML 2's {@code fid="…"}. */
    protected abstract String idAttribute(FeatureRow row);

    /** The geometry as PostGIS wrote it, made ready for this GML version. */
    protected String geometry(FeatureRow row) {
        return withSrsName(row.geometry(), info.srsName());
    }

    @Override
    public final void feature(FeatureRow row) throws IOException {
        String element = AppSchema.qualified(row.type().name());
        w.write("<" + member() + "><" + element + " " + idAttribute(row) + ">");
        if (row.geometry() != null) {
            String g = AppSchema.qualified(row.type().geometry().name());
            w.write("<" + g + ">" + geometry(row) + "</" + g + ">");
        }
        for (int i = 0; i < row.properties().size(); i++) {
            Object v = row.values().get(i);
            String p = AppSchema.qualified(row.properties().get(i).name());
            if (v == null) {
                // A nullable property is nillable in the application schema: its missing value is written as nil, which
                // FES PropertyIsNil selects (GML 3.2 §8.2.3.2). Any other property left empty stays out (minOccurs="0").
                if (row.properties().get(i).nullable()) {
                    w.write("<" + p + " xsi:nil=\"true\"/>");
                }
                continue;
            }
            w.write("<" + p + ">" + Xml.escape(Values.text(v)) + "</" + p + ">");
        }
        w.write("</" + element + "></" + member() + ">\n");
    }

    @Override
    public void end(long numberReturned) throws IOException {
        w.write("</wfs:FeatureCollection>\n");
        w.flush();
    }

    protected static String namespaces(String wfs, String gml) {
        return " xmlns:wfs=\"" + wfs + "\" xmlns:gml=\"" + gml + "\" xmlns:" + AppSchema.PREFIX + "=\"" + AppSchema.NAMESPACE + "\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"";
    }

    protected String schemaLocation() {
        return info.schemaLocation() == null ? "" : " xsi:schemaLocation=\"" + Xml.escape(info.schemaLocation()) + "\"";
    }

    /** The geometry's root srsName replaced (or added) with the name the client used. */
    static String withSrsName(String gml, String srsName) {
        if (srsName == null || gml == null) {
            return gml;
        }
        String attr = "srsName=\"" + Xml.escape(srsName) + "\"";
        int end = gml.indexOf('>');
        int at = gml.indexOf("srsName=\"");
        if (at >= 0 && at < end) {
            int close = gml.indexOf('"', at + 9);
            return gml.substring(0, at) + attr + gml.substring(close + 1);
        }
        int nameEnd = end;
        int space = gml.indexOf(' ');
        if (space >= 0 && space < nameEnd) {
            nameEnd = space;
        }
        if (gml.charAt(nameEnd - 1) == '/') {
            nameEnd--;
        }
        return gml.substring(0, nameEnd) + " " + attr + gml.substring(nameEnd);
    }
}
