package vn.landinfo.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.security.KeyPair;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.certificate.application.CertificateQrCodes;
import vn.landinfo.certificate.application.VerifyingCertificate;
import vn.landinfo.certificate.infrastructure.CertificateRecords;
import vn.landinfo.certificate.infrastructure.SealKeys;
import vn.landinfo.certificate.model.CertificateIdentity;
import vn.landinfo.certificate.model.CertificateSeal;
import vn.landinfo.certificate.model.SealedLink;
import vn.landinfo.certificate.model.Verification;
import vn.landinfo.certificate.model.Verification.Verdict;
import vn.landinfo.testsupport.CaseFixture;
import vn.landinfo.testsupport.TransactionFixture;
import vn.landinfo.testsupport.TransactionRequests;
import vn.landinfo.transaction.application.TransactionPipeline;
import vn.landinfo.transaction.application.command.CertificateChange;
import vn.landinfo.transaction.model.TransactionKind;

/** QR codes of certificates of the register: sealing, the PNG, and verification of genuine, forged and altered codes. */
class CertificateSealIT {

    private static final String BASE = "https://dangky.example.vn";

    private static DataSource ds;
    private static JdbcClient jdbc;
    private static SealKeys keys;
    private static CertificateQrCodes codes;
    private static VerifyingCertificate verifier;
    private static List<String> serials;

    @BeforeAll
    static void setUp() {
        ds = TransactionFixture.dataSource();
        jdbc = JdbcClient.create(ds);
        keys = new SealKeys(ds, Optional.empty());
        CertificateRecords records = new CertificateRecords(ds);
        codes = new CertificateQrCodes(records, keys, BASE);
        verifier = new VerifyingCertificate(records, keys);
        // Four lots of a case of their own (CaseFixture), each with its certificate in force.
        Long[] lots = CaseFixture.lotsInARow(ds, 4).insert().ids().values().toArray(Long[]::new);
        serials = jdbc.sql("""
                SELECT c.serial FROM certificate_parcel cp JOIN certificate c ON c.id = cp.certificate_id
                WHERE cp.parcel_id = ANY (:lots) AND c.status = 'valid' ORDER BY c.id""")
                .param("lots", lots).query(String.class).list();
        assertThat(serials).hasSize(4);
    }

    private static Map<String, String> params(String url) {
        Map<String, String> out = new HashMap<>();
        for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
            out.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        return out;
    }

    private static void change(TransactionKind kind, String serial, String reason) {
        TransactionPipeline pipeline = TransactionFixture.pipeline();
        pipeline.commit(TransactionRequests.request(kind, new CertificateChange(serial, reason, null)));
    }

    @Test
    void theKeyIsMadeOnceAndSharedByEveryInstance() {
        String url = codes.content(serials.get(0)).orElseThrow();
        String kid = params(url).get("k");
        assertThat(jdbc.sql("SELECT count(*) FROM certificate_seal_key WHERE active AND private_key IS NOT NULL").query(Long.class).single()).isEqualTo(1);
        SealKeys another = new SealKeys(ds, Optional.empty());
        assertThat(another.signer().keyId()).isEqualTo(kid);
        assertThat(another.signer().toString()).doesNotContain("private");
    }

    @Test
    void aGenuineCodeVerifiesAndTellsTheCurrentStatus() {
        String serial = serials.get(1);
        String url = codes.content(serial).orElseThrow();
        assertThat(url).startsWith(BASE + "/api/v1/certificates/" + serial + "/verify?d=");
        Verification v = verifier.verify(serial, params(url));
        assertThat(v.verdict()).isEqualTo(Verdict.GENUINE);
        assertThat(v.status()).isEqualTo("valid");
        assertThat(verifier.verifyUrl(url).genuine()).isTrue();
        // The code is the same whenever it is made (it is printed once on paper).
        assertThat(codes.content(serial)).contains(url);

        change(TransactionKind.CERTIFICATE_REISSUE, serial, "Mất");
        String replacement = jdbc.sql("SELECT r.serial FROM certificate c JOIN certificate r ON r.id = c.replaced_by_id WHERE c.serial = :s")
                .param("s", serial).query(String.class).single();
        Verification after = verifier.verify(serial, params(url));
        assertThat(after.verdict()).isEqualTo(Verdict.GENUINE);
        assertThat(after.status()).isEqualTo("replaced");
        assertThat(after.replacedBy()).isEqualTo(replacement);
        assertThat(after.messageVi()).contains(replacement);
        assertThat(verifier.verifyUrl(codes.content(replacement).orElseThrow()).status()).isEqualTo("valid");

        String revoked = serials.get(2);
        String revokedUrl = codes.content(revoked).orElseThrow();
        change(TransactionKind.CERTIFICATE_REVOCATION, revoked, "Thu hồi theo bản án");
        Verification r = verifier.verifyUrl(revokedUrl);
        assertThat(r.verdict()).isEqualTo(Verdict.GENUINE);
        assertThat(r.status()).isEqualTo("revoked");
        assertThat(r.messageEn()).contains("revoked");
    }

