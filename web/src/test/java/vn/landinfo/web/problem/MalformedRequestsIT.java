package vn.landinfo.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.landinfo.web.DemoCadastreApplication;

/**
 * The malformed requests an independent client found answered with a 500 or an HTML page, each now a
 * 4xx problem+json naming what was wrong (an OGC exception report under /ogc/). Sent over a raw socket:
 * HttpClient would refuse to send most of them.
 */
class MalformedRequestsIT extends DemoCadastreApplication {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RawHttp http() {
        return new RawHttp(port);
    }

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/v1/parcels?commune=00070&cursor=%%%       | cursor       | percent-escape
            /api/v1/parcels?commune=00070&cursor=%G1       | cursor       | percent-escape
            /api/v1/parcels?commune=00070&cursor=%         | cursor       | percent-escape
            /api/v1/parcels?commune=%C3%28                 | commune      | UTF-8
            /api/v1/admin-units?level=%C0%AF               | level        | UTF-8
            /api/v1/parcels?%C3%28=1                       | %C3%28       | UTF-8
            /api/v1/parcels?=1                             | no name      | no name
            /api/v1/transactions/1?x=%E1%BB                | x            | UTF-8
            """)
    void anUndecodableQueryIsA400NamingTheParameter(String target, String named, String why) {
        RawHttp.Response r = http().send("GET", target, new byte[0]);

        assertThat(r.status()).as(r.text()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonNode p = JSON.readTree(r.body());
        assertThat(p.get("type").asString()).isEqualTo("urn:landinfo:problem:invalid-parameter");
        assertThat(p.get("detail").asString()).contains(named, why, " / ");
        assertThat(p.get("instance").asString()).isEqualTo(target.substring(0, target.indexOf('?')));
    }

    @Test
    void anUndecodableWmsParameterIsAnOgcReportLocatingIt() {
        RawHttp.Response r = http().send("GET", "/ogc/wms?SERVICE=WMS&REQUEST=GetMap&BBOX=%G1", new byte[0]);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("text/xml");
        assertThat(r.text()).contains("<ServiceExceptionReport", "code=\"InvalidParameterValue\"", "locator=\"BBOX\"", "percent-escape");
    }

    @ParameterizedTest(name = "{0} -> 400 problem naming {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/v1/parcels/%00               | NUL
            /api/v1/parcels/1%2Fhistory       | encoded slash
            /api/v1/parcels/%C3%28            | not UTF-8
            /api/v1/parcels?a[]=1             | Invalid character
            /tiles/parcels/%00/1/1.mvt        | NUL
            """)
    void aPathOrQueryTheContainerRefusesIsAProblemNotAnHtmlPage(String target, String named) {
        RawHttp.Response r = http().send("GET", target, new byte[0]);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonNode p = JSON.readTree(r.body());
        assertThat(p.get("type").asString()).isEqualTo("urn:landinfo:problem:malformed-request");
        assertThat(p.get("status").asInt()).isEqualTo(400);
        assertThat(p.get("detail").asString()).contains(named);
    }

    @Test
    void aDotSegmentNamesNothingAndIsA404Problem() {
        RawHttp.Response r = http().send("GET", "/api/v1/parcels/../../etc/passwd", new byte[0]);

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(JSON.readTree(r.body()).get("type").asString()).isEqualTo("urn:landinfo:problem:not-found");
    }

    @Test
    void underOgcTheContainersRefusalIsAnOgcReport() {
        RawHttp.Response r = http().send("GET", "/ogc/wms?SERVICE=WMS&REQUEST=GetCapabilities&a[]=1", new byte[0]);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("text/xml");
        assertThat(r.text()).contains("<ServiceExceptionReport", "Invalid character");
    }

    @Test
    void headersTheParserRefusesAreProblems() {
        RawHttp.Response control = http().send("GET", "/api/v1/land-use-codes", new byte[0], "X-Note: a\u0001b");
        RawHttp.Response huge = http().send("GET", "/api/v1/land-use-codes", new byte[0], "X-Note: " + "n".repeat(10_000));
        RawHttp.Response longLine = http().send("GET", "/api/v1/land-use-codes?q=" + "q".repeat(9_000), new byte[0]);

        for (RawHttp.Response r : new RawHttp.Response[] {control, huge, longLine}) {
            assertThat(r.status()).as(r.text()).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(JSON.readTree(r.body()).get("detail").asString()).contains("malformed", " / ");
        }
    }

    @Test
    void traceIsA405ProblemAndAnOgcReportOnTheWms() {
        RawHttp.Response api = http().send("TRACE", "/api/v1/parcels", new byte[0]);
        RawHttp.Response wms = http().send("TRACE", "/ogc/wms", new byte[0]);

        assertThat(api.status()).isEqualTo(405);
        assertThat(api.contentType()).startsWith("application/problem+json");
        assertThat(JSON.readTree(api.body()).get("type").asString()).isEqualTo("urn:landinfo:problem:method-not-allowed");
        assertThat(wms.status()).isEqualTo(405);
        assertThat(wms.text()).contains("<ServiceExceptionReport", "OperationNotSupported");
    }

    @ParameterizedTest(name = "Accept: {0} -> 406 problem")
    @CsvSource({"';;;'", "application/", "image/png"})
    void anUnusableAcceptIsA406ProblemWithABody(String accept) {
        RawHttp.Response r = http().send("GET", "/api/v1/admin-units?level=province", new byte[0], "Accept: " + accept);

        assertThat(r.status()).isEqualTo(406);
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonNode p = JSON.readTree(r.body());
        assertThat(p.get("type").asString()).isEqualTo("urn:landinfo:problem:not-acceptable");
        assertThat(p.get("detail").asString()).contains("Accept");
    }

    @ParameterizedTest(name = "{0} to {1} -> 415")
    @CsvSource(delimiter = '|', textBlock = """
            multipart/form-data; boundary=XyZ  | /api/v1/transactions
            multipart/form-data; boundary=XyZ  | /api/v1/transactions/drafts
            application/x-www-form-urlencoded  | /api/v1/transactions?dryRun=true
            application/x-www-form-urlencoded  | /api/v1/transactions/drafts
            """)
    void aFormOrMultipartBodyIsA415NotA500(String contentType, String target) {
        byte[] body = contentType.startsWith("multipart")
                ? "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--XyZ--\r\n".getBytes(StandardCharsets.US_ASCII)
                : ("change=" + "x".repeat(3 << 20)).getBytes(StandardCharsets.US_ASCII);

        RawHttp.Response r = http().send("POST", target, body, "Content-Type: " + contentType);

        assertThat(r.status()).as(r.text()).isEqualTo(415);
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonNode p = JSON.readTree(r.body());
        assertThat(p.get("type").asString()).isEqualTo("urn:landinfo:problem:unsupported-media-type");
        assertThat(p.get("detail").asString()).contains(contentType.split(";")[0], "application/json");
    }
}
