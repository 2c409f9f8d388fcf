package vn.landinfo.transaction.infrastructure;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The code lists a transaction's input is checked against (land-use codes, legacy codes, origins), read once. */
public final class CodeLists {

    private final Set<String> purposes;
    private final Map<String, String> legacy;
    private final Set<String> origins;

    public CodeLists(DataSource dataSource) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        this.purposes = Set.copyOf(jdbc.sql("SELECT code FROM land_use_code").query(String.class).list());
        this.legacy = jdbc.sql("SELECT code, maps_to FROM legacy_land_use_code").query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        this.origins = Set.copyOf(jdbc.sql("SELECT code FROM land_use_origin").query(String.class).list());
    }

    /** The current code for a current or legacy code, or empty when unknown. */
    public Optional<String> currentPurpose(String code) {
        if (purposes.contains(code)) {
            return Optional.of(code);
        }
        return Optional.ofNullable(legacy.get(code));
    }

    public boolean isOrigin(String code) {
        return origins.contains(code);
    }
}
