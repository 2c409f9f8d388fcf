package vn.landinfo.transaction.application.lifecycle;

import java.util.Map;
import org.springframework.transaction.PlatformTransactionManager;
import vn.landinfo.transaction.application.ChangeFormat;
import vn.landinfo.transaction.application.Outcome;
import vn.landinfo.transaction.application.TransactionPipeline;
import vn.landinfo.transaction.application.TransactionRejected;
import vn.landinfo.transaction.model.Caller;
import vn.landinfo.transaction.model.IllegalTransition;
import vn.landinfo.transaction.model.TransactionRecord;
import vn.landinfo.transaction.model.TransactionStatus;

/**
 * Trình duyệt: the officer hands a draft to a second officer for approval. It is previewed first — a
 * change that breaks a rule is not submitted ({@link TransactionRejected}, with every violation) — and
 * from then on it is frozen: what the approver sees is what will be committed.
 */
public final class SubmittingTransaction {

    private final Drafts drafts;

    public SubmittingTransaction(TransactionPipeline pipeline, PlatformTransactionManager transactions, ChangeFormat payloads) {
        this.drafts = new Drafts(pipeline, transactions, payloads);
    }

    public TransactionRecord submit(long id, Caller caller, Integer expectedRevision, Map<Long, Integer> expectedVersions) {
        TransactionRecord t = Drafts.requireRevision(drafts.find(id), expectedRevision);
        requireEditable(t);
        Outcome outcome = drafts.pipeline().preview(drafts.request(t, caller, expectedVersions));
        if (!outcome.accepted()) {
            throw new TransactionRejected(outcome);
        }
        drafts.locked(id, null, now -> {
            requireEditable(now);
            if (!now.payloadJson().equals(t.payloadJson())) {
                throw new IllegalTransition("transaction " + id + " was edited while it was being submitted; preview and submit it again");
            }
            drafts.records().setStatus(id, TransactionStatus.SUBMITTED, null);
            return null;
        });
        return drafts.find(id);
    }

    private static void requireEditable(TransactionRecord t) {
        if (!t.status().isEditable()) {
            throw new IllegalTransition("transaction " + t.id() + " is " + t.status().code() + "; only a draft can be submitted");
        }
    }
}
