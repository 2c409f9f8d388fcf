package vn.landinfo.mapserver.oapif;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.landinfo.mapserver.crs.MapCrs;
import vn.landinfo.mapserver.features.FeatureProperty;
import vn.landinfo.mapserver.features.FeatureRow;
import vn.landinfo.mapserver.features.FeatureStream;
import vn.landinfo.mapserver.features.FeatureType;
import vn.landinfo.mapserver.features.encode.CollectionInfo;
import vn.landinfo.mapserver.features.encode.FlatGeobufEncoder;
import vn.landinfo.mapserver.features.encode.GeoJsonEncoder;
import vn.landinfo.mapserver.features.filter.Filter;
import vn.landinfo.mapserver.features.query.FeatureQuery;
import vn.landinfo.mapserver.features.query.RegisterTime;
import vn.landinfo.mapserver.features.query.SortKey;
import vn.landinfo.mapserver.ogc.OgcResponse;
import vn.landinfo.mapserver.ogc.Xml;

/**
 * {@code /collections/{collectionId}/items}: a page of features as GeoJSON or FlatGeobuf (streamed from the
 * database by the features core) or as an HTML page with a table and a small map. Paging is by offset over the stable order of
 * the features core; {@code next} is offered while a page comes back full
 * (docs/decisions/0180-ogc-api-features-paging-time-parameters.md).
 */
final class Items {

    static final Set<String> CORE = Set.of("f", "limit", "offset", "after", "bbox", "bbox-crs", "datetime", "crs", "properties", "sortby");
    static final Set<String> FILTERING = Set.of("filter", "filter-lang", "filter-crs");

    private final FeatureStream stream;
    private final ItemsParameters parameters;
    private final ItemsFilter filter;
    private final Set<String> known;
    private final Clock clock;

    /** @param filter the CQL2 parameters, or null while they are not offered (then they are unknown parameters) */
    Items(FeatureStream stream, ItemsParameters parameters, ItemsFilter filter, Clock clock) {
        this.stream = stream;
        this.parameters = parameters;
        this.filter = filter;
        Set<String> k = new HashSet<>(CORE);
        if (filter != null) {
            k.addAll(FILTERING);
        }
        this.known = Set.copyOf(k);
        this.clock = clock;
    }

