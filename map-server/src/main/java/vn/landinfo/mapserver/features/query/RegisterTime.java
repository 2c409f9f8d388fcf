package vn.landinfo.mapserver.features.query;

import java.time.Instant;

/**
 * Which versions of the register a query reads (docs/decisions/0030-history-over-ogc.md): the current register,
 * the register as it was at an instant, every version alive during a period (either end open), or every version.
 * Layers without history answer {@link Current} for anything else only when the instant is now; otherwise the
 * query is refused (they keep no past).
 */
public sealed interface RegisterTime {

    record Current() implements RegisterTime {
    }

    record AsOf(Instant instant) implements RegisterTime {
    }

    /** Versions whose lifespan meets [from, to]; a null end is open. */
    record During(Instant from, Instant to) implements RegisterTime {
    }

    record AllVersions() implements RegisterTime {
    }
}
