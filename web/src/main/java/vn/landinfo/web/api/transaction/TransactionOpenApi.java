package vn.landinfo.web.api.transaction;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.landinfo.transaction.application.TransactionPipeline;
import vn.landinfo.transaction.application.command.ChangeCommand;
import vn.landinfo.transaction.model.TransactionKind;

/**
 * Documents the transaction endpoints in the OpenAPI document: a request schema per kind (a oneOf on
 * {@code kind}, the change's schema read from the kind's command record), an example body per kind,
 * the precondition and idempotency headers, and every response with its problem type. Only the kinds
 * the pipeline runs are documented, so the page grows as use cases are added.
 */
@Component
class TransactionOpenApi implements OpenApiCustomizer {

    private static final String REF = "#/components/schemas/";
    private static final String JSON = "application/json";
    private static final String PROBLEM = "application/problem+json";
    private static final Map<String, String> FIELD_DOCS = Map.ofEntries(
            Map.entry("parcelId", "Mã thửa (id) / parcel id"),
            Map.entry("parcelIds", "Mã các thửa / parcel ids"),
            Map.entry("purposes", "Mục đích sử dụng; diện tích cộng lại bằng diện tích pháp lý / land-use purposes; areas add up to the legal area"),
            Map.entry("code", "Mã loại đất (Thông tư 08/2024 hoặc mã cũ) / land-use code (current or legacy)"),
            Map.entry("area", "Diện tích m² (1 chữ số thập phân) / area in m² (1 decimal)"),
            Map.entry("term", "\"long_term\" (lâu dài) hoặc ngày hết hạn YYYY-MM-DD / \"long_term\" or an end date"),
            Map.entry("origin", "Mã nguồn gốc sử dụng / land-use origin code"),
            Map.entry("legalArea", "Diện tích pháp lý m² / legal area in m²"),
            Map.entry("neighbours", "Thửa liền kề thay đổi theo (cũng phải có trong If-Match) / neighbours that change too (also in If-Match)"),
            Map.entry("cuttingLines", "Đường cắt (GeoJSON LineString) / cutting lines"),
            Map.entry("serial", "Số phát hành Giấy chứng nhận / certificate serial"),
            Map.entry("from", "Mã người sử dụng hiện tại chuyển quyền / party ids of the current holders giving the right"),
            Map.entry("crossSheet", "Xác nhận hợp thửa khác tờ bản đồ / acknowledges inputs on different sheets"));

    private final TransactionPipeline pipeline;
    private final ObjectMapper json;
    private final JsonNode kinds;

    TransactionOpenApi(TransactionPipeline pipeline, ObjectMapper json) {
        this.pipeline = pipeline;
        this.json = json;
        try (InputStream in = TransactionOpenApi.class.getResourceAsStream("transaction-kinds.json")) {
            this.kinds = json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void customise(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(new Components());
        }
        Components components = api.getComponents();
        CommandSchemas commands = new CommandSchemas(components, FIELD_DOCS);

        // One request schema per command type, its kind an enum of the kinds that share it.
        Map<Class<? extends ChangeCommand>, List<TransactionKind>> byCommand = new LinkedHashMap<>();
        new TreeMap<String, TransactionKind>(pipeline.supportedKinds().stream()
                .collect(java.util.stream.Collectors.toMap(TransactionKind::code, k -> k)))
                .values().forEach(k -> byCommand.computeIfAbsent(pipeline.commandType(k).orElseThrow(), c -> new ArrayList<>()).add(k));
        Discriminator discriminator = new Discriminator().propertyName("kind");
        List<Schema> oneOf = new ArrayList<>();
        List<Schema> changes = new ArrayList<>();
        for (var e : byCommand.entrySet()) {
            String name = e.getKey().getSimpleName() + "Request";
            Schema<Object> kind = CommandSchemas.type("string");
            e.getValue().forEach(k -> kind.addEnumItemObject(k.code()));
            StringBuilder doc = new StringBuilder();
            for (TransactionKind k : e.getValue()) {
                JsonNode d = kinds.path(k.code());
                doc.append("**").append(k.code()).append("** — ").append(d.path("vi").asString("")).append(" / ").append(d.path("en").asString("")).append("\n\n");
                discriminator.mapping(k.code(), REF + name);
            }
            Schema<?> change = commands.ref(e.getKey());
            changes.add(change);
            components.addSchemas(name, envelope(kind, change, true).description(doc.toString().strip()));
            oneOf.add(new Schema<>().$ref(REF + name));
        }
        Schema<Object> request = new Schema<>();
        request.setOneOf(oneOf);
        request.setDiscriminator(discriminator);
        request.description("Một biến động: `kind` chọn kiểu của `change` / one change: `kind` selects the type of `change`");
        components.addSchemas("TransactionRequest", request);
        // anyOf, not oneOf: the change schemas overlap (several share parcelId), and the draft's kind, not the body, tells them apart.
        Schema<Object> anyChange = new Schema<>();
        anyChange.setAnyOf(new ArrayList<>(changes));
        components.addSchemas("ChangeRevision", envelope(null, anyChange, false)
                .description("Nội dung mới của bản nháp (cùng loại) / the draft's new change (same kind); legalBasis, reason optional"));
        components.addSchemas("Violation", CommandSchemas.object("Một vi phạm quy định / one broken rule")
                .addProperty("code", CommandSchemas.type("string").description("Mã ổn định / stable code, e.g. PURPOSE_AREAS_MISMATCH"))
                .addProperty("messageVi", CommandSchemas.type("string"))
                .addProperty("messageEn", CommandSchemas.type("string"))
                .addProperty("parcelId", CommandSchemas.type("integer"))
                .addProperty("geometry", new Schema<>().$ref(REF + CommandSchemas.GEOMETRY).description("EPSG:4326"))
                .addProperty("field", CommandSchemas.type("string").description(
                        "Trường của yêu cầu mà vi phạm nói tới / the request field the rule is about, e.g. children[1].geometry"))
                .addProperty("pointer", CommandSchemas.type("string").description("JSON pointer, e.g. /change/children/1/geometry")));
        components.addSchemas("TransactionOutcome", outcomeSchema());
        components.addSchemas("Transaction", transactionSchema());
        components.addSchemas("TransactionProblem", problemSchema());

        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> {
            if (path.startsWith(TransactionJson.BASE)) {
                document(path, item);
            }
        });
    }

