package vn.landinfo.transaction.application.command;

import java.time.LocalDate;

/**
 * A party the register does not know yet (a buyer, an heir, a bank): kind (individual, organisation,
 * household, community), name, one identifier (type and number, checked per type), and for individuals
 * birth date and gender.
 */
public record NewParty(String kind, String name, String idType, String idNumber, LocalDate birthDate, String gender,
                       String address) {
}
