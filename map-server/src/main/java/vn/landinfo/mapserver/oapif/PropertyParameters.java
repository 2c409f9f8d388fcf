package vn.landinfo.mapserver.oapif;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.landinfo.mapserver.features.FeatureProperty;
import vn.landinfo.mapserver.features.FeatureType;
import vn.landinfo.mapserver.features.PropertyType;
import vn.landinfo.mapserver.features.filter.ComparisonOp;
import vn.landinfo.mapserver.features.filter.Filter;

/**
 * Part 1's filters on feature properties (OGC 17-069r4, /rec/core/fc-filters): {@code ?commune_code=00070} on
 * {@code /items} selects the features whose property equals the value. Offered for the simple-valued properties
 * (text, integers, booleans) and declared on each collection's own items path of the API definition, which is
 * where GDAL 3.6 learns what it may send to the server rather than filter every feature itself
 * (docs/decisions/0195-oapif-property-parameters-and-the-drafts-cql-text.md).
 */
final class PropertyParameters {

    private static final Set<PropertyType> SIMPLE = EnumSet.of(PropertyType.STRING, PropertyType.INTEGER, PropertyType.BOOLEAN);

    private PropertyParameters() {
    }

    /** The type's properties that are parameters of its items: simple values not named like another parameter. */
    static List<FeatureProperty> of(FeatureType type) {
        return type.properties().stream()
                .filter(p -> SIMPLE.contains(p.type()) && !Items.CORE.contains(p.name()) && !Items.FILTERING.contains(p.name()))
                .toList();
    }

    /**
     * The equalities the request names, ANDed, or Include. Values stay text: the compiler parses them into the
     * property's type and refuses a bad one with the property's name, as it does for a CQL2 literal.
     */
    static Filter parse(FeaturesRequest request, FeatureType type) {
        List<Filter> equalities = new ArrayList<>();
        for (FeatureProperty p : of(type)) {
            request.param(p.name()).ifPresent(v -> equalities.add(new Filter.Comparison(ComparisonOp.EQUAL, p.name(), v, true)));
        }
        if (equalities.isEmpty()) {
            return new Filter.Include();
        }
        return equalities.size() == 1 ? equalities.get(0) : new Filter.And(equalities);
    }
}
