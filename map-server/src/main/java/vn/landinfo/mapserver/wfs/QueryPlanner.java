package vn.landinfo.mapserver.wfs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.landinfo.mapserver.crs.CrsCatalogue;
import vn.landinfo.mapserver.features.FeatureProperty;
import vn.landinfo.mapserver.features.FeatureType;
import vn.landinfo.mapserver.features.FeatureTypes;
import vn.landinfo.mapserver.features.filter.Filter;
import vn.landinfo.mapserver.features.filter.GeometryLiteral;
import vn.landinfo.mapserver.features.filter.ResourceId;
import vn.landinfo.mapserver.features.filter.SpatialOp;
import vn.landinfo.mapserver.features.query.FeatureQuery;
import vn.landinfo.mapserver.features.query.FeatureSql;
import vn.landinfo.mapserver.features.query.PageKey;
import vn.landinfo.mapserver.features.query.RegisterTime;
import vn.landinfo.mapserver.features.query.SortKey;
import vn.landinfo.mapserver.ogc.OgcException;

/**
 * Turns the queries of a GetFeature / GetPropertyValue into {@link FeatureQuery}s: type names against the caller's
 * feature types, property and sort names against the type, srsName with its axis order, BBOX and RESOURCEID into the
 * filter tree, count against its bound. Everything a client can get wrong is refused here with its locator, before
 * any SQL exists.
 */
final class QueryPlanner {

    private final FeatureTypes types;
    private final CrsCatalogue crss;
    private final FilterParser filters;
    private final WfsSettings settings;

    QueryPlanner(FeatureTypes types, CrsCatalogue crss, FilterParser filters, WfsSettings settings) {
        this.types = types;
        this.crss = crss;
        this.filters = filters;
        this.settings = settings;
    }

    CrsCatalogue crss() {
        return crss;
    }

    /**
     * The count a request gets: its own (bounded), else the version's default — CountDefault in 2.0, whose answers
     * say numberMatched and carry next links; in 1.1 and 1.0, whose answers cannot say they stopped short, the
     * maximum (DefaultMaxFeatures), and {@link GetFeature} refuses a request that would need more (decision 0205).
     */
    int count(WfsRequest r) {
        if (r.count() == null) {
            return r.version() == WfsVersion.V2_0_0 ? settings.defaultCount() : settings.maxCount();
        }
        if (r.count() > settings.maxCount()) {
            String name = r.version() == WfsVersion.V2_0_0 ? "count" : "maxFeatures";
            throw new OgcException(WfsCodes.INVALID_PARAMETER_VALUE, name,
                    name + " tối đa là " + settings.maxCount() + ", không phải " + r.count() + "; hãy lấy từng trang bằng startIndex",
                    name + " is at most " + settings.maxCount() + ", not " + r.count() + "; page with startIndex");
        }
        return r.count();
    }

    List<FeatureQuery> plan(WfsRequest r, OutputFormat format) {
        List<FeatureQuery> planned = planEach(r, format);
        String after = after(r);
        if (after == null) {
            return planned;
        }
        if (planned.size() != 1) {
            throw new OgcException(WfsCodes.INVALID_PARAMETER_VALUE, "after",
                    "AFTER chỉ dùng cho một kiểu đối tượng; hãy lật trang bằng STARTINDEX",
                    "AFTER applies to one feature type only; page with STARTINDEX instead");
        }
        FeatureQuery q = planned.get(0);
        String prefix = q.type().name() + ".";
        PageKey key = (after.startsWith(prefix) ? PageKey.parse(q.type(), after.substring(prefix.length())) : java.util.Optional.<PageKey>empty())
                .orElseThrow(() -> new OgcException(WfsCodes.INVALID_PARAMETER_VALUE, "after",
                        "AFTER phải là mã một đối tượng của " + q.type().name() + " (ví dụ " + prefix + "12), không phải " + WfsCodes.abbreviate(after),
                        "AFTER must be the id of a feature of " + q.type().name() + " (e.g. " + prefix + "12), not " + WfsCodes.abbreviate(after)));
        return List.of(q.page(q.startIndex(), q.count(), key));
    }

    /** The KVP vendor parameter a {@code next} link carries: the last feature of the previous page (decision 0188). */
    static final String AFTER = "AFTER";

    private static String after(WfsRequest r) {
        if (r.kvp() == null) {
            return null;
        }
        for (Map.Entry<String, String> e : r.kvp().entrySet()) {
            if (e.getKey().equalsIgnoreCase(AFTER) && e.getValue() != null && !e.getValue().isBlank()) {
                return e.getValue().trim();
            }
        }
        return null;
    }

