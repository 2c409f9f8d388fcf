package vn.landinfo.web.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A digest of every row of the register and of the tables a request could write on the way (drafts,
 * idempotency keys, the audit chain, the outbox): equal before and after means nothing was written,
 * not even a row changed in place. One md5 per table over the md5 of each row, order-independent.
 */
final class RegisterDigest {

    private static final List<String> TABLES = List.of(
            "parcel", "parcel_version", "parcel_land_use", "parcel_lineage", "map_sheet",
            "land_right", "right_holder", "restriction", "mortgage", "responsibility",
            "party", "party_version", "party_identifier", "party_member",
            "certificate", "certificate_parcel", "certificate_holder", "certificate_endorsement",
            "application", "application_status_history", "source",
            "cadastral_transaction", "transaction_source", "idempotency_key",
            "audit_log", "audit_chain_head", "register_event");

    private RegisterDigest() {
    }

    static Map<String, String> of(JdbcClient jdbc) {
        Map<String, String> digests = new LinkedHashMap<>();
        for (String table : TABLES) {
            digests.put(table, jdbc.sql("SELECT count(*) || ':' || coalesce(md5(string_agg(md5(t::text), ',' ORDER BY md5(t::text))), '') FROM "
                    + table + " t").query(String.class).single());
        }
        return digests;
    }
}
