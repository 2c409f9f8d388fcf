package vn.landinfo.transaction.application.lifecycle;

import java.util.Map;
import org.springframework.transaction.PlatformTransactionManager;
import vn.landinfo.transaction.application.ChangeFormat;
import vn.landinfo.transaction.application.Outcome;
import vn.landinfo.transaction.application.TransactionPipeline;
import vn.landinfo.transaction.model.Caller;
import vn.landinfo.transaction.model.IllegalTransition;
import vn.landinfo.transaction.model.TransactionRecord;

/**
 * Xem trước: every rule on the whole result of the draft's change, against the register as it is now;
 * the outcome is kept on the draft, the register is not touched.
 */
public final class PreviewingDraft {

    private final Drafts drafts;

    public PreviewingDraft(TransactionPipeline pipeline, PlatformTransactionManager transactions, ChangeFormat payloads) {
        this.drafts = new Drafts(pipeline, transactions, payloads);
    }

    /** {@code expectedRevision} and {@code expectedVersions} may be null (not checked). */
    public Outcome preview(long id, Caller caller, Integer expectedRevision, Map<Long, Integer> expectedVersions) {
        TransactionRecord t = Drafts.requireRevision(drafts.find(id), expectedRevision);
        if (t.status().isFinal()) {
            throw new IllegalTransition("transaction " + id + " is already " + t.status().code());
        }
        return drafts.pipeline().preview(drafts.request(t, caller, expectedVersions));
    }
}
