package vn.landinfo.mapserver.features.encode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.landinfo.mapserver.features.FeatureRow;
import vn.landinfo.mapserver.features.query.GeometryEncoding;
import vn.landinfo.mapserver.ogc.Json;

/**
 * A GeoJSON FeatureCollection (RFC 7946, with OGC API's numberMatched, numberReturned, timeStamp and links):
 * each feature's {@code id}, the geometry as PostGIS wrote it, and the properties as JSON numbers, booleans and
 * strings (dates as ISO 8601 text). numberReturned and the links are written after the features, where the
 * real count is known (JSON members have no order); so is numberMatched when the stream counts it after the
 * features, which it does so that the first feature never waits for a count
 * (docs/decisions/0230-the-first-feature-does-not-wait-for-a-count.md).
 */
public final class GeoJsonEncoder implements FeatureEncoder {

    /** {@code application/geo+json}, the media type OGC API and WFS (outputFormat) both name. */
    public static final String MEDIA_TYPE = "application/geo+json";

    private final boolean qualifiedIds;
    private Writer w;
    private CollectionInfo info;
    private boolean first = true;
    private boolean matchedWritten;
    private String lastId;

    /**
     * @param qualifiedIds write ids as {@code parcels.123} (WFS: the id a ResourceId names) rather than {@code 123}
     *                     (OGC API: the id in {@code /items/{featureId}})
     */
    public GeoJsonEncoder(boolean qualifiedIds) {
        this.qualifiedIds = qualifiedIds;
    }

    @Override
    public String contentType() {
        return MEDIA_TYPE;
    }

    @Override
    public GeometryEncoding geometryEncoding() {
        return GeometryEncoding.GEOJSON;
    }

    @Override
    public void begin(OutputStream out, CollectionInfo collection) throws IOException {
        this.info = collection;
        this.w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16384);
        w.write("{\"type\":\"FeatureCollection\"");
        if (info.timeStamp() != null) {
            w.write(",\"timeStamp\":\"" + Values.timeStamp(info.timeStamp()) + "\"");
        }
        if (info.numberMatched() != null) {
            w.write(",\"numberMatched\":" + info.numberMatched());
            matchedWritten = true;
        }
        w.write(",\"features\":[");
    }

    @Override
    public void feature(FeatureRow row) throws IOException {
        if (!first) {
            w.write(',');
        }
        first = false;
        lastId = row.localId();
        w.write(feature(row, qualifiedIds));
    }

    /** One Feature object (also the body of OGC API's single item). */
    public static String feature(FeatureRow row, boolean qualifiedId) {
        StringBuilder b = new StringBuilder(512);
        b.append("{\"type\":\"Feature\",\"id\":").append(Json.string(qualifiedId ? row.featureId() : row.localId()))
                .append(",\"geometry\":").append(row.geometry() == null ? "null" : row.geometry())
                .append(",\"properties\":{");
        for (int i = 0; i < row.properties().size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(Json.string(row.properties().get(i).name())).append(':');
            value(b, row.values().get(i));
        }
        return b.append("}}").toString();
    }

    private static void value(StringBuilder b, Object v) {
        if (v == null) {
            b.append("null");
        } else if (v instanceof Number || v instanceof Boolean) {
            b.append(Values.text(v));
        } else {
            b.append(Json.string(Values.text(v)));
        }
    }

    @Override
    public boolean countsAfterFeatures() {
        return true;
    }

    @Override
    public void end(long numberReturned) throws IOException {
        end(numberReturned, info);
    }

    @Override
    public void end(long numberReturned, CollectionInfo tail) throws IOException {
        w.write("]");
        if (!matchedWritten && tail.numberMatched() != null) {
            w.write(",\"numberMatched\":" + tail.numberMatched());
        }
        w.write(",\"numberReturned\":" + numberReturned);
        List<Link> links = tail.links() == null ? List.of() : tail.links().of(numberReturned, lastId);
        if (!links.isEmpty()) {
            w.write(",\"links\":[");
            for (int i = 0; i < links.size(); i++) {
                Link l = links.get(i);
                w.write((i > 0 ? "," : "") + "{\"href\":" + Json.string(l.href()) + ",\"rel\":" + Json.string(l.rel()));
                if (l.type() != null) {
                    w.write(",\"type\":" + Json.string(l.type()));
                }
                if (l.title() != null) {
                    w.write(",\"title\":" + Json.string(l.title()));
                }
                w.write('}');
            }
            w.write(']');
        }
        w.write('}');
        w.flush();
    }
}
