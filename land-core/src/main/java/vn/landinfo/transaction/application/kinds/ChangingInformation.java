package vn.landinfo.transaction.application.kinds;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.landinfo.transaction.application.CertificateEffects;
import vn.landinfo.transaction.application.ChangeHandler;
import vn.landinfo.transaction.application.ParcelUseChecks;
import vn.landinfo.transaction.application.RegisterSession;
import vn.landinfo.transaction.application.command.InformationChange;
import vn.landinfo.party.infrastructure.PartyStore;
import vn.landinfo.transaction.model.CurrentParcel;
import vn.landinfo.rights.model.CurrentRight;
import vn.landinfo.party.model.Holder;
import vn.landinfo.party.model.IdentifierRules;
import vn.landinfo.transaction.model.InvalidChange;
import vn.landinfo.party.model.PartyDetails;
import vn.landinfo.party.model.PartyRecord;
import vn.landinfo.transaction.model.TransactionKind;
import vn.landinfo.shared.model.Violation;

/**
 * Thay đổi thông tin: the parcel's address (a new parcel version, same geometry and national ID) and/or
 * the name, address or identity document of its holders (a new party version; the superseded document's
 * validity ends). Nothing is updated in place. The change is endorsed on the certificate in force.
 *
 * <p>A new identity document must have the strict current format of the party's kind (a 12-digit personal
 * ID for an individual, a tax code for an organisation): the usual case is a citizen ID replacing a
 * 9-digit CMND, which then stops being in force, as does the previous document of the same type.
 */
public final class ChangingInformation implements ChangeHandler<InformationChange> {

    private final PartyStore parties;
    private final ParcelUseChecks checks;

    public ChangingInformation(PartyStore parties, ParcelUseChecks checks) {
        this.parties = parties;
        this.checks = checks;
    }

    @Override
    public Set<TransactionKind> kinds() {
        return Set.of(TransactionKind.INFORMATION_CHANGE);
    }

    @Override
    public Class<InformationChange> commandType() {
        return InformationChange.class;
    }

    /** One holder's change as read: its current record and the values that differ (null = unchanged). */
    private record PartyChange(PartyRecord current, String name, String address, String idType, String idNumber) {
        boolean changesVersion() {
            return name != null || address != null;
        }

        boolean any() {
            return changesVersion() || idNumber != null;
        }
    }

    @Override
    public void apply(InformationChange change, RegisterSession session) {
        CurrentParcel parcel = session.requireCurrent(change.parcelId(), "parcelId");
        List<InformationChange.PartyUpdate> updates = change.parties() == null ? List.of() : change.parties();
        if (change.address() == null && updates.isEmpty()) {
            throw InvalidChange.malformed("address", "give the parcel's new address, holders' changes (parties), or both");
        }
        checks.certificate(session, parcel, change.certificateSerial(), false);

        Set<Long> holders = new HashSet<>();
        for (CurrentRight r : session.rights().currentRights(parcel.parcelId())) {
            r.holders().stream().map(Holder::partyId).forEach(holders::add);
        }
        List<PartyChange> partyChanges = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < updates.size(); i++) {
            PartyChange pc = read(updates.get(i), "parties[" + i + "]", holders, seen, parcel, session);
            if (pc != null && pc.any()) {
                partyChanges.add(pc);
            }
        }
        String newAddress = change.address() == null ? null : change.address().trim();
        boolean addressChanges = newAddress != null && !newAddress.equals(parcel.state().address());
        if (!addressChanges && partyChanges.isEmpty() && session.violations().isEmpty()) {
            session.violate(new Violation("NOTHING_CHANGES", "Thông tin mới trùng với thông tin đang có trong sổ địa chính",
                    "The new information is what the register already holds", parcel.parcelId(), null));
        }
        if (!session.violations().isEmpty()) {
            return;
        }

