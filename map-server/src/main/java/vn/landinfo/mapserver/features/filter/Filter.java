package vn.landinfo.mapserver.features.filter;

import java.time.Instant;
import java.util.List;

/**
 * A feature filter, parsed at the edge from FES 2.0, Filter 1.1 / 1.0 (WFS) or CQL2 text / JSON (OGC API) into one
 * tree, and compiled to SQL with bound values by the query package
 * (docs/decisions/0170-features-one-model-for-wfs-and-ogc-api.md). Property names are checked against the feature
 * type when the filter is compiled; literals stay text until then and are parsed into the property's type, so
 * every parser stays free of the schema and every error about a name or a value is worded in one place.
 */
public sealed interface Filter {

    /**
     * The properties every GML feature inherits from gml:AbstractFeatureType (FES names them {@code gml:name} …).
     * No feature here fills them: they are null (PropertyIsNull holds, PropertyIsNil does not) and compare with nothing.
     */
    java.util.Set<String> GML_PROPERTIES = java.util.Set.of("gml:name", "gml:description", "gml:descriptionReference",
            "gml:identifier", "gml:boundedBy");

    /** Everything (no filter given). */
    record Include() implements Filter {
    }

    /** Nothing (FES {@code Exclude}). */
    record Exclude() implements Filter {
    }

    record And(List<Filter> operands) implements Filter {
        public And {
            operands = List.copyOf(operands);
        }
    }

    record Or(List<Filter> operands) implements Filter {
        public Or {
            operands = List.copyOf(operands);
        }
    }

    record Not(Filter operand) implements Filter {
    }

    /** property op literal; {@code matchCase} false compares strings case-insensitively. */
    record Comparison(ComparisonOp op, String property, String literal, boolean matchCase) implements Filter {
    }

    /**
     * property LIKE pattern, the pattern in the request's own wildcard characters (FES: wildCard, singleChar,
     * escapeChar; CQL2: % and _ with backslash), translated to SQL by the compiler.
     */
    record Like(String property, String pattern, char wildCard, char singleChar, char escapeChar, boolean matchCase) implements Filter {
    }

    record Between(String property, String lower, String upper) implements Filter {
    }

    record IsNull(String property) implements Filter {
    }

    /** FES {@code PropertyIsNil}: a nullable property without a value (written xsi:nil in GML); others are never nil. */
    record IsNil(String property) implements Filter {
    }

    /** A spatial predicate between the geometry property and a geometry given in the request. */
    record Spatial(SpatialOp op, String property, GeometryLiteral geometry) implements Filter {
    }

    /** DWithin / Beyond: within, or farther than, a distance in metres (measured on the ellipsoid). */
    record Distance(DistanceOp op, String property, GeometryLiteral geometry, double metres) implements Filter {
    }

    /** A temporal predicate on a date-time property (the version lifespan: valid_from, valid_to). */
    record Temporal(TemporalOp op, String property, Instant begin, Instant end) implements Filter {
    }

    /**
     * A CQL2 temporal function between two times, each an instant or an interval (OGC 21-065, Temporal Functions):
     * AFTER, BEFORE, T_EQUALS and ANY_INTERACTS (T_INTERSECTS) for both, the other operators between intervals only.
     * FES's temporal operators keep {@link Temporal}: their semantics between an instant and a period differ.
     */
    record TimeRelation(TemporalOp op, TimeOperand first, TimeOperand second) implements Filter {
    }

    /** FES ResourceId / Filter 1.1 GmlObjectId / Filter 1.0 FeatureId: features by id, possibly past versions. */
    record ResourceIds(List<ResourceId> ids) implements Filter {
        public ResourceIds {
            ids = List.copyOf(ids);
        }
    }
}
