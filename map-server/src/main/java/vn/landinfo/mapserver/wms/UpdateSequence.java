package vn.landinfo.mapserver.wms;

import vn.landinfo.mapserver.sql.FeatureSource;
import vn.landinfo.mapserver.sql.Sql;

/**
 * The capabilities' updateSequence: the sequence number of the last event the register committed
 * (register_event.seq, one per committed transaction). It comes from the data, so every instance over
 * the same database advertises the same number, and it only grows
 * (docs/decisions/0071-wms-update-sequence-from-the-register.md). One index lookup per GetCapabilities.
 */
final class UpdateSequence {

    private final FeatureSource source;

    UpdateSequence(FeatureSource source) {
        this.source = source;
    }

    long current() {
        long[] seq = {0};
        source.query(new Sql().append("SELECT coalesce(max(seq), 0) FROM register_event"), rs -> seq[0] = rs.getLong(1));
        return seq[0];
    }
}