    private Schema<Object> envelope(Schema<Object> kind, Schema<?> change, boolean full) {
        Schema<Object> s = CommandSchemas.object(null);
        if (kind != null) {
            s.addProperty("kind", kind);
        }
        s.addProperty("legalBasis", CommandSchemas.type("string").maxLength(TransactionBodies.MAX_LEGAL_BASIS)
                .description("Căn cứ pháp lý (quyết định, hợp đồng, bản án) / legal basis (decision, contract, judgment)"));
        s.addProperty("reason", CommandSchemas.type("string").maxLength(TransactionBodies.MAX_REASON).description("Lý do / reason"));
        if (full) {
            s.addProperty("dossier", CommandSchemas.type("string").maxLength(TransactionBodies.MAX_DOSSIER)
                    .description("Mã hồ sơ (tùy chọn) / dossier code (optional)"));
        }
        s.addProperty("crs", CommandSchemas.type("string")._default("EPSG:4326")
                .description("EPSG:4326 (lon/lat, mặc định / default) hoặc VN-2000 TM-3 / or VN-2000 TM-3 EPSG:5896..EPSG:5899, EPSG:9205..EPSG:9218"));
        s.addProperty("change", change);
        s.setAdditionalProperties(false);
        s.setRequired(full ? List.of("kind", "legalBasis", "change") : List.of("change"));
        return s;
    }

    private static Schema<Object> outcomeSchema() {
        return CommandSchemas.object("Kết quả (ghi sổ hoặc xem trước) / what a commit did or a preview would do")
                .addProperty("transactionId", CommandSchemas.type("integer").description("Không có khi chỉ xem trước / absent for a throw-away preview"))
                .addProperty("kind", CommandSchemas.type("string"))
                .addProperty("status", CommandSchemas.type("string"))
                .addProperty("at", CommandSchemas.type("string").format("date-time"))
                .addProperty("accepted", CommandSchemas.type("boolean").description("Không vi phạm quy định nào / no rule broken"))
                .addProperty("violations", array(new Schema<>().$ref(REF + "Violation")))
                .addProperty("parcels", CommandSchemas.object("GeoJSON FeatureCollection (EPSG:4326) của các thửa kết quả / of the resulting parcels"))
                .addProperty("createdParcels", array(CommandSchemas.type("integer")))
                .addProperty("changedParcels", array(CommandSchemas.type("integer")))
                .addProperty("retiredParcels", array(CommandSchemas.type("integer")))
                .addProperty("certificateEffects", array(CommandSchemas.type("string")))
                .addProperty("auditSeq", CommandSchemas.type("integer").description("Số thứ tự bản ghi kiểm toán / audit record sequence"))
                .addProperty("parcelETags", CommandSchemas.object("ETag mới của từng thửa (cho If-Match tiếp theo) / each parcel's new ETag"));
    }

