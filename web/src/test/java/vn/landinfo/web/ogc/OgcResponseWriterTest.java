package vn.landinfo.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import vn.landinfo.mapserver.ogc.OgcException;
import vn.landinfo.mapserver.ogc.OgcResponse;

class OgcResponseWriterTest {

    private static final OgcException REFUSED = new OgcException(OgcException.INVALID_PARAMETER_VALUE, "filter", "sai", "wrong");

    private static OgcResponse report(OgcException e) {
        return OgcResponse.text(e.httpStatus(), "application/xml", "<ExceptionReport>" + e.locator() + "</ExceptionReport>");
    }

    @Test
    void aStreamedBodyIsWrittenWithItsStatusTypeAndHeaders() throws IOException {
        MockHttpServletResponse response = new MockHttpServletResponse();
        OgcResponse r = OgcResponse.streamed("application/geo+json", out -> {
            for (int i = 0; i < 5000; i++) {
                out.write("{\"n\":1},".getBytes(StandardCharsets.UTF_8));
            }
        }).withHeader("Content-Crs", "<http://www.opengis.net/def/crs/OGC/1.3/CRS84>");
        OgcResponseWriter.write(r, response, Map.of("Access-Control-Allow-Origin", "*"), OgcResponseWriterTest::report);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/geo+json");
        assertThat(response.getHeader("Content-Crs")).contains("CRS84");
        assertThat(response.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(response.getContentAsByteArray()).hasSize(5000 * 8);
    }

    @Test
    void aRefusalBeforeTheFirstBytesLeaveIsAnsweredWithTheServicesReportNotA200() throws IOException {
        MockHttpServletResponse response = new MockHttpServletResponse();
        OgcResponse r = OgcResponse.streamed("application/geo+json", out -> {
            out.write("{\"type\":\"FeatureCollection\"".getBytes(StandardCharsets.UTF_8));
            throw REFUSED;
        });
        OgcResponseWriter.write(r, response, Map.of(), OgcResponseWriterTest::report);
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).isEqualTo("<ExceptionReport>filter</ExceptionReport>");
    }

    @Test
    void aFailureAfterTheAnswerStartedCanOnlyCutItShort() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        OgcResponse r = OgcResponse.streamed("application/geo+json", out -> {
            out.write(new byte[OgcResponseWriter.HOLD_BYTES + 1]);
            throw REFUSED;
        });
        assertThatThrownBy(() -> OgcResponseWriter.write(r, response, Map.of(), OgcResponseWriterTest::report)).isSameAs(REFUSED);
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void aMadeBodyIsWrittenWhole() throws IOException {
        MockHttpServletResponse response = new MockHttpServletResponse();
        OgcResponseWriter.write(OgcResponse.text(404, "application/problem+json", "{}"), response, Map.of(), OgcResponseWriterTest::report);
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentAsString()).isEqualTo("{}");
    }
}
