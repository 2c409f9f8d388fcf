package vn.landinfo.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Row counts of every table a cadastral transaction writes, plus the rows it closes in place (a lifespan
 * ended, a certificate no longer valid, a mortgage released): equal before and after a refused
 * transaction means nothing was written, not even a closed lifespan. Keyed by table name ("parcel") and
 * by table and what was closed ("parcel.ended"). Read in one statement, so the counts are of one instant.
 */
public final class RegisterCounts {

    private static final List<String> TABLES = List.of("cadastral_transaction", "audit_log", "register_event",
            "party", "party_version", "party_identifier", "land_right", "right_holder", "restriction", "mortgage",
            "certificate", "certificate_parcel", "certificate_holder", "certificate_endorsement",
            "parcel", "parcel_version", "parcel_land_use", "parcel_lineage");

    /** How a table closes a row without deleting it. */
    private static final Map<String, String> CLOSED = Map.of(
            "parcel.ended", "parcel WHERE end_lifespan IS NOT NULL",
            "parcel_version.ended", "parcel_version WHERE end_lifespan IS NOT NULL",
            "land_right.ended", "land_right WHERE end_lifespan IS NOT NULL",
            "restriction.ended", "restriction WHERE end_lifespan IS NOT NULL",
            "party_version.ended", "party_version WHERE end_lifespan IS NOT NULL",
            "party_identifier.ended", "party_identifier WHERE valid_to IS NOT NULL",
            "certificate.ended", "certificate WHERE end_lifespan IS NOT NULL",
            "certificate.not_valid", "certificate WHERE status <> 'valid'",
            "mortgage.released", "mortgage WHERE released_at IS NOT NULL");

    private RegisterCounts() {
    }

    /** The counts now. */
    public static Map<String, Long> of(JdbcClient jdbc) {
        Map<String, String> columns = new LinkedHashMap<>();
        TABLES.forEach(t -> columns.put(t, "(SELECT count(*) FROM " + t + ")"));
        CLOSED.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> columns.put(e.getKey(), "(SELECT count(*) FROM " + e.getValue() + ")"));
        List<String> names = List.copyOf(columns.keySet());
        return jdbc.sql("SELECT " + String.join(", ", columns.values())).query((rs, n) -> {
            Map<String, Long> out = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                out.put(names.get(i), rs.getLong(i + 1));
            }
            return out;
        }).single();
    }

    /** Fails unless every count is still what {@code before} says. */
    public static void assertNothingWritten(JdbcClient jdbc, Map<String, Long> before) {
        assertThat(of(jdbc)).as("register row counts").isEqualTo(before);
    }
}