    private static Schema<Object> transactionSchema() {
        Schema<Object> s = CommandSchemas.object("Một giao dịch đã lưu / a stored transaction");
        for (String f : List.of("kind", "status", "etag", "legalBasis", "reason", "dossier", "createdBy", "approvedBy", "committedBy", "crs")) {
            s.addProperty(f, CommandSchemas.type("string"));
        }
        s.addProperty("id", CommandSchemas.type("integer"));
        s.addProperty("revision", CommandSchemas.type("integer"));
        for (String f : List.of("createdAt", "updatedAt", "committedAt", "abandonedAt")) {
            s.addProperty(f, CommandSchemas.type("string").format("date-time"));
        }
        s.addProperty("change", CommandSchemas.object("Nội dung thay đổi / the change"));
        s.addProperty("outcome", CommandSchemas.object("Kết quả lần xem trước/ghi sổ gần nhất / last preview or commit outcome"));
        return s;
    }

    private static Schema<Object> problemSchema() {
        return CommandSchemas.object("RFC 9457 problem+json; `field`/`pointer` cho 400, `violations`/`parcels` cho 422, `parcels` cho 412/409/428")
                .addProperty("type", CommandSchemas.type("string").format("uri"))
                .addProperty("title", CommandSchemas.type("string"))
                .addProperty("status", CommandSchemas.type("integer"))
                .addProperty("detail", CommandSchemas.type("string"))
                .addProperty("instance", CommandSchemas.type("string"))
                .addProperty("field", CommandSchemas.type("string"))
                .addProperty("pointer", CommandSchemas.type("string").description("JSON pointer (RFC 6901)"))
                .addProperty("violations", array(new Schema<>().$ref(REF + "Violation")))
                .addProperty("parcels", array(CommandSchemas.object(null)));
    }

    private static Schema<Object> array(Schema<?> items) {
        Schema<Object> a = CommandSchemas.type("array");
        a.setItems(items);
        return a;
    }

    private void document(String path, PathItem item) {
        String tail = path.substring(TransactionJson.BASE.length());
        for (var entry : item.readOperationsMap().entrySet()) {
            Operation op = entry.getValue();
            boolean write = entry.getKey() != PathItem.HttpMethod.GET;
            if (write) {
                header(op, HeaderCallerResolver.HEADER, "Mã cán bộ (tạm thời, đến khi có phân quyền; mặc định " + HeaderCallerResolver.ANONYMOUS
                        + ") / officer id (until access control)");
                header(op, Idempotent.HEADER, "Khóa chống lặp (tùy chọn; 1-200 ký tự ASCII, ví dụ UUID) / idempotency key (optional)");
                header(op, "If-Match", "ETag của các thửa bị sửa và/hoặc của giao dịch / ETags of the edited parcels and/or of the transaction");
            }
            ApiResponses responses = new ApiResponses();
            switch (tail) {
                case "" -> {
                    op.setRequestBody(body("TransactionRequest", true));
                    responses.addApiResponse("201", ok("Đã ghi sổ / committed", "TransactionOutcome").addHeaderObject("Location", new Header()
                            .description("/api/v1/transactions/{id}").schema(CommandSchemas.type("string"))));
                    responses.addApiResponse("200", ok("dryRun=true: kết quả xem trước / preview", "TransactionOutcome"));
                    problems(responses, "400", "404", "409", "412", "413", "415", "422", "428");
                }
                case "/preview" -> {
                    op.setRequestBody(body("TransactionRequest", true));
                    responses.addApiResponse("200", ok("Kết quả xem trước / preview", "TransactionOutcome"));
                    problems(responses, "400", "404", "412", "413", "415", "422");
                }
                case "/drafts" -> {
                    op.setRequestBody(body("TransactionRequest", true));
                    responses.addApiResponse("201", ok("Bản nháp đã mở (ETag) / draft opened (ETag)", "Transaction"));
                    problems(responses, "400", "404", "413", "415", "422");
                }
                case "/{id}" -> {
                    responses.addApiResponse("200", ok("Giao dịch (ETag) / the transaction (ETag)", "Transaction"));
                    problems(responses, "400", "404");
                }
                case "/{id}/change" -> {
                    op.setRequestBody(body("ChangeRevision", false));
                    responses.addApiResponse("200", ok("Bản nháp đã sửa (ETag mới) / revised draft (new ETag)", "Transaction"));
                    problems(responses, "400", "404", "409", "412", "413", "415", "422", "428");
                }
                case "/{id}/preview" -> {
                    responses.addApiResponse("200", ok("Kết quả xem trước / preview", "TransactionOutcome"));
                    problems(responses, "400", "404", "409", "412", "422");
                }
                case "/{id}/commit" -> {
                    responses.addApiResponse("200", ok("Đã ghi sổ / committed", "TransactionOutcome"));
                    problems(responses, "400", "404", "409", "412", "422", "428");
                }
                case "/{id}/approve" -> {
                    responses.addApiResponse("200", ok("Đã phê duyệt / approved", "Transaction"));
                    problems(responses, "400", "403", "404", "409", "412", "422");
                }
                default -> {
                    responses.addApiResponse("200", ok("Giao dịch / the transaction", "Transaction"));
                    problems(responses, "400", "404", "409", "412", "422");
                }
            }
            op.setResponses(responses);
        }
    }

