package vn.landinfo.web.api.transaction;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
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
import vn.landinfo.transaction.application.ChangePayloads;
import vn.landinfo.transaction.application.Outcome;
import vn.landinfo.transaction.application.lifecycle.AbandoningTransaction;
import vn.landinfo.transaction.application.lifecycle.ApprovingTransaction;
import vn.landinfo.transaction.application.lifecycle.CommittingDraft;
import vn.landinfo.transaction.application.lifecycle.OpeningDraft;
import vn.landinfo.transaction.application.lifecycle.PreviewingDraft;
import vn.landinfo.transaction.application.lifecycle.ReadingTransaction;
import vn.landinfo.transaction.application.lifecycle.RevisingDraft;
import vn.landinfo.transaction.application.lifecycle.SubmittingTransaction;
import vn.landinfo.transaction.model.TransactionRecord;
import vn.landinfo.web.api.NotFound;
import vn.landinfo.web.api.Parameters;

/**
 * The draft lifecycle (DESIGN §0): open a draft, revise its change at the revision read (If-Match on
 * the draft's ETag), preview it, submit it, have a second officer approve it, commit it (If-Match on
 * the edited parcels' ETags) or abandon it.
 */
@RestController
@RequestMapping(value = TransactionJson.BASE, produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
@Tag(name = TransactionDocs.TAG)
class DraftController {

    private final TransactionWrites writes;
    private final TransactionJson json;
    private final ChangePayloads payloads;
    private final ReadingTransaction reading;
    private final OpeningDraft opening;
    private final RevisingDraft revising;
    private final PreviewingDraft previewing;
    private final SubmittingTransaction submitting;
    private final ApprovingTransaction approving;
    private final CommittingDraft committing;
    private final AbandoningTransaction abandoning;

    DraftController(TransactionWrites writes, TransactionJson json, ChangePayloads payloads, ReadingTransaction reading,
                    OpeningDraft opening, RevisingDraft revising, PreviewingDraft previewing, SubmittingTransaction submitting,
                    ApprovingTransaction approving, CommittingDraft committing, AbandoningTransaction abandoning) {
        this.writes = writes;
        this.json = json;
        this.payloads = payloads;
        this.reading = reading;
        this.opening = opening;
        this.revising = revising;
        this.previewing = previewing;
        this.submitting = submitting;
        this.approving = approving;
        this.committing = committing;
        this.abandoning = abandoning;
    }

    @PostMapping("/drafts")
    @Operation(summary = "Mở giao dịch nháp / open a draft", description = TransactionDocs.OPEN_DRAFT)
    ResponseEntity<byte[]> open(HttpServletRequest request) {
        Parameters.allowOnly(request);
        return writes.run(request, (write, recorder) -> {
            TransactionBodies.NewTransaction t = write.newTransaction();
            TransactionRecord draft = opening.open(write.caller(), t.kind(), t.legalBasis(), t.reason(), t.dossier(), t.srid(), t.change());
            ResponseEntity<byte[]> view = view(draft.id());
            return ResponseEntity.status(HttpStatus.CREATED).headers(view.getHeaders())
                    .header(HttpHeaders.LOCATION, TransactionJson.BASE + "/" + draft.id()).body(view.getBody());
        });
    }

    @PutMapping("/{id}/change")
    @Operation(summary = "Sửa nội dung giao dịch nháp / revise a draft's change", description = TransactionDocs.REVISE)
    ResponseEntity<byte[]> revise(@Parameter(description = "Mã giao dịch / transaction id") @PathVariable String id,
                                  HttpServletRequest request) {
        Parameters.allowOnly(request);
        long txId = TransactionController.id(id);
        return writes.run(request, (write, recorder) -> {
            TransactionRecord now = current(txId);
            TransactionBodies.Revision r = write.revision(now.kind());
            Integer revision = write.ifMatch().revisionOf(txId);
            if (revision == null) {
                throw new PreconditionRequired(java.util.List.of(), "revising transaction " + txId + " needs If-Match with its ETag "
                        + "(\"tx-" + txId + ".<revision>\", from GET " + TransactionJson.BASE + "/" + txId + ") so that an edit made from an "
                        + "older revision is refused");
            }
            revising.revise(txId, write.caller(), revision, r.srid(), r.change(), r.legalBasis(), r.reason());
            return view(txId);
        });
    }

    @PostMapping("/{id}/preview")
    @Operation(summary = "Xem trước giao dịch nháp / preview a draft", description = TransactionDocs.PREVIEW_DRAFT)
    ResponseEntity<byte[]> preview(@Parameter(description = "Mã giao dịch / transaction id") @PathVariable String id,
                                   HttpServletRequest request) {
        Parameters.allowOnly(request);
        long txId = TransactionController.id(id);
        return writes.run(request, (write, recorder) -> {
            Map<Long, Integer> expected = write.expectedVersions(edited(current(txId)), false);
            Outcome o = previewing.preview(txId, write.caller(), write.ifMatch().revisionOf(txId), expected);
            return withETag(TransactionController.ok(json.outcome(o, true)), txId);
        });
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Trình phê duyệt / submit for approval", description = TransactionDocs.SUBMIT)
    ResponseEntity<byte[]> submit(@Parameter(description = "Mã giao dịch / transaction id") @PathVariable String id,
                                  HttpServletRequest request) {
        Parameters.allowOnly(request);
        long txId = TransactionController.id(id);
        return writes.run(request, (write, recorder) -> {
            Map<Long, Integer> expected = write.expectedVersions(edited(current(txId)), false);
            submitting.submit(txId, write.caller(), write.ifMatch().revisionOf(txId), expected);
            return view(txId);
        });
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "Phê duyệt / approve", description = TransactionDocs.APPROVE)
    ResponseEntity<byte[]> approve(@Parameter(description = "Mã giao dịch / transaction id") @PathVariable String id,
                                   HttpServletRequest request) {
        Parameters.allowOnly(request);
        long txId = TransactionController.id(id);
        return writes.run(request, (write, recorder) -> {
            approving.approve(txId, write.caller(), write.ifMatch().revisionOf(txId));
            return view(txId);
        });
    }

    @PostMapping("/{id}/commit")
    @Operation(summary = "Ghi sổ giao dịch / commit a transaction", description = TransactionDocs.COMMIT_DRAFT)
    ResponseEntity<byte[]> commit(@Parameter(description = "Mã giao dịch / transaction id") @PathVariable String id,
                                  HttpServletRequest request) {
        Parameters.allowOnly(request);
        long txId = TransactionController.id(id);
        return writes.run(request, (write, recorder) -> {
            Map<Long, Integer> expected = write.expectedVersions(edited(current(txId)), true);
            AtomicReference<ResponseEntity<byte[]>> made = new AtomicReference<>();
            committing.commit(txId, write.caller(), write.ifMatch().revisionOf(txId), expected, outcome -> {
                made.set(TransactionController.ok(json.outcome(outcome, true)));
                recorder.record(made.get(), txId);
            });
            return made.get();
        });
    }

    @PostMapping("/{id}/abandon")
    @Operation(summary = "Hủy giao dịch / abandon a transaction", description = TransactionDocs.ABANDON)
    ResponseEntity<byte[]> abandon(@Parameter(description = "Mã giao dịch / transaction id") @PathVariable String id,
                                   HttpServletRequest request) {
        Parameters.allowOnly(request);
        long txId = TransactionController.id(id);
        return writes.run(request, (write, recorder) -> {
            abandoning.abandon(txId, write.caller(), write.ifMatch().revisionOf(txId));
            return view(txId);
        });
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
        return payloads.read(t.kind(), payloads.parse(t.payloadJson()).change()).editedParcels();
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
