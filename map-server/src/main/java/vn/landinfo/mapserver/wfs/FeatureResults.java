package vn.landinfo.mapserver.wfs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.landinfo.mapserver.crs.MapCrs;
import vn.landinfo.mapserver.features.FeatureStream;
import vn.landinfo.mapserver.features.encode.CollectionInfo;
import vn.landinfo.mapserver.features.encode.FeatureEncoder;
import vn.landinfo.mapserver.features.encode.FlatGeobufEncoder;
import vn.landinfo.mapserver.features.encode.GeoJsonEncoder;
import vn.landinfo.mapserver.features.encode.Gml2Encoder;
import vn.landinfo.mapserver.features.encode.Gml311Encoder;
import vn.landinfo.mapserver.features.encode.Gml32Encoder;
import vn.landinfo.mapserver.features.encode.Link;
import vn.landinfo.mapserver.features.query.FeatureQuery;
import vn.landinfo.mapserver.ogc.OgcException;
import vn.landinfo.mapserver.ogc.OgcResponse;

/**
 * The WFS's {@link FeatureOutput} over the features package: {@link FeatureStream} reads the planned queries in one
 * snapshot on a cursor and the GML / GeoJSON encoders write them as they arrive. Hits, the bare feature of
 * GetFeatureById and GetPropertyValue's value collection are written here.
 */
public final class FeatureResults implements FeatureOutput {

    private final FeatureStream stream;

    public FeatureResults(FeatureStream stream) {
        this.stream = stream;
    }

    @Override
    public long matchedUpTo(List<FeatureQuery> queries, long limit) {
        return stream.hitsUpTo(queries, limit);
    }

    @Override
    public OgcResponse write(WfsVersion version, OutputFormat format, List<FeatureQuery> queries, boolean hits, boolean bare,
                             String valueReference, PageLinks links, String schemaLocation) {
        if (hits) {
            // A count has no FlatGeobuf form: hits are the version's XML collection, as for GML.
            OutputFormat hitsFormat = format == OutputFormat.FLATGEOBUF ? OutputFormat.gmlOf(version) : format;
            long matched = stream.hits(queries);
            long start = queries.get(0).startIndex();
            return hits(version, hitsFormat, matched, links.next() != null && matched > start ? links.next() : null);
        }
        if (valueReference != null) {
            // @gml:id needs no property: the type's first one is read, as a query must select something.
            List<String> selected = valueReference.equals(GetPropertyValue.GML_ID) ? null : List.of(valueReference);
            List<FeatureQuery> selecting = queries.stream().map(q -> new FeatureQuery(q.type(), q.filter(), q.when(),
                    selected != null ? selected : List.of(q.type().properties().get(0).name()),
                    q.sortBy(), q.startIndex(), q.count(), q.outputCrs(), q.axesSwapped(), q.after())).toList();
            ValueCollectionEncoder encoder = new ValueCollectionEncoder(valueReference, srsName(version, queries.get(0)));
            return stream.response(selecting, true, encoder, CollectionInfo.of(Instant.now()));
        }
        FeatureEncoder encoder = encoder(format, queries);
        CollectionInfo info = CollectionInfo.of(Instant.now());
        if (links.next() != null || links.previous() != null) {
            info = info.withLinks((n, last) -> pageLinks(links, n, last, queries));
        }
        if (format.isGml()) {
            info = info.withSrsName(srsName(version, queries.get(0))).withSchemaLocation(schemaLocation);
        }
        if (bare) {
            return bare(version, format, queries, encoder, info);
        }
        // WFS 2.0 GML writes numberMatched and numberReturned on the root: counted first in the same snapshot.
        // FlatGeobuf's header leaves the count unknown, so it starts without counting.
        boolean count = format != OutputFormat.FLATGEOBUF && (version == WfsVersion.V2_0_0 || format == OutputFormat.GEOJSON);
        OgcResponse r = stream.response(queries, count, encoder, info);
        return new OgcResponse(r.status(), format.contentType(), null, r.headers(), r.writer());
    }

    private static FeatureEncoder encoder(OutputFormat format, List<FeatureQuery> queries) {
        return switch (format) {
            case GML32 -> new Gml32Encoder();
            case GML311 -> new Gml311Encoder();
            case GML2 -> new Gml2Encoder();
            case GEOJSON -> new GeoJsonEncoder(true);
            case FLATGEOBUF -> flatGeobuf(queries);
        };
    }

    /** FlatGeobuf holds one layer: one feature type per answer. */
    private static FeatureEncoder flatGeobuf(List<FeatureQuery> queries) {
        if (queries.stream().map(FeatureQuery::type).distinct().count() > 1) {
            throw new OgcException(WfsCodes.INVALID_PARAMETER_VALUE, "outputFormat",
                    "Tệp FlatGeobuf chỉ chứa một kiểu đối tượng; hãy hỏi từng kiểu một",
                    "a FlatGeobuf file holds one feature type; ask for one type at a time");
        }
        return FlatGeobufEncoder.of(queries.get(0));
    }

