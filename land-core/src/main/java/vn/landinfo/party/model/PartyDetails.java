package vn.landinfo.party.model;

import java.time.LocalDate;

/**
 * What the register records about a party it does not know yet: kind (individual, organisation,
 * community), name, one identity document and, for individuals, birth date and gender.
 */
public record PartyDetails(String kind, String name, String idType, String idNumber, LocalDate birthDate, String gender,
                           String address) {
}
