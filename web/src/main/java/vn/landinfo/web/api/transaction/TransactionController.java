package vn.landinfo.web.api.transaction;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;
import vn.landinfo.transaction.application.Outcome;
import vn.landinfo.transaction.application.TransactionPipeline;
import vn.landinfo.transaction.application.lifecycle.ReadingTransaction;
import vn.landinfo.transaction.model.Caller;
import vn.landinfo.web.api.BadParameter;
import vn.landinfo.web.api.NotFound;
import vn.landinfo.web.api.Parameters;

/**
 * Biến động đất đai for officers: a change created and committed at once ({@code POST}), its preview
 * ({@code ?dryRun=true} or {@code /preview}: every rule, nothing written), and any transaction by id.
 * The draft lifecycle is in {@link DraftController}.
 */
@RestController
@RequestMapping(value = TransactionJson.BASE, produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
@Tag(name = TransactionDocs.TAG, description = TransactionDocs.TAG_DESCRIPTION)
class TransactionController {

    private final TransactionPipeline pipeline;
    private final ReadingTransaction reading;
    private final TransactionWrites writes;
    private final TransactionJson json;

    TransactionController(TransactionPipeline pipeline, ReadingTransaction reading, TransactionWrites writes, TransactionJson json) {
        this.pipeline = pipeline;
        this.reading = reading;
        this.writes = writes;
        this.json = json;
    }

    @PostMapping
    @Operation(summary = "Tạo và ghi sổ một biến động / create and commit a transaction", description = TransactionDocs.CREATE)
    ResponseEntity<byte[]> create(
            @Parameter(description = "true: chỉ xem trước, không ghi gì (như /preview) / true: preview only, nothing written (as /preview)")
            @RequestParam(required = false) String dryRun,
            HttpServletRequest request) {
        Parameters.allowOnly(request, "dryRun");
        boolean preview = Parameters.flag("dryRun", dryRun);
        return writes.run(request, (write, recorder) -> {
            TransactionBodies.NewTransaction t = write.newTransaction();
            Map<Long, Integer> expected = write.expectedVersions(t.command().editedParcels(), !preview);
            TransactionPipeline.Request r = new TransactionPipeline.Request(null, t.kind(), t.command(),
                    t.change().stored(), write.caller(), t.legalBasis(), t.reason(), t.dossier(),
                    t.srid(), expected);
            if (preview) {
                return ok(json.outcome(pipeline.preview(r), false));
            }
            AtomicReference<ResponseEntity<byte[]>> made = new AtomicReference<>();
            pipeline.commit(r, outcome -> {
                made.set(created(outcome));
                recorder.record(made.get(), outcome.transactionId());
            });
            return made.get();
        });
    }

    @PostMapping("/preview")
    @Operation(summary = "Xem trước một biến động / preview a transaction", description = TransactionDocs.PREVIEW)
    ResponseEntity<byte[]> preview(HttpServletRequest request) {
        Parameters.allowOnly(request);
        return writes.run(request, (write, recorder) -> {
            TransactionBodies.NewTransaction t = write.newTransaction();
            Map<Long, Integer> expected = write.expectedVersions(t.command().editedParcels(), false);
            Outcome o = pipeline.preview(new TransactionPipeline.Request(null, t.kind(), t.command(),
                    t.change().stored(), write.caller(), t.legalBasis(), t.reason(), t.dossier(),
                    t.srid(), expected));
            return ok(json.outcome(o, false));
        });
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một giao dịch / one transaction", description = TransactionDocs.GET)
    ResponseEntity<byte[]> get(@Parameter(description = "Mã giao dịch / transaction id", example = "1") @PathVariable String id,
                               HttpServletRequest request) {
        Parameters.allowOnly(request);
        long txId = id(id);
        ReadingTransaction.View view = reading.find(txId).orElseThrow(() -> new NotFound(
                "Không có giao dịch " + id, "no transaction " + id));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .eTag(EntityTags.transaction(txId, view.record().revision()))
                .body(bytes(json.transaction(view)));
    }

    private ResponseEntity<byte[]> created(Outcome o) {
        return ResponseEntity.status(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.LOCATION, TransactionJson.BASE + "/" + o.transactionId())
                .body(bytes(json.outcome(o, true)));
    }

    static ResponseEntity<byte[]> ok(ObjectNode body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(bytes(body));
    }

    static byte[] bytes(ObjectNode body) {
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    static long id(String value) {
        if (value == null || !value.matches("[1-9][0-9]{0,17}")) {
            throw new BadParameter("id", value, "phải là mã giao dịch (số nguyên dương)", "must be a transaction id (a positive integer)");
        }
        return Long.parseLong(value);
    }
}