    /**
     * next only when the page was full (there may be more), previous when this is not the first page. A walk in the
     * stable order continues after the page's last feature (AFTER, decision 0188), so a commit between two pages
     * neither skips nor repeats a feature it did not change; with sort keys or several queries, by startIndex.
     */
    private static List<Link> pageLinks(PageLinks links, long returned, String lastId, List<FeatureQuery> queries) {
        List<Link> out = new ArrayList<>();
        FeatureQuery first = queries.get(0);
        Integer count = first.count();
        if (links.next() != null && count != null && returned >= count) {
            boolean byKey = lastId != null && queries.size() == 1 && first.walksByKey();
            out.add(new Link(byKey ? links.next() + "&AFTER=" + URLEncoder.encode(first.type().name() + "." + lastId, StandardCharsets.UTF_8)
                    : links.next(), "next", null, null));
        }
        if (links.previous() != null) {
            out.add(new Link(links.previous(), "previous", null, null));
        }
        return out;
    }

    /** The srsName written on GML geometries: the form whose axis order the coordinates follow. */
    static String srsName(WfsVersion version, FeatureQuery q) {
        MapCrs crs = q.outputCrs();
        if (crs.geographic() && !q.axesSwapped() && !crs.code().equals("CRS:84")) {
            return version == WfsVersion.V1_0_0 ? "EPSG:" + crs.srid() : "http://www.opengis.net/gml/srs/epsg.xml#" + crs.srid();
        }
        return SrsName.inSyntaxOf(crs, version);
    }

    /** numberMatched only; in 2.0 with next, the first page of those results (a KVP request's), when there is one. */
    private static OgcResponse hits(WfsVersion version, OutputFormat format, long matched, String next) {
        String now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        if (format == OutputFormat.GEOJSON) {
            return OgcResponse.text(200, format.contentType(), "{\"type\":\"FeatureCollection\",\"timeStamp\":\"" + now
                    + "\",\"numberMatched\":" + matched + ",\"numberReturned\":0,\"features\":[]}");
        }
        String xml = version == WfsVersion.V2_0_0
                ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<wfs:FeatureCollection xmlns:wfs=\"http://www.opengis.net/wfs/2.0\""
                        + " timeStamp=\"" + now + "\" numberMatched=\"" + matched + "\" numberReturned=\"0\""
                        + (next == null ? "" : " next=\"" + vn.landinfo.mapserver.ogc.Xml.escape(next) + "\"") + "/>\n"
                : "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<wfs:FeatureCollection xmlns:wfs=\"http://www.opengis.net/wfs\""
                        + " xmlns:gml=\"http://www.opengis.net/gml\" numberOfFeatures=\"" + matched + "\" timeStamp=\"" + now + "\"/>\n";
        return OgcResponse.text(200, format.contentType(), xml);
    }

    /**
     * GetFeatureById: the one feature itself (WFS 2.0 §7.9.3.6), NotFound when there is none. It is one feature, so it
     * is made in memory: the collection is written and its only member taken out, with the root's namespaces.
     */
    private OgcResponse bare(WfsVersion version, OutputFormat format, List<FeatureQuery> queries, FeatureEncoder encoder,
                             CollectionInfo info) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written;
        try {
            written = stream.write(queries, version == WfsVersion.V2_0_0, encoder, info, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (written == 0) {
            throw GetFeature.notFound(queries.get(0).filter() instanceof vn.landinfo.mapserver.features.filter.Filter.ResourceIds ids
                    ? ids.ids().get(0).rid() : "");
        }
        if (format == OutputFormat.FLATGEOBUF) {
            // FlatGeobuf has no bare feature: the one feature is a file of one.
            return OgcResponse.ok(format.contentType(), out.toByteArray());
        }
        String doc = out.toString(StandardCharsets.UTF_8);
        String body;
        if (format == OutputFormat.GEOJSON) {
            int start = doc.indexOf("\"features\":[") + "\"features\":[".length();
            // The counts follow the features (numberMatched too when it was counted after them: decision 0230).
            int end = doc.lastIndexOf("],\"number");
            body = doc.substring(start, end);
        } else {
            String member = version == WfsVersion.V2_0_0 ? "wfs:member" : "gml:featureMember";
            int rootStart = doc.indexOf("<wfs:FeatureCollection");
            int rootEnd = doc.indexOf('>', rootStart);
            StringBuilder ns = new StringBuilder();
            for (String part : doc.substring(rootStart, rootEnd).split(" ")) {
                if (part.startsWith("xmlns:")) {
                    ns.append(' ').append(part);
                }
            }
            int start = doc.indexOf("<" + member + ">") + member.length() + 2;
            int end = doc.lastIndexOf("</" + member + ">");
            String feature = doc.substring(start, end);
            int nameEnd = feature.indexOf(' ');
            body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + feature.substring(0, nameEnd) + ns + feature.substring(nameEnd) + "\n";
        }
        return OgcResponse.text(200, format.contentType(), body);
    }
}