    OgcResponse handle(FeaturesRequest request, FeatureType type) {
        //--- parameters, each refused with its own name; the collection's queryables are parameters too (Part 1's
        // /rec/core/fc-filters and Part 3; GDAL filters at the server through them: decisions 0195, 0199)
        request.allowOnly(union(known, QueryableParameters.names(type)));
        Format format = Format.ofItems(request);
        int limit = parameters.limit(request);
        long offset = parameters.offset(request);
        // The page's map is Leaflet's: longitude, latitude whatever crs= says (the table shows no coordinates).
        MapCrs crs = format == Format.HTML ? parameters.crs84() : parameters.crs(request);
        Filter where = and(and(parameters.bbox(request, type), filter == null ? new Filter.Include() : filter.parse(request, type)),
                QueryableParameters.filter(request, type));
        Instant now = clock.instant();
        RegisterTime when = parameters.datetime(request, type, now);
        List<String> properties = parameters.properties(request, type);
        List<SortKey> sortBy = parameters.sortBy(request, type);
        // FlatGeobuf, like GeoJSON's readers, is x (easting, longitude) first whatever the CRS's own order.
        boolean latitudeFirst = format != Format.FLATGEOBUF && crs.latitudeFirst();
        FeatureQuery query = new FeatureQuery(type, where, when, properties, sortBy, offset, limit, crs, latitudeFirst,
                parameters.after(request, type));

        //--- answer
        String url = request.baseUrl() + "/collections/" + type.name() + "/items";
        String contentCrs = "<" + CrsUris.uriOf(crs) + ">";
        if (format == Format.HTML) {
            RowCollector rows = new RowCollector();
            try {
                stream.write(List.of(query), true, rows, CollectionInfo.of(now), java.io.OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return html(request, type, url, rows, offset, limit).withHeader("Content-Crs", contentCrs);
        }
        if (format == Format.FLATGEOBUF) {
            // No count first (the header says "unknown") and no links (the format has no place for them): a client
            // pages with offset until a page comes back short.
            return stream.response(List.of(query), false, FlatGeobufEncoder.of(query), CollectionInfo.of(now))
                    .withHeader("Content-Crs", contentCrs);
        }
        CollectionInfo info = CollectionInfo.of(now).withLinks((returned, last) -> links(request, url, query, returned, last));
        return stream.response(List.of(query), true, new GeoJsonEncoder(false), info).withHeader("Content-Crs", contentCrs);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static Filter and(Filter a, Filter b) {
        if (a instanceof Filter.Include) {
            return b;
        }
        return b instanceof Filter.Include ? a : new Filter.And(List.of(a, b));
    }

    /**
     * self, alternate, next while the page is full, prev after the first page, and the collection. A walk in the
     * stable order continues after the page's last feature ({@code after}, decision 0188), so transactions committed
     * between two pages neither skip nor repeat a feature they did not change; with sortby, by offset.
     */
    private static List<vn.landinfo.mapserver.features.encode.Link> links(FeaturesRequest request, String url, FeatureQuery query, long returned,
                                                                          String last) {
        long offset = query.startIndex();
        int limit = query.count();
        List<vn.landinfo.mapserver.features.encode.Link> links = new ArrayList<>();
        Map<String, List<String>> q = request.query();
        links.add(new vn.landinfo.mapserver.features.encode.Link(url + QueryString.with(q, Map.of("f", "json")), "self",
                Format.GEOJSON.mediaType(), "Trang này / this page"));
        links.add(new vn.landinfo.mapserver.features.encode.Link(url + QueryString.with(q, Map.of("f", "html")), "alternate",
                "text/html", "Trang này dạng HTML / this page as HTML"));
        links.add(new vn.landinfo.mapserver.features.encode.Link(url + QueryString.with(q, Map.of("f", "fgb")), "alternate",
                Format.FLATGEOBUF.mediaType(), "Trang này dạng FlatGeobuf / this page as FlatGeobuf"));
        if (returned >= limit) {
            Map<String, String> next = byOffset("json", offset + limit);
            next.put("after", query.walksByKey() ? last : null);
            links.add(new vn.landinfo.mapserver.features.encode.Link(url + QueryString.with(q, next), "next", Format.GEOJSON.mediaType(),
                    "Trang sau / next page"));
        }
        if (offset > 0) {
            links.add(new vn.landinfo.mapserver.features.encode.Link(url + QueryString.with(q, byOffset("json", Math.max(0, offset - limit))), "prev", Format.GEOJSON.mediaType(),
                    "Trang trước / previous page"));
        }
        links.add(new vn.landinfo.mapserver.features.encode.Link(url.substring(0, url.length() - "/items".length()) + "?f=json", "collection",
                "application/json", "Tập dữ liệu / the collection"));
        return links;
    }

    /** A link's replaced parameters for the page at {@code offset}: no {@code after} (the HTML pages and prev page by offset). */
    private static Map<String, String> byOffset(String f, long offset) {
        Map<String, String> m = new HashMap<>();
        m.put("f", f);
        m.put("offset", String.valueOf(offset));
        m.put("after", null);
        return m;
    }

    private static OgcResponse html(FeaturesRequest request, FeatureType type, String url, RowCollector rows, long offset, int limit) {
        String base = request.baseUrl();
        List<FeatureRow> list = rows.rows();
        StringBuilder t = new StringBuilder("<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Bảng đối tượng / Table of features\"><table><caption>")
                .append(Xml.escape("Đối tượng " + (offset + 1) + "–" + (offset + list.size()) + " trong " + rows.numberMatched()))
                .append(" / <span lang=\"en\">").append(Xml.escape("features " + (offset + 1) + "–" + (offset + list.size()) + " of " + rows.numberMatched()))
                .append("</span></caption><thead><tr><th scope=\"col\">Mã / Id</th>");
        List<FeatureProperty> props = list.isEmpty() ? type.properties() : list.get(0).properties();
        for (FeatureProperty p : props) {
            t.append("<th scope=\"col\">").append(Xml.escape(p.titleVi())).append(" <span lang=\"en\">/ ").append(Xml.escape(p.titleEn())).append("</span></th>");
        }
        t.append("</tr></thead><tbody>");
        for (FeatureRow r : list) {
            t.append("<tr><td><a href=\"").append(Xml.escape(url + "/" + r.localId() + "?f=html")).append("\">").append(Xml.escape(r.localId())).append("</a></td>");
            for (Object v : r.values()) {
                t.append("<td>").append(HtmlPage.cell(v)).append("</td>");
            }
            t.append("</tr>");
        }
        t.append("</tbody></table></div>");
        List<Link> nav = new ArrayList<>();
        if (offset > 0) {
            nav.add(new Link(url + QueryString.with(request.query(), byOffset("html", Math.max(0, offset - limit))),
                    "prev", "text/html", "← Trang trước / previous page"));
        }
        if (list.size() >= limit) {
            nav.add(new Link(url + QueryString.with(request.query(), byOffset("html", offset + limit)),
                    "next", "text/html", "Trang sau / next page →"));
        }
        nav.add(new Link(url + QueryString.with(request.query(), Map.of("f", "json")), "alternate", Format.GEOJSON.mediaType(),
                "Trang này dạng GeoJSON / this page as GeoJSON"));
        return new HtmlPage(base, type.layer().titleVi(), type.layer().titleEn())
                .breadcrumb(List.of(new String[] {"Trang đầu / Home", base + "?f=html"},
                        new String[] {"Các tập dữ liệu / Collections", base + "/collections?f=html"},
                        new String[] {type.layer().titleVi(), base + "/collections/" + type.name() + "?f=html"},
                        new String[] {"Đối tượng / Items", url}))
                .heading(1, type.layer().titleVi(), type.layer().titleEn())
                .map(FeatureJson.collection(list), "Bản đồ các đối tượng trên trang này", "map of the features on this page")
                .raw(t.toString())
                .links(nav)
                .response();
    }
}
