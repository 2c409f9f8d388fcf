package vn.landinfo.mapserver.wfs;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.landinfo.mapserver.features.FeatureType;
import vn.landinfo.mapserver.features.FeatureTypes;
import vn.landinfo.mapserver.features.filter.Filter;
import vn.landinfo.mapserver.features.filter.ResourceId;
import vn.landinfo.mapserver.features.query.FeatureQuery;
import vn.landinfo.mapserver.features.query.RegisterTime;
import vn.landinfo.mapserver.ogc.OgcException;
import vn.landinfo.mapserver.ogc.OgcResponse;

/**
 * GetFeature: ad hoc queries (KVP or wfs:Query) and the GetFeatureById stored query, planned into
 * {@link FeatureQuery}s and answered by the features writers; KVP requests get next / previous links over the stable
 * order (WFS 2.0 §7.7.4.4).
 */
final class GetFeature {

    private final FeatureTypes types;
    private final QueryPlanner planner;
    private final FeatureOutput output;

    GetFeature(FeatureTypes types, QueryPlanner planner, FeatureOutput output) {
        this.types = types;
        this.planner = planner;
        this.output = output;
    }

    OgcResponse handle(WfsRequest r, String serviceUrl) {
        OutputFormat format = OutputFormat.parse(r.outputFormat(), r.version());
        if (r.storedQuery() != null) {
            FeatureQuery q = byId(r, format, planner.count(r));
            return output.write(r.version(), format, List.of(q), r.hits(), !r.hits(), null, FeatureOutput.PageLinks.NONE,
                    schemaLocation(r.version(), serviceUrl, List.of(q)));
        }
        List<FeatureQuery> queries = planner.plan(r, format);
        if (r.version() != WfsVersion.V2_0_0 && r.count() == null && !r.hits()) {
            requireEveryFeatureFits(queries, planner.count(r), r.version());
        }
        return output.write(r.version(), format, queries, r.hits(), false, null, links(r, serviceUrl, planner.count(r)),
                schemaLocation(r.version(), serviceUrl, queries));
    }

    /**
     * WFS 1.1 and 1.0 without maxFeatures: the answer holds every feature, or none. Their collections have no
     * numberMatched and no next link, so a capped answer would look complete — a desktop client loading a commune
     * would silently get part of it. Up to DefaultMaxFeatures (the capabilities say it) every feature is written;
     * beyond, the client is told, with the ways to get them all (decision 0205). Counted up to one more than fits,
     * never the whole table.
     */
    private void requireEveryFeatureFits(List<FeatureQuery> queries, int cap, WfsVersion version) {
        long start = queries.isEmpty() ? 0 : queries.get(0).startIndex();
        long matched = output.matchedUpTo(queries, start + cap + 1);
        if (matched - start > cap) {
            throw new OgcException(WfsCodes.MISSING_PARAMETER_VALUE, "maxFeatures",
                    "Có hơn " + cap + " đối tượng khớp, nhiều hơn một câu trả lời WFS " + version.number() + " không có maxFeatures chứa được "
                            + "(DefaultMaxFeatures); hãy lấy từng trang bằng maxFeatures và startIndex (GDAL: OGR_WFS_PAGING_ALLOWED=YES), "
                            + "dùng WFS 2.0.0 hoặc OGC API – Features (tự lật trang), hoặc thu hẹp bằng BBOX hay bộ lọc",
                    "more than " + cap + " features match, more than a WFS " + version.number() + " answer without maxFeatures holds "
                            + "(DefaultMaxFeatures); page with maxFeatures and startIndex (GDAL: OGR_WFS_PAGING_ALLOWED=YES), "
                            + "use WFS 2.0.0 or OGC API – Features (which page by themselves), or narrow the request with BBOX or a filter");
        }
    }

