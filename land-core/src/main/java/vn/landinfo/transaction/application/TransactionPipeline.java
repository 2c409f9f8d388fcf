package vn.landinfo.transaction.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.landinfo.cadastre.infrastructure.ParcelFeatureSql;
import vn.landinfo.transaction.application.command.ChangeCommand;
import vn.landinfo.transaction.infrastructure.AuditTrail;
import vn.landinfo.certificate.infrastructure.CertificateStore;
import vn.landinfo.transaction.infrastructure.CommonRuleChecks;
import vn.landinfo.transaction.infrastructure.Geometries;
import vn.landinfo.transaction.infrastructure.ParcelStore;
import vn.landinfo.transaction.infrastructure.RegisterEvents;
import vn.landinfo.rights.infrastructure.RightStore;
import vn.landinfo.transaction.infrastructure.TransactionRecords;
import vn.landinfo.transaction.model.Caller;
import vn.landinfo.transaction.model.IllegalTransition;
import vn.landinfo.transaction.model.InvalidChange;
import vn.landinfo.transaction.model.RuleSettings;
import vn.landinfo.transaction.model.StaleVersion;
import vn.landinfo.transaction.model.TransactionKind;
import vn.landinfo.transaction.model.TransactionRecord;
import vn.landinfo.transaction.model.TransactionStatus;
import vn.landinfo.shared.model.Violation;

/**
 * The one road every change to the register takes (docs/decisions/0012-one-transaction-pipeline.md): check preconditions →
 * lock → the kind's
 * use case (which validates its own rules, closes old versions, opens new ones, records lineage, rights
 * and certificate effects) → the rules common to every kind on the resulting register → audit record →
 * domain event — all inside one database transaction. A preview runs exactly the same steps and rolls
 * back, so what the officer sees before committing is what a commit would do.
 */
public final class TransactionPipeline {

    /**
     * What to run: a stored draft ({@code draftId}) or a change created and committed at once (null). For
     * a draft, {@code payloadJson} is the draft's payload as it was read to build {@code command}: the
     * pipeline compares it with the stored one under the draft's lock and refuses the step if the draft
     * was edited meanwhile, so what is checked and committed is always what the draft holds.
     */
    public record Request(Long draftId, TransactionKind kind, ChangeCommand command, String payloadJson, Caller caller,
                          String legalBasis, String reason, String dossierCode, int inputSrid,
                          Map<Long, Integer> expectedVersions) {
    }

    /**
     * Runs inside the committing database transaction, after the register, the audit record and the
     * transaction's status are written and before the commit: whatever it writes (through the same
     * DataSource) commits or rolls back with the change, e.g. the stored response of an idempotent request.
     */
    @FunctionalInterface
    public interface CommitHook {
        void committed(Outcome outcome);
    }

    private final DataSource dataSource;
    private final TransactionTemplate template;
    private final Map<TransactionKind, ChangeHandler<?>> handlers = new EnumMap<>(TransactionKind.class);
    private final RuleSettings settings;
    private final ParcelStore parcels;
    private final RightStore rights;
    private final CertificateStore certificates;
    private final TransactionRecords records;
    private final CommonRuleChecks commonRules;
    private final AuditTrail audit;
    private final RegisterEvents events;
    private final OutcomeFormat outcomes;
    private final String outcomeCollectionSql;
    private final JdbcClient jdbc;

