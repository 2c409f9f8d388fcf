package vn.landinfo.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.landinfo.audit.application.VerifyingAuditChain;
import vn.landinfo.audit.model.AuditVerification;
import vn.landinfo.audit.model.ChainHead;

/**
 * Verification of the tamper-evident audit log, for officers. Access control comes with the roles issue;
 * this endpoint is an officer's (it reveals nothing personal, but a full verification reads the whole log).
 */
@RestController
@RequestMapping(value = "/api/v1/audit", produces = "application/json")
@Tag(name = "Nhật ký kiểm toán / Audit log (cán bộ / officers)", description = "Kiểm tra chuỗi băm của nhật ký kiểm toán / "
        + "verification of the audit log's hash chain")
class AuditController {

    private final VerifyingAuditChain verifying;

    AuditController(VerifyingAuditChain verifying) {
        this.verifying = verifying;
    }

    @GetMapping("/verification")
    @Operation(summary = "Kiểm tra chuỗi băm của nhật ký kiểm toán / verify the audit log's hash chain",
            description = """
                    Tính lại mã băm của mọi bản ghi theo thứ tự, kiểm tra từng liên kết prev_hash, so bảng audit_chain_head với bản ghi \
                    cuối, và (với `expectHead`) xác nhận đầu chuỗi đã xuất trước đây vẫn còn trong chuỗi với đúng mã băm đó. \
                    `intact` = false khi có vấn đề: ALTERED (bản ghi bị sửa), BROKEN_LINK (bản ghi bị xóa, chèn hoặc viết lại), \
                    HEAD_MISMATCH, TRUNCATED_OR_REWRITTEN; GAP chỉ là thông tin (lần ghi bị hủy bỏ). `head` là giá trị nên lưu \
                    ngoài cơ sở dữ liệu. / Recomputes every record's hash in order, checks each prev_hash link, compares the \
                    audit_chain_head table with the last record and, given `expectHead`, that the head exported earlier is still in \
                    the chain with that hash. `intact` is false on any problem: ALTERED (record edited), BROKEN_LINK (records deleted, \
                    inserted or rewritten), HEAD_MISMATCH, TRUNCATED_OR_REWRITTEN; a GAP is information only (a rolled-back append). \
                    `head` is the value to keep outside the database.""")
    @ApiResponse(responseCode = "200", description = "Kết quả kiểm tra (kể cả khi phát hiện vấn đề) / the report (also when problems were found)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AuditVerification.class)))
    @ApiResponse(responseCode = "400", description = "expectHead sai định dạng / malformed expectHead",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    AuditVerification verification(
            @Parameter(description = "Đầu chuỗi đã xuất trước đây, dạng <seq>:<hash> / a previously exported head, <seq>:<hash>",
                    example = "1024:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
            @RequestParam(required = false) String expectHead,
            HttpServletRequest request) {
        Parameters.allowOnly(request, "expectHead");
        return verifying.verify(Parameters.present(expectHead) ? Optional.of(Parameters.chainHead("expectHead", expectHead)) : Optional.empty());
    }
}