    @Test
    void forgedAndAlteredCodesAreRejected() {
        String serial = serials.get(3);
        String url = codes.content(serial).orElseThrow();
        Map<String, String> genuine = params(url);

        // Another key under the register's key id.
        KeyPair other = SealKeys.generate();
        CertificateIdentity identity = SealedLink.parseUrl(url).orElseThrow().identity();
        SealedLink forged = new CertificateSeal.Signer(genuine.get("k"), other.getPrivate()).seal(identity);
        assertThat(verifier.verify(forged).verdict()).isEqualTo(Verdict.FORGED);
        // An unknown key id.
        assertThat(verifier.verify(new CertificateSeal.Signer("ffff", other.getPrivate()).seal(identity)).verdict()).isEqualTo(Verdict.FORGED);

        // The genuine signature on changed fields: another certificate's serial, another date, parcels, holders.
        assertThat(verifier.verify(serials.get(0), genuine).verdict()).isEqualTo(Verdict.FORGED);
        assertThat(verifier.verify(serial, with(genuine, "d", "2001-01-01")).verdict()).isEqualTo(Verdict.FORGED);
        assertThat(verifier.verify(serial, with(genuine, "h", "7")).verdict()).isEqualTo(Verdict.FORGED);
        assertThat(verifier.verify(serial, with(genuine, "p", "w7er8u0evss2")).verdict()).isEqualTo(Verdict.FORGED);
        byte[] sig = Base64.getUrlDecoder().decode(genuine.get("s"));
        sig[5] ^= 1;
        assertThat(verifier.verify(serial, with(genuine, "s", Base64.getUrlEncoder().withoutPadding().encodeToString(sig))).verdict())
                .isEqualTo(Verdict.FORGED);

        // A serial the register does not have, and links that do not read.
        assertThat(verifier.verify("ZZ99999999", genuine).verdict()).isEqualTo(Verdict.UNKNOWN_CERTIFICATE);
        assertThat(verifier.verify(serial, with(genuine, "d", "yesterday")).verdict()).isEqualTo(Verdict.MALFORMED);
        assertThat(verifier.verifyUrl("https://evil.example/phish").verdict()).isEqualTo(Verdict.MALFORMED);

        // Signed by the register's own key but not what the register holds (a leaked signer, or a register edited behind its back).
        CertificateIdentity wrong = new CertificateIdentity(identity.serial(), identity.issueDate(), identity.parcelNationalIds(), identity.holderCount() + 1);
        assertThat(verifier.verify(keys.signer().seal(wrong)).verdict()).isEqualTo(Verdict.NOT_MATCHING_REGISTER);
    }

    @Test
    void aConfiguredKeySignsAndEveryInstanceCanVerifyItsCodes() {
        KeyPair pair = SealKeys.generate();
        SealKeys configured = new SealKeys(ds, Optional.of(new SealKeys.Configured(
                Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()),
                Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()))));
        CertificateRecords records = new CertificateRecords(ds);
        String url = new CertificateQrCodes(records, configured, BASE).content(serials.get(0)).orElseThrow();
        assertThat(params(url).get("k")).isEqualTo(configured.signer().keyId()).isNotEqualTo(keys.signer().keyId());
        // An instance without that configuration finds the public key in the table.
        assertThat(new VerifyingCertificate(records, new SealKeys(ds, Optional.empty())).verifyUrl(url).genuine()).isTrue();
        assertThat(jdbc.sql("SELECT private_key IS NULL FROM certificate_seal_key WHERE key_id = :k").param("k", configured.signer().keyId())
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void thePngDecodesToTheSealedLink() throws Exception {
        String serial = serials.get(0);
        byte[] png = codes.png(serial, 400).orElseThrow();
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(img.getWidth()).isEqualTo(400);
        int[] pixels = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
        String text = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(img.getWidth(), img.getHeight(), pixels)))).getText();
        assertThat(text).isEqualTo(codes.content(serial).orElseThrow());
        assertThat(verifier.verifyUrl(text).genuine()).isTrue();
        assertThat(codes.png("ZZ99999999", 400)).isEmpty();
        assertThat(ImageIO.read(new ByteArrayInputStream(codes.png(serial, 10_000).orElseThrow())).getWidth())
                .isEqualTo(CertificateQrCodes.MAX_SIZE);
    }

    private static Map<String, String> with(Map<String, String> m, String k, String v) {
        Map<String, String> copy = new HashMap<>(m);
        copy.put(k, v);
        return copy;
    }
}
