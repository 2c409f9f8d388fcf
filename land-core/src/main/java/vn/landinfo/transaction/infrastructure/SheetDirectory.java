package vn.landinfo.transaction.infrastructure;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a first registration needs to know about a map sheet beyond {@link ParcelStore}: the names of
 * survey units (to tell the officer which sheets a number is ambiguous between) and whether a parcel
 * number is free on a sheet.
 */
public final class SheetDirectory {

    /** How a parcel number is used on a sheet: not at all, by a current parcel, or only in history. */
    public enum NumberUse { FREE, CURRENT, RETIRED }

    private final JdbcClient jdbc;

    public SheetDirectory(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** Current names of these survey units (communes at survey time), by code. */
    public Map<String, String> surveyUnitNames(List<String> codes) {
        return jdbc.sql("""
                SELECT DISTINCT ON (code) code, full_name_vi FROM admin_unit WHERE code = ANY (:codes)
                ORDER BY code, valid_to DESC NULLS FIRST""")
                .param("codes", codes.toArray(String[]::new))
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * Locks the sheet row for the rest of the transaction, so two registrations on one sheet take numbers
     * in turn (the same lock {@link ParcelStore#nextParcelNumber} takes).
     */
    public void lock(long sheetId) {
        jdbc.sql("SELECT id FROM map_sheet WHERE id = :id FOR UPDATE").param("id", sheetId).query(Long.class).single();
    }

    public NumberUse numberUse(long sheetId, int number) {
        return jdbc.sql("""
                SELECT CASE WHEN bool_or(end_lifespan IS NULL) THEN 'CURRENT' WHEN count(*) > 0 THEN 'RETIRED' ELSE 'FREE' END
                FROM parcel_version WHERE map_sheet_id = :s AND parcel_number = :n""")
                .param("s", sheetId).param("n", number).query(String.class).optional().map(NumberUse::valueOf).orElse(NumberUse.FREE);
    }
}
