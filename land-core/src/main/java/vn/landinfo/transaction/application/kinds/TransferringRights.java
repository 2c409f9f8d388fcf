package vn.landinfo.transaction.application.kinds;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.landinfo.transaction.application.CertificateEffects;
import vn.landinfo.transaction.application.ChangeHandler;
import vn.landinfo.transaction.application.Dates;
import vn.landinfo.transaction.application.HolderInputs;
import vn.landinfo.transaction.application.ParcelUseChecks;
import vn.landinfo.transaction.application.RegisterSession;
import vn.landinfo.transaction.application.command.RightsTransfer;
import vn.landinfo.certificate.infrastructure.CertificateStore;
import vn.landinfo.transaction.model.CurrentParcel;
import vn.landinfo.rights.model.CurrentRight;
import vn.landinfo.party.model.Holder;
import vn.landinfo.transaction.model.InvalidChange;
import vn.landinfo.transaction.model.TransactionKind;
import vn.landinfo.shared.model.Violation;

/**
 * Chuyển nhượng, tặng cho, thừa kế, chuyển đổi, góp vốn and cho thuê quyền sử dụng đất. The parties in
 * {@code from} must be exactly the current land-use holders. Except for a lease, the current land-use
 * right ends and a new one opens for the recipients with the same term and an origin saying how they
 * got it; a lease keeps the holders' right and opens a 'lease' right for the lessee until the lease end.
 *
 * <p>Conditions (Land Law 2024 Art. 45, Civil Code Art. 321): no seizure, no dispute, within the term, a
 * certificate in force (an inheritance may be registered without one); a mortgage blocks every kind
 * except a lease, which the Civil Code allows over mortgaged property once the lessee and the mortgagee
 * are told. The change is endorsed on the certificate in force, or on request the recipients get a new
 * certificate and the old one is replaced; a lessee never gets a certificate of its own.
 */
public final class TransferringRights implements ChangeHandler<RightsTransfer> {

    private final HolderInputs holders;
    private final ParcelUseChecks checks;

    public TransferringRights(HolderInputs holders, ParcelUseChecks checks) {
        this.holders = holders;
        this.checks = checks;
    }

    @Override
    public Set<TransactionKind> kinds() {
        return Set.of(TransactionKind.TRANSFER, TransactionKind.GIFT, TransactionKind.INHERITANCE, TransactionKind.EXCHANGE,
                TransactionKind.CAPITAL_CONTRIBUTION, TransactionKind.LEASE);
    }

    @Override
    public Class<RightsTransfer> commandType() {
        return RightsTransfer.class;
    }

    @Override
    public void apply(RightsTransfer change, RegisterSession session) {
        boolean lease = session.kind() == TransactionKind.LEASE;
        CurrentParcel parcel = session.requireCurrent(change.parcelId(), "parcelId");
        if (change.from() == null || change.from().isEmpty() || change.from().stream().anyMatch(java.util.Objects::isNull)) {
            throw InvalidChange.malformed("from", "from must list the current holders (party ids) who give the right");
        }
        if (lease && change.leaseEnd() == null) {
            throw InvalidChange.malformed("leaseEnd", "leaseEnd (the last day of the lease) is required for a lease");
        }
        if (!lease && change.leaseEnd() != null) {
            throw InvalidChange.malformed("leaseEnd", "leaseEnd is only for a LEASE");
        }
        if (lease && Boolean.TRUE.equals(change.newCertificate())) {
            throw InvalidChange.malformed("newCertificate", "a lease is endorsed on the holders' certificate; a lessee gets no certificate");
        }

        List<CurrentRight> landUse = session.rights().currentRights(parcel.parcelId()).stream()
                .filter(r -> r.rightType().equals("land_use")).toList();
        Set<Long> current = landUse.stream().flatMap(r -> r.holders().stream()).map(Holder::partyId).collect(Collectors.toSet());
        if (!new HashSet<>(change.from()).equals(current)) {
            session.violate(new Violation("HOLDERS_NOT_CURRENT",
                    "Bên chuyển quyền " + change.from() + " không đúng là những người đang sử dụng đất " + sorted(current),
                    "The parties giving the right " + change.from() + " are not exactly the current holders " + sorted(current),
                    parcel.parcelId(), null));
        }
        checks.restrictions(session, parcel, !lease);
        checks.certificate(session, parcel, change.certificateSerial(), session.kind() != TransactionKind.INHERITANCE);
        checks.term(session, parcel);

        HolderInputs.Plan recipients = holders.check(change.to(), "to", session);
        LocalDate termEnd = landUse.stream().map(CurrentRight::termEnd).filter(java.util.Objects::nonNull).min(LocalDate::compareTo).orElse(null);
        if (lease) {
            leaseRules(change.leaseEnd(), termEnd, recipients, current, parcel, session);
        } else if (recipients.size() == current.size() && recipients.existingPartyIds().equals(current)) {
            session.violate(new Violation("SAME_HOLDERS", "Bên nhận quyền trùng với những người đang sử dụng đất",
                    "The recipients are the current holders themselves", parcel.parcelId(), null));
        }
        if (!session.violations().isEmpty()) {
            return;
        }

        List<Holder> to = recipients.create(session);
        String names = String.join(", ", recipients.names());
        String useForm = to.size() == 1 ? "rieng" : "chung";
        if (lease) {
            session.rights().openRight(parcel.parcelId(), "lease", useForm, change.leaseEnd(), null, to,
                    session.transactionId(), session.instant());
        } else {
            for (CurrentRight r : landUse) {
                session.rights().endRight(r.id(), session.transactionId(), session.instant());
            }
            session.rights().openRight(parcel.parcelId(), "land_use", useForm, termEnd, origin(session.kind()), to,
                    session.transactionId(), session.instant());
        }
        session.touched(parcel.parcelId());

        String text = endorsement(session.kind(), names, change.leaseEnd()) + " (giao dịch số " + session.transactionId() + ")";
        boolean anyInForce = !session.certificates().validFor(parcel.parcelId()).isEmpty();
        if (Boolean.TRUE.equals(change.newCertificate()) || (!lease && !anyInForce && change.newCertificate() == null)) {
            // Asked for, or nothing to endorse (an inheritance of a parcel without a certificate): the
            // recipients get a certificate of their own.
            CertificateEffects.reissueFor(session, parcel.parcelId(), to.stream().map(Holder::partyId).toList(), text);
        } else {
            CertificateEffects.endorse(session, parcel.parcelId(), text);
        }
    }

