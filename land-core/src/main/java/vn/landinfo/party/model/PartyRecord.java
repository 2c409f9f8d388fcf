package vn.landinfo.party.model;

import java.time.LocalDate;
import java.util.List;

/** A party's current version as a transaction reads it, with its identity documents in force. */
public record PartyRecord(long partyId, String kind, long versionId, int version, String name, LocalDate birthDate,
                          String gender, String nationality, String address, List<Identifier> identifiers) {

    /** An identity document in force (valid_to null). */
    public record Identifier(long id, String type, String number) {
    }
}