    private List<FeatureQuery> planEach(WfsRequest r, OutputFormat format) {
        int count = count(r);
        long start = r.startIndex() == null ? 0 : r.startIndex();
        List<FeatureQuery> out = new ArrayList<>();
        for (WfsRequest.Query q : r.queries()) {
            if (q.typeNames().isEmpty()) {
                // RESOURCEID without typeNames: the ids name their types ("parcels.12").
                Map<FeatureType, List<String>> byType = new LinkedHashMap<>();
                for (String id : q.resourceIds()) {
                    byType.computeIfAbsent(typeOfId(id, r.version()), t -> new ArrayList<>()).add(id);
                }
                byType.forEach((type, ids) -> out.add(query(type, q, ids, r.version(), format, start, count)));
            } else {
                for (String name : q.typeNames()) {
                    out.add(query(type(name, r.version()), q, q.resourceIds(), r.version(), format, start, count));
                }
            }
        }
        return out;
    }

    FeatureType type(String name, WfsVersion version) {
        return types.find(Names.local(name)).orElseThrow(() -> new OgcException(WfsCodes.INVALID_PARAMETER_VALUE,
                version == WfsVersion.V2_0_0 ? "typeNames" : "typeName",
                "Không có kiểu đối tượng " + WfsCodes.abbreviate(name) + "; có: " + names(),
                "there is no feature type " + WfsCodes.abbreviate(name) + "; there are: " + names()));
    }

    private String names() {
        return String.join(", ", types.all().stream().map(FeatureType::name).toList());
    }

    private FeatureType typeOfId(String id, WfsVersion version) {
        int dot = id.indexOf('.');
        String locator = version == WfsVersion.V2_0_0 ? "resourceId" : "featureId";
        if (dot <= 0) {
            throw new OgcException(WfsCodes.INVALID_PARAMETER_VALUE, locator,
                    "Mã đối tượng " + WfsCodes.abbreviate(id) + " phải có dạng <kiểu>.<mã>, ví dụ parcels.12",
                    "the feature id " + WfsCodes.abbreviate(id) + " must read <type>.<id>, e.g. parcels.12");
        }
        return types.find(id.substring(0, dot)).orElseThrow(() -> new OgcException(WfsCodes.INVALID_PARAMETER_VALUE, locator,
                "Mã đối tượng " + WfsCodes.abbreviate(id) + " không thuộc kiểu đối tượng nào; có: " + names(),
                "the feature id " + WfsCodes.abbreviate(id) + " belongs to no feature type; there are: " + names()));
    }

    private FeatureQuery query(FeatureType type, WfsRequest.Query q, List<String> ids, WfsVersion version, OutputFormat format,
                               long start, int count) {
        for (String p : q.propertyNames()) {
            property(type, p, "propertyName");
        }
        for (SortKey k : q.sortBy()) {
            property(type, k.property(), "sortBy");
        }
        SrsName srs = q.srsName() == null ? SrsName.defaultFor(version, crss) : SrsName.parse(q.srsName(), version, crss, "srsName");
        List<Filter> parts = new ArrayList<>();
        if (q.filter() != null) {
            String defaultSrs = q.srsName() != null ? q.srsName() : version == WfsVersion.V1_0_0 ? "EPSG:4326" : "urn:ogc:def:crs:EPSG::4326";
            Filter parsed = filters.parse(q.filter(), version, defaultSrs);
            FeatureSql.checkFilter(type, parsed, "filter");
            parts.add(parsed);
        }
        if (q.bbox() != null) {
            parts.add(bbox(type, q.bbox(), version));
        }
        if (!ids.isEmpty()) {
            if (ids.size() > settings.maxResourceIds()) {
                throw new OgcException(WfsCodes.INVALID_PARAMETER_VALUE, version == WfsVersion.V2_0_0 ? "resourceId" : "featureId",
                        "Tối đa " + settings.maxResourceIds() + " mã đối tượng", "at most " + settings.maxResourceIds() + " feature ids");
            }
            parts.add(new Filter.ResourceIds(ids.stream().map(ResourceId::of).toList()));
        }
        Filter filter = parts.isEmpty() ? new Filter.Include() : parts.size() == 1 ? parts.get(0) : new Filter.And(parts);
        refuseIdsOfOtherTypes(type, filter, version);
        List<String> props = q.propertyNames().stream().map(Names::local).toList();
        // GeoJSON is longitude, latitude whatever the CRS's own order (RFC 7946 §3.1.1, and what GDAL and QGIS expect).
        boolean latitudeFirst = format.isGml() && srs.latitudeFirst();
        return new FeatureQuery(type, filter, new RegisterTime.Current(), props, q.sortBy(), start, count, srs.crs(), latitudeFirst);
    }

