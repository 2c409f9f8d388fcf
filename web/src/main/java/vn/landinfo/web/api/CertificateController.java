package vn.landinfo.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.landinfo.rights.application.FindingCertificate;

/** Certificates (Giấy chứng nhận): the public view, which never names the holders. */
@RestController
@RequestMapping(value = "/api/v1/certificates", produces = "application/json")
@Tag(name = "Giấy chứng nhận / Certificates")
class CertificateController {

    private final FindingCertificate finding;

    CertificateController(FindingCertificate finding) {
        this.finding = finding;
    }

    @GetMapping("/{serial}")
    @Operation(summary = "Giấy chứng nhận theo số phát hành / certificate by serial",
            description = "Mẫu, ngày cấp, cơ quan cấp, trạng thái và các thửa đất (địa chỉ pháp lý); không có thông tin người được cấp. "
                    + "/ Form, issue date, issuing authority, status and the parcels covered (legal addresses); never the holders.")
    @ApiResponse(responseCode = "200", description = "Chế độ xem công khai / public view", content = @Content(mediaType = "application/json"))
    @ApiResponse(responseCode = "400", description = "Số phát hành sai định dạng / malformed serial",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "Không tìm thấy / not found",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<byte[]> certificate(
            @Parameter(description = "Số phát hành (seri) / serial", example = "ZZ99000001") @PathVariable String serial,
            HttpServletRequest request) {
        Parameters.allowOnly(request);
        String normalized = Parameters.serial("serial", serial);
        return finding.bySerial(normalized).map(GeoJson::okJson)
                .orElseThrow(() -> new NotFound("Không có Giấy chứng nhận nào có số phát hành " + normalized,
                        "no certificate has the serial " + normalized));
    }
}
