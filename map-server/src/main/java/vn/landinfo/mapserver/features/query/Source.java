package vn.landinfo.mapserver.features.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.landinfo.mapserver.features.FeatureType;
import vn.landinfo.mapserver.features.filter.Filter;
import vn.landinfo.mapserver.features.filter.ResourceId;
import vn.landinfo.mapserver.ogc.OgcException;
import vn.landinfo.mapserver.sql.Sql;

/**
 * Which relation a query reads and which versions of it (docs/decisions/0171-features-sql-compiler-history-and-paging.md).
 * The current register is read from the view of current features (its indexes are partial on current rows); the
 * history view only when a past time, a period, every version or a versioned ResourceId asks for it.
 *
 * @param relation      the quoted view
 * @param versioned     rows come from the history view: feature ids name the version, pages order by it too
 * @param currentOnly   plain ResourceIds ({@code parcels.123}) mean the current version
 * @param versionedIds  the ResourceIds with a version (suffix, action or dates) when the current register reads the
 *                      history for them: a row is current or named by one of them
 */
record Source(String relation, boolean versioned, boolean currentOnly, List<ResourceId> versionedIds, RegisterTime when) {

    static Source of(FeatureType type, RegisterTime when, Filter filter) {
        boolean current = when instanceof RegisterTime.Current;
        if (!type.hasHistory()) {
            if (!current && !(when instanceof RegisterTime.During d && d.to() == null)) {
                throw new OgcException(OgcException.INVALID_PARAMETER_VALUE, "datetime",
                        "Lớp '" + type.name() + "' không lưu lịch sử: chỉ hỏi được hiện trạng (hoặc một khoảng thời gian đến nay)",
                        "the layer '" + type.name() + "' keeps no history: only the current state (or a period up to now) can be asked for");
            }
            return new Source(Identifiers.quote(type.view()), false, true, List.of(), new RegisterTime.Current());
        }
        List<ResourceId> versionedIds = new ArrayList<>();
        collectVersionedIds(filter, versionedIds);
        if (current && versionedIds.isEmpty()) {
            return new Source(Identifiers.quote(type.view()), false, true, List.of(), when);
        }
        return new Source(Identifiers.quote(type.historyView()), true, current, current ? versionedIds : List.of(), when);
    }

    /** The condition the register time puts on the history view (TRUE for the view of current features). */
    void timeCondition(Sql sql, FeatureType type) {
        if (!versioned) {
            sql.append("TRUE");
            return;
        }
        if (when instanceof RegisterTime.AsOf a) {
            sql.append("f.\"valid_from\" <= ? AND (f.\"valid_to\" IS NULL OR f.\"valid_to\" > ?)", ts(a.instant()), ts(a.instant()));
        } else if (when instanceof RegisterTime.During d) {
            during(sql, d.from(), d.to());
        } else if (when instanceof RegisterTime.Current) {
            // The current register, and the past versions a versioned ResourceId names (FES 2.0 version actions).
            sql.append("f.\"valid_to\" IS NULL");
            if (!versionedIds.isEmpty()) {
                sql.append(" OR ");
                new ResourceIdSql(type, this, sql).write(versionedIds);
            }
        } else {
            sql.append("TRUE");
        }
    }

    /** Versions whose lifespan [valid_from, valid_to) meets the closed period [from, to]; a null end is open. */
    static void during(Sql sql, Instant from, Instant to) {
        sql.append("(");
        sql.append(to == null ? "TRUE" : "f.\"valid_from\" <= ?", to == null ? new Object[0] : new Object[] {ts(to)});
        sql.append(" AND ");
        sql.append(from == null ? "TRUE" : "(f.\"valid_to\" IS NULL OR f.\"valid_to\" > ?)", from == null ? new Object[0] : new Object[] {ts(from)});
        sql.append(")");
    }

    static java.time.OffsetDateTime ts(Instant i) {
        return java.time.OffsetDateTime.ofInstant(i, java.time.ZoneOffset.UTC);
    }

    private static void collectVersionedIds(Filter f, List<ResourceId> into) {
        if (f instanceof Filter.ResourceIds r) {
            r.ids().stream().filter(Source::versioned).forEach(into::add);
        } else if (f instanceof Filter.And a) {
            a.operands().forEach(o -> collectVersionedIds(o, into));
        } else if (f instanceof Filter.Or o) {
            o.operands().forEach(x -> collectVersionedIds(x, into));
        } else if (f instanceof Filter.Not n) {
            collectVersionedIds(n.operand(), into);
        }
    }

    private static boolean versioned(ResourceId id) {
        return id.version() != null || id.startDate() != null || id.endDate() != null || id.rid().chars().filter(c -> c == '.').count() >= 2;
    }
}