        List<String> endorsement = new ArrayList<>();
        if (addressChanges) {
            session.newVersion(parcel, parcel.state().withAddress(newAddress.isEmpty() ? null : newAddress), false);
            endorsement.add("địa chỉ thửa đất thành " + (newAddress.isEmpty() ? "(không ghi)" : newAddress));
        }
        for (PartyChange pc : partyChanges) {
            endorsement.add(write(pc, session));
        }
        session.touched(parcel.parcelId());
        CertificateEffects.endorse(session, parcel.parcelId(), "Thay đổi thông tin: " + String.join("; ", endorsement));
    }

    private PartyChange read(InformationChange.PartyUpdate u, String f, Set<Long> holders, Set<Long> seen,
                             CurrentParcel parcel, RegisterSession session) {
        if (u == null || u.partyId() == null) {
            throw InvalidChange.malformed(f + ".partyId", f + ".partyId is required");
        }
        if (!seen.add(u.partyId())) {
            throw InvalidChange.malformed(f + ".partyId", f + ": party " + u.partyId() + " is listed twice");
        }
        if ((u.idType() == null) != (u.idNumber() == null)) {
            throw InvalidChange.malformed(f + ".idNumber", f + ": give both idType and idNumber, or neither");
        }
        if (u.name() != null && (u.name().isBlank() || u.name().length() > 300)) {
            throw InvalidChange.malformed(f + ".name", f + ".name must be 1-300 characters");
        }
        PartyRecord p = parties.current(u.partyId()).orElseThrow(() -> InvalidChange.notFound(f + ".partyId",
                f + ".partyId: party " + u.partyId() + " does not exist (không có người sử dụng đất này)"));
        if (!holders.contains(p.partyId())) {
            session.violate(new Violation("PARTY_NOT_HOLDER",
                    f + ": người có mã " + p.partyId() + " không phải người sử dụng thửa đất này",
                    f + ": party " + p.partyId() + " holds no right on this parcel", parcel.parcelId(), null));
            return null;
        }
        String name = u.name() == null || u.name().trim().equals(p.name()) ? null : u.name().trim();
        String address = u.address() == null || Objects.equals(u.address().trim(), p.address()) ? null : u.address().trim();
        String idType = null;
        String idNumber = null;
        if (u.idNumber() != null) {
            String type = u.idType().trim();
            String number = u.idNumber().trim();
            boolean alreadyHeld = p.identifiers().stream().anyMatch(i -> i.type().equals(type) && i.number().equals(number));
            if (!alreadyHeld) {
                identifierRules(p, type, number, f, parcel, session);
                idType = type;
                idNumber = number;
            }
        }
        return new PartyChange(p, name, address, idType, idNumber);
    }

    private void identifierRules(PartyRecord p, String type, String number, String f, CurrentParcel parcel, RegisterSession session) {
        String expected = switch (p.kind()) {
            case "individual" -> "personal_id";
            case "organisation" -> "tax_code";
            default -> null;
        };
        if (expected == null || !expected.equals(type) || !IdentifierRules.currentFormat(type, number)) {
            session.violate(new Violation("IDENTIFIER_FORMAT",
                    f + ": giấy tờ mới phải là " + (expected == null ? "số định danh cá nhân hoặc mã số thuế" : expected.equals("personal_id")
                            ? "số định danh cá nhân 12 chữ số" : "mã số thuế 10 hoặc 13 chữ số") + " (nhận được: " + type + " '" + number + "')",
                    f + ": the new document must be " + (expected == null ? "a personal ID or a tax code" : expected.equals("personal_id")
                            ? "a 12-digit personal ID" : "a tax code of 10 or 13 digits") + " (got: " + type + " '" + number + "')",
                    parcel.parcelId(), null));
            return;
        }
        // The birth year and gender written in a personal ID must agree with the holder's record.
        IdentifierRules.check(new PartyDetails(p.kind(), p.name(), type, number, p.birthDate(), p.gender(), p.address()), f)
                .forEach(v -> session.violate(v.on(parcel.parcelId())));
        parties.holderOfIdentifier(type, number).filter(other -> other != p.partyId()).ifPresent(other -> session.violate(
                new Violation("IDENTIFIER_IN_USE", f + ": số giấy tờ " + number + " đang thuộc người sử dụng đất mã " + other,
                        f + ": identifier " + number + " belongs to party " + other, parcel.parcelId(), null)));
    }

    /** Writes one holder's change; returns the endorsement clause for it. */
    private String write(PartyChange pc, RegisterSession session) {
        PartyRecord p = pc.current();
        List<String> parts = new ArrayList<>();
        if (pc.changesVersion()) {
            String name = pc.name() != null ? pc.name() : p.name();
            String address = pc.address() != null ? (pc.address().isEmpty() ? null : pc.address()) : p.address();
            parties.newVersion(p, name, address, session.transactionId(), session.instant());
            if (pc.name() != null) {
                parts.add("họ tên/tên thành " + pc.name());
            }
            if (pc.address() != null) {
                parts.add("địa chỉ thành " + (pc.address().isEmpty() ? "(không ghi)" : pc.address()));
            }
        }
        if (pc.idNumber() != null) {
            Set<String> superseded = pc.idType().equals("personal_id") ? Set.of("personal_id", "identity_card") : Set.of(pc.idType());
            p.identifiers().stream().filter(i -> superseded.contains(i.type()))
                    .forEach(i -> parties.endIdentifier(i.id(), session.instant()));
            parties.addIdentifier(p.partyId(), pc.idType(), pc.idNumber(), session.instant());
            parts.add((pc.idType().equals("personal_id") ? "số định danh cá nhân " : "mã số thuế ") + pc.idNumber());
        }
        return p.name() + ": " + String.join(", ", parts);
    }
}
