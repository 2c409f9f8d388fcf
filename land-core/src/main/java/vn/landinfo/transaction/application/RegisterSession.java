package vn.landinfo.transaction.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import vn.landinfo.certificate.infrastructure.CertificateStore;
import vn.landinfo.transaction.infrastructure.ParcelStore;
import vn.landinfo.rights.infrastructure.RightStore;
import vn.landinfo.transaction.model.Caller;
import vn.landinfo.transaction.model.CurrentParcel;
import vn.landinfo.transaction.model.InvalidChange;
import vn.landinfo.transaction.model.ParcelState;
import vn.landinfo.transaction.model.RuleSettings;
import vn.landinfo.transaction.model.TransactionKind;
import vn.landinfo.shared.model.Violation;
import vn.landinfo.transaction.model.Violations;

/**
 * The unit of work of one transaction inside its database transaction: what a handler reads and writes
 * through, and the record of what it did (versions opened, parcels created, changed and retired,
 * certificate effects) that the pipeline checks, audits and reports.
 */
public final class RegisterSession {

    private final long transactionId;
    private final TransactionKind kind;
    private final Caller caller;
    private final Instant instant;
    private final int inputSrid;
    private final ParcelStore parcels;
    private final RightStore rights;
    private final CertificateStore certificates;
    private final RuleSettings settings;
    private final Violations violations = new Violations();

    private final Set<Long> openedVersions = new LinkedHashSet<>();
    private final Set<Long> reshapedVersions = new LinkedHashSet<>();
    private final Set<Long> created = new LinkedHashSet<>();
    private final Set<Long> changed = new LinkedHashSet<>();
    private final Set<Long> retired = new LinkedHashSet<>();
    private final List<String> certificateEffects = new ArrayList<>();

    RegisterSession(long transactionId, TransactionKind kind, Caller caller, Instant instant, int inputSrid,
                    ParcelStore parcels, RightStore rights, CertificateStore certificates, RuleSettings settings) {
        this.transactionId = transactionId;
        this.kind = kind;
        this.caller = caller;
        this.instant = instant;
        this.inputSrid = inputSrid;
        this.parcels = parcels;
        this.rights = rights;
        this.certificates = certificates;
        this.settings = settings;
    }

    public long transactionId() {
        return transactionId;
    }

    public TransactionKind kind() {
        return kind;
    }

    public Caller caller() {
        return caller;
    }

    /** The commit instant: begin of every version this transaction opens, end of every one it closes. */
    public Instant instant() {
        return instant;
    }

    public ParcelStore parcels() {
        return parcels;
    }

    public RightStore rights() {
        return rights;
    }

    public CertificateStore certificates() {
        return certificates;
    }

    public RuleSettings settings() {
        return settings;
    }

    public void violate(Violation v) {
        violations.add(v);
    }

    public Violations violations() {
        return violations;
    }

    /** The parcel's current version, or a 404-style error naming the field that referred to it. */
    public CurrentParcel requireCurrent(Long parcelId, String field) {
        if (parcelId == null) {
            throw InvalidChange.malformed(field, field + " is required");
        }
        return parcels.current(parcelId).orElseThrow(() -> InvalidChange.notFound(field,
                "parcel " + parcelId + " does not exist or is no longer current (thửa đất không tồn tại hoặc đã bị khóa)"));
    }

    /**
     * A geometry of the command (parsed at the edge, in the transaction's CRS) in {@code targetSrid}, the
     * TM-3 zone of the sheet it is for; PostGIS reprojects it. Its validity is a rule the caller checks (a
     * violation with the offending location), not a parse error.
     */
    public Geometry geometry(Geometry given, int targetSrid, String field) {
        if (given == null) {
            throw InvalidChange.malformed(field, field + " là bắt buộc (một hình học GeoJSON) / " + field + " is required (a GeoJSON geometry)");
        }
        return parcels.toSrid(given, inputSrid, targetSrid);
    }

    /** Whether a geometry of the command meant for {@code targetSrid} was drawn in another CRS, so {@link #geometry} reprojects it. */
    public boolean reprojects(int targetSrid) {
        return inputSrid != targetSrid;
    }

    /** Closes the parcel's current version and opens the next one with this state. */
    public long newVersion(CurrentParcel current, ParcelState next, boolean geometryChanged) {
        parcels.closeVersion(current.versionId(), transactionId, instant);
        long v = parcels.openVersion(current.parcelId(), current.version() + 1, next, transactionId, instant);
        openedVersions.add(v);
        if (geometryChanged) {
            reshapedVersions.add(v);
        }
        changed.add(current.parcelId());
        return v;
    }

    /** Brings a new parcel into existence (national ID, version 1); returns its id. */
    public long newParcel(ParcelState state) {
        long id = parcels.createParcel(state.geomTm3(), transactionId, instant);
        long v = parcels.openVersion(id, 1, state, transactionId, instant);
        openedVersions.add(v);
        reshapedVersions.add(v);
        created.add(id);
        return id;
    }

    /** Ends the parcel: its current version closes and its national ID is retired for good. */
    public void retire(CurrentParcel current) {
        parcels.closeVersion(current.versionId(), transactionId, instant);
        parcels.retireParcel(current.parcelId(), transactionId, instant);
        retired.add(current.parcelId());
    }

    public void lineage(long parent, long child, String lineageKind) {
        parcels.lineage(parent, child, transactionId, lineageKind);
    }

    /** A parcel whose rights or restrictions (not its version) this transaction changed. */
    public void touched(long parcelId) {
        if (!created.contains(parcelId) && !retired.contains(parcelId)) {
            changed.add(parcelId);
        }
    }

    public void certificateEffect(String description) {
        certificateEffects.add(description);
    }

    Set<Long> openedVersions() {
        return openedVersions;
    }

    Set<Long> reshapedVersions() {
        return reshapedVersions;
    }

    public Set<Long> createdParcels() {
        return created;
    }

    public Set<Long> changedParcels() {
        return changed;
    }

    public Set<Long> retiredParcels() {
        return retired;
    }

    List<String> certificateEffects() {
        return certificateEffects;
    }
}
