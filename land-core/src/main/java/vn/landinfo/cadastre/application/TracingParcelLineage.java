package vn.landinfo.cadastre.application;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.cadastre.infrastructure.CadastreSql;

/**
 * The lineage graph of a parcel (issue 3 item 4): ancestors and descendants across splits and merges, a
 * bounded number of generations each way, as {@code {nodes, edges}} JSON. One recursive query over
 * parcel_lineage ({@code parcel_lineage.sql}).
 */
public final class TracingParcelLineage {

    public static final int DEFAULT_DEPTH = 10;
    public static final int MAX_DEPTH = 50;
    /** Rows walked per direction at most: the graph of one parcel never costs a scan of the register. */
    static final int CAP = 10_000;

    private static final String SQL = CadastreSql.load("parcel_lineage.sql");

    private final JdbcClient jdbc;

    public TracingParcelLineage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The graph, or empty when no parcel has this id; {@code depth} generations each way, 1 to {@value #MAX_DEPTH}. */
    public Optional<String> trace(long parcelId, int depth) {
        if (depth < 1 || depth > MAX_DEPTH) {
            throw new IllegalArgumentException("depth must be 1.." + MAX_DEPTH + ", got " + depth);
        }
        return jdbc.sql(SQL).param("id", parcelId).param("depth", depth).param("cap", CAP).query(String.class).optional();
    }
}
