package vn.landinfo.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.OptionalInt;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.landinfo.cadastre.application.DiffingParcelVersions;
import vn.landinfo.cadastre.application.TracingParcelLineage;
import vn.landinfo.cadastre.model.UnknownParcelVersion;

/** How a parcel changed: the diff between two of its versions, and its lineage across splits and merges. Public view. */
@RestController
@RequestMapping(value = "/api/v1/parcels", produces = "application/json")
@Tag(name = ParcelController.TAG, description = ParcelController.TAG_DESCRIPTION)
@ApiResponse(responseCode = "400", description = "Tham số sai / invalid parameter",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "404", description = "Không tìm thấy thửa hoặc phiên bản / parcel or version not found",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
class ParcelLineageController {

    private final DiffingParcelVersions diffing;
    private final TracingParcelLineage tracing;
    private final ParcelRefs refs;

    ParcelLineageController(DiffingParcelVersions diffing, TracingParcelLineage tracing, ParcelRefs refs) {
        this.diffing = diffing;
        this.tracing = tracing;
        this.refs = refs;
    }

    @GetMapping("/{id}/diff")
    @Operation(summary = "So sánh hai phiên bản của thửa đất / diff between two versions of a parcel",
            description = """
                    Những gì thay đổi giữa phiên bản `from` và `to` (mặc định: phiên bản trước so với phiên bản hiện tại): hình thể \
                    (phần thêm vào `added` và phần bị cắt bỏ `removed`, GeoJSON EPSG:4326, diện tích m² tính trong VN-2000 TM-3), \
                    diện tích pháp lý và diện tích tính toán, mục đích sử dụng (thêm, bỏ, đổi diện tích/thời hạn), địa chỉ pháp lý và \
                    địa chỉ, người sử dụng đất (chỉ mã và loại chủ thể, không có tên), hạn chế (chỉ mã và loại, không có bên nhận thế chấp), \
                    giao dịch tạo ra mỗi phiên bản và mọi giao dịch ở giữa. Người sử dụng đất và hạn chế của mỗi phiên bản được đọc tại \
                    thời điểm cuối cùng phiên bản đó còn hiệu lực (`readAt`). / What changed from version `from` to version `to` \
                    (default: the previous version against the current one): geometry (the parts `added` and `removed`, GeoJSON \
                    EPSG:4326, areas in m² computed in VN-2000 TM-3), legal and computed area, land-use purposes (added, removed, area \
                    or term modified), legal and street address, holders (party id and kind only, no names), restrictions (id and kind \
                    only, never the mortgagee), the transaction that made each version and every transaction in between. Holders and \
                    restrictions of a version are read at the last instant it was valid (`readAt`).""")
    @ApiResponse(responseCode = "200", description = "Các thay đổi / the changes", content = @Content(mediaType = "application/json"))
    ResponseEntity<byte[]> diff(
            @Parameter(description = "Mã thửa hoặc mã định danh / parcel id or national parcel ID", example = "1") @PathVariable String id,
            @Parameter(description = "Phiên bản cũ (số nguyên dương); mặc định: phiên bản trước 'to' / older version (positive integer); "
                    + "default: the one before 'to'", example = "1") @RequestParam(required = false) String from,
            @Parameter(description = "Phiên bản mới; mặc định: phiên bản hiện tại (hoặc cuối cùng) / newer version; default: the current "
                    + "(or last) one", example = "2") @RequestParam(required = false) String to,
            HttpServletRequest request) {
        Parameters.allowOnly(request, "from", "to");
        OptionalInt fromVersion = Parameters.present(from) ? OptionalInt.of(Parameters.positiveInt("from", from)) : OptionalInt.empty();
        OptionalInt toVersion = Parameters.present(to) ? OptionalInt.of(Parameters.positiveInt("to", to)) : OptionalInt.empty();
        if (fromVersion.isPresent() && toVersion.isPresent() && fromVersion.getAsInt() > toVersion.getAsInt()) {
            throw new BadParameter("from", from, "không được lớn hơn 'to' (" + to + ")", "must not be greater than 'to' (" + to + ")");
        }
        long parcelId = refs.resolve(id);
        try {
            return diffing.diff(parcelId, fromVersion, toVersion).map(GeoJson::okJson).orElseThrow(() -> ParcelRefs.unknownParcel(id));
        } catch (UnknownParcelVersion e) {
            throw new NotFound("Thửa đất " + id + " không có phiên bản " + e.version() + " (các phiên bản: 1.." + e.latest() + ")",
                    "parcel " + id + " has no version " + e.version() + " (its versions are 1.." + e.latest() + ")");
        }
    }

    @GetMapping("/{id}/lineage")
    @Operation(summary = "Phả hệ thửa đất qua tách, hợp thửa / lineage across splits and merges",
            description = """
                    Đồ thị các thửa gốc (tổ tiên) và thửa con cháu, tối đa `depth` thế hệ mỗi chiều: `nodes` (mã, mã định danh, \
                    trạng thái current/retired, thời gian hiệu lực, quan hệ và thế hệ: âm là tổ tiên, dương là con cháu) và `edges` \
                    (thửa gốc, thửa con, loại split/merge, giao dịch, thời điểm). `truncated` = true khi giới hạn đã cắt bớt đồ thị. / \
                    The graph of the parcel's ancestors and descendants, at most `depth` generations each way: `nodes` (id, national ID, \
                    status current/retired, lifespan, relation and generation: negative for ancestors, positive for descendants) and \
                    `edges` (parent, child, kind split/merge, transaction, instant). `truncated` is true when a bound cut the graph.""")
    @ApiResponse(responseCode = "200", description = "Đồ thị phả hệ / the lineage graph", content = @Content(mediaType = "application/json"))
    ResponseEntity<byte[]> lineage(
            @Parameter(description = "Mã thửa hoặc mã định danh / parcel id or national parcel ID", example = "1") @PathVariable String id,
            @Parameter(description = "Số thế hệ mỗi chiều, 1-" + TracingParcelLineage.MAX_DEPTH + ", mặc định "
                    + TracingParcelLineage.DEFAULT_DEPTH + " / generations each way, 1-" + TracingParcelLineage.MAX_DEPTH + ", default "
                    + TracingParcelLineage.DEFAULT_DEPTH, example = "10") @RequestParam(required = false) String depth,
            HttpServletRequest request) {
        Parameters.allowOnly(request, "depth");
        int generations = Parameters.intInRange("depth", depth, 1, TracingParcelLineage.MAX_DEPTH, TracingParcelLineage.DEFAULT_DEPTH);
        long parcelId = refs.resolve(id);
        return tracing.trace(parcelId, generations).map(GeoJson::okJson).orElseThrow(() -> ParcelRefs.unknownParcel(id));
    }
}
