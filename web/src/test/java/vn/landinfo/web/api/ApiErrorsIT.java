package vn.landinfo.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** Every bad input is a problem+json naming what was wrong; unknown things are 404; never a 500. */
class ApiErrorsIT extends ApiTestSupport {

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/v1/parcels?commune=0070&sheet=1&number=1                       | commune    | 5 digits
            /api/v1/parcels?commune=abcde&sheet=1&number=1                      | commune    | 5 digits
            /api/v1/parcels?commune=00070&sheet=0&number=1                      | sheet      | positive integer
            /api/v1/parcels?commune=00070&sheet=-1&number=1                     | sheet      | positive integer
            /api/v1/parcels?commune=00070&sheet=1&number=x                      | number     | positive integer
            /api/v1/parcels?commune=00070&sheet=1&number=1.5                    | number     | positive integer
            /api/v1/parcels?sheet=1&number=1                                    | commune    | is required
            /api/v1/parcels?commune=00070&number=1                              | sheet      | is required
            /api/v1/parcels?commune=00070&sheet=1&purpose=ODT                   | purpose    | cannot be combined
            /api/v1/parcels?commune=00070&sheet=1&number=1&surveyUnit=1         | surveyUnit | 5 digits
            /api/v1/parcels?commune=00070&sheet=1&number=1&limit=5              | limit      | cannot be combined
            /api/v1/parcels?nationalId=abc                                      | nationalId | 12 GeoHash
            /api/v1/parcels?nationalId=w7er8sp149qa                             | nationalId | 12 GeoHash
            /api/v1/parcels?nationalId=w7er8sp149qm&bbox=1,2,3,4                | bbox       | cannot be combined
            /api/v1/parcels?bbox=105.86,21.02,105.85,21.03                      | bbox       | inverted
            /api/v1/parcels?bbox=105.85,21.03,105.86,21.02                      | bbox       | inverted
            /api/v1/parcels?bbox=105,21,106,22                                  | bbox       | too large
            /api/v1/parcels?bbox=105.85,21.02,east,21.03                        | bbox       | not a number
            /api/v1/parcels?bbox=105.85,21.02,105.86                            | bbox       | 4 comma-separated
            /api/v1/parcels?bbox=205.85,21.02,205.86,21.03                      | bbox       | longitudes in
            /api/v1/parcels?bbox=105.85,21.02,105.86,21.03&limit=0              | limit      | from 1 to 1000
            /api/v1/parcels?bbox=105.85,21.02,105.86,21.03&limit=1001           | limit      | from 1 to 1000
            /api/v1/parcels?bbox=105.85,21.02,105.86,21.03&limit=ten            | limit      | from 1 to 1000
            /api/v1/parcels?bbox=105.85,21.02,105.86,21.03&cursor=garbage!      | cursor     | cursor
            /api/v1/parcels?bbox=105.85,21.02,105.86,21.03&cursor=YWZ0ZXI6eA    | cursor     | cursor
            /api/v1/parcels?bbox=105.85,21.02,105.86,21.03&purpose=XYZ          | purpose    | land-use code
            /api/v1/parcels?bbox=105.85,21.02,105.86,21.03&purpose=BHK          | purpose    | land-use code
            /api/v1/parcels?bbox=105.85,21.02,105.86,21.03&sheet=1              | sheet      | cannot be combined
            /api/v1/parcels?bbox=105.85,21.02,105.86,21.03&commune=7            | commune    | 5 digits
            /api/v1/parcels?purpose=ODT                                         | commune    | is required: sent purpose
            /api/v1/parcels                                                     | commune    | missing search criteria
            /api/v1/parcels?commune=00070&sheet=1&number=1&asOf=yesterday       | asOf       | ISO-8601
            /api/v1/parcels?commune=00070&sheet=1&number=1&asOf=2021-13-01      | asOf       | ISO-8601
            /api/v1/parcels/1?asOf=2021-02-30T00:00:00Z                         | asOf       | ISO-8601
            /api/v1/parcels?commune=00070&sheet=1&number=1&color=red            | color      | not supported
            /api/v1/parcels/abc                                                 | id         | parcel id
            /api/v1/parcels/-5/history                                          | id         | parcel id
            /api/v1/admin-units?level=district                                  | level      | province or commune
            /api/v1/admin-units?parent=1                                        | parent     | 2 digits
            /api/v1/admin-units?level=province&parent=01                        | parent     | only applies
            /api/v1/admin-units?level=commune&boundary=true                     | boundary   | needs parent
            /api/v1/admin-units?boundary=maybe                                  | boundary   | true or false
            /api/v1/admin-units/123                                             | code       | 2 digits
            /api/v1/admin-units/00070?include=everything                        | include    | boundary
            /api/v1/certificates/not-a-serial                                   | serial     | 1-2 letters
            """)
    void badInputIsA400ProblemNamingTheParameter(String path, String parameter, String expectation) {
        Response r = get(path);

        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonNode problem = r.json();
        assertThat(problem.get("type").asString()).isEqualTo("urn:landinfo:problem:invalid-parameter");
        assertThat(problem.get("title").asString()).contains("Invalid parameter");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("parameter").asString()).isEqualTo(parameter);
        assertThat(problem.get("detail").asString()).contains("Parameter '" + parameter + "'", "Tham số '" + parameter + "'", expectation);
    }

    @ParameterizedTest(name = "{0} -> 404")
    @CsvSource(delimiter = '|', textBlock = """
            /api/v1/parcels/999999999999
            /api/v1/parcels/999999999999/history
            /api/v1/parcels/w7zzzzzzzzzz
            /api/v1/parcels?nationalId=w7zzzzzzzzzz
            /api/v1/parcels?commune=99999&sheet=1&number=1
            /api/v1/parcels?bbox=105.85,21.02,105.86,21.03&commune=99999
            /api/v1/certificates/ZZ00000000
            /api/v1/admin-units/99
            /api/v1/admin-units/99999
            /api/v1/admin-units?parent=99
            /api/v1/no-such-resource
            """)
    void unknownThingsAreA404Problem(String path) {
        Response r = get(path);

        assertThat(r.status()).as(r.body()).isEqualTo(404);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("detail").asString()).isNotBlank();
    }

    @Test
    void anUnknownParcelIdIsNamedInTheDetail() {
        assertThat(get("/api/v1/parcels/999999999999").json().get("detail").asString()).contains("no parcel has the id 999999999999");
        assertThat(get("/api/v1/certificates/ZZ00000000").json().get("detail").asString()).contains("no certificate has the serial ZZ00000000");
    }

    @Test
    void writingToTheReadOnlyApiIsA405Problem() {
        Response r = send(HttpRequest.newBuilder(uri("/api/v1/parcels/1")).DELETE().build());
        Response post = send(HttpRequest.newBuilder(uri("/api/v1/parcels")).POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build());

        assertThat(r.status()).isEqualTo(405);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("detail").asString()).contains("DELETE", "GET");
        assertThat(post.status()).isEqualTo(405);
    }
}
