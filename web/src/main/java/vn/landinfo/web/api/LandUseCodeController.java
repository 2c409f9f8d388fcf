package vn.landinfo.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.landinfo.cadastre.application.ListingLandUseCodes;

/** The land-use code list (mã loại đất) with map colours, and the legacy codes still found in records. */
@RestController
@RequestMapping(value = "/api/v1/land-use-codes", produces = "application/json")
@Tag(name = "Danh mục / Code lists", description = "Mã loại đất hiện hành và mã cũ, màu bản đồ / current and legacy land-use codes, map colours")
class LandUseCodeController {

    record Code(String code, String category, String name, String nameEn, String fillColor, boolean residential) {
    }

    record LegacyCode(String code, String name, String regulation, String mapsTo, String note) {
    }

    record CodeList(List<Code> codes, List<LegacyCode> legacyCodes) {
    }

    private final ListingLandUseCodes codes;

    LandUseCodeController(ListingLandUseCodes codes) {
        this.codes = codes;
    }

    @GetMapping
    @ApiResponse(responseCode = "200", description = "Danh mục / the code lists", content = @Content(mediaType = "application/json"))
    @ApiResponse(responseCode = "400", description = "Tham số không được hỗ trợ / unsupported parameter",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @Operation(summary = "Mã loại đất / land-use codes",
            description = "Mã hiện hành (Thông tư 08/2024) với tên, nhóm, màu bản đồ; mã cũ và mã hiện hành tương ứng. "
                    + "/ Current codes with names, category and map colour; legacy codes and the current code each maps to.")
    CodeList list(HttpServletRequest request) {
        Parameters.allowOnly(request);
        return new CodeList(
                codes.current().stream()
                        .map(c -> new Code(c.code(), c.category(), c.nameVi(), c.nameEn(), c.fillColor(), c.residential())).toList(),
                codes.legacy().stream()
                        .map(l -> new LegacyCode(l.code(), l.nameVi(), l.regulation(), l.mapsTo(), l.note())).toList());
    }
}
