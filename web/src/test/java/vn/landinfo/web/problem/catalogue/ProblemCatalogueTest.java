package vn.landinfo.web.problem.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.landinfo.mapserver.tiles.TileException;
import vn.landinfo.transaction.application.Outcome;
import vn.landinfo.transaction.model.InvalidChange;
import vn.landinfo.transaction.model.StaleRevision;
import vn.landinfo.web.api.BadParameter;
import vn.landinfo.web.problem.MalformedRequest;
import vn.landinfo.web.problem.Problem;
import vn.landinfo.web.problem.ProblemType;
import vn.landinfo.web.problem.ProblemWriter;
import vn.landinfo.web.problem.RegisterProblemDetails;

class ProblemCatalogueTest {

    /** The transaction API's details, written the way it writes them: only what these tests look at. */
    private static final RegisterProblemDetails REGISTER = new RegisterProblemDetails() {
        public String pointer(String field) {
            return "/change/" + field;
        }

        public String parcelTag(long parcelId, int version) {
            return "\"" + parcelId + "." + version + "\"";
        }

        public String transactionTag(long transactionId, int revision) {
            return "\"tx-" + transactionId + "." + revision + "\"";
        }

        public Object violations(Outcome outcome) {
            return List.of();
        }

        public Object parcels(Outcome outcome) {
            return List.of();
        }
    };

    private final ProblemCatalogue catalogue = new ProblemCatalogue(REGISTER);

    @Test
    void aBadParameterIsA400NamingItInBothLanguages() {
        Problem p = catalogue.problemFor(new BadParameter("limit", "ten", "phải là số", "must be a number"));

        assertThat(p.type()).isEqualTo(ProblemType.INVALID_PARAMETER);
        assertThat(p.status()).isEqualTo(400);
        assertThat(p.parameter()).isEqualTo("limit");
        assertThat(p.properties()).containsEntry("value", "ten");
        assertThat(p.detail()).contains("Tham số 'limit'", "Parameter 'limit'");
    }

    @Test
    void aLandCoreRefusalKeepsItsStatusAndMembers() {
        Problem missing = catalogue.problemFor(InvalidChange.notFound("parcelId", "no parcel 9"));
        Problem stale = catalogue.problemFor(new StaleRevision(7, 1, 2));

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.properties()).containsEntry("field", "parcelId").containsEntry("pointer", "/change/parcelId");
        assertThat(stale.type()).isEqualTo(ProblemType.STALE_REVISION);
        assertThat(stale.properties()).containsEntry("etag", "\"tx-7.2\"");
    }

    @Test
    void aMethodNotAllowedListsTheAllowedOnesInTheAllowHeader() {
        Problem p = catalogue.problemFor(new HttpRequestMethodNotSupportedException("DELETE", Set.of("GET")));

        assertThat(p.status()).isEqualTo(405);
        assertThat(p.headers()).containsEntry(HttpHeaders.ALLOW, "GET");
    }

    @Test
    void aWrappedExceptionIsMappedByWhatItWraps() {
        Problem p = catalogue.problemFor(new ServletException(new InvalidParameterException("too many parameters", 400)));

        assertThat(p.type()).isEqualTo(ProblemType.MALFORMED_REQUEST);
        assertThat(p.status()).isEqualTo(400);
    }

    @Test
    void anUnexpectedFailureIsA500ThatSaysNothingInternal() {
        Problem p = catalogue.problemFor(new IllegalStateException("connection to 10.0.0.7 refused"));

        assertThat(p.status()).isEqualTo(500);
        assertThat(p.detail()).doesNotContain("10.0.0.7");
        assertThat(catalogue.known(new IllegalStateException("x"))).isEmpty();
    }

    @Test
    void aProblemIsWrittenAsProblemJsonWithItsMediaTypeSetWhateverTheAcceptHeader() {
        Problem p = catalogue.problemFor(new HttpMediaTypeNotAcceptableException("Could not parse 'Accept' header [;;;]"));

        ResponseEntity<byte[]> e = ProblemWriter.entity(p, "/api/v1/parcels");
        JsonNode body = new ObjectMapper().readTree(new String(e.getBody(), StandardCharsets.UTF_8));

        assertThat(e.getStatusCode().value()).isEqualTo(406);
        assertThat(e.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(body.get("type").asString()).isEqualTo("urn:landinfo:problem:not-acceptable");
        assertThat(body.get("instance").asString()).isEqualTo("/api/v1/parcels");
        assertThat(body.get("title").asString()).isEqualTo("Không có định dạng trả lời phù hợp / Not acceptable");
    }

    @Test
    void aTileRefusalIsAProblemOfTheTableVietnameseFirstWithItsPathAsInstance() {
        Problem p = catalogue.problemFor(TileException.badRequest("x", "x phải là số nguyên không âm, không phải 'abc'",
                "x must be a non-negative whole number, not 'abc'"));

        ResponseEntity<byte[]> e = ProblemWriter.entity(p, "/tiles/parcels/16/abc/0.mvt");
        JsonNode body = new ObjectMapper().readTree(new String(e.getBody(), StandardCharsets.UTF_8));

        assertThat(e.getStatusCode().value()).isEqualTo(400);
        assertThat(e.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(e.getHeaders().getAccessControlAllowOrigin()).isEqualTo("*");
        assertThat(body.get("type").asString()).isEqualTo("urn:landinfo:problem:invalid-parameter");
        assertThat(body.get("title").asString()).isEqualTo("Tham số không hợp lệ / Invalid parameter");
        assertThat(body.get("detail").asString())
                .isEqualTo("x phải là số nguyên không âm, không phải 'abc' / x must be a non-negative whole number, not 'abc'");
        assertThat(body.get("instance").asString()).isEqualTo("/tiles/parcels/16/abc/0.mvt");
        assertThat(body.get("parameter").asString()).isEqualTo("x");
        assertThat(catalogue.problemFor(TileException.unavailable("chậm", "slow")).status()).isEqualTo(503);
        assertThat(catalogue.problemFor(TileException.notFound("layer", "không có", "none")).type()).isEqualTo(ProblemType.NOT_FOUND);
    }

    @Test
    void underOgcAProblemIsAWmsExceptionReportLocatingTheParameter() {
        Problem p = catalogue.problemFor(new MalformedRequest(ProblemType.INVALID_PARAMETER, "BBOX", "%G1", "hỏng", "broken"));

        ResponseEntity<byte[]> e = ProblemWriter.entity(p, "/ogc/wms");

        assertThat(e.getStatusCode().value()).isEqualTo(400);
        assertThat(e.getHeaders().getContentType().toString()).startsWith("text/xml");
        assertThat(new String(e.getBody(), StandardCharsets.UTF_8)).contains("code=\"InvalidParameterValue\"", "locator=\"BBOX\"", "hỏng / broken");
    }
}