    public TransactionPipeline(DataSource dataSource, PlatformTransactionManager transactions, List<ChangeHandler<?>> handlers,
                               RuleSettings settings, CertificateStore certificates, OutcomeFormat outcomes) {
        this.dataSource = dataSource;
        this.template = new TransactionTemplate(transactions);
        for (ChangeHandler<?> h : handlers) {
            for (TransactionKind k : h.kinds()) {
                if (this.handlers.put(k, h) != null) {
                    throw new IllegalStateException("two handlers for " + k);
                }
            }
        }
        this.settings = settings;
        this.parcels = new ParcelStore(dataSource);
        this.rights = new RightStore(dataSource);
        this.certificates = certificates;
        this.records = new TransactionRecords(dataSource);
        this.commonRules = new CommonRuleChecks(dataSource, settings);
        this.audit = new AuditTrail(dataSource);
        this.events = new RegisterEvents(dataSource);
        this.outcomes = outcomes;
        this.jdbc = JdbcClient.create(dataSource);
        this.outcomeCollectionSql = ParcelFeatureSql.load().collection("""
                SELECT pv.id AS version_id, clock_timestamp() AS at FROM parcel_version pv
                WHERE pv.parcel_id = ANY (:ids) AND pv.end_lifespan IS NULL""");
    }

    /** The register's tolerances and input bounds. */
    public RuleSettings settings() {
        return settings;
    }

    public Set<TransactionKind> supportedKinds() {
        return handlers.keySet();
    }

    /** The command type a kind's payload is read into. */
    public Optional<Class<? extends ChangeCommand>> commandType(TransactionKind kind) {
        return Optional.ofNullable(handlers.get(kind)).map(ChangeHandler::commandType);
    }

    /** The current version of each of these parcels that is current (others are absent from the map). */
    public Map<Long, Integer> currentVersions(java.util.Collection<Long> parcelIds) {
        return parcelIds.isEmpty() ? Map.of() : parcels.currentVersions(parcelIds);
    }

    /**
     * Runs every step and every rule, returns what would happen, and writes nothing to the register. A
     * draft keeps the outcome; an editable draft becomes previewed, a submitted or approved one keeps its
     * status (the approver previews what they approve without undoing the submission).
     */
    public Outcome preview(Request request) {
        Outcome outcome = run(request, false, null);
        if (request.draftId() != null) {
            template.executeWithoutResult(s -> records.lock(request.draftId())
                    // An edit that landed after the preview ran makes its outcome stale: keep the edit, not the outcome.
                    .filter(d -> !d.status().isFinal())
                    .filter(d -> request.payloadJson() == null || request.payloadJson().equals(d.payloadJson()))
                    .ifPresent(d -> records.setStatus(d.id(), d.status().isEditable() ? TransactionStatus.PREVIEWED : d.status(),
                            outcomeJson(outcome))));
        }
        return outcome;
    }

    /** Commits the change, or throws {@link TransactionRejected} with every violation and writes nothing. */
    public Outcome commit(Request request) {
        return commit(request, null);
    }

    /** As {@link #commit(Request)}, running {@code hook} inside the committing database transaction. */
    public Outcome commit(Request request, CommitHook hook) {
        Outcome outcome = run(request, true, hook);
        if (!outcome.accepted()) {
            if (request.draftId() != null) {
                template.executeWithoutResult(s -> records.setStatus(request.draftId(), TransactionStatus.DRAFT, outcomeJson(outcome)));
            }
            throw new TransactionRejected(outcome);
        }
        return outcome;
    }

    private Outcome run(Request request, boolean commit, CommitHook hook) {
        ChangeHandler<?> handler = handlers.get(request.kind());
        if (handler == null) {
            throw InvalidChange.malformed("kind", "transaction kind " + request.kind() + " is not supported");
        }
        if (!handler.commandType().isInstance(request.command())) {
            throw InvalidChange.malformed("change", "the change of a " + request.kind() + " transaction must be a "
                    + handler.commandType().getSimpleName());
        }
        try {
            return template.execute(status -> {
                Outcome o = runInTransaction(request, handler, commit, hook);
                if (!commit || !o.accepted()) {
                    status.setRollbackOnly();
                }
                return o;
            });
        } catch (ConcurrencyFailureException e) {
            // A deadlock or serialisation failure between two writers: this one lost the race.
            throw new StaleVersion(true, List.of(), "another transaction changed the same parcels at the same time; "
                    + "reload them and try again (" + e.getMostSpecificCause().getMessage() + ")");
        }
    }