    private static void leaseRules(LocalDate leaseEnd, LocalDate termEnd, HolderInputs.Plan lessees, Set<Long> current,
                                   CurrentParcel parcel, RegisterSession session) {
        LocalDate today = session.instant().atZone(CertificateStore.VIETNAM).toLocalDate();
        if (!leaseEnd.isAfter(today)) {
            session.violate(new Violation("LEASE_END_PASSED", "Ngày kết thúc thuê " + Dates.vi(leaseEnd) + " không sau ngày hôm nay",
                    "The lease end " + leaseEnd + " is not after today", parcel.parcelId(), null));
        }
        if (termEnd != null && leaseEnd.isAfter(termEnd)) {
            session.violate(new Violation("LEASE_BEYOND_TERM",
                    "Thời hạn cho thuê đến " + Dates.vi(leaseEnd) + " vượt thời hạn sử dụng đất đến " + Dates.vi(termEnd),
                    "The lease until " + leaseEnd + " outlasts the land-use term ending " + termEnd, parcel.parcelId(), null));
        }
        Set<Long> both = new HashSet<>(lessees.existingPartyIds());
        both.retainAll(current);
        if (!both.isEmpty()) {
            session.violate(new Violation("LESSEE_IS_HOLDER", "Bên thuê " + sorted(both) + " đang là người sử dụng đất của thửa này",
                    "The lessee(s) " + sorted(both) + " already hold the land-use right of this parcel", parcel.parcelId(), null));
        }
    }

    /** Nguồn gốc sử dụng of the recipients' right, as the certificate writes it. */
    static String origin(TransactionKind kind) {
        return switch (kind) {
            case TRANSFER -> "NCN";
            case GIFT -> "NTC";
            case INHERITANCE -> "NTK";
            case EXCHANGE -> "NCD";
            case CAPITAL_CONTRIBUTION -> "NGV";
            default -> throw new IllegalArgumentException(kind + " gives no land-use right");
        };
    }

    static String endorsement(TransactionKind kind, String names, LocalDate leaseEnd) {
        return switch (kind) {
            case TRANSFER -> "Chuyển nhượng quyền sử dụng đất cho " + names;
            case GIFT -> "Tặng cho quyền sử dụng đất cho " + names;
            case INHERITANCE -> "Thừa kế quyền sử dụng đất: " + names;
            case EXCHANGE -> "Chuyển đổi quyền sử dụng đất cho " + names;
            case CAPITAL_CONTRIBUTION -> "Góp vốn bằng quyền sử dụng đất vào " + names;
            case LEASE -> "Cho " + names + " thuê quyền sử dụng đất đến ngày " + Dates.vi(leaseEnd);
            default -> throw new IllegalArgumentException(kind.code());
        };
    }

    private static List<Long> sorted(Set<Long> ids) {
        return ids.stream().sorted().toList();
    }
}
