package vn.landinfo.mapserver.oapif;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.landinfo.mapserver.crs.MapCrs;
import vn.landinfo.mapserver.features.FeatureRow;
import vn.landinfo.mapserver.features.FeatureStream;
import vn.landinfo.mapserver.features.FeatureType;
import vn.landinfo.mapserver.features.encode.CollectionInfo;
import vn.landinfo.mapserver.features.filter.Filter;
import vn.landinfo.mapserver.features.filter.ResourceId;
import vn.landinfo.mapserver.features.query.FeatureQuery;
import vn.landinfo.mapserver.features.query.RegisterTime;
import vn.landinfo.mapserver.ogc.OgcResponse;
import vn.landinfo.mapserver.ogc.Xml;

/**
 * {@code /collections/{collectionId}/items/{featureId}}: one feature as a GeoJSON Feature or an HTML page with
 * its attributes and a small map; 404 when the collection has no such feature. A parcel's id with a version
 * ({@code 123.2}, as the history answers carry) names that past version.
 */
final class Item {

    private final FeatureStream stream;
    private final ItemsParameters parameters;
    private final Clock clock;

    Item(FeatureStream stream, ItemsParameters parameters, Clock clock) {
        this.stream = stream;
        this.parameters = parameters;
        this.clock = clock;
    }

    OgcResponse handle(FeaturesRequest request, FeatureType type, String featureId) {
        request.allowOnly(Set.of("f", "crs"));
        Format format = Format.of(request, Format.GEOJSON);
        MapCrs crs = format == Format.HTML ? parameters.crs84() : parameters.crs(request);
        // Ids are codes and numbers; a version suffix (.2) exists only where the register keeps history.
        if (!featureId.matches("[0-9A-Za-z_-]{1,40}(\\.[0-9]{1,9})?") || (featureId.contains(".") && !type.hasHistory())) {
            throw notFound(type, featureId);
        }
        Filter byId = new Filter.ResourceIds(List.of(ResourceId.of(type.name() + "." + featureId)));
        // A plain id is the current feature; an id with a version picks that version from the history (features core).
        FeatureQuery query = new FeatureQuery(type, byId, new RegisterTime.Current(),
                List.of(), List.of(), 0, 1, crs, crs.latitudeFirst());
        RowCollector rows = new RowCollector();
        try {
            stream.write(List.of(query), false, rows, CollectionInfo.of(clock.instant()), OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rows.rows().isEmpty()) {
            throw notFound(type, featureId);
        }
        FeatureRow row = rows.rows().get(0);
        String base = request.baseUrl();
        String collection = base + "/collections/" + type.name();
        String url = collection + "/items/" + featureId;
        String contentCrs = "<" + CrsUris.uriOf(crs) + ">";
        List<Link> links = new ArrayList<>(Link.selfAndAlternate(url, format, Format.GEOJSON, "Đối tượng", "feature"));
        links.add(new Link(collection + "?f=json", "collection", "application/json", "Tập dữ liệu / the collection"));
        if (format == Format.HTML) {
            List<String[]> attributes = new ArrayList<>();
            for (int i = 0; i < row.properties().size(); i++) {
                var p = row.properties().get(i);
                attributes.add(new String[] {Xml.escape(p.titleVi()) + " <span lang=\"en\">/ " + Xml.escape(p.titleEn()) + "</span>",
                        HtmlPage.cell(row.values().get(i))});
            }
            return new HtmlPage(base, type.layer().titleVi() + " " + featureId, type.layer().titleEn() + " " + featureId)
                    .breadcrumb(List.of(new String[] {"Trang đầu / Home", base + "?f=html"},
                            new String[] {"Các tập dữ liệu / Collections", base + "/collections?f=html"},
                            new String[] {type.layer().titleVi(), collection + "?f=html"},
                            new String[] {"Đối tượng / Items", collection + "/items?f=html"},
                            new String[] {featureId, url}))
                    .heading(1, type.layer().titleVi() + " " + featureId, type.layer().titleEn() + " " + featureId)
                    .map(FeatureJson.collection(List.of(row)), "Bản đồ của đối tượng", "map of the feature")
                    .definitions("Thuộc tính", "Attributes", attributes)
                    .links(links.subList(1, links.size()))
                    .response().withHeader("Content-Crs", contentCrs);
        }
        return OgcResponse.text(200, Format.GEOJSON.contentType(), FeatureJson.feature(row, links)).withHeader("Content-Crs", contentCrs);
    }

    private static RuntimeException notFound(FeatureType type, String featureId) {
        return Problems.notFound("Tập dữ liệu " + type.name() + " không có đối tượng " + Problems.abbreviate(featureId),
                "collection " + type.name() + " has no feature " + Problems.abbreviate(featureId));
    }
}
