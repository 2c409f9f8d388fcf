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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.landinfo.cadastre.application.FindingParcel;
import vn.landinfo.cadastre.application.FindingParcelsByLegalAddress;
import vn.landinfo.cadastre.application.FindingParcelsInArea;
import vn.landinfo.cadastre.application.ReadingParcelHistory;
import vn.landinfo.cadastre.model.AreaQuery;
import vn.landinfo.cadastre.model.BoundingBox;
import vn.landinfo.cadastre.model.LegalAddress;
import vn.landinfo.cadastre.model.ParcelPage;
import vn.landinfo.web.reference.AdministrativeUnits;

/** Parcels (thửa đất): public view as GeoJSON, by id, legal address, national ID or area; history; asOf. */
@RestController
@RequestMapping(value = "/api/v1/parcels", produces = {GeoJson.MEDIA_TYPE, "application/json"})
@Tag(name = "Thửa đất / Parcels")
@ApiResponse(responseCode = "400", description = "Tham số sai / invalid parameter",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "404", description = "Không tìm thấy / not found",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
class ParcelController {

    private static final String AS_OF_DOC = "Thời điểm (ISO-8601) muốn xem trạng thái của sổ địa chính; mặc định: hiện tại. "
            + "Không có múi giờ: hiểu là giờ Việt Nam (+07:00). / Instant (ISO-8601) at which to read the register; default now. "
            + "Without an offset it is Vietnam time (+07:00).";

    /** The version member of the public Feature (the purposes, the only nested objects, have none). */
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");
    private static final Set<String> SEARCH_PARAMETERS =
            Set.of("commune", "sheet", "number", "surveyUnit", "nationalId", "bbox", "purpose", "limit", "cursor", "asOf");

    private final FindingParcel finding;
    private final FindingParcelsByLegalAddress byLegalAddress;
    private final FindingParcelsInArea inArea;
    private final ReadingParcelHistory history;
    private final KnownPurposes purposes;
    private final AdministrativeUnits units;
    private final ParcelRefs refs;

    ParcelController(FindingParcel finding, FindingParcelsByLegalAddress byLegalAddress, FindingParcelsInArea inArea,
                     ReadingParcelHistory history, KnownPurposes purposes, AdministrativeUnits units, ParcelRefs refs) {
        this.units = units;
        this.refs = refs;
        this.finding = finding;
        this.byLegalAddress = byLegalAddress;
        this.inArea = inArea;
        this.history = history;
        this.purposes = purposes;
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một thửa đất theo mã / one parcel by id",
            description = "id: mã thửa (số) hoặc mã định danh thửa đất 12 ký tự GeoHash. Trả về GeoJSON Feature (EPSG:4326, lon/lat). "
                    + "Không có asOf: ETag \"<mã thửa>.<phiên bản>\" là điều kiện If-Match khi sửa thửa (/api/v1/transactions). "
                    + "/ id: the parcel id (a number) or the 12-character GeoHash national parcel ID. Returns a GeoJSON Feature. "
                    + "Without asOf, the ETag \"<parcelId>.<version>\" is what If-Match names to change the parcel (/api/v1/transactions).")
    @ApiResponse(responseCode = "200", description = "GeoJSON Feature", content = @Content(mediaType = GeoJson.MEDIA_TYPE))
    ResponseEntity<byte[]> parcel(
            @Parameter(description = "Mã thửa hoặc mã định danh / parcel id or national parcel ID", example = "1") @PathVariable String id,
            @Parameter(description = AS_OF_DOC, example = "2021-01-01T00:00:00+07:00") @RequestParam(required = false) String asOf,
            HttpServletRequest request) {
        Parameters.allowOnly(request, "asOf");
        Optional<OffsetDateTime> at = Parameters.asOf("asOf", asOf);
        long parcelId = resolve(id);
        String feature = finding.byId(parcelId, at).orElseThrow(() -> absent(parcelId, id, at));
        ResponseEntity<byte[]> response = GeoJson.ok(feature);
        Matcher version = VERSION.matcher(feature);
        if (at.isEmpty() && version.find()) {
            // The version an officer's change is made from: what If-Match names to edit this parcel
            // (docs/decisions/0014-http-preconditions-412-428-409.md).
            return ResponseEntity.ok().headers(response.getHeaders()).eTag("\"" + parcelId + "." + version.group(1) + "\"")
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
    @Operation(summary = "Tìm thửa đất / search parcels",
            description = """
                    Một trong ba cách / one of three ways:
                    1. Địa chỉ pháp lý / legal address: `commune` + `sheet` + `number` (+ `surveyUnit`). Sau sáp nhập 2025 một xã có thể có \
                    nhiều tờ bản đồ cùng số (mỗi đơn vị đo đạc một tờ), nên kết quả có thể gồm nhiều thửa (`numberMatched` > 1), \
                    mỗi thửa có `surveyUnitCode`/`surveyUnitName`; `surveyUnit` thu hẹp còn một. / Since the 2025 mergers a commune can hold \
                    several sheets with one number, so every match is returned; `surveyUnit` narrows to one.
                    2. `nationalId`: mã định danh thửa đất / national parcel ID.
                    3. `bbox` (+ `purpose`, `commune`, `limit`, `cursor`): các thửa giao với khung, theo thứ tự mã thửa, phân trang bằng \
                    liên kết `next` (con trỏ). `numberMatched` đếm mọi thửa khớp. Khung tối đa 0,01 độ vuông. / Parcels intersecting the \
                    box in parcel-id order, paged by the `next` link; `numberMatched` counts all matches; at most 0.01 square degrees.
                    `asOf` áp dụng cho cả ba / applies to all three.""")
    @ApiResponse(responseCode = "200", description = "GeoJSON FeatureCollection", content = @Content(mediaType = GeoJson.MEDIA_TYPE))
    // The query parameters are documented here and read from the request by hand (Parameters.query): this is the
    // hot path (`./landinfo bench lookup`), and eleven @RequestParam arguments cost more CPU than the rest of
    // the controller (a data binder and a converter-cache lookup comparing annotations, per argument, per
    // request). The answer is written straight to the response for the same reason (no return-value handling).
    @Parameter(name = "commune", in = ParameterIn.QUERY, required = false, schema = @Schema(type = "string"),
            description = "Mã xã/phường hiện hành (5 chữ số) / current commune code (5 digits)", example = "00070")
    @Parameter(name = "sheet", in = ParameterIn.QUERY, required = false, schema = @Schema(type = "string"),
            description = "Số tờ bản đồ / map sheet number", example = "1")
    @Parameter(name = "number", in = ParameterIn.QUERY, required = false, schema = @Schema(type = "string"),
            description = "Số thửa / parcel number", example = "1")
    @Parameter(name = "surveyUnit", in = ParameterIn.QUERY, required = false, schema = @Schema(type = "string"),
            description = "Mã đơn vị đo đạc (xã/phường cũ, 5 chữ số) để thu hẹp địa chỉ pháp lý / survey unit code (5 digits) "
                    + "narrowing a legal address; see /api/v1/admin-units/{commune}")
    @Parameter(name = "nationalId", in = ParameterIn.QUERY, required = false, schema = @Schema(type = "string"),
            description = "Mã định danh thửa đất (12 ký tự GeoHash) / national parcel ID (12 GeoHash characters)")
    @Parameter(name = "bbox", in = ParameterIn.QUERY, required = false, schema = @Schema(type = "string"),
            description = "minLon,minLat,maxLon,maxLat (WGS 84), tối đa / at most 0.01 độ vuông / square degrees",
            example = "105.845,21.020,105.860,21.035")
    @Parameter(name = "purpose", in = ParameterIn.QUERY, required = false, schema = @Schema(type = "string"),
            description = "Mã loại đất (với bbox) / land-use code (with bbox)", example = "ODT")
    @Parameter(name = "limit", in = ParameterIn.QUERY, required = false, schema = @Schema(type = "string"),
            description = "Số thửa mỗi trang, 1-1000, mặc định 100 / page size, 1-1000, default 100", example = "100")
    @Parameter(name = "cursor", in = ParameterIn.QUERY, required = false, schema = @Schema(type = "string"),
            description = "Con trỏ trang từ liên kết 'next' / page cursor from the 'next' link")
    @Parameter(name = "asOf", in = ParameterIn.QUERY, required = false, schema = @Schema(type = "string"),
            description = AS_OF_DOC, example = "2021-01-01T00:00:00+07:00")
    void search(HttpServletRequest request, HttpServletResponse response) throws IOException {
        GeoJson.write(response, find(request));
    }

    /** The search's answer (GeoJSON text), or a BadParameter/NotFound for ApiProblems to turn into problem+json. */
    private String find(HttpServletRequest request) {
        String commune = Parameters.query(request, "commune");
        String sheet = Parameters.query(request, "sheet");
        String number = Parameters.query(request, "number");
        String surveyUnit = Parameters.query(request, "surveyUnit");
        String nationalId = Parameters.query(request, "nationalId");
        String bbox = Parameters.query(request, "bbox");
        String purpose = Parameters.query(request, "purpose");
        String limit = Parameters.query(request, "limit");
        String cursor = Parameters.query(request, "cursor");
        String asOf = Parameters.query(request, "asOf");
        Parameters.allowOnly(request, SEARCH_PARAMETERS);
        Optional<OffsetDateTime> at = Parameters.asOf("asOf", asOf);
        if (present(nationalId)) {
            refuseWith("nationalId", "commune", commune, "sheet", sheet, "number", number, "surveyUnit", surveyUnit,
                    "bbox", bbox, "purpose", purpose, "limit", limit, "cursor", cursor);
            String id = Parameters.nationalId("nationalId", nationalId);
            return finding.byNationalId(id, at).orElseThrow(() -> finding.idOf(id).isPresent()
                    ? new NotFound("Thửa đất có mã định danh " + id + " không tồn tại vào thời điểm " + at.get(),
                            "parcel with national ID " + id + " did not exist at " + at.get())
                    : new NotFound("Không có thửa đất nào có mã định danh " + id, "no parcel has the national ID " + id));
        }
        if (present(bbox)) {
            refuseWith("bbox", "sheet", sheet, "number", number, "surveyUnit", surveyUnit);
            return area(bbox, purpose, commune, limit, cursor, at);
        }
        if (present(commune) || present(sheet) || present(number) || present(surveyUnit)) {
            refuseWith("sheet", "purpose", purpose, "limit", limit, "cursor", cursor);
            return legalAddress(commune, sheet, number, surveyUnit, at);
        }
        throw new BadParameter("commune", null,
                "thiếu điều kiện tìm: cần commune+sheet+number, nationalId hoặc bbox",
                "missing search criteria: give commune+sheet+number, nationalId or bbox");
    }

    private String legalAddress(String commune, String sheet, String number, String surveyUnit, Optional<OffsetDateTime> at) {
        for (String[] required : new String[][] {{"commune", commune}, {"sheet", sheet}, {"number", number}}) {
            if (required[1] == null) {
                throw new BadParameter(required[0], null, "là bắt buộc: địa chỉ pháp lý gồm commune, sheet và number",
                        "is required: a legal address is commune, sheet and number together");
            }
        }
        LegalAddress address = new LegalAddress(Parameters.communeCode("commune", commune),
                Parameters.positiveInt("sheet", sheet), Parameters.positiveInt("number", number));
        Optional<String> unit = present(surveyUnit) ? Optional.of(Parameters.communeCode("surveyUnit", surveyUnit)) : Optional.empty();
        String json = byLegalAddress.find(address, unit, at);
        if (json.contains("\"numberMatched\" : 0,") && !communeExists(address.communeCode())) {
            throw new NotFound("Không có xã/phường nào có mã " + address.communeCode(), "no commune has the code " + address.communeCode());
        }
        return json;
    }

    private String area(String bboxText, String purpose, String commune, String limitText, String cursorText,
                          Optional<OffsetDateTime> at) {
        BoundingBox box = Parameters.bbox("bbox", bboxText);
        Optional<String> purposeCode = present(purpose) ? Optional.of(Parameters.purpose("purpose", purpose, purposes.codes())) : Optional.empty();
        Optional<String> communeCode = present(commune) ? Optional.of(Parameters.communeCode("commune", commune)) : Optional.empty();
        if (communeCode.isPresent() && !communeExists(communeCode.get())) {
            throw new NotFound("Không có xã/phường nào có mã " + communeCode.get(), "no commune has the code " + communeCode.get());
        }
        int limit = Parameters.limit("limit", limitText);
        Optional<Long> after = Parameters.cursor("cursor", cursorText);
        ParcelPage page = inArea.find(new AreaQuery(box, purposeCode, communeCode, limit, after, at));
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

    private RuntimeException absent(long parcelId, String id, Optional<OffsetDateTime> at) {
        Optional<FindingParcel.Lifespan> life = finding.lifespan(parcelId);
        if (life.isEmpty() || at.isEmpty()) {
            return unknownParcel(id);
        }
        return new NotFound("Thửa đất " + id + " không tồn tại vào thời điểm " + at.get() + " (tồn tại từ " + life.get().begin()
                + life.get().end().map(e -> " đến " + e).orElse("") + ")",
                "parcel " + id + " did not exist at " + at.get() + " (it existed from " + life.get().begin()
                + life.get().end().map(e -> " to " + e).orElse("") + ")");
    }

    private boolean communeExists(String code) {
        return units.existsByLevelAndCodeAndValidToIsNull("commune", code);
    }

    private static NotFound unknownParcel(String id) {
        return ParcelRefs.unknownParcel(id);
    }

    /** Parameters that make no sense together with {@code with}: 400 naming the first one given. */
    private static void refuseWith(String with, String... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                throw new BadParameter(namesAndValues[i], namesAndValues[i + 1],
                        "không dùng được cùng với '" + with + "'", "cannot be combined with '" + with + "'");
            }
        }
    }

    private static String jsonString(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
