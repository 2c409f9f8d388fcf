package vn.landinfo.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CertificateApiIT extends ApiTestSupport {

    @Test
    void aCertificatesPublicViewListsItsParcelsByLegalAddressButNeverItsHolders() {
        Response r = get("/api/v1/certificates/ZZ99000001");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/json");
        JsonNode c = r.json();
        assertThat(c.get("serial").asString()).isEqualTo("ZZ99000001");
        assertThat(c.get("form").asString()).isEqualTo("TT10_2024");
        assertThat(c.get("issueDate").asString()).isEqualTo("2016-01-20");
        assertThat(c.get("issuingAuthority").asString()).isEqualTo("Sở Tài nguyên và Môi trường thành phố Hà Nội");
        assertThat(c.get("status").asString()).isEqualTo("valid");
        assertThat(c.get("parcels")).hasSize(2);
        JsonNode first = c.get("parcels").get(0);
        assertThat(first.get("communeCode").asString()).isEqualTo("00070");
        assertThat(first.get("surveyUnitCode").asString()).isEqualTo("99701");
        assertThat(first.get("sheetNumber").asInt()).isEqualTo(1);
        assertThat(first.get("parcelNumber").asInt()).isEqualTo(9001);
        assertThat(c.get("parcels").get(1).get("parcelNumber").asInt()).isEqualTo(9002);
        assertThat(r.body()).doesNotContain("Nguyễn Văn Chủ Sở Hữu Bí Mật", "001070999999", "holder");
    }

    @Test
    void aSerialIsMatchedWhateverItsCase() {
        assertThat(get("/api/v1/certificates/zz99000001").status()).isEqualTo(200);
    }
}
