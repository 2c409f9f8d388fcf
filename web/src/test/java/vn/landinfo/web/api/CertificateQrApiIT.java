package vn.landinfo.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The certificate QR code over HTTP: the PNG decodes to a sealed link, the link verifies, altered links do not. */
class CertificateQrApiIT extends ApiTestSupport {

    private String scan(String serial) throws Exception {
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(uri("/api/v1/certificates/" + serial + "/qr.png?size=360")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).isEqualTo("image/png");
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(r.body()));
        assertThat(img.getWidth()).isEqualTo(360);
        int[] px = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(img.getWidth(), img.getHeight(), px))))
                .getText();
    }

    /** The scanned link's path and query, sent to this test server whatever base URL was printed. */
    private static String pathOf(String link) {
        return link.substring(link.indexOf("/api/v1/"));
    }

    @Test
    void theQrCodeLinksToAVerificationThatSaysTheCertificateIsGenuineAndInForce() throws Exception {
        String link = scan("ZZ99000001");
        assertThat(link).contains("/api/v1/certificates/ZZ99000001/verify?d=2016-01-20&p=").contains("&h=1&k=");

        Response r = get(pathOf(link));
        assertThat(r.status()).isEqualTo(200);
        JsonNode v = r.json();
        assertThat(v.get("genuine").asBoolean()).isTrue();
        assertThat(v.get("verdict").asString()).isEqualTo("GENUINE");
        assertThat(v.get("status").asString()).isEqualTo("valid");
        assertThat(v.get("certificate").get("parcels")).hasSize(2);
        // The public view only: never the holders.
        assertThat(r.body()).doesNotContain("Nguyễn Văn Chủ Sở Hữu Bí Mật", "001070999999");
    }

    @Test
    void alteredOrForgedLinksAreRejected() throws Exception {
        String path = pathOf(scan("ZZ99000001"));
        JsonNode altered = get(path.replace("&h=1&", "&h=2&")).json();
        assertThat(altered.get("genuine").asBoolean()).isFalse();
        assertThat(altered.get("verdict").asString()).isEqualTo("FORGED");
        assertThat(altered.get("status").isNull()).isTrue();
        assertThat(altered.has("certificate")).isFalse();

        int s = path.indexOf("&s=") + 3;
        char c = path.charAt(s + 4);
        JsonNode badSignature = get(path.substring(0, s + 4) + (c == 'A' ? 'B' : 'A') + path.substring(s + 5)).json();
        assertThat(badSignature.get("verdict").asString()).isEqualTo("FORGED");

        Response unknown = get(path.replace("ZZ99000001", "ZZ99000999"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("verdict").asString()).isEqualTo("UNKNOWN_CERTIFICATE");

        Response malformed = get("/api/v1/certificates/ZZ99000001/verify?d=2016-01-20");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(get("/api/v1/certificates/ZZ99000001/verify?x=1").status()).isEqualTo(400);
    }

    @Test
    void theImageIsBoundedAndAnUnknownSerialIsNotFound() {
        assertThat(get("/api/v1/certificates/ZZ99000999/qr.png").status()).isEqualTo(404);
        assertThat(get("/api/v1/certificates/ZZ99000001/qr.png?size=100000").status()).isEqualTo(400);
        assertThat(get("/api/v1/certificates/not-a-serial/qr.png").status()).isEqualTo(400);
    }
}
