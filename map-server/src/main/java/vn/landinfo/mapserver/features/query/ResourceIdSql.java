package vn.landinfo.mapserver.features.query;

import java.util.List;
import java.util.Optional;
import vn.landinfo.mapserver.features.FeatureProperty;
import vn.landinfo.mapserver.features.FeatureType;
import vn.landinfo.mapserver.features.PropertyType;
import vn.landinfo.mapserver.features.filter.ResourceId;
import vn.landinfo.mapserver.features.filter.ResourceId.VersionAction;
import vn.landinfo.mapserver.sql.Sql;

/**
 * Resource ids as conditions (docs/decisions/0171-features-sql-compiler-history-and-paging.md). A rid is
 * {@code <type>.<id>} or {@code <type>.<id>.<version>}; FES 2.0's version actions (FIRST, LAST, PREVIOUS, NEXT,
 * ALL, a number) and startDate/endDate pick versions from the history view. A rid of another type or of no known
 * form selects nothing: FES says so, it is not an error. A plain rid's PREVIOUS / NEXT are relative to the feature's
 * state now: its current version, or its retirement when the register ended it.
 */
final class ResourceIdSql {

    private final FeatureType type;
    private final Source source;
    private final Sql sql;

    ResourceIdSql(FeatureType type, Source source, Sql sql) {
        this.type = type;
        this.source = source;
        this.sql = sql;
    }

    /** A parsed rid: the id value to bind (Long or String) and the version it names, or null. */
    record Parsed(Object id, Integer version) {
    }

    void write(List<ResourceId> ids) {
        if (ids.isEmpty()) {
            sql.append("FALSE");
            return;
        }
        sql.append("(");
        for (int i = 0; i < ids.size(); i++) {
            if (i > 0) {
                sql.append(" OR ");
            }
            one(ids.get(i));
        }
        sql.append(")");
    }

    private void one(ResourceId rid) {
        Optional<Parsed> parsed = parse(type, rid.rid());
        if (parsed.isEmpty()) {
            sql.append("FALSE");
            return;
        }
        Parsed p = parsed.get();
        String idColumn = Identifiers.column(type.idColumn());
        if (!source.versioned()) {
            withoutHistory(rid, p, idColumn);
            return;
        }
        String history = Identifiers.quote(type.historyView());
        String h = "h." + Identifiers.quote(type.idColumn());
        sql.append("(" + idColumn + " = ?", p.id());
        VersionAction action = rid.version();
        if (action == null && p.version() != null) {
            sql.append(" AND f.\"version\" = ?", p.version());
        } else if (action instanceof VersionAction.Number n) {
            sql.append(" AND f.\"version\" = ?", n.version());
        } else if (action instanceof VersionAction.First) {
            sql.append(" AND f.\"version\" = (SELECT min(h.\"version\") FROM " + history + " h WHERE " + h + " = ?)", p.id());
        } else if (action instanceof VersionAction.Last) {
            sql.append(" AND f.\"version\" = (SELECT max(h.\"version\") FROM " + history + " h WHERE " + h + " = ?)", p.id());
        } else if (action instanceof VersionAction.Previous || action instanceof VersionAction.Next) {
            boolean previous = action instanceof VersionAction.Previous;
            sql.append(" AND f.\"version\" = (SELECT " + (previous ? "max" : "min") + "(h.\"version\") FROM " + history + " h WHERE "
                    + h + " = ? AND h.\"version\" " + (previous ? "<" : ">") + " ", p.id());
            // Relative to the version the rid names, or else to the feature's state now: its current version, or — for a
            // feature the register retired (a split parent) — the retirement itself, one past its last version, so that
            // PREVIOUS is the version it had before the change that ended it (decision 0188).
            if (p.version() != null) {
                sql.append("?)", p.version());
            } else {
                sql.append("(SELECT max(h2.\"version\") + CASE WHEN bool_or(h2.\"valid_to\" IS NULL) THEN 0 ELSE 1 END FROM " + history
                        + " h2 WHERE h2." + Identifiers.quote(type.idColumn()) + " = ?))", p.id());
            }
        } else if (action == null && rid.startDate() == null && rid.endDate() == null && source.currentOnly()) {
            sql.append(" AND f.\"valid_to\" IS NULL");
        }
        // VersionAction.All: every version of the id (within the dates, if given).
        if (rid.startDate() != null || rid.endDate() != null) {
            sql.append(" AND ");
            Source.during(sql, rid.startDate(), rid.endDate());
        }
        sql.append(")");
    }

    /** A type without history has one version, the current one: FIRST, LAST, ALL and 1 name it, the rest nothing. */
    private void withoutHistory(ResourceId rid, Parsed p, String idColumn) {
        VersionAction a = rid.version();
        Integer named = a instanceof VersionAction.Number n ? Integer.valueOf(n.version()) : p.version();
        boolean none = a instanceof VersionAction.Previous || a instanceof VersionAction.Next || (named != null && named != 1);
        if (none) {
            sql.append("FALSE");
        } else {
            sql.append("(" + idColumn + " = ?)", p.id());
        }
    }

    /** {@code parcels.123} or {@code parcels.123.2}: the id typed as the id column is, and the version. */
    static Optional<Parsed> parse(FeatureType type, String rid) {
        if (rid == null || !rid.startsWith(type.name() + ".")) {
            return Optional.empty();
        }
        String[] parts = rid.substring(type.name().length() + 1).split("\\.", -1);
        // An id holding NUL names nothing (and PostgreSQL's text could not even hold it).
        if (parts.length > 2 || parts[0].isEmpty() || parts[0].indexOf('\0') >= 0) {
            return Optional.empty();
        }
        Integer version = null;
        if (parts.length == 2) {
            try {
                version = Integer.valueOf(parts[1]);
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        if (idType(type) == PropertyType.STRING) {
            return Optional.of(new Parsed(parts[0], version));
        }
        try {
            return Optional.of(new Parsed(Long.valueOf(parts[0]), version));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The id column's type: that of the property read from it, else a bigint key. */
    static PropertyType idType(FeatureType type) {
        return type.properties().stream().filter(p -> p.column().equals(type.idColumn())).map(FeatureProperty::type).findFirst()
                .orElse(PropertyType.INTEGER);
    }
}
