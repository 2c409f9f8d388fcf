package vn.landinfo.web.api.transaction;

import org.springframework.transaction.PlatformTransactionManager;
import vn.landinfo.transaction.adapter.json.ChangePayloads;
import vn.landinfo.transaction.application.TransactionPipeline;
import vn.landinfo.transaction.application.lifecycle.AbandoningTransaction;
import vn.landinfo.transaction.application.lifecycle.ApprovingTransaction;
import vn.landinfo.transaction.application.lifecycle.CommittingDraft;
import vn.landinfo.transaction.application.lifecycle.OpeningDraft;
import vn.landinfo.transaction.application.lifecycle.PreviewingDraft;
import vn.landinfo.transaction.application.lifecycle.RevisingDraft;
import vn.landinfo.transaction.application.lifecycle.SubmittingTransaction;

/**
 * land-core's draft lifecycle use cases, one per step {@link DraftController} serves. They are built
 * together because they are built alike (the pipeline, the transaction manager, the payload codec) and
 * only that controller uses them.
 */
record DraftSteps(OpeningDraft opening, RevisingDraft revising, PreviewingDraft previewing, SubmittingTransaction submitting,
                  ApprovingTransaction approving, CommittingDraft committing, AbandoningTransaction abandoning) {

    static DraftSteps of(TransactionPipeline pipeline, PlatformTransactionManager tm, ChangePayloads payloads) {
        return new DraftSteps(new OpeningDraft(pipeline, tm, payloads), new RevisingDraft(pipeline, tm, payloads),
                new PreviewingDraft(pipeline, tm, payloads), new SubmittingTransaction(pipeline, tm, payloads),
                new ApprovingTransaction(pipeline, tm, payloads), new CommittingDraft(pipeline, tm, payloads),
                new AbandoningTransaction(pipeline, tm, payloads));
    }
}
