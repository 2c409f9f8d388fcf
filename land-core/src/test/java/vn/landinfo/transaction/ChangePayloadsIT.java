package vn.landinfo.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import tools.jackson.databind.JsonNode;
import vn.landinfo.transaction.adapter.json.TestGeoJson;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import vn.landinfo.testsupport.TestDatabase;
import vn.landinfo.testsupport.TransactionRequests;
import vn.landinfo.transaction.application.ChangeHandler;
import vn.landinfo.transaction.adapter.json.ChangePayloads;
import vn.landinfo.transaction.adapter.json.Refusals;
import vn.landinfo.transaction.application.RegisterSession;
import vn.landinfo.transaction.application.TransactionPipeline;
import vn.landinfo.transaction.application.command.BoundaryCorrection;
import vn.landinfo.transaction.application.command.FirstRegistration;
import vn.landinfo.transaction.application.command.Split;
import vn.landinfo.certificate.infrastructure.CertificateStore;
import vn.landinfo.transaction.model.InvalidChange;
import vn.landinfo.transaction.model.RuleSettings;
import vn.landinfo.transaction.model.TransactionKind;

/**
 * The JSON-level checks of the kinds that carry geometry, before their use cases exist: a change is read
 * strictly into its command (each mistake names its field), and a geometry that is not GeoJSON, does not
 * parse or is too large is a client error naming the field. A stand-in use case that only reads its
 * geometries (and writes nothing) lets the real pipeline run them.
 */
class ChangePayloadsIT {

    /** Reads the geometries of its change in the sheet's TM-3 zone, as the real use cases will, and changes nothing. */
    private static final class ReadsGeometries implements ChangeHandler<BoundaryCorrection> {
        @Override
        public Set<TransactionKind> kinds() {
            return Set.of(TransactionKind.BOUNDARY_CORRECTION);
        }

        @Override
        public Class<BoundaryCorrection> commandType() {
            return BoundaryCorrection.class;
        }

        @Override
        public void apply(BoundaryCorrection c, RegisterSession session) {
            session.geometry(c.geometry(), 9210, "geometry");
        }
    }

    private record Stub<C extends vn.landinfo.transaction.application.command.ChangeCommand>(TransactionKind kind, Class<C> type)
            implements ChangeHandler<C> {
        @Override
        public Set<TransactionKind> kinds() {
            return Set.of(kind);
        }

        @Override
        public Class<C> commandType() {
            return type;
        }

        @Override
        public void apply(C command, RegisterSession session) {
        }
    }

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static TransactionPipeline pipeline;
    private static ChangePayloads payloads;
    private static Refusals refused;

    @BeforeAll
    static void setUp() {
        DataSource ds = TestDatabase.dataSource();
        RuleSettings settings = new RuleSettings(0.0005, 0.1, 1000);
        pipeline = new TransactionPipeline(ds, new DataSourceTransactionManager(ds),
                List.of(new ReadsGeometries(), new Stub<>(TransactionKind.SPLIT, Split.class),
                        new Stub<>(TransactionKind.FIRST_REGISTRATION, FirstRegistration.class)),
                settings, new CertificateStore(ds, "AA", "test"), new vn.landinfo.transaction.adapter.json.OutcomeJson(JSON));
        payloads = new ChangePayloads(pipeline, JSON);
        refused = new Refusals(payloads);
    }

    @Test
    void mistypedFieldsOfGeometryKindsAreNamed() {
        InvalidChange area = refused.naming("legalArea", TransactionKind.BOUNDARY_CORRECTION,
                "{\"parcelId\": 1, \"geometry\": {\"type\": \"Point\", \"coordinates\": [1, 2]}, \"legalArea\": \"big\"}");
        assertThat(area.getMessage()).contains("must be a number, got a string \"big\"");

        InvalidChange neighbour = refused.naming("neighbours[1]", TransactionKind.BOUNDARY_CORRECTION, "{\"parcelId\": 1, \"neighbours\": [2, \"x\"]}");
        assertThat(neighbour.getMessage()).contains("must be an integer");

        InvalidChange lines = refused.naming("cuttingLines", TransactionKind.SPLIT, "{\"parcelId\": 1, \"cuttingLines\": {\"type\": \"LineString\"}}");
        assertThat(lines.getMessage()).contains("must be an array");

        refused.naming("children[0].purposes", TransactionKind.SPLIT, "{\"parcelId\": 1, \"children\": [{\"purposes\": \"ODT\"}]}");

        InvalidChange childField = refused.naming("children[0].colour", TransactionKind.SPLIT,
                "{\"parcelId\": 1, \"children\": [{\"geometry\": null, \"colour\": 1}]}");
        assertThat(childField.getMessage()).contains("is not a field of a SPLIT change").contains("legalArea");

        refused.naming("sheet.sheet", TransactionKind.FIRST_REGISTRATION, "{\"sheet\": {\"commune\": \"00070\", \"sheet\": \"one\"}}");

        refused.naming("children[0].purposes[0].area", TransactionKind.SPLIT,
                "{\"parcelId\": 1, \"children\": [{\"legalArea\": 1.5, \"purposes\": [{\"code\": \"ODT\", \"area\": true}]}]}");

        InvalidChange unsupported = refused.naming("kind", TransactionKind.MERGE, "{\"parcelIds\": [1, 2]}");
        assertThat(unsupported.getMessage()).contains("not supported");
    }

    @Test
    void aGeometryThatIsNotGeoJsonDoesNotParseOrIsTooLargeIsAClientErrorNamingTheField() {
        String[][] cases = {
                {"\"POLYGON((0 0, 1 0, 1 1, 0 0))\"", "MALFORMED", "must be a GeoJSON geometry object"},
                {"{\"coordinates\": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}", "MALFORMED", "must be a GeoJSON geometry object"},
                {"{\"type\": \"Polygon\", \"coordinates\": \"x\"}", "MALFORMED", "geometry.coordinates is nested wrongly for a Polygon"},
                {"{\"type\": \"Hexagon\", \"coordinates\": [[0, 0]]}", "MALFORMED", "geometry.type 'Hexagon' is not an accepted geometry type"},
                {"null", "MALFORMED", "geometry is required"},
                {TestGeoJson.ring(1500), "TOO_LARGE", "1501 vertices; at most 1000"},
        };
        for (String[] c : cases) {
            JsonNode change = JSON.readTree("{\"geometry\": " + c[0] + "}");
            // Read at the edge or, for a missing geometry, refused by the use case: a client error either way.
            assertThatThrownBy(() -> pipeline.preview(TransactionRequests.request(TransactionKind.BOUNDARY_CORRECTION,
                    payloads.read(TransactionKind.BOUNDARY_CORRECTION, 4326, change), 4326, Map.of()))).as(c[0].length() > 80 ? c[0].substring(0, 80) : c[0])
                    .isInstanceOf(InvalidChange.class)
                    .hasMessageContaining(c[2])
                    .satisfies(e -> {
                        assertThat(((InvalidChange) e).field()).isEqualTo("geometry");
                        assertThat(((InvalidChange) e).reason().name()).isEqualTo(c[1]);
                    });
        }
    }
}
