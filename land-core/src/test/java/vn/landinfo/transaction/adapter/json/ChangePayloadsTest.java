package vn.landinfo.transaction.adapter.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.databind.json.JsonMapper;
import vn.landinfo.transaction.application.StoredChange;
import vn.landinfo.transaction.application.command.BoundaryCorrection;
import vn.landinfo.transaction.application.command.CertificateChange;
import vn.landinfo.transaction.application.command.ChangeCommand;
import vn.landinfo.transaction.application.command.FirstRegistration;
import vn.landinfo.transaction.application.command.HolderInput;
import vn.landinfo.transaction.application.command.InformationChange;
import vn.landinfo.transaction.application.command.MortgageRegistration;
import vn.landinfo.transaction.application.command.MortgageRelease;
import vn.landinfo.transaction.application.command.RightsTransfer;
import vn.landinfo.transaction.application.command.SheetRef;
import vn.landinfo.transaction.application.command.Split;
import vn.landinfo.transaction.model.InvalidChange;
import vn.landinfo.transaction.model.TransactionKind;

/**
 * The JSON adapter reads a change once, at the edge, into the kind's command with parsed values (JTS
 * geometries carrying the transaction's SRID, typed numbers and dates), and refuses what a command cannot
 * hold: numbers where text belongs, holes in lists, geometries over the vertex bound.
 */
class ChangePayloadsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final ChangePayloads payloads = new ChangePayloads(Map.of(
            TransactionKind.TRANSFER, RightsTransfer.class, TransactionKind.MORTGAGE_REGISTRATION, MortgageRegistration.class,
            TransactionKind.MORTGAGE_RELEASE, MortgageRelease.class, TransactionKind.INFORMATION_CHANGE, InformationChange.class,
            TransactionKind.CERTIFICATE_REISSUE, CertificateChange.class, TransactionKind.FIRST_REGISTRATION, FirstRegistration.class,
            TransactionKind.BOUNDARY_CORRECTION, BoundaryCorrection.class, TransactionKind.SPLIT, Split.class), 100, JSON);

    private ChangeCommand read(TransactionKind kind, String change) {
        return payloads.read(kind, 4326, JSON.readTree(change));
    }

    private final Refusals refused = new Refusals(payloads);

    @Test
    void aTransferReadsWithItsOptionalCertificateSerial() {
        RightsTransfer t = (RightsTransfer) read(TransactionKind.TRANSFER, """
                {"parcelId": 5, "from": [1, 2], "to": [{"party": {"kind": "individual", "name": "Lê Thị Hoa",
                 "idType": "personal_id", "idNumber": "001185000001", "birthDate": "1985-02-03", "gender": "F"},
                 "shareNumerator": 1, "shareDenominator": 2}, {"partyId": 9, "shareNumerator": 1, "shareDenominator": 2}],
                 "newCertificate": true, "certificateSerial": "AA00000001"}""");
        assertThat(t.from()).containsExactly(1L, 2L);
        assertThat(t.to().get(0).party().birthDate()).isEqualTo(LocalDate.of(1985, 2, 3));
        assertThat(t.to().get(1).partyId()).isEqualTo(9L);
        assertThat(t.certificateSerial()).isEqualTo("AA00000001");
        RightsTransfer without = (RightsTransfer) read(TransactionKind.TRANSFER, "{\"parcelId\": 5, \"from\": [1], \"to\": [{\"partyId\": 3}]}");
        assertThat(without.certificateSerial()).isNull();
        assertThat(without.newCertificate()).isNull();
    }

    @Test
    void mortgageAndReleaseAndInformationChangeRead() {
        MortgageRegistration m = (MortgageRegistration) read(TransactionKind.MORTGAGE_REGISTRATION, """
                {"parcelId": 5, "mortgagee": {"partyId": 7}, "contractNo": "12/2026/HĐTC", "contractDate": "2026-01-02",
                 "securedAmountVnd": 500000000}""");
        assertThat(m.mortgagee().partyId()).isEqualTo(7L);
        assertThat(m.contractDate()).isEqualTo(LocalDate.of(2026, 1, 2));
        assertThat(m.securedAmountVnd()).isEqualTo(500_000_000L);
        assertThat(read(TransactionKind.MORTGAGE_RELEASE, "{\"parcelId\": 5, \"mortgageId\": 8}")).isEqualTo(new MortgageRelease(5L, 8L));
        InformationChange i = (InformationChange) read(TransactionKind.INFORMATION_CHANGE,
                "{\"parcelId\": 5, \"address\": \"12 Hàng Bạc\", \"parties\": [{\"partyId\": 1, \"idType\": \"personal_id\", \"idNumber\": \"001085123456\"}]}");
        assertThat(i.parties()).containsExactly(new InformationChange.PartyUpdate(1L, null, null, "personal_id", "001085123456"));
        assertThat(((CertificateChange) read(TransactionKind.CERTIFICATE_REISSUE, "{\"serial\": \"AA00000001\", \"reason\": \"mất\"}")).reason())
                .isEqualTo("mất");
    }

    @Test
    void aFirstRegistrationReadsItsSheetHoldersAndGeometryInTheTransactionsCrs() {
        FirstRegistration f = (FirstRegistration) read(TransactionKind.FIRST_REGISTRATION, """
                {"sheet": {"commune": "00070", "sheet": 3, "surveyUnit": "00073"},
                 "geometry": {"type": "Polygon", "coordinates": [[[105.85,21.03],[105.851,21.03],[105.851,21.031],[105.85,21.03]]]},
                 "legalArea": 120.5, "purposes": [{"code": "ODT"}], "holders": [{"partyId": 4}], "issueCertificate": false}""");
        assertThat(f.sheet()).isEqualTo(new SheetRef("00070", "00073", 3));
        assertThat(f.geometry()).isInstanceOf(Polygon.class);
        assertThat(f.geometry().getSRID()).isEqualTo(4326);
        assertThat(f.geometry().getCoordinates()[1].x).isEqualTo(105.851);
        assertThat(f.legalArea()).isEqualByComparingTo(new BigDecimal("120.5"));
        assertThat(f.holders()).containsExactly(new HolderInput(4L, null, null, null));
        assertThat(f.issueCertificate()).isFalse();
    }

    @Test
    void aNumberOrABooleanWhereTextBelongsIsRefusedNamingTheField() {
        InvalidChange serial = refused.naming("serial", TransactionKind.CERTIFICATE_REISSUE, "{\"serial\": 12345678, \"reason\": \"mất\"}");
        assertThat(serial.getMessage()).contains("serial must be a string, got a number 12345678");
        refused.naming("reason", TransactionKind.CERTIFICATE_REISSUE, "{\"serial\": \"AA00000001\", \"reason\": true}");
        refused.naming("correction", TransactionKind.CERTIFICATE_REISSUE, "{\"serial\": \"AA00000001\", \"correction\": 1.5}");
        InvalidChange contract = refused.naming("contractNo", TransactionKind.MORTGAGE_REGISTRATION,
                "{\"parcelId\": 5, \"mortgagee\": {\"partyId\": 7}, \"contractNo\": 12, \"contractDate\": \"2026-01-02\", \"securedAmountVnd\": 1}");
        assertThat(contract.getMessage()).contains("must be a string");
    }

    @Test
    void aNullInsideAListIsRefusedNamingTheElement() {
        InvalidChange neighbour = refused.naming("neighbours[1]", TransactionKind.BOUNDARY_CORRECTION, "{\"parcelId\": 1, \"neighbours\": [2, null]}");
        assertThat(neighbour.getMessage()).contains("neighbours[1] is null");
        refused.naming("to[0]", TransactionKind.TRANSFER, "{\"parcelId\": 5, \"from\": [1], \"to\": [null]}");
    }

    @Test
    void aGeometryIsCheckedWhereItIsReadAndNamedByItsPlace() {
        InvalidChange tooLarge = refused.naming("children[1].geometry", TransactionKind.SPLIT,
                "{\"parcelId\": 1, \"children\": [{}, {\"geometry\": " + TestGeoJson.ring(150) + "}]}");
        assertThat(tooLarge.reason()).isEqualTo(InvalidChange.Reason.TOO_LARGE);
        assertThat(tooLarge.getMessage()).contains("children[1].geometry has 151 vertices; at most 100");
        refused.naming("cuttingLines[0]", TransactionKind.SPLIT, "{\"parcelId\": 1, \"cuttingLines\": [{\"type\": \"LineString\", \"coordinates\": [[1, 2]]}]}");
        InvalidChange notGeoJson = refused.naming("geometry", TransactionKind.BOUNDARY_CORRECTION,
                "{\"parcelId\": 1, \"geometry\": \"POLYGON((0 0, 1 0, 1 1, 0 0))\"}");
        assertThat(notGeoJson.getMessage()).contains("must be a GeoJSON geometry object");
    }

    @Test
    void aStoredChangeReadsBackAsTheSameCommandInItsCrs() {
        StoredChange in = payloads.encode(TransactionKind.BOUNDARY_CORRECTION, 9210,
                JSON.readTree("{\"parcelId\": 7, \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[588000,2330000],[588010,2330000],[588010,2330010],[588000,2330000]]]}, \"neighbours\": [8]}"));
        StoredChange back = payloads.decode(TransactionKind.BOUNDARY_CORRECTION, in.stored());
        assertThat(back.srid()).isEqualTo(9210);
        BoundaryCorrection c = (BoundaryCorrection) back.command();
        assertThat(c.geometry().getSRID()).isEqualTo(9210);
        assertThat(c.geometry().equalsExact(((BoundaryCorrection) in.command()).geometry())).isTrue();
        assertThat(c.neighbours()).isEqualTo(List.of(8L));
    }
}
