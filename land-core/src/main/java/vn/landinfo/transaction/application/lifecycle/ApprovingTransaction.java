package vn.landinfo.transaction.application.lifecycle;

import org.springframework.transaction.PlatformTransactionManager;
import vn.landinfo.transaction.application.ChangeFormat;
import vn.landinfo.transaction.application.TransactionPipeline;
import vn.landinfo.transaction.model.Caller;
import vn.landinfo.transaction.model.IllegalTransition;
import vn.landinfo.transaction.model.NotPermitted;
import vn.landinfo.transaction.model.TransactionRecord;
import vn.landinfo.transaction.model.TransactionStatus;

/**
 * Phê duyệt: a second officer approves a submitted transaction, which may then be committed. The
 * four-eyes rule: the officer who opened it cannot approve it.
 */
public final class ApprovingTransaction {

    private final Drafts drafts;

    public ApprovingTransaction(TransactionPipeline pipeline, PlatformTransactionManager transactions, ChangeFormat payloads) {
        this.drafts = new Drafts(pipeline, transactions, payloads);
    }

    public TransactionRecord approve(long id, Caller caller, Integer expectedRevision) {
        drafts.locked(id, expectedRevision, t -> {
            if (t.status() != TransactionStatus.SUBMITTED) {
                throw new IllegalTransition("transaction " + id + " is " + t.status().code() + "; only a submitted transaction can be approved");
            }
            if (t.createdBy().equals(caller.subject())) {
                throw new NotPermitted("Cán bộ lập giao dịch " + id + " (" + t.createdBy() + ") không được tự phê duyệt; cần một cán bộ khác phê duyệt",
                        "The officer who opened transaction " + id + " (" + t.createdBy() + ") cannot approve it; a different officer must approve");
            }
            drafts.records().approve(id, caller.subject());
            return null;
        });
        return drafts.find(id);
    }
}
