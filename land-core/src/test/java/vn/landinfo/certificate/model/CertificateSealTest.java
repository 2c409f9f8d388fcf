package vn.landinfo.certificate.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.landinfo.certificate.infrastructure.SealKeys;

/** The seal and its link without a database: what is signed, what breaks a signature, how a link reads back. */
class CertificateSealTest {

    private static final KeyPair PAIR = SealKeys.generate();
    private static final CertificateSeal.Signer SIGNER = new CertificateSeal.Signer("k1", PAIR.getPrivate());
    private static final CertificateIdentity ID = new CertificateIdentity("AA00000042", LocalDate.of(2026, 1, 15),
            List.of("w7er8u0evss2", "w7er8u0eqxyz"), 2);

    @Test
    void aSealVerifiesAndReadsBackFromItsUrl() {
        SealedLink link = SIGNER.seal(ID);
        assertThat(CertificateSeal.verify(link, PAIR.getPublic())).isTrue();
        String url = link.url("https://dangky.example.vn/");
        assertThat(url).startsWith("https://dangky.example.vn/api/v1/certificates/AA00000042/verify?d=2026-01-15&p=w7er8u0eqxyz.w7er8u0evss2&h=2&k=k1&s=");
        SealedLink back = SealedLink.parseUrl(url).orElseThrow();
        assertThat(back.identity()).isEqualTo(ID);
        assertThat(CertificateSeal.verify(back, PAIR.getPublic())).isTrue();
    }

    @Test
    void theSameCertificateAlwaysGetsTheSameCode() {
        assertThat(SIGNER.seal(ID).url("x")).isEqualTo(SIGNER.seal(ID).url("x"));
    }

    @Test
    void everyAlteredFieldBreaksTheSignature() {
        SealedLink link = SIGNER.seal(ID);
        String sig = Base64.getUrlEncoder().withoutPadding().encodeToString(link.signature());
        Map<String, String> base = Map.of("d", "2026-01-15", "p", "w7er8u0eqxyz.w7er8u0evss2", "h", "2", "k", "k1", "s", sig);
        assertThat(verify("AA00000042", base)).isTrue();
        assertThat(verify("AA00000043", base)).isFalse();
        assertThat(verify("AA00000042", with(base, "d", "2026-01-16"))).isFalse();
        assertThat(verify("AA00000042", with(base, "p", "w7er8u0evss2"))).isFalse();
        assertThat(verify("AA00000042", with(base, "h", "3"))).isFalse();
        assertThat(verify("AA00000042", with(base, "k", "k2"))).isFalse();
        char[] flipped = sig.toCharArray();
        flipped[10] = flipped[10] == 'A' ? 'B' : 'A';
        assertThat(verify("AA00000042", with(base, "s", new String(flipped)))).isFalse();
    }

    @Test
    void anotherKeysSignatureIsRejected() {
        KeyPair other = SealKeys.generate();
        SealedLink forged = new CertificateSeal.Signer("k1", other.getPrivate()).seal(ID);
        assertThat(CertificateSeal.verify(forged, PAIR.getPublic())).isFalse();
    }

    @Test
    void malformedLinksDoNotParse() {
        assertThat(SealedLink.parseUrl("https://x/api/v1/certificates/AA00000042/verify")).isEmpty();
        assertThat(SealedLink.parseUrl("https://x/somewhere?d=2026-01-15")).isEmpty();
        assertThat(SealedLink.parse("AA00000042", Map.of("d", "15/01/2026", "p", "", "h", "1", "k", "k1", "s", "AAAA"))).isEmpty();
        assertThat(SealedLink.parse("AA00000042", Map.of("d", "2026-01-15", "p", "NOT-A-GEOHASH", "h", "1", "k", "k1", "s", "AAAA"))).isEmpty();
        assertThat(SealedLink.parse("AA00000042", Map.of("d", "2026-01-15", "p", "", "h", "1", "k", "K1", "s", "AAAA"))).isEmpty();
        assertThat(SealedLink.parse("AA00000042", Map.of("d", "2026-01-15", "p", "", "h", "x", "k", "k1", "s", "AAAA"))).isEmpty();
    }

    @Test
    void aSignatureOfTheWrongLengthIsSimplyInvalid() {
        SealedLink shortSig = new SealedLink(ID, "k1", new byte[] {1, 2, 3});
        assertThat(CertificateSeal.verify(shortSig, PAIR.getPublic())).isFalse();
    }

    private static boolean verify(String serial, Map<String, String> params) {
        return SealedLink.parse(serial, params).map(l -> CertificateSeal.verify(l, PAIR.getPublic())).orElse(false);
    }

    private static Map<String, String> with(Map<String, String> m, String k, String v) {
        var copy = new java.util.HashMap<>(m);
        copy.put(k, v);
        return copy;
    }
}
