package vn.landinfo.party.model;

import vn.landinfo.shared.model.Violation;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentifierRulesTest {

    private static PartyDetails person(String type, String number, LocalDate birth, String gender) {
        return new PartyDetails("individual", "Nguyễn Văn An", type, number, birth, gender, null);
    }

    private static List<String> codes(PartyDetails p) {
        return IdentifierRules.check(p, "to[0].party").stream().map(Violation::code).toList();
    }

    @Test
    void aTwelveDigitPersonalIdMatchingBirthAndGenderPasses() {
        // 001 Hà Nội, 0 = male born 1900-1999, 85 = 1985
        assertThat(codes(person("personal_id", "001085123456", LocalDate.of(1985, 3, 1), "M"))).isEmpty();
        // 3 = female born 2000-2099, 01 = 2001
        assertThat(codes(person("personal_id", "079301000001", LocalDate.of(2001, 1, 9), "F"))).isEmpty();
        // without birth date and gender only the shape and the province are checked
        assertThat(codes(person("personal_id", "036199000777", null, null))).isEmpty();
    }

    @Test
    void oldIdentityCardsAndPassportsAreNotAcceptedForNewIndividuals() {
        assertThat(codes(person("identity_card", "012345678", null, null))).containsExactly("IDENTIFIER_FORMAT");
        assertThat(codes(person("passport", "B1234567", null, null))).containsExactly("IDENTIFIER_FORMAT");
        assertThat(codes(person(null, null, null, null))).containsExactly("IDENTIFIER_FORMAT");
    }

    @Test
    void wrongLengthOrLettersAreRefused() {
        assertThat(codes(person("personal_id", "00108512345", null, null))).containsExactly("IDENTIFIER_FORMAT");
        assertThat(codes(person("personal_id", "00108512345X", null, null))).containsExactly("IDENTIFIER_FORMAT");
    }

    @Test
    void theBirthYearAndGenderWrittenInTheNumberMustAgree() {
        List<Violation> v = IdentifierRules.check(person("personal_id", "001085123456", LocalDate.of(1986, 3, 1), "F"), "holders[1].party");
        assertThat(v).extracting(Violation::code).containsExactly("IDENTIFIER_FORMAT", "IDENTIFIER_FORMAT");
        assertThat(v.get(0).messageEn()).startsWith("holders[1].party:").contains("1986");
        assertThat(v.get(1).messageVi()).contains("giới tính");
        // born 2001 but the number says 20th century
        assertThat(codes(person("personal_id", "001001123456", LocalDate.of(2001, 3, 1), "M"))).containsExactly("IDENTIFIER_FORMAT");
    }

    @Test
    void theProvinceOfBirthRegistrationMustBeACode() {
        assertThat(codes(person("personal_id", "000085123456", null, null))).containsExactly("IDENTIFIER_FORMAT");
        assertThat(codes(person("personal_id", "097085123456", null, null))).containsExactly("IDENTIFIER_FORMAT");
    }

    @Test
    void organisationsNeedATaxCode() {
        PartyDetails ok = new PartyDetails("organisation", "Công ty TNHH An Phát", "tax_code", "0101234567", null, null, null);
        PartyDetails branch = new PartyDetails("organisation", "Chi nhánh", "tax_code", "0101234567-001", null, null, null);
        PartyDetails bad = new PartyDetails("organisation", "Công ty", "tax_code", "01012345", null, null, null);
        PartyDetails reg = new PartyDetails("organisation", "Công ty", "business_registration", "0101234567", null, null, null);
        assertThat(codes(ok)).isEmpty();
        assertThat(codes(branch)).isEmpty();
        assertThat(codes(bad)).containsExactly("IDENTIFIER_FORMAT");
        assertThat(codes(reg)).containsExactly("IDENTIFIER_FORMAT");
    }

    @Test
    void householdsAreNoLongerNewHolders() {
        PartyDetails hh = new PartyDetails("household", "Hộ ông Nguyễn Văn An", null, null, null, null, null);
        assertThat(codes(hh)).containsExactly("PARTY_KIND_NOT_ALLOWED");
    }

    @Test
    void aCommunityNeedsNoDocumentButAGivenOneIsChecked() {
        assertThat(codes(new PartyDetails("community", "Cộng đồng dân cư thôn Đông", null, null, null, null, null))).isEmpty();
        assertThat(codes(new PartyDetails("community", "Cộng đồng", "passport", "x", null, null, null))).containsExactly("IDENTIFIER_FORMAT");
    }

    @Test
    void currentFormatForReplacementDocuments() {
        assertThat(IdentifierRules.currentFormat("personal_id", "001085123456")).isTrue();
        assertThat(IdentifierRules.currentFormat("identity_card", "012345678")).isFalse();
        assertThat(IdentifierRules.currentFormat("tax_code", "0101234567-001")).isTrue();
    }
}
