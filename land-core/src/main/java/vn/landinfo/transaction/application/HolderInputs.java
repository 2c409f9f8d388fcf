package vn.landinfo.transaction.application;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.landinfo.transaction.application.command.HolderInput;
import vn.landinfo.transaction.application.command.NewParty;
import vn.landinfo.party.infrastructure.PartyStore;
import vn.landinfo.party.model.Holder;
import vn.landinfo.party.model.IdentifierRules;
import vn.landinfo.transaction.model.InvalidChange;
import vn.landinfo.party.model.PartyDetails;
import vn.landinfo.party.model.Shares;
import vn.landinfo.shared.model.Violation;

/**
 * Reads the holders of a request (existing parties by id, or new parties) in two steps, so that a request
 * with a rule violation writes nothing: {@link #check} reads and validates everything and reports every
 * violation (identifier formats, a person already in the register, shares that do not make a whole);
 * {@link Plan#create} then creates the new parties and returns the holders with their shares.
 *
 * <p>Shares: either every holder gives one or none does; none means equal shares (a couple holding
 * jointly is 1/2 each), the usual case on a certificate of joint use.
 */
public final class HolderInputs {

    private final PartyStore parties;

    public HolderInputs(PartyStore parties) {
        this.parties = parties;
    }

    /** One holder as read: an existing party or details of a new one, and its share. */
    record Entry(Long partyId, PartyDetails party, int numerator, int denominator) {
    }

    /** Holders read and validated, not yet written. */
    public final class Plan {
        private final List<Entry> entries;

        private Plan(List<Entry> entries) {
            this.entries = entries;
        }

        /** Creates the new parties; returns every holder with its share, in the request's order. */
        public List<Holder> create(RegisterSession session) {
            List<Holder> out = new ArrayList<>();
            for (Entry e : entries) {
                long id = e.partyId() != null ? e.partyId() : parties.create(e.party(), session.transactionId(), session.instant());
                out.add(new Holder(id, e.numerator(), e.denominator()));
            }
            return out;
        }

        public int size() {
            return entries.size();
        }

        /** The parties named by id (the new ones have none yet). */
        public Set<Long> existingPartyIds() {
            Set<Long> ids = new HashSet<>();
            entries.stream().filter(e -> e.partyId() != null).forEach(e -> ids.add(e.partyId()));
            return ids;
        }

        /** Names for endorsement texts: the current name of an existing party, the given name of a new one. */
        public List<String> names() {
            var known = parties.names(existingPartyIds());
            return entries.stream().map(e -> e.partyId() != null ? known.getOrDefault(e.partyId(), "#" + e.partyId()) : e.party().name().trim())
                    .toList();
        }
    }

