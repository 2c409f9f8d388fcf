package vn.landinfo.mapserver.wfs;

import java.util.List;
import vn.landinfo.mapserver.features.filter.Filter;
import vn.landinfo.mapserver.features.query.FeatureQuery;
import vn.landinfo.mapserver.ogc.OgcException;
import vn.landinfo.mapserver.ogc.OgcResponse;

/**
 * GetPropertyValue (WFS 2.0 §10): the values of one property (valueReference, a property name with or without
 * prefix) of the features a query selects, in a wfs:ValueCollection.
 */
final class GetPropertyValue {

    private final GetFeature features;
    private final QueryPlanner planner;
    private final FeatureOutput output;

    GetPropertyValue(GetFeature features, QueryPlanner planner, FeatureOutput output) {
        this.features = features;
        this.planner = planner;
        this.output = output;
    }

    /** The feature id as a value reference (WFS 2.0 §10.2.4.3): every feature has one, written as its gml:id. */
    static final String GML_ID = "@gml:id";

    /** WFS 2.0 Table 8: a missing valueReference is MissingParameterValue, an empty one InvalidParameterValue. */
    static void requireValueReference(String valueReference) {
        if (valueReference == null) {
            throw new OgcException(WfsCodes.MISSING_PARAMETER_VALUE, "valueReference", "Tham số VALUEREFERENCE là bắt buộc",
                    "the parameter VALUEREFERENCE is required");
        }
        if (valueReference.isBlank()) {
            throw new OgcException(WfsCodes.INVALID_PARAMETER_VALUE, "valueReference", "VALUEREFERENCE không được để trống",
                    "VALUEREFERENCE must not be empty");
        }
    }

    /**
     * Only the features whose property has a value. WFS 2.0 counts values, not features: count "limits the number of
     * explicitly requested values (i.e. features or property values) presented" (§7.6.3.5), and numberMatched /
     * numberReturned tally the same values. A feature without the value presents none — there is nothing to put in
     * a wfs:member, which cannot be nil — so it is neither written nor counted, and count, startIndex, next and both
     * numbers agree with the members written (decision 0208).
     */
    static FeatureQuery withValue(FeatureQuery q, String property) {
        Filter hasValue = new Filter.Not(new Filter.IsNull(property));
        Filter filter = q.filter() instanceof Filter.Include ? hasValue : new Filter.And(List.of(q.filter(), hasValue));
        return new FeatureQuery(q.type(), filter, q.when(), q.properties(), q.sortBy(), q.startIndex(), q.count(), q.outputCrs(),
                q.axesSwapped(), q.after());
    }

    OgcResponse handle(WfsRequest r, String serviceUrl) {
        if (r.version() != WfsVersion.V2_0_0) {
            throw new OgcException(WfsCodes.OPERATION_NOT_SUPPORTED, "GetPropertyValue", "GetPropertyValue chỉ có ở WFS 2.0.0",
                    "GetPropertyValue exists in WFS 2.0.0 only");
        }
        OutputFormat format = OutputFormat.parse(r.outputFormat(), r.version());
        boolean gmlId = r.valueReference().strip().equals(GML_ID);
        String property = gmlId ? GML_ID : Names.local(r.valueReference());
        List<FeatureQuery> queries = r.storedQuery() != null ? List.of(features.byId(r, format, planner.count(r))) : planner.plan(r, format);
        if (!gmlId) {
            for (FeatureQuery q : queries) {
                QueryPlanner.property(q.type(), property, "valueReference");
            }
            queries = queries.stream().map(q -> withValue(q, property)).toList();
        }
        return output.write(r.version(), format, queries, r.hits(), false, property, GetFeature.links(r, serviceUrl, planner.count(r)),
                null);
    }
}
