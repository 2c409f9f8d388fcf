package vn.landinfo.transaction.application.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The rights commands read from a REST body (with and without the optional fields) and write back unchanged. */
class RightsCommandsJsonTest {

    private final ObjectMapper json = JsonMapper.builder().build();

    @Test
    void aTransferReadsWithItsOptionalCertificateSerial() {
        RightsTransfer t = json.readValue("""
                {"parcelId": 5, "from": [1, 2], "to": [{"party": {"kind": "individual", "name": "Lê Thị Hoa",
                 "idType": "personal_id", "idNumber": "001185000001", "birthDate": "1985-02-03", "gender": "F"},
                 "shareNumerator": 1, "shareDenominator": 2}, {"partyId": 9, "shareNumerator": 1, "shareDenominator": 2}],
                 "newCertificate": true, "certificateSerial": "AA00000001"}""", RightsTransfer.class);
        assertThat(t.from()).containsExactly(1L, 2L);
        assertThat(t.to().get(0).party().birthDate()).isEqualTo(LocalDate.of(1985, 2, 3));
        assertThat(t.to().get(1).partyId()).isEqualTo(9L);
        assertThat(t.certificateSerial()).isEqualTo("AA00000001");
        assertThat(json.readValue(json.writeValueAsString(t), RightsTransfer.class)).isEqualTo(t);
        RightsTransfer without = json.readValue("{\"parcelId\": 5, \"from\": [1], \"to\": [{\"partyId\": 3}]}", RightsTransfer.class);
        assertThat(without.certificateSerial()).isNull();
        assertThat(without.newCertificate()).isNull();
    }

    @Test
    void mortgageAndReleaseAndInformationChangeRead() {
        MortgageRegistration m = json.readValue("""
                {"parcelId": 5, "mortgagee": {"partyId": 7}, "contractNo": "12/2026/HĐTC", "contractDate": "2026-01-02",
                 "securedAmountVnd": 500000000}""", MortgageRegistration.class);
        assertThat(m.mortgagee().partyId()).isEqualTo(7L);
        assertThat(m.securedAmountVnd()).isEqualTo(500_000_000L);
        assertThat(json.readValue("{\"parcelId\": 5, \"mortgageId\": 8}", MortgageRelease.class)).isEqualTo(new MortgageRelease(5L, 8L));
        InformationChange i = json.readValue("""
                {"parcelId": 5, "address": "12 Hàng Bạc", "parties": [{"partyId": 1, "idType": "personal_id", "idNumber": "001085123456"}]}""",
                InformationChange.class);
        assertThat(i.parties()).containsExactly(new InformationChange.PartyUpdate(1L, null, null, "personal_id", "001085123456"));
        assertThat(json.readValue("{\"serial\": \"AA00000001\", \"reason\": \"mất\"}", CertificateChange.class).reason()).isEqualTo("mất");
    }

    @Test
    void aFirstRegistrationReadsItsSheetAndHolders() {
        FirstRegistration f = json.readValue("""
                {"sheet": {"commune": "00070", "sheet": 3, "surveyUnit": "00073"}, "geometry": {"type": "Polygon", "coordinates": [[[0,0],[1,0],[1,1],[0,0]]]},
                 "purposes": [{"code": "ODT"}], "holders": [{"partyId": 4}], "issueCertificate": false}""", FirstRegistration.class);
        assertThat(f.sheet()).isEqualTo(new SheetRef("00070", "00073", 3));
        assertThat(f.geometry().get("type").asString()).isEqualTo("Polygon");
        assertThat(f.holders()).containsExactly(new HolderInput(4L, null, null, null));
        assertThat(f.issueCertificate()).isFalse();
        assertThat(List.of(f.purposes().get(0).code())).containsExactly("ODT");
    }
}
