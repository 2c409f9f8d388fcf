package vn.landinfo.transaction.application.lifecycle;

import org.springframework.transaction.PlatformTransactionManager;
import vn.landinfo.transaction.application.ChangeFormat;
import vn.landinfo.transaction.application.TransactionPipeline;
import vn.landinfo.transaction.model.Caller;
import vn.landinfo.transaction.model.IllegalTransition;
import vn.landinfo.transaction.model.TransactionRecord;

/** Hủy giao dịch: a transaction that was not committed is abandoned for good; the register never saw it. */
public final class AbandoningTransaction {

    private final Drafts drafts;

    public AbandoningTransaction(TransactionPipeline pipeline, PlatformTransactionManager transactions, ChangeFormat payloads) {
        this.drafts = new Drafts(pipeline, transactions, payloads);
    }

    public TransactionRecord abandon(long id, Caller caller, Integer expectedRevision) {
        drafts.locked(id, expectedRevision, t -> {
            if (t.status().isFinal()) {
                throw new IllegalTransition("transaction " + id + " is already " + t.status().code());
            }
            drafts.records().abandon(id);
            return null;
        });
        return drafts.find(id);
    }
}
