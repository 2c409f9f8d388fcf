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
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.landinfo.adminunit.application.FindingAdminUnit;
import vn.landinfo.adminunit.application.ListingAdminUnits;
import vn.landinfo.adminunit.application.ListingAdminUnits.Level;
import vn.landinfo.adminunit.model.AdminLevel;

/** Administrative units (đơn vị hành chính): 34 provinces, 3,321 communes, with former units as survey units. */
@RestController
@RequestMapping(value = "/api/v1/admin-units", produces = {GeoJson.MEDIA_TYPE, "application/json"})
@Tag(name = "Đơn vị hành chính / Administrative units", description = "34 tỉnh, 3.321 xã/phường sau sắp xếp 2025 và các đơn vị cũ "
        + "(đơn vị đo đạc) / 34 provinces, 3,321 communes after the 2025 reform, and former units (survey units)")
@ApiResponse(responseCode = "400", description = "Tham số sai / invalid parameter",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "404", description = "Không tìm thấy / not found",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
class AdminUnitController {

    private static final String BOUNDARY_DOC = "true: kèm ranh giới (MultiPolygon, EPSG:4326) / include the boundary";

    private final ListingAdminUnits listing;
    private final FindingAdminUnit finding;

    AdminUnitController(ListingAdminUnits listing, FindingAdminUnit finding) {
        this.listing = listing;
        this.finding = finding;
    }

    @GetMapping
    @Operation(summary = "Danh sách đơn vị hành chính hiện hành / list current administrative units",
            description = "Tỉnh (mặc định) hoặc xã/phường (của một tỉnh với parent, hoặc cả nước: 3.321 đơn vị), theo mã, không phân trang; "
                    + "ranh giới chỉ khi yêu cầu (với danh sách xã phải có parent). / Provinces (default) or communes (of one province with "
                    + "parent, or all 3,321), by code, complete; boundaries on request (a commune list then needs parent).")
    @ApiResponse(responseCode = "200", description = "GeoJSON FeatureCollection", content = @Content(mediaType = GeoJson.MEDIA_TYPE))
    ResponseEntity<byte[]> list(
            @Parameter(description = "province | commune", example = "commune") @RequestParam(required = false) String level,
            @Parameter(description = "Mã tỉnh (2 chữ số) / province code (2 digits)", example = "01") @RequestParam(required = false) String parent,
            @Parameter(description = BOUNDARY_DOC, example = "false") @RequestParam(required = false) String boundary,
            @Parameter(description = "boundary: như boundary=true / same as boundary=true") @RequestParam(required = false) String include,
            HttpServletRequest request) {
        Parameters.allowOnly(request, "level", "parent", "boundary", "include");
        Level lvl = level(level, parent);
        Optional<String> province = Optional.empty();
        if (parent != null) {
            if (lvl == Level.PROVINCE) {
                throw new BadParameter("parent", parent, "chỉ dùng với level=commune", "only applies to level=commune");
            }
            province = Optional.of(Parameters.provinceCode("parent", parent));
            if (!finding.isCurrent(AdminLevel.PROVINCE, province.get())) {
                throw new NotFound("Không có tỉnh/thành phố nào có mã " + parent, "no province has the code " + parent);
            }
        }
        boolean withBoundary = withBoundary(boundary, include);
        if (withBoundary && lvl == Level.COMMUNE && province.isEmpty()) {
            throw new BadParameter("boundary", boundary == null ? "include=" + include : boundary,
                    "chỉ dùng cho danh sách xã khi có parent (ranh giới của 3.321 xã quá lớn cho một phản hồi)",
                    "needs parent for a commune list (3,321 commune boundaries are too large for one response)");
        }
        return GeoJson.ok(listing.list(lvl, province, withBoundary));
    }

    @GetMapping("/{code}")
    @Operation(summary = "Một đơn vị hành chính theo mã / one administrative unit by code",
            description = "2 chữ số: tỉnh, 5 chữ số: xã/phường. Xã kèm các đơn vị đo đạc (xã/phường cũ trước sáp nhập 2025, có tờ bản đồ riêng). "
                    + "/ 2 digits: province, 5 digits: commune. A commune lists its survey units (pre-2025 units whose map sheets it holds).")
    @ApiResponse(responseCode = "200", description = "GeoJSON Feature", content = @Content(mediaType = GeoJson.MEDIA_TYPE))
    ResponseEntity<byte[]> one(
            @Parameter(description = "Mã đơn vị / unit code", example = "00070") @PathVariable String code,
            @Parameter(description = BOUNDARY_DOC, example = "true") @RequestParam(required = false) String boundary,
            @Parameter(description = "boundary: như boundary=true / same as boundary=true") @RequestParam(required = false) String include,
            HttpServletRequest request) {
        Parameters.allowOnly(request, "boundary", "include");
        if (!code.matches("[0-9]{2}|[0-9]{5}")) {
            throw new BadParameter("code", code, "phải là mã tỉnh (2 chữ số) hoặc mã xã/phường (5 chữ số)",
                    "must be a province code (2 digits) or a commune code (5 digits)");
        }
        return finding.byCode(code, withBoundary(boundary, include)).map(GeoJson::ok)
                .orElseThrow(() -> new NotFound("Không có đơn vị hành chính nào có mã " + code, "no administrative unit has the code " + code));
    }

    private static Level level(String level, String parent) {
        if (level == null) {
            return parent == null ? Level.PROVINCE : Level.COMMUNE;
        }
        return switch (level) {
            case "province" -> Level.PROVINCE;
            case "commune" -> Level.COMMUNE;
            default -> throw new BadParameter("level", level, "phải là province hoặc commune", "must be province or commune");
        };
    }

    private static boolean withBoundary(String boundary, String include) {
        if (include != null && !include.equals("boundary")) {
            throw new BadParameter("include", include, "chỉ nhận giá trị boundary", "only accepts the value boundary");
        }
        return include != null || Parameters.flag("boundary", boundary);
    }
}
