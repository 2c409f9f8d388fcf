package vn.landinfo.mapserver.wfs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.landinfo.mapserver.ogc.OgcException;

/** The HTTP status of each exception code: OWS Common 2.0 Table 28, for every version (decision 0189). */
class WfsExceptionStatusTest {

    private static int status(String code) {
        return WfsExceptionReport.of(WfsVersion.V2_0_0, new OgcException(code, "x", "lỗi", "error")).status();
    }

    @Test
    void notOfferedIs501ClientMistakesAre400NotFoundIs404OurFaultsAre503() {
        assertThat(status(WfsCodes.OPERATION_NOT_SUPPORTED)).isEqualTo(501);
        assertThat(status(WfsCodes.OPTION_NOT_SUPPORTED)).isEqualTo(501);
        assertThat(status(WfsCodes.MISSING_PARAMETER_VALUE)).isEqualTo(400);
        assertThat(status(WfsCodes.INVALID_PARAMETER_VALUE)).isEqualTo(400);
        assertThat(status(WfsCodes.VERSION_NEGOTIATION_FAILED)).isEqualTo(400);
        assertThat(status(WfsCodes.OPERATION_PARSING_FAILED)).isEqualTo(400);
        assertThat(status(WfsCodes.NOT_FOUND)).isEqualTo(404);
        assertThat(status(WfsCodes.NO_APPLICABLE_CODE)).isEqualTo(503);
        for (WfsVersion v : WfsVersion.values()) {
            assertThat(WfsExceptionReport.of(v, new OgcException(WfsCodes.OPERATION_NOT_SUPPORTED, "Transaction", "không", "no")).status())
                    .as(v.toString()).isEqualTo(501);
        }
    }
}