    private Outcome runInTransaction(Request request, ChangeHandler<?> handler, boolean commit, CommitHook hook) {
        Set<Long> touched = new LinkedHashSet<>(request.command().editedParcels());
        checkPreconditions(touched, request.expectedVersions(), false);

        long txId;
        if (request.draftId() == null) {
            txId = records.insertDraft(request.kind(), request.caller().subject(), request.legalBasis(), request.reason(),
                    request.dossierCode(), request.payloadJson());
        } else {
            TransactionRecord draft = records.lock(request.draftId())
                    .orElseThrow(() -> InvalidChange.notFound("id", "no transaction " + request.draftId()));
            requireRunnable(draft, commit);
            if (request.payloadJson() != null && !request.payloadJson().equals(draft.payloadJson())) {
                throw new IllegalTransition("transaction " + draft.id() + " was edited while this step ran; reload it and try again");
            }
            txId = draft.id();
        }

        parcels.lock(touched);
        if (!touched.isEmpty()) {
            parcels.lockCommunes(jdbc.sql("SELECT DISTINCT commune_id FROM parcel_version WHERE end_lifespan IS NULL AND parcel_id = ANY (:ids)")
                    .param("ids", touched.toArray(Long[]::new)).query(Long.class).list());
        }
        // Re-read under the locks: a version that moved since the first check was changed by a concurrent commit.
        checkPreconditions(touched, request.expectedVersions(), true);
        Instant at = jdbc.sql("SELECT clock_timestamp()").query(java.sql.Timestamp.class).single().toInstant();

        RegisterSession session = new RegisterSession(txId, request.kind(), request.caller(), at, request.inputSrid(),
                parcels, rights, certificates, settings);
        if (supportedInputSrid(request.inputSrid())) {
            apply(handler, request.command(), session);
        } else {
            session.violate(Violation.of("UNSUPPORTED_CRS",
                    "Hệ tọa độ EPSG:%d không được hỗ trợ; dùng EPSG:4326 hoặc hệ VN-2000 múi chiếu 3° (EPSG:5896–5899, 9205–9218)".formatted(request.inputSrid()),
                    "EPSG:%d is not supported; send geometries in EPSG:4326 or a VN-2000 TM-3 zone (EPSG:5896-5899, 9205-9218)".formatted(request.inputSrid())));
        }
        if (session.violations().isEmpty()) {
            session.violations().addAll(commonRules.check(session.openedVersions(), session.reshapedVersions()));
        }

        List<Outcome.ViolationView> violations = views(session.violations().list());
        Set<Long> resulting = new LinkedHashSet<>(session.createdParcels());
        resulting.addAll(session.changedParcels());
        String features = jdbc.sql(outcomeCollectionSql).param("ids", resulting.toArray(Long[]::new)).query(String.class).single();
        Map<Long, Integer> versions = new java.util.LinkedHashMap<>();
        Map<Long, Integer> current = currentVersions(resulting);
        resulting.stream().filter(current::containsKey).forEach(id -> versions.put(id, current.get(id)));
        boolean accepted = violations.isEmpty();
        Long auditSeq = null;
        TransactionStatus status = commit && accepted ? TransactionStatus.COMMITTED
                : request.draftId() == null ? TransactionStatus.DRAFT : TransactionStatus.PREVIEWED;
        Outcome outcome = new Outcome(txId, request.kind(), status, at, violations, features,
                List.copyOf(session.createdParcels()), List.copyOf(session.changedParcels()),
                List.copyOf(session.retiredParcels()), List.copyOf(session.certificateEffects()), null, versions);
        if (commit && accepted) {
            Set<Long> all = new LinkedHashSet<>(resulting);
            all.addAll(session.retiredParcels());
            all.addAll(touched);
            auditSeq = audit.recordCommit(txId, request.caller().subject(), request.kind().code(), request.reason(),
                    request.legalBasis(), outcomeJson(outcome));
            events.publish(txId, request.kind().code(), at, all);
            outcome = new Outcome(txId, request.kind(), status, at, violations, features, outcome.createdParcels(),
                    outcome.changedParcels(), outcome.retiredParcels(), outcome.certificateEffects(), auditSeq, versions);
            records.markCommitted(txId, request.caller().subject(), at, outcomeJson(outcome));
            if (hook != null) {
                hook.committed(outcome);
            }
        }
        return outcome;
    }

