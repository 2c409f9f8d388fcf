package vn.landinfo.transaction.application.lifecycle;

import java.util.Map;
import java.util.function.Function;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.landinfo.transaction.application.ChangeFormat;
import vn.landinfo.transaction.application.StoredChange;
import vn.landinfo.transaction.application.TransactionPipeline;
import vn.landinfo.transaction.infrastructure.TransactionRecords;
import vn.landinfo.transaction.model.Caller;
import vn.landinfo.transaction.model.InvalidChange;
import vn.landinfo.transaction.model.StaleRevision;
import vn.landinfo.transaction.model.TransactionRecord;

/**
 * What the lifecycle steps share: the stored transactions, a database transaction around each step that
 * locks the transaction's row first (so two steps on one draft run one after the other), the revision
 * check, and the pipeline request a stored draft stands for.
 */
final class Drafts {

    private final TransactionRecords records;
    private final TransactionTemplate template;
    private final TransactionPipeline pipeline;
    private final ChangeFormat payloads;

    Drafts(TransactionPipeline pipeline, PlatformTransactionManager transactions, ChangeFormat payloads) {
        this.records = new TransactionRecords(pipeline.dataSource());
        this.template = new TransactionTemplate(transactions);
        this.pipeline = pipeline;
        this.payloads = payloads;
    }

    TransactionRecords records() {
        return records;
    }

    TransactionPipeline pipeline() {
        return pipeline;
    }

    /** Runs {@code step} in one database transaction on the locked row; {@code expectedRevision} null: not checked. */
    <T> T locked(long id, Integer expectedRevision, Function<TransactionRecord, T> step) {
        return template.execute(status -> step.apply(requireRevision(lock(id), expectedRevision)));
    }

    TransactionRecord find(long id) {
        return records.find(id).orElseThrow(() -> missing(id));
    }

    private TransactionRecord lock(long id) {
        return records.lock(id).orElseThrow(() -> missing(id));
    }

    static TransactionRecord requireRevision(TransactionRecord t, Integer expectedRevision) {
        if (expectedRevision != null && expectedRevision != t.revision()) {
            throw new StaleRevision(t.id(), expectedRevision, t.revision());
        }
        return t;
    }

    /** The pipeline request a stored draft stands for, its payload passed as read (the pipeline compares it under lock). */
    TransactionPipeline.Request request(TransactionRecord t, Caller caller, Map<Long, Integer> expectedVersions) {
        StoredChange stored = payloads.decode(t.kind(), t.payloadJson());
        return new TransactionPipeline.Request(t.id(), t.kind(), stored.command(), t.payloadJson(),
                caller, t.legalBasis(), t.reason(), t.dossierCode(), stored.srid(), expectedVersions);
    }

    static InvalidChange missing(long id) {
        return InvalidChange.notFound("id", "no transaction " + id + " (không có giao dịch " + id + ")");
    }
}
