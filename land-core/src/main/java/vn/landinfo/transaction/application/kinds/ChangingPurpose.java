package vn.landinfo.transaction.application.kinds;

import java.util.List;
import java.util.Set;
import vn.landinfo.transaction.application.ChangeHandler;
import vn.landinfo.transaction.application.PurposeInputs;
import vn.landinfo.transaction.application.RegisterSession;
import vn.landinfo.transaction.application.command.PurposeChange;
import vn.landinfo.certificate.model.CertificateInfo;
import vn.landinfo.transaction.model.CurrentParcel;
import vn.landinfo.transaction.model.LandUse;
import vn.landinfo.transaction.model.TransactionKind;
import vn.landinfo.shared.model.Violation;

/**
 * Chuyển mục đích sử dụng đất: the parcel gets a new version with the new purposes (same geometry, same
 * national ID); the change is endorsed on its valid certificate. A parcel under seizure cannot change
 * purpose; the areas must add up to the legal area (a common rule).
 */
public final class ChangingPurpose implements ChangeHandler<PurposeChange> {

    private final PurposeInputs purposes;

    public ChangingPurpose(PurposeInputs purposes) {
        this.purposes = purposes;
    }

    @Override
    public Set<TransactionKind> kinds() {
        return Set.of(TransactionKind.PURPOSE_CHANGE);
    }

    @Override
    public Class<PurposeChange> commandType() {
        return PurposeChange.class;
    }

    @Override
    public void apply(PurposeChange change, RegisterSession session) {
        CurrentParcel parcel = session.requireCurrent(change.parcelId(), "parcelId");
        List<LandUse> next = purposes.read(change.purposes(), parcel.state().legalArea(), "purposes");
        if (next.equals(parcel.state().purposes())) {
            session.violate(new Violation("NOTHING_CHANGES", "Mục đích sử dụng mới trùng với hiện trạng",
                    "The new purposes are the parcel's current ones", parcel.parcelId(), null));
            return;
        }
        session.rights().currentRestrictions(parcel.parcelId()).stream()
                .filter(r -> r.kind().equals("seizure"))
                .forEach(r -> session.violate(new Violation("PARCEL_SEIZED",
                        "Thửa đất đang bị kê biên, không thể chuyển mục đích sử dụng",
                        "The parcel is under seizure and cannot change purpose", parcel.parcelId(), null)));
        session.newVersion(parcel, parcel.state().withPurposes(next), false);
        String codes = String.join(", ", next.stream().map(LandUse::code).toList());
        for (CertificateInfo c : session.certificates().validFor(parcel.parcelId())) {
            session.certificates().endorse(c.id(), session.transactionId(), session.instant(),
                    "Chuyển mục đích sử dụng đất sang " + codes);
            session.certificateEffect("endorsed " + c.serial());
        }
    }
}