    /**
     * Reads and validates {@code inputs} ({@code field} names the list in the request). Malformed input is
     * a client error naming the field; rule violations go to the session and the plan is still returned.
     */
    public Plan check(List<HolderInput> inputs, String field, RegisterSession session) {
        if (inputs == null || inputs.isEmpty()) {
            throw InvalidChange.malformed(field, field + " must name at least one holder");
        }
        long withShare = inputs.stream().filter(h -> h != null && (h.shareNumerator() != null || h.shareDenominator() != null)).count();
        if (withShare != 0 && withShare != inputs.size()) {
            throw InvalidChange.malformed(field, field + ": give a share (shareNumerator/shareDenominator) for every holder or for none (equal shares)");
        }
        List<Entry> entries = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        Set<String> newIds = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            String f = field + "[" + i + "]";
            HolderInput h = inputs.get(i);
            if (h == null) {
                throw InvalidChange.malformed(f, f + " is empty");
            }
            int num = 1;
            int den = inputs.size();
            if (withShare != 0) {
                if (h.shareNumerator() == null || h.shareDenominator() == null || h.shareNumerator() <= 0
                        || h.shareDenominator() <= 0 || h.shareNumerator() > h.shareDenominator()) {
                    throw InvalidChange.malformed(f + ".shareNumerator", f + ": a share is a fraction 0 < shareNumerator/shareDenominator ≤ 1");
                }
                num = h.shareNumerator();
                den = h.shareDenominator();
            }
            Entry e = read(h, f, session, num, den);
            if (e.partyId() != null && !seen.add(e.partyId())) {
                throw InvalidChange.malformed(f + ".partyId", f + ": party " + e.partyId() + " is listed twice");
            }
            if (e.party() != null && e.party().idNumber() != null && !newIds.add(e.party().idType() + ":" + e.party().idNumber())) {
                throw InvalidChange.malformed(f + ".party.idNumber", f + ": the same new party is listed twice");
            }
            entries.add(e);
        }
        List<Holder> shares = entries.stream().map(e -> new Holder(0, e.numerator(), e.denominator())).toList();
        if (!Shares.addUpToOne(shares)) {
            session.violate(Violation.of("SHARES_DO_NOT_ADD_UP",
                    field + ": tổng phần quyền của những người sử dụng đất là " + Shares.describe(shares) + ", phải bằng 1",
                    field + ": the holders' shares add up to " + Shares.describe(shares) + ", not 1"));
        }
        return new Plan(entries);
    }

    /** Reads one holder (existing or new); a mortgagee or lessee is read the same way. */
    Entry read(HolderInput h, String f, RegisterSession session, int num, int den) {
        if ((h.partyId() == null) == (h.party() == null)) {
            throw InvalidChange.malformed(f, f + ": give exactly one of partyId (a party in the register) and party (a new one)");
        }
        if (h.partyId() != null) {
            if (parties.current(h.partyId()).isEmpty()) {
                throw InvalidChange.notFound(f + ".partyId", f + ".partyId: party " + h.partyId() + " does not exist (không có người sử dụng đất này)");
            }
            return new Entry(h.partyId(), null, num, den);
        }
        PartyDetails d = details(h.party(), f + ".party");
        List<Violation> format = IdentifierRules.check(d, f + ".party");
        format.forEach(session::violate);
        if (format.isEmpty() && d.idType() != null) {
            parties.holderOfIdentifier(d.idType(), d.idNumber()).ifPresent(existing -> session.violate(Violation.of("PARTY_ALREADY_REGISTERED",
                    f + ".party: số giấy tờ " + d.idNumber() + " đã thuộc người sử dụng đất mã " + existing + " trong sổ địa chính; dùng partyId " + existing,
                    f + ".party: identifier " + d.idNumber() + " already belongs to party " + existing + " in the register; use partyId " + existing)));
        }
        return new Entry(null, d, num, den);
    }

    /** A single party (a mortgagee): existing or new, validated; created only when {@code create} runs. */
    public Plan checkOne(HolderInput h, String field, RegisterSession session) {
        if (h == null) {
            throw InvalidChange.malformed(field, field + " is required");
        }
        return new Plan(List.of(read(h, field, session, 1, 1)));
    }

    private static PartyDetails details(NewParty p, String f) {
        if (p.kind() == null || p.kind().isBlank()) {
            throw InvalidChange.malformed(f + ".kind", f + ".kind is required: individual, organisation or community");
        }
        String kind = p.kind().trim().toLowerCase(Locale.ROOT);
        if (!Set.of("individual", "organisation", "community", "household", "group").contains(kind)) {
            throw InvalidChange.malformed(f + ".kind", f + ".kind '" + p.kind() + "' is not one of individual, organisation, community");
        }
        if (p.name() == null || p.name().isBlank() || p.name().length() > 300) {
            throw InvalidChange.malformed(f + ".name", f + ".name is required (1-300 characters)");
        }
        if ((p.idType() == null) != (p.idNumber() == null)) {
            throw InvalidChange.malformed(f + ".idNumber", f + ": give both idType and idNumber, or neither");
        }
        if (p.gender() != null && !p.gender().equals("M") && !p.gender().equals("F")) {
            throw InvalidChange.malformed(f + ".gender", f + ".gender must be M or F");
        }
        if (p.birthDate() != null && p.birthDate().isAfter(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")))) {
            throw InvalidChange.malformed(f + ".birthDate", f + ".birthDate is in the future");
        }
        String idType = p.idType() == null ? null : p.idType().trim();
        String idNumber = p.idNumber() == null ? null : p.idNumber().trim();
        return new PartyDetails(kind, p.name().trim(), idType, idNumber, p.birthDate(), p.gender(), p.address());
    }
}