    /** Geometries come in WGS 84 or in a VN-2000 TM-3 zone (docs/architecture.md#geodesy); anything else the register does
     * not reproject. */
    private boolean supportedInputSrid(int srid) {
        return srid == 4326 || Boolean.TRUE.equals(jdbc.sql("SELECT is_vn2000_tm3(:srid)").param("srid", srid).query(Boolean.class).single());
    }

    @SuppressWarnings("unchecked")
    private static <C extends ChangeCommand> void apply(ChangeHandler<C> handler, ChangeCommand command, RegisterSession session) {
        handler.apply((C) command, session);
    }

    private void requireRunnable(TransactionRecord draft, boolean commit) {
        if (draft.status().isFinal()) {
            throw new IllegalTransition("transaction " + draft.id() + " is already " + draft.status().code());
        }
        if (commit && draft.status() == TransactionStatus.SUBMITTED) {
            throw new IllegalTransition("transaction " + draft.id() + " is submitted and waits for approval by a second officer");
        }
    }

    /**
     * {@code expected} null: the caller gave no versions (the web layer decides whether that is allowed).
     * Otherwise every parcel the change edits must be named at its current version.
     */
    private void checkPreconditions(Set<Long> touched, Map<Long, Integer> expected, boolean atCommit) {
        if (expected == null || touched.isEmpty()) {
            return;
        }
        Map<Long, Integer> current = parcels.currentVersions(touched);
        List<StaleVersion.Mismatch> mismatches = new ArrayList<>();
        for (long id : touched) {
            Integer now = current.get(id);
            if (now == null) {
                continue; // not current: the handler reports it as not found, naming the field
            }
            Integer want = expected.get(id);
            if (want == null || !want.equals(now)) {
                mismatches.add(new StaleVersion.Mismatch(id, want, now));
            }
        }
        if (!mismatches.isEmpty()) {
            throw new StaleVersion(atCommit, mismatches, atCommit
                    ? "another transaction committed a change to parcel(s) " + mismatches.stream().map(StaleVersion.Mismatch::parcelId).toList()
                      + " while this one ran; reload and try again"
                    : "If-Match does not name the current version of parcel(s) " + mismatches.stream()
                      .map(m -> m.parcelId() + " (current version " + m.current() + (m.expected() == null ? ", not named" : ", given " + m.expected()) + ")")
                      .toList());
        }
    }

    private List<Outcome.ViolationView> views(List<Violation> violations) {
        List<Outcome.ViolationView> out = new ArrayList<>();
        for (Violation v : violations) {
            String geometry = v.part() == null || v.part().isEmpty() ? null
                    : jdbc.sql("SELECT ST_AsGeoJSON(ST_ForcePolygonCCW(ST_Transform(ST_GeomFromEWKB(:g), 4326)), 9)")
                            .param("g", Geometries.ewkb(v.part())).query(String.class).single();
            out.add(new Outcome.ViolationView(v.code(), v.messageVi(), v.messageEn(), v.parcelId(), geometry, v.field()));
        }
        return out;
    }

    /** The outcome as stored on the transaction and in the audit record (without the parcels' geometry). */
    public String outcomeJson(Outcome o) {
        return outcomes.record(o);
    }

    public DataSource dataSource() {
        return dataSource;
    }
}
