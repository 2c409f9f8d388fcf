package vn.landinfo.transaction.application.lifecycle;

import java.util.Map;
import org.springframework.transaction.PlatformTransactionManager;
import vn.landinfo.transaction.application.ChangeFormat;
import vn.landinfo.transaction.application.Outcome;
import vn.landinfo.transaction.application.TransactionPipeline;
import vn.landinfo.transaction.model.Caller;
import vn.landinfo.transaction.model.TransactionRecord;

/**
 * Ghi sổ: the draft's change enters the register in one database transaction (one version step, one
 * audit record), or not at all. A submitted transaction waits for its approval; a draft whose procedure
 * needs no second officer commits directly.
 */
public final class CommittingDraft {

    private final Drafts drafts;

    public CommittingDraft(TransactionPipeline pipeline, PlatformTransactionManager transactions, ChangeFormat payloads) {
        this.drafts = new Drafts(pipeline, transactions, payloads);
    }

    /** {@code expectedRevision} may be null (not checked); {@code hook} runs inside the committing transaction. */
    public Outcome commit(long id, Caller caller, Integer expectedRevision, Map<Long, Integer> expectedVersions,
                          TransactionPipeline.CommitHook hook) {
        TransactionRecord t = Drafts.requireRevision(drafts.find(id), expectedRevision);
        return drafts.pipeline().commit(drafts.request(t, caller, expectedVersions), hook);
    }
}
