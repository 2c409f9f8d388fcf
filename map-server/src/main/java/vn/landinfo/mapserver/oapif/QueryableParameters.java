package vn.landinfo.mapserver.oapif;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.landinfo.mapserver.features.FeatureProperty;
import vn.landinfo.mapserver.features.FeatureType;
import vn.landinfo.mapserver.features.PropertyType;
import vn.landinfo.mapserver.features.filter.ComparisonOp;
import vn.landinfo.mapserver.features.filter.Filter;
import vn.landinfo.mapserver.features.query.FeatureSql;

/**
 * Part 3's Queryables as Query Parameters (OGC 19-079r2 §7): every queryable with a simple value — a string, a
 * number, an integer, a boolean, a date-time, not the geometry — is also a parameter of {@code /items}, selecting the
 * features whose property equals the value ({@code ?main_purpose=ODT}); several are combined with AND, and with
 * {@code bbox} and {@code filter}. The value is checked against the property's type at the edge, so a wrong one is a
 * 400 naming the parameter (docs/decisions/0199-queryables-as-query-parameters.md).
 */
final class QueryableParameters {

    private QueryableParameters() {
    }

    /** The queryables that are parameters too: the non-geometry properties, except a name the items resource uses. */
    static List<FeatureProperty> of(FeatureType type) {
        List<FeatureProperty> out = new ArrayList<>();
        for (FeatureProperty p : type.properties()) {
            if (!p.isGeometry() && !Items.CORE.contains(p.name()) && !Items.FILTERING.contains(p.name())) {
                out.add(p);
            }
        }
        return out;
    }

    static Set<String> names(FeatureType type) {
        return Set.copyOf(of(type).stream().map(FeatureProperty::name).toList());
    }

    /** The equalities the request asks for, Include when none. */
    static Filter filter(FeaturesRequest request, FeatureType type) {
        List<Filter> equalities = new ArrayList<>();
        for (FeatureProperty p : of(type)) {
            String value = request.param(p.name()).orElse(null);
            if (value != null) {
                Filter equal = new Filter.Comparison(ComparisonOp.EQUAL, p.name(), value, true);
                FeatureSql.checkFilter(type, equal, p.name());
                equalities.add(equal);
            }
        }
        return equalities.isEmpty() ? new Filter.Include() : equalities.size() == 1 ? equalities.get(0) : new Filter.And(equalities);
    }

    /** The OpenAPI 3.0 schema of a parameter for this property. */
    static Map<String, Object> schema(FeatureProperty p) {
        return p.type() == PropertyType.DATE_TIME ? JsonTree.obj("type", "string", "format", "date-time")
                : JsonTree.obj("type", p.type().jsonType());
    }
}