    private RequestBody body(String schema, boolean examplesPerKind) {
        MediaType media = new MediaType().schema(new Schema<>().$ref(REF + schema));
        Map<String, Example> examples = new LinkedHashMap<>();
        for (TransactionKind k : new TreeMap<>(pipeline.supportedKinds().stream()
                .collect(java.util.stream.Collectors.toMap(TransactionKind::code, x -> x))).values()) {
            JsonNode d = kinds.path(k.code());
            if (d.has("example")) {
                Map<String, Object> value = new LinkedHashMap<>();
                if (examplesPerKind) {
                    value.put("kind", k.code());
                    value.put("legalBasis", "Quyết định số 123/QĐ-UBND ngày 20/11/2026");
                    value.put("reason", d.path("vi").asString(""));
                }
                value.put("crs", "EPSG:4326");
                value.put("change", json.treeToValue(d.get("example"), Object.class));
                examples.put(k.code(), new Example().summary(k.code() + ": " + d.path("en").asString("")).value(value));
            }
        }
        media.setExamples(examples);
        return new RequestBody().required(true).content(new Content().addMediaType(JSON, media));
    }

    private static ApiResponse ok(String description, String schema) {
        return new ApiResponse().description(description)
                .content(new Content().addMediaType(JSON, new MediaType().schema(new Schema<>().$ref(REF + schema))));
    }

    private static void problems(ApiResponses responses, String... statuses) {
        Map<String, String> meaning = Map.ofEntries(
                Map.entry("400", "Yêu cầu sai (nêu trường và JSON pointer) / malformed request (names the field and JSON pointer)"),
                Map.entry("403", "Không được phép (cán bộ lập không tự phê duyệt) / not permitted (four eyes)"),
                Map.entry("404", "Không tìm thấy thửa, hồ sơ hay giao dịch / parcel, dossier or transaction not found"),
                Map.entry("409", "Xung đột đồng thời, bước không hợp lệ, hoặc yêu cầu cùng Idempotency-Key đang chạy / concurrent conflict, "
                        + "step not allowed in this status, or the same Idempotency-Key still running"),
                Map.entry("412", "If-Match cũ hoặc thiếu thửa (kèm phiên bản hiện tại) / stale or incomplete If-Match (with current versions)"),
                Map.entry("413", "Nội dung hay hình học quá lớn / body or geometry too large"),
                Map.entry("415", "Nội dung không phải JSON / body is not JSON"),
                Map.entry("422", "Vi phạm quy định (mọi vi phạm, phần hình học vi phạm, các thửa dự kiến), hoặc Idempotency-Key đã dùng cho "
                        + "yêu cầu khác / rule violations (every one, with geometry and would-be parcels), or Idempotency-Key reused"),
                Map.entry("428", "Thiếu If-Match / If-Match required"));
        for (String s : statuses) {
            responses.addApiResponse(s, new ApiResponse().description(meaning.get(s))
                    .content(new Content().addMediaType(PROBLEM, new MediaType().schema(new Schema<>().$ref(REF + "TransactionProblem")))));
        }
    }

    private static void header(Operation op, String name, String description) {
        if (op.getParameters() != null && op.getParameters().stream().anyMatch(p -> name.equalsIgnoreCase(p.getName()))) {
            return;
        }
        op.addParametersItem(new HeaderParameter().name(name).required(false).description(description).schema(CommandSchemas.type("string")));
    }
}
