package vn.landinfo.transaction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Row counts of every table a transaction writes, and of closed versions and ended rights: equal before
 * and after a refused transaction means nothing was written, not even a closed lifespan.
 */
final class GeometryRows {

    private static final List<String> COUNTS = List.of(
            "SELECT count(*) FROM parcel",
            "SELECT count(*) FROM parcel WHERE end_lifespan IS NOT NULL",
            "SELECT count(*) FROM parcel_version",
            "SELECT count(*) FROM parcel_version WHERE end_lifespan IS NOT NULL",
            "SELECT count(*) FROM parcel_land_use",
            "SELECT count(*) FROM parcel_lineage",
            "SELECT count(*) FROM land_right",
            "SELECT count(*) FROM land_right WHERE end_lifespan IS NOT NULL",
            "SELECT count(*) FROM right_holder",
            "SELECT count(*) FROM restriction",
            "SELECT count(*) FROM restriction WHERE end_lifespan IS NOT NULL",
            "SELECT count(*) FROM certificate",
            "SELECT count(*) FROM certificate WHERE status <> 'valid'",
            "SELECT count(*) FROM certificate_endorsement",
            "SELECT count(*) FROM cadastral_transaction",
            "SELECT count(*) FROM audit_log",
            "SELECT count(*) FROM register_event");

    private GeometryRows() {
    }

    static Map<String, Long> count(JdbcClient jdbc) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String q : COUNTS) {
            out.put(q, jdbc.sql(q).query(Long.class).single());
        }
        return out;
    }
}
