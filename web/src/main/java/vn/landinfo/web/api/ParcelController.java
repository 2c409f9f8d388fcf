package vn.landinfo.web.api;

import static vn.landinfo.web.api.Parameters.present;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.OptionalInt;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.landinfo.adminunit.application.FindingAdminUnit;
import vn.landinfo.adminunit.model.AdminLevel;
import vn.landinfo.cadastre.application.FindingParcel;
import vn.landinfo.cadastre.application.FindingParcelsByLegalAddress;
import vn.landinfo.cadastre.application.FindingParcelsInArea;
import vn.landinfo.cadastre.application.ListingCommuneParcels;
import vn.landinfo.cadastre.application.ReadingParcelHistory;
import vn.landinfo.cadastre.model.AreaQuery;
import vn.landinfo.cadastre.model.BoundingBox;
import vn.landinfo.cadastre.model.CommuneParcelsQuery;
import vn.landinfo.cadastre.model.LegalAddress;
import vn.landinfo.cadastre.model.ParcelCollection;
import vn.landinfo.cadastre.model.ParcelFeature;
import vn.landinfo.cadastre.model.ParcelPage;
import vn.landinfo.cadastre.model.RetiredParcel;

/** Parcels (thửa đất): public view as GeoJSON, by id, legal address, national ID, area or commune; history; asOf. */
@RestController
@RequestMapping(value = "/api/v1/parcels", produces = {GeoJson.MEDIA_TYPE, "application/json"})
@Tag(name = ParcelController.TAG, description = ParcelController.TAG_DESCRIPTION)
@ApiResponse(responseCode = "400", description = "Tham số sai / invalid parameter",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "404", description = "Không tìm thấy / not found",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
class ParcelController {

    static final String TAG = "Thửa đất / Parcels";
    static final String TAG_DESCRIPTION = "Chế độ xem công khai của thửa đất (GeoJSON, EPSG:4326): tra cứu, liệt kê, lịch sử, "
            + "so sánh phiên bản, phả hệ / the public view of parcels: lookups, listings, history, diffs, lineage";

    private static final String GONE_DOC = "Thửa đất đã chấm dứt do tách/hợp thửa: problem+json (type urn:landinfo:problem:parcel-retired) "
            + "với 'successors' (các thửa kế tiếp) và 'links' (successor-version, latest-version, version-history, lineage), cũng trong "
            + "header Link. / The parcel was retired by a split or merge: problem+json with its 'successors' and 'links' "
            + "(successor-version, latest-version = the last version, version-history, lineage), also as Link headers.";

    private static final String AS_OF_DOC = "Thời điểm (ISO-8601) muốn xem trạng thái của sổ địa chính; mặc định: hiện tại. "
            + "Không có múi giờ: hiểu là giờ Việt Nam (+07:00). / Instant (ISO-8601) at which to read the register; default now. "
            + "Without an offset it is Vietnam time (+07:00).";

    private final FindingParcel finding;
    private final FindingParcelsByLegalAddress byLegalAddress;
    private final FindingParcelsInArea inArea;
    private final ListingCommuneParcels inCommune;
    private final ReadingParcelHistory history;
    private final KnownPurposes purposes;
    private final FindingAdminUnit units;
    private final ParcelRefs refs;

    ParcelController(FindingParcel finding, FindingParcelsByLegalAddress byLegalAddress, FindingParcelsInArea inArea,
                     ListingCommuneParcels inCommune, ReadingParcelHistory history, KnownPurposes purposes, FindingAdminUnit units,
                     ParcelRefs refs) {
        this.finding = finding;
        this.byLegalAddress = byLegalAddress;
        this.inArea = inArea;
        this.inCommune = inCommune;
        this.history = history;
        this.purposes = purposes;
        this.units = units;
        this.refs = refs;
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một thửa đất theo mã / one parcel by id",
            description = "id: mã thửa (số) hoặc mã định danh thửa đất 12 ký tự GeoHash. Trả về GeoJSON Feature (EPSG:4326, lon/lat). "
                    + "Không có asOf: ETag \"<mã thửa>.<phiên bản>\" là điều kiện If-Match khi sửa thửa (/api/v1/transactions). "
                    + "/ id: the parcel id (a number) or the 12-character GeoHash national parcel ID. Returns a GeoJSON Feature. "
                    + "Without asOf, the ETag \"<parcelId>.<version>\" is what If-Match names to change the parcel (/api/v1/transactions).")
    @ApiResponse(responseCode = "200", description = "GeoJSON Feature", content = @Content(mediaType = GeoJson.MEDIA_TYPE))
    @ApiResponse(responseCode = "410", description = GONE_DOC,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<byte[]> parcel(
            @Parameter(description = "Mã thửa hoặc mã định danh / parcel id or national parcel ID", example = "1") @PathVariable String id,
            @Parameter(description = AS_OF_DOC, example = "2021-01-01T00:00:00+07:00") @RequestParam(required = false) String asOf,
            HttpServletRequest request) {
        Parameters.allowOnly(request, "asOf");
        Optional<OffsetDateTime> at = Parameters.asOf("asOf", asOf);
        long parcelId = resolve(id);
        ParcelFeature feature = finding.byId(parcelId, at).orElseThrow(() -> absent(parcelId, id, at));
        ResponseEntity<byte[]> response = GeoJson.ok(feature.geoJson());
        if (at.isEmpty()) {
            // The version an officer's change is made from: what If-Match names to edit this parcel
            // (docs/decisions/0014-http-preconditions-412-428-409.md).
            return ResponseEntity.ok().headers(response.getHeaders()).eTag("\"" + parcelId + "." + feature.version() + "\"")
                    .body(response.getBody());
        }
        return response;
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Lịch sử biến động của thửa đất / parcel history",
            description = "Mọi phiên bản của thửa, cũ nhất trước, mỗi phiên bản kèm giao dịch đã tạo ra nó (loại, căn cứ pháp lý, mã hồ sơ) "
                    + "trong thành phần 'transaction'; 'lineage' cho biết thửa gốc/thửa con khi tách, hợp. / Every version, oldest first, each "
                    + "with the transaction that made it in the Feature's 'transaction' member; 'lineage' names split/merge parents and children.")
    @ApiResponse(responseCode = "200", description = "GeoJSON FeatureCollection", content = @Content(mediaType = GeoJson.MEDIA_TYPE))
    ResponseEntity<byte[]> history(
            @Parameter(description = "Mã thửa hoặc mã định danh / parcel id or national parcel ID", example = "1") @PathVariable String id,
            HttpServletRequest request) {
        Parameters.allowOnly(request);
        long parcelId = resolve(id);
        return history.of(parcelId).map(GeoJson::ok).orElseThrow(() -> unknownParcel(id));
    }

    @GetMapping
    @Operation(summary = "Tìm hoặc liệt kê thửa đất / search or list parcels",
            description = """
                    Một trong bốn cách, chọn theo tham số đã gửi / one of four searches, chosen by the parameters sent:

                    | cách / search | bắt buộc / required | tùy chọn / optional |
                    |---|---|---|
                    | mã định danh / national ID | `nationalId` | `asOf` |
                    | khung / area | `bbox` | `purpose`, `commune`, `limit`, `cursor`, `asOf` |
                    | địa chỉ pháp lý / legal address | `commune`, `sheet`, `number` | `surveyUnit`, `asOf` |
                    | liệt kê thửa của xã / commune listing | `commune` (không có / without `number`) | `sheet`, `surveyUnit`, `limit`, `cursor` |

                    Tham số không thuộc cách đã chọn → 400 nêu tên tham số và mọi tham số đã gửi. / A parameter that does not \
                    belong to the chosen search is a 400 naming it and every parameter sent.

                    - Địa chỉ pháp lý: sau sáp nhập 2025 một xã có thể có nhiều tờ bản đồ cùng số (mỗi đơn vị đo đạc một tờ), nên \
                    kết quả có thể gồm nhiều thửa (`numberMatched` > 1), mỗi thửa có `surveyUnitCode`/`surveyUnitName`; `surveyUnit` \
                    thu hẹp còn một. / Since the 2025 mergers a commune can hold several sheets with one number, so every match is \
                    returned; `surveyUnit` narrows to one.
                    - Khung / area: các thửa giao với khung (tối đa 0,01 độ vuông) / parcels meeting the box (at most 0.01 square degrees).
                    - Liệt kê / listing: mọi thửa hiện hành của xã (của một số tờ và/hoặc một đơn vị đo đạc) / every current parcel \
                    of the commune (of one sheet number and/or one survey unit).
                    - Khung và liệt kê được phân trang theo mã thửa: theo liên kết `next` (con trỏ mờ) đến khi không còn; mỗi thửa \
                    xuất hiện đúng một lần; `numberMatched` đếm mọi thửa khớp, `numberReturned` số thửa trong trang. / Area and \
                    listing are paged in parcel-id order: follow the `next` link (an opaque cursor) until there is none; each parcel \
                    appears exactly once; `numberMatched` counts every match, `numberReturned` the page.
                    - Thửa đã chấm dứt (tách/hợp) tra theo `nationalId` → 410 với các thửa kế tiếp. / A retired parcel looked up by \
                    `nationalId` is a 410 with its successors.""")
    @ApiResponse(responseCode = "200", description = "GeoJSON FeatureCollection", content = @Content(mediaType = GeoJson.MEDIA_TYPE))
    @ApiResponse(responseCode = "410", description = GONE_DOC,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    // The query parameters are documented here and read from the request by hand (Parameters.query): this is the
    // hot path (`./landinfo bench lookup`), and eleven @RequestParam arguments cost more CPU than the rest of
    // the controller (a data binder and a converter-cache lookup comparing annotations, per argument, per
    // request). The answer is written straight to the response for the same reason (no return-value handling).
    @Parameter(name = "commune", in = ParameterIn.QUERY, required = false, schema = @Schema(type = "string", pattern = "^[0-9]{5}$"),
            description = "Mã xã/phường hiện hành (5 chữ số) / current commune code (5 digits)", example = "00070")
    @Parameter(name = "sheet", in = ParameterIn.QUERY, required = false, schema = @Schema(type = "integer", minimum = "1"),
            description = "Số tờ bản đồ / map sheet number", example = "1")
    @Parameter(name = "number", in = ParameterIn.QUERY, required = false, schema = @Schema(type = "integer", minimum = "1"),
            description = "Số thửa / parcel number", example = "1")
    @Parameter(name = "surveyUnit", in = ParameterIn.QUERY, required = false, schema = @Schema(type = "string", pattern = "^[0-9]{5}$"),
            description = "Mã đơn vị đo đạc (xã/phường cũ, 5 chữ số) / survey unit code (5 digits); see /api/v1/admin-units/{commune}",
            example = "00070")
    @Parameter(name = "nationalId", in = ParameterIn.QUERY, required = false, schema = @Schema(type = "string", pattern = "^[0-9b-hjkmnp-z]{12}$"),
            description = "Mã định danh thửa đất (12 ký tự GeoHash) / national parcel ID (12 GeoHash characters)", example = "w7er8sp149qm")
    @Parameter(name = "bbox", in = ParameterIn.QUERY, required = false, schema = @Schema(type = "string"),
            description = "minLon,minLat,maxLon,maxLat (WGS 84), tối đa / at most 0.01 độ vuông / square degrees",
            example = "105.845,21.020,105.860,21.035")
    @Parameter(name = "purpose", in = ParameterIn.QUERY, required = false, schema = @Schema(type = "string", pattern = "^[A-Za-z]{3}$"),
            description = "Mã loại đất (với bbox) / land-use code (with bbox)", example = "ODT")
    @Parameter(name = "limit", in = ParameterIn.QUERY, required = false,
            schema = @Schema(type = "integer", minimum = "1", maximum = "1000", defaultValue = "100"),
            description = "Số thửa mỗi trang, 1-1000, mặc định 100 / page size, 1-1000, default 100", example = "100")
    @Parameter(name = "cursor", in = ParameterIn.QUERY, required = false, schema = @Schema(type = "string"),
            description = "Con trỏ trang từ liên kết 'next' (mờ) / opaque page cursor from the 'next' link", example = "YWZ0ZXI6MTAw")
    @Parameter(name = "asOf", in = ParameterIn.QUERY, required = false, schema = @Schema(type = "string"),
            description = AS_OF_DOC, example = "2021-01-01T00:00:00+07:00")
    void search(HttpServletRequest request, HttpServletResponse response) throws IOException {
        GeoJson.write(response, find(request));
    }

    /** The search's answer (GeoJSON text), or a BadParameter/NotFound/ParcelGone for the problem handler. */
    private String find(HttpServletRequest request) {
        ParcelSearch search = ParcelSearch.of(request);
        String commune = Parameters.query(request, "commune");
        Optional<OffsetDateTime> at = Parameters.asOf("asOf", Parameters.query(request, "asOf"));
        return switch (search) {
            case NATIONAL_ID -> nationalId(Parameters.nationalId("nationalId", Parameters.query(request, "nationalId")), at);
            case AREA -> area(request, commune, at);
            case LEGAL_ADDRESS -> legalAddress(request, commune, at);
            case COMMUNE_LISTING -> communeListing(request, commune);
        };
    }

    private String nationalId(String id, Optional<OffsetDateTime> at) {
        return finding.byNationalId(id, at).map(ParcelCollection::geoJson).orElseThrow(() -> {
            Optional<Long> parcelId = finding.idOf(id);
            if (parcelId.isEmpty()) {
                return new NotFound("Không có thửa đất nào có mã định danh " + id, "no parcel has the national ID " + id);
            }
            return absent(parcelId.get(), id, at);
        });
    }

    private String legalAddress(HttpServletRequest request, String commune, Optional<OffsetDateTime> at) {
        LegalAddress address = new LegalAddress(Parameters.communeCode("commune", commune),
                Parameters.positiveInt("sheet", Parameters.query(request, "sheet")),
                Parameters.positiveInt("number", Parameters.query(request, "number")));
        ParcelCollection found = byLegalAddress.find(address, surveyUnit(request), at);
        if (found.isEmpty()) {
            requireCommune(address.communeCode());
        }
        return found.geoJson();
    }

    private String communeListing(HttpServletRequest request, String commune) {
        String code = Parameters.communeCode("commune", commune);
        String sheet = Parameters.query(request, "sheet");
        OptionalInt sheetNumber = Parameters.present(sheet) ? OptionalInt.of(Parameters.positiveInt("sheet", sheet)) : OptionalInt.empty();
        CommuneParcelsQuery query = new CommuneParcelsQuery(code, sheetNumber, surveyUnit(request),
                Parameters.limit("limit", Parameters.query(request, "limit")),
                Parameters.cursor("cursor", Parameters.query(request, "cursor")));
        ParcelPage page = inCommune.list(query);
        if (page.numberMatched() == 0) {
            requireCommune(code);
        }
        return pageCollection(page);
    }

    private String area(HttpServletRequest request, String commune, Optional<OffsetDateTime> at) {
        BoundingBox box = Parameters.bbox("bbox", Parameters.query(request, "bbox"));
        String purpose = Parameters.query(request, "purpose");
        Optional<String> purposeCode = present(purpose) ? Optional.of(Parameters.purpose("purpose", purpose, purposes.codes())) : Optional.empty();
        Optional<String> communeCode = present(commune) ? Optional.of(Parameters.communeCode("commune", commune)) : Optional.empty();
        communeCode.ifPresent(this::requireCommune);
        int limit = Parameters.limit("limit", Parameters.query(request, "limit"));
        Optional<Long> after = Parameters.cursor("cursor", Parameters.query(request, "cursor"));
        return pageCollection(inArea.find(new AreaQuery(box, purposeCode, communeCode, limit, after, at)));
    }

    private static Optional<String> surveyUnit(HttpServletRequest request) {
        String surveyUnit = Parameters.query(request, "surveyUnit");
        return present(surveyUnit) ? Optional.of(Parameters.communeCode("surveyUnit", surveyUnit)) : Optional.empty();
    }

    /** A page as a FeatureCollection: the features PostGIS wrote, the counts, and self/next links (the cursor opaque). */
    private static String pageCollection(ParcelPage page) {
        String self = ServletUriComponentsBuilder.fromCurrentRequest().toUriString();
        StringBuilder json = new StringBuilder(page.featuresJson().length() + 512)
                .append("{\"type\":\"FeatureCollection\",\"numberMatched\":").append(page.numberMatched())
                .append(",\"numberReturned\":").append(page.numberReturned())
                .append(",\"links\":[{\"rel\":\"self\",\"type\":\"").append(GeoJson.MEDIA_TYPE).append("\",\"href\":").append(jsonString(self)).append('}');
        page.nextAfterParcelId().ifPresent(last -> json
                .append(",{\"rel\":\"next\",\"type\":\"").append(GeoJson.MEDIA_TYPE).append("\",\"href\":")
                .append(jsonString(ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("cursor", Parameters.cursor(last)).toUriString()))
                .append('}'));
        json.append("],\"features\":").append(page.featuresJson()).append('}');
        return json.toString();
    }

    private long resolve(String id) {
        return refs.resolve(id);
    }

    /**
     * Why a parcel that exists by id has no version to show: retired by a split or merge (410 with its successors,
     * when asked now or after it ended), or not yet / no longer in the register at {@code at} (404 saying when it was).
     */
    private RuntimeException absent(long parcelId, String id, Optional<OffsetDateTime> at) {
        Optional<RetiredParcel> retired = finding.retirement(parcelId);
        if (retired.isPresent() && (at.isEmpty() || !at.get().isBefore(retired.get().retiredAt()))) {
            return new ParcelGone(id, retired.get());
        }
        Optional<FindingParcel.Lifespan> life = finding.lifespan(parcelId);
        if (life.isEmpty() || at.isEmpty()) {
            return unknownParcel(id);
        }
        return new NotFound("Thửa đất " + id + " không tồn tại vào thời điểm " + at.get() + " (tồn tại từ " + life.get().begin()
                + life.get().end().map(e -> " đến " + e).orElse("") + ")",
                "parcel " + id + " did not exist at " + at.get() + " (it existed from " + life.get().begin()
                + life.get().end().map(e -> " to " + e).orElse("") + ")");
    }

    /** 404 unless a current commune has this code (an empty answer must not hide a mistyped commune). */
    private void requireCommune(String code) {
        if (!units.isCurrent(AdminLevel.COMMUNE, code)) {
            throw new NotFound("Không có xã/phường nào có mã " + code, "no commune has the code " + code);
        }
    }

    private static NotFound unknownParcel(String id) {
        return ParcelRefs.unknownParcel(id);
    }

    private static String jsonString(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
