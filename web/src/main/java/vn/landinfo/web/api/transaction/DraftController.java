package vn.landinfo.web.api.transaction;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.landinfo.transaction.adapter.json.ChangePayloads;
import vn.landinfo.transaction.application.Outcome;
import vn.landinfo.transaction.application.lifecycle.ReadingTransaction;
import vn.landinfo.transaction.model.Caller;
import vn.landinfo.transaction.model.TransactionRecord;
import vn.landinfo.web.api.NotFound;
import vn.landinfo.web.api.Parameters;

/**
 * The draft lifecycle (docs/decisions/0013-transaction-draft-lifecycle.md): open a draft, revise its change at the revision
 * read (If-Match on
 * the draft's ETag), preview it, submit it, have a second officer approve it, commit it (If-Match on
 * the edited parcels' ETags) or abandon it.
 */
@RestController
@RequestMapping(value = TransactionJson.BASE, produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
@Tag(name = TransactionDocs.TAG, description = TransactionDocs.TAG_DESCRIPTION)
class DraftController {

    private final TransactionWrites writes;
    private final TransactionJson json;
    private final ChangePayloads payloads;
    private final ReadingTransaction reading;
    private final DraftSteps steps;

    DraftController(TransactionWrites writes, TransactionJson json, ChangePayloads payloads, ReadingTransaction reading, DraftSteps steps) {
        this.writes = writes;
        this.json = json;
        this.payloads = payloads;
        this.reading = reading;
        this.steps = steps;
    }

    @PostMapping("/drafts")
    @Operation(summary = "Mở giao dịch nháp / open a draft", description = TransactionDocs.OPEN_DRAFT)
    ResponseEntity<byte[]> open(HttpServletRequest request) {
        Parameters.allowOnly(request);
        return writes.run(request, (write, recorder) -> {
            TransactionBodies.NewTransaction t = write.newTransaction();
            TransactionRecord draft = steps.opening().open(write.caller(), t.kind(), t.legalBasis(), t.reason(), t.dossier(), t.change());
            ResponseEntity<byte[]> view = view(draft.id());
            return ResponseEntity.status(HttpStatus.CREATED).headers(view.getHeaders())
                    .header(HttpHeaders.LOCATION, TransactionJson.BASE + "/" + draft.id()).body(view.getBody());
        });
    }

    @PutMapping("/{id}/change")
    @Operation(summary = "Sửa nội dung giao dịch nháp / revise a draft's change", description = TransactionDocs.REVISE)
    ResponseEntity<byte[]> revise(@Parameter(description = "Mã giao dịch / transaction id") @PathVariable String id,
                                  HttpServletRequest request) {
        return onTransaction(id, request, tx -> {
            TransactionBodies.Revision r = tx.write.revision(current(tx.id).kind());
            steps.revising().revise(tx.id, tx.caller(), tx.requiredRevision(), r.change(), r.legalBasis(), r.reason());
            return view(tx.id);
        });
    }

    @PostMapping("/{id}/preview")
    @Operation(summary = "Xem trước giao dịch nháp / preview a draft", description = TransactionDocs.PREVIEW_DRAFT)
    ResponseEntity<byte[]> preview(@Parameter(description = "Mã giao dịch / transaction id") @PathVariable String id,
                                   HttpServletRequest request) {
        return onTransaction(id, request, tx -> {
            Map<Long, Integer> expected = tx.parcelVersions(false);
            Outcome o = steps.previewing().preview(tx.id, tx.caller(), tx.revision(), expected);
            return withETag(TransactionController.ok(json.outcome(o, true)), tx.id);
        });
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Trình phê duyệt / submit for approval", description = TransactionDocs.SUBMIT)
    ResponseEntity<byte[]> submit(@Parameter(description = "Mã giao dịch / transaction id") @PathVariable String id,
                                  HttpServletRequest request) {
        return onTransaction(id, request, tx -> {
            Map<Long, Integer> expected = tx.parcelVersions(false);
            steps.submitting().submit(tx.id, tx.caller(), tx.revision(), expected);
            return view(tx.id);
        });
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "Phê duyệt / approve", description = TransactionDocs.APPROVE)
    ResponseEntity<byte[]> approve(@Parameter(description = "Mã giao dịch / transaction id") @PathVariable String id,
                                   HttpServletRequest request) {
        return onTransaction(id, request, tx -> {
            steps.approving().approve(tx.id, tx.caller(), tx.revision());
            return view(tx.id);
        });
    }

    @PostMapping("/{id}/commit")
    @Operation(summary = "Ghi sổ giao dịch / commit a transaction", description = TransactionDocs.COMMIT_DRAFT)
    ResponseEntity<byte[]> commit(@Parameter(description = "Mã giao dịch / transaction id") @PathVariable String id,
                                  HttpServletRequest request) {
        return onTransaction(id, request, tx -> {
            Map<Long, Integer> expected = tx.parcelVersions(true);
            AtomicReference<ResponseEntity<byte[]>> made = new AtomicReference<>();
            // The response is recorded for the Idempotency-Key inside the commit's database transaction, so a
            // replay after a crash finds it exactly when the commit itself landed.
            steps.committing().commit(tx.id, tx.caller(), tx.revision(), expected, outcome -> {
                made.set(TransactionController.ok(json.outcome(outcome, true)));
                tx.recorder.record(made.get(), tx.id);
            });
            return made.get();
        });
    }

    @PostMapping("/{id}/abandon")
    @Operation(summary = "Hủy giao dịch / abandon a transaction", description = TransactionDocs.ABANDON)
    ResponseEntity<byte[]> abandon(@Parameter(description = "Mã giao dịch / transaction id") @PathVariable String id,
                                   HttpServletRequest request) {
        return onTransaction(id, request, tx -> {
            steps.abandoning().abandon(tx.id, tx.caller(), tx.revision());
            return view(tx.id);
        });
    }

    /** A lifecycle step on one stored transaction, given the request as {@link OnTransaction} reads it. */
    @FunctionalInterface
    private interface LifecycleStep {
        ResponseEntity<byte[]> run(OnTransaction tx);
    }

    /**
     * The shape every step on {@code /{id}/...} shares: no query parameters, a well-formed id (400), then
     * {@link TransactionWrites} (body bound, caller, If-Match, Idempotency-Key) around the step itself.
     */
    private ResponseEntity<byte[]> onTransaction(String id, HttpServletRequest request, LifecycleStep step) {
        Parameters.allowOnly(request);
        long txId = TransactionController.id(id);
        return writes.run(request, (write, recorder) -> step.run(new OnTransaction(txId, write, recorder)));
    }

    /** The request a lifecycle step acts on: transaction {@link #id}, its caller and If-Match, and the idempotency recorder. */
    private final class OnTransaction {
        final long id;
        final TransactionWrites.Write write;
        final Idempotent.Recorder recorder;

        OnTransaction(long id, TransactionWrites.Write write, Idempotent.Recorder recorder) {
            this.id = id;
            this.write = write;
            this.recorder = recorder;
        }

        Caller caller() {
            return write.caller();
        }

        /** The revision If-Match names for this transaction; null when it names none (the step does not check it). */
        Integer revision() {
            return write.ifMatch().revisionOf(id);
        }

        /** As {@link #revision()}, but naming none is 428: an edit made from an older revision must be refused. */
        int requiredRevision() {
            Integer revision = revision();
            if (revision == null) {
                throw new PreconditionRequired(List.of(), "revising transaction " + id + " needs If-Match with its ETag "
                        + "(\"tx-" + id + ".<revision>\", from GET " + TransactionJson.BASE + "/" + id + ") so that an edit made from an "
                        + "older revision is refused");
            }
            return revision;
        }

        /** The versions If-Match names for the parcels the stored change edits; {@code required}: none named is 428. */
        Map<Long, Integer> parcelVersions(boolean required) {
            return write.expectedVersions(edited(current(id)), required);
        }
    }

    private TransactionRecord current(long id) {
        return reading.find(id).map(ReadingTransaction.View::record)
                .orElseThrow(() -> new NotFound("Không có giao dịch " + id, "no transaction " + id));
    }

    /** The parcels a stored draft's change edits (what If-Match must name to commit it). */
    private Set<Long> edited(TransactionRecord t) {
        if (t.status().isFinal()) {
            return Set.of(); // the step refuses it (409) whatever If-Match says
        }
        return payloads.decode(t.kind(), t.payloadJson()).command().editedParcels();
    }

    private ResponseEntity<byte[]> view(long id) {
        ReadingTransaction.View v = reading.find(id).orElseThrow(() -> new NotFound("Không có giao dịch " + id, "no transaction " + id));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).eTag(EntityTags.transaction(id, v.record().revision()))
                .body(TransactionController.bytes(json.transaction(v)));
    }

    private ResponseEntity<byte[]> withETag(ResponseEntity<byte[]> response, long id) {
        return reading.find(id).map(v -> ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                .eTag(EntityTags.transaction(id, v.record().revision())).body(response.getBody())).orElse(response);
    }
}
