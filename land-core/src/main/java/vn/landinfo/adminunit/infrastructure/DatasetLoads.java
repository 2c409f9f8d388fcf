package vn.landinfo.adminunit.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;
import vn.landinfo.adminunit.model.AdminUnitImportReport;

/** The {@code dataset_load} rows of administrative-unit imports: what was loaded, with its report as JSON. */
public final class DatasetLoads {

    private final Connection connection;

    public DatasetLoads(Connection connection) {
        this.connection = connection;
    }

    /**
     * Serialises loads of one dataset across sessions and JVMs (a web test and a land-core test on one database):
     * a transaction-scoped advisory lock, released at commit or rollback.
     */
    public void lock(String name) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
            ps.setString(1, "landinfo:dataset_load:" + name);
            ps.execute();
        }
    }

    public Optional<AdminUnitImportReport> report(String name) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT report::text FROM dataset_load WHERE name = ?")) {
            ps.setString(1, name);
            try (var rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(JsonMapper.shared().readValue(rs.getString(1), AdminUnitImportReport.class))
                        : Optional.empty();
            }
        }
    }

    public void record(String name, String parametersJson, AdminUnitImportReport report) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                INSERT INTO dataset_load (name, loaded_at, parameters, report) VALUES (?, now(), ?::jsonb, ?::jsonb)
                ON CONFLICT (name) DO UPDATE
                   SET loaded_at = EXCLUDED.loaded_at, parameters = EXCLUDED.parameters, report = EXCLUDED.report""")) {
            ps.setString(1, name);
            ps.setString(2, parametersJson);
            ps.setString(3, JsonMapper.shared().writeValueAsString(report));
            ps.executeUpdate();
        }
    }
}
