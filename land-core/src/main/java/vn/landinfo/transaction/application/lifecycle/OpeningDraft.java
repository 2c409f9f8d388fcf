package vn.landinfo.transaction.application.lifecycle;

import org.springframework.transaction.PlatformTransactionManager;
import vn.landinfo.transaction.application.StoredChange;
import vn.landinfo.transaction.application.ChangeFormat;
import vn.landinfo.transaction.application.TransactionPipeline;
import vn.landinfo.transaction.model.Caller;
import vn.landinfo.transaction.model.InvalidChange;
import vn.landinfo.transaction.model.TransactionKind;
import vn.landinfo.transaction.model.TransactionRecord;

/**
 * Mở giao dịch nháp: an officer opens a transaction for a dossier (docs/decisions/0013-transaction-draft-lifecycle.md). The
 * change is checked
 * only for what can be checked alone (its kind is supported, it reads as that kind's command); the
 * register's rules run at preview, submit and commit. Nothing in the register changes.
 */
public final class OpeningDraft {

    private final Drafts drafts;

    public OpeningDraft(TransactionPipeline pipeline, PlatformTransactionManager transactions, ChangeFormat payloads) {
        this.drafts = new Drafts(pipeline, transactions, payloads);
    }

    public TransactionRecord open(Caller caller, TransactionKind kind, String legalBasis, String reason, String dossierCode,
                                  StoredChange change) {
        if (legalBasis == null || legalBasis.isBlank()) {
            throw InvalidChange.malformed("legalBasis", "legalBasis is required: the decision or contract the change rests on");
        }
        DraftChecks.requireJudgeableAlone(change.command());
        long id = drafts.records().insertDraft(kind, caller.subject(), legalBasis, reason, dossierCode, change.stored());
        return drafts.find(id);
    }
}
