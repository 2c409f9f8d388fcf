package vn.landinfo.mapserver.features.filter;

import java.time.Instant;

/**
 * One requested feature id, as the client wrote it ({@code parcels.123} or {@code parcels.123.2} for a version),
 * with FES 2.0's version selection: {@code version} null means the version the id names (or the current one),
 * otherwise FIRST, LAST, PREVIOUS, NEXT, ALL or a number; {@code startDate}/{@code endDate} (nullable) select
 * the versions alive in that period.
 */
public record ResourceId(String rid, VersionAction version, Instant startDate, Instant endDate) {

    public static ResourceId of(String rid) {
        return new ResourceId(rid, null, null, null);
    }

    /** FES 2.0 {@code version} attribute of a ResourceId. */
    public sealed interface VersionAction {
        record First() implements VersionAction {
        }

        record Last() implements VersionAction {
        }

        record Previous() implements VersionAction {
        }

        record Next() implements VersionAction {
        }

        record All() implements VersionAction {
        }

        /** A version number (1 the first); FES also allows a date-time, which becomes startDate/endDate. */
        record Number(int version) implements VersionAction {
        }
    }
}
