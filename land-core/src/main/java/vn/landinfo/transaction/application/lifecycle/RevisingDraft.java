package vn.landinfo.transaction.application.lifecycle;

import org.springframework.transaction.PlatformTransactionManager;
import vn.landinfo.transaction.application.StoredChange;
import vn.landinfo.transaction.application.ChangeFormat;
import vn.landinfo.transaction.application.TransactionPipeline;
import vn.landinfo.transaction.model.Caller;
import vn.landinfo.transaction.model.IllegalTransition;
import vn.landinfo.transaction.model.TransactionRecord;

/**
 * Sửa giao dịch nháp: replaces the change of a draft (and optionally its legal basis and reason) at the
 * revision the caller read; the draft goes back to draft status and its last preview is dropped, since
 * it no longer describes the change. A submitted, approved, committed or abandoned transaction is frozen.
 */
public final class RevisingDraft {

    private final Drafts drafts;

    public RevisingDraft(TransactionPipeline pipeline, PlatformTransactionManager transactions, ChangeFormat payloads) {
        this.drafts = new Drafts(pipeline, transactions, payloads);
    }

    public TransactionRecord revise(long id, Caller caller, int expectedRevision, StoredChange change,
                                    String legalBasis, String reason) {
        drafts.locked(id, expectedRevision, t -> {
            if (!t.status().isEditable()) {
                throw new IllegalTransition("transaction " + id + " is " + t.status().code() + " and can no longer be edited"
                        + (t.status().isFinal() ? "" : "; abandon it and open a new draft to change it"));
            }
            DraftChecks.requireJudgeableAlone(change.command());
            drafts.records().replacePayload(id, legalBasis == null || legalBasis.isBlank() ? null : legalBasis, reason,
                    change.stored());
            return null;
        });
        return drafts.find(id);
    }
}