    /** The collection's schemas: the version's WFS schema, and this service's DescribeFeatureType of the types in it. */
    static String schemaLocation(WfsVersion version, String serviceUrl, List<FeatureQuery> queries) {
        List<String> names = queries.stream().map(q -> q.type().name()).distinct().toList();
        return DescribeFeatureType.schemaLocation(version, serviceUrl, names);
    }

    /** GetFeatureById (urn:ogc:def:query:OGC-WFS::GetFeatureById, parameter id): one feature, NotFound when none. */
    FeatureQuery byId(WfsRequest r, OutputFormat format, int count) {
        StoredQueries.check(r.storedQuery().id(), "STOREDQUERY_ID");
        String id = r.storedQuery().parameters().getOrDefault("ID", "").trim();
        if (id.isEmpty()) {
            throw new OgcException(WfsCodes.MISSING_PARAMETER_VALUE, "id", "GetFeatureById cần tham số ID",
                    "GetFeatureById needs the parameter ID");
        }
        int dot = id.indexOf('.');
        FeatureType type = dot <= 0 ? null : types.find(id.substring(0, dot)).orElse(null);
        if (type == null) {
            throw notFound(id);
        }
        String srsName = r.storedQuery().parameters().get("SRSNAME");
        SrsName srs = srsName == null || srsName.isBlank() ? SrsName.defaultFor(r.version(), planner.crss())
                : SrsName.parse(srsName, r.version(), planner.crss(), "srsName");
        return new FeatureQuery(type, new Filter.ResourceIds(List.of(ResourceId.of(id))), new RegisterTime.Current(), List.of(),
                List.of(), 0, 1, srs.crs(), format.isGml() && srs.latitudeFirst());
    }

    static OgcException notFound(String id) {
        return new OgcException(WfsCodes.NOT_FOUND, "id", "Không có đối tượng " + WfsCodes.abbreviate(id),
                "there is no feature " + WfsCodes.abbreviate(id));
    }

    /**
     * next / previous of a KVP request: the same parameters with STARTINDEX moved by COUNT. A hits request's next is
     * the first page of the results it counted (WFS 2.0 §7.7.4.2), and it has no previous.
     */
    static FeatureOutput.PageLinks links(WfsRequest r, String serviceUrl, int count) {
        if (r.kvp() == null) {
            return FeatureOutput.PageLinks.NONE;
        }
        long start = r.startIndex() == null ? 0 : r.startIndex();
        if (r.hits()) {
            Map<String, String> results = new LinkedHashMap<>();
            r.kvp().forEach((k, v) -> {
                if (!k.equalsIgnoreCase("RESULTTYPE")) {
                    results.put(k, v);
                }
            });
            return new FeatureOutput.PageLinks(page(results, serviceUrl, start, count, r.version()), null);
        }
        String next = page(r.kvp(), serviceUrl, start + count, count, r.version());
        String previous = start > 0 ? page(r.kvp(), serviceUrl, Math.max(0, start - count), count, r.version()) : null;
        return new FeatureOutput.PageLinks(next, previous);
    }

    private static String page(Map<String, String> kvp, String serviceUrl, long start, int count, WfsVersion version) {
        Map<String, String> p = new LinkedHashMap<>();
        String countName = version == WfsVersion.V2_0_0 ? "COUNT" : "MAXFEATURES";
        kvp.forEach((k, v) -> {
            String u = k.toUpperCase(Locale.ROOT);
            if (!u.equals("STARTINDEX") && !u.equals("COUNT") && !u.equals("MAXFEATURES") && !u.equals(QueryPlanner.AFTER)) {
                p.put(k, v);
            }
        });
        p.put("STARTINDEX", Long.toString(start));
        p.put(countName, Integer.toString(count));
        StringBuilder b = new StringBuilder(serviceUrl).append('?');
        p.forEach((k, v) -> b.append(b.charAt(b.length() - 1) == '?' ? "" : "&").append(enc(k)).append('=').append(enc(v)));
        return b.toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