    /**
     * WFS 2.0 §7.9.2.4.1: a resource id naming a feature of another type than the query's is the client's mistake
     * (InvalidParameterValue, locator resourceId), wherever it stands in the filter; an id of no known type still
     * selects nothing, as FES 2.0 says of unknown ids.
     */
    private void refuseIdsOfOtherTypes(FeatureType type, Filter filter, WfsVersion version) {
        if (filter instanceof Filter.And a) {
            a.operands().forEach(f -> refuseIdsOfOtherTypes(type, f, version));
        } else if (filter instanceof Filter.Or o) {
            o.operands().forEach(f -> refuseIdsOfOtherTypes(type, f, version));
        } else if (filter instanceof Filter.Not n) {
            refuseIdsOfOtherTypes(type, n.operand(), version);
        } else if (filter instanceof Filter.ResourceIds ids) {
            for (ResourceId id : ids.ids()) {
                int dot = id.rid().indexOf('.');
                String named = dot > 0 ? id.rid().substring(0, dot) : "";
                if (!named.equals(type.name()) && types.find(named).isPresent()) {
                    throw new OgcException(WfsCodes.INVALID_PARAMETER_VALUE, version == WfsVersion.V2_0_0 ? "resourceId" : "featureId",
                            "Mã đối tượng " + WfsCodes.abbreviate(id.rid()) + " thuộc kiểu " + named + ", không phải kiểu được hỏi " + type.name(),
                            "the feature id " + WfsCodes.abbreviate(id.rid()) + " is of the type " + named + ", not of the queried type "
                                    + type.name());
                }
            }
        }
    }

    static FeatureProperty property(FeatureType type, String name, String locator) {
        return type.property(Names.local(name)).orElseThrow(() -> new OgcException(WfsCodes.INVALID_PARAMETER_VALUE, locator,
                "Kiểu đối tượng " + type.name() + " không có thuộc tính " + WfsCodes.abbreviate(name),
                "the feature type " + type.name() + " has no property " + WfsCodes.abbreviate(name)));
    }

    /** KVP BBOX=a,b,c,d[,crs]: without a CRS, the type's default (EPSG:4326 in the version's order). */
    private Filter bbox(FeatureType type, String value, WfsVersion version) {
        String[] parts = value.split(",");
        if (parts.length != 4 && parts.length != 5) {
            throw badBbox(value);
        }
        double[] v = new double[4];
        try {
            for (int i = 0; i < 4; i++) {
                v[i] = Double.parseDouble(parts[i].trim());
                if (!Double.isFinite(v[i])) {
                    throw badBbox(value);
                }
            }
        } catch (NumberFormatException e) {
            throw badBbox(value);
        }
        if (v[0] > v[2] || v[1] > v[3]) {
            throw new OgcException(WfsCodes.INVALID_PARAMETER_VALUE, "bbox", "BBOX phải có góc dưới trước góc trên: " + WfsCodes.abbreviate(value),
                    "BBOX must give the lower corner before the upper: " + WfsCodes.abbreviate(value));
        }
        SrsName crs = parts.length == 5 ? SrsName.parse(parts[4], version, crss, "bbox") : SrsName.defaultFor(version, crss);
        String wkt = String.format(Locale.ROOT, "POLYGON((%s %s,%s %s,%s %s,%s %s,%s %s))",
                v[0], v[1], v[2], v[1], v[2], v[3], v[0], v[3], v[0], v[1]);
        return new Filter.Spatial(SpatialOp.BBOX, type.geometry().name(), new GeometryLiteral(wkt, crs.crs(), crs.latitudeFirst()));
    }

    private static OgcException badBbox(String value) {
        return new OgcException(WfsCodes.INVALID_PARAMETER_VALUE, "bbox",
                "BBOX phải là bốn số minx,miny,maxx,maxy và có thể kèm hệ tọa độ, không phải " + WfsCodes.abbreviate(value),
                "BBOX must be four numbers minx,miny,maxx,maxy, optionally with a CRS, not " + WfsCodes.abbreviate(value));
    }
}
