package vn.landinfo.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.landinfo.certificate.application.CertificateQrCodes;
import vn.landinfo.certificate.application.FindingCertificate;
import vn.landinfo.certificate.application.VerifyingCertificate;
import vn.landinfo.certificate.model.Verification;

/** Certificates (Giấy chứng nhận): the public view, which never names the holders. */
@RestController
@RequestMapping(value = "/api/v1/certificates", produces = "application/json")
@Tag(name = "Giấy chứng nhận / Certificates", description = "Chế độ xem công khai và mã QR của Giấy chứng nhận / "
        + "public view and QR code of certificates")
class CertificateController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final FindingCertificate finding;
    private final CertificateQrCodes qrCodes;
    private final VerifyingCertificate verifying;

    CertificateController(FindingCertificate finding, CertificateQrCodes qrCodes, VerifyingCertificate verifying) {
        this.finding = finding;
        this.qrCodes = qrCodes;
        this.verifying = verifying;
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

    @GetMapping(value = "/{serial}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    @Operation(summary = "Mã QR của Giấy chứng nhận / the certificate's QR code",
            description = "Ảnh PNG của mã QR in trên Giấy chứng nhận: đường dẫn tới trang xác thực, có chữ ký số Ed25519 của cơ quan đăng ký "
                    + "trên số phát hành, ngày cấp, mã định danh các thửa đất và số người được cấp. "
                    + "/ PNG of the QR code printed on the certificate: a link to the verification page carrying the registry's Ed25519 "
                    + "signature over the serial, issue date, parcels' national IDs and number of holders.")
    @ApiResponse(responseCode = "200", description = "Ảnh PNG / PNG image", content = @Content(mediaType = "image/png"))
    @ApiResponse(responseCode = "404", description = "Không tìm thấy / not found",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<byte[]> qrCode(
            @Parameter(description = "Số phát hành (seri) / serial", example = "ZZ99000001") @PathVariable String serial,
            @Parameter(description = "Cạnh ảnh, điểm ảnh / side in pixels (" + CertificateQrCodes.MIN_SIZE + "-" + CertificateQrCodes.MAX_SIZE + ")")
            @RequestParam(required = false) String size,
            HttpServletRequest request) {
        Parameters.allowOnly(request, "size");
        String normalized = Parameters.serial("serial", serial);
        int side = size == null ? 300 : Parameters.positiveInt("size", size);
        if (side < CertificateQrCodes.MIN_SIZE || side > CertificateQrCodes.MAX_SIZE) {
            throw new BadParameter("size", size, "phải từ " + CertificateQrCodes.MIN_SIZE + " đến " + CertificateQrCodes.MAX_SIZE + " điểm ảnh",
                    "must be between " + CertificateQrCodes.MIN_SIZE + " and " + CertificateQrCodes.MAX_SIZE + " pixels");
        }
        byte[] png = qrCodes.png(normalized, side).orElseThrow(() -> new NotFound(
                "Không có Giấy chứng nhận nào có số phát hành " + normalized, "no certificate has the serial " + normalized));
        // The code seals only what never changes, so it can be cached like any image.
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(1))).body(png);
    }

    @GetMapping("/{serial}/verify")
    @Operation(summary = "Xác thực mã QR của Giấy chứng nhận / verify a certificate's QR code",
            description = "Kiểm tra chữ ký trong mã QR và trả về trạng thái hiện tại của Giấy chứng nhận (còn hiệu lực, đã thay thế, đã thu hồi). "
                    + "Mã giả hoặc bị sửa bị từ chối (genuine=false). "
                    + "/ Checks the QR code's signature and answers with the certificate's current status (valid, replaced, revoked). "
                    + "A forged or altered code is rejected (genuine=false).")
    @ApiResponse(responseCode = "200", description = "Kết quả xác thực / verification result", content = @Content(mediaType = "application/json"))
    @ApiResponse(responseCode = "400", description = "Không phải đường dẫn xác thực / not a verification link",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "Không có Giấy chứng nhận này / no such certificate", content = @Content(mediaType = "application/json"))
    ResponseEntity<byte[]> verify(
            @Parameter(description = "Số phát hành (seri) / serial", example = "ZZ99000001") @PathVariable String serial,
            @RequestParam Map<String, String> params, HttpServletRequest request) {
        Parameters.allowOnly(request, "d", "p", "h", "k", "s");
        String normalized = Parameters.serial("serial", serial);
        Verification v = verifying.verify(normalized, new HashMap<>(params));
        if (v.verdict() == Verification.Verdict.MALFORMED) {
            throw new BadParameter("s", null, "mã QR thiếu hoặc sai các tham số d, p, h, k, s của đường dẫn xác thực",
                    "the verification link's parameters d, p, h, k, s are missing or malformed");
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("serial", normalized);
        body.put("genuine", v.genuine());
        body.put("verdict", v.verdict().name());
        body.put("status", v.status());
        body.put("replacedBy", v.replacedBy());
        body.put("messageVi", v.messageVi());
        body.put("messageEn", v.messageEn());
        if (v.genuine()) {
            finding.bySerial(normalized).ifPresent(c -> body.set("certificate", JSON.readTree(c)));
        }
        HttpStatus status = v.verdict() == Verification.Verdict.UNKNOWN_CERTIFICATE ? HttpStatus.NOT_FOUND : HttpStatus.OK;
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).cacheControl(CacheControl.noStore())
                .body(body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
