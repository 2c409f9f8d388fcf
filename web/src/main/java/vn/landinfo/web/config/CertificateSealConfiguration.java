package vn.landinfo.web.config;

import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.landinfo.certificate.application.CertificateQrCodes;
import vn.landinfo.certificate.application.VerifyingCertificate;
import vn.landinfo.certificate.infrastructure.CertificateRecords;
import vn.landinfo.certificate.infrastructure.SealKeys;

/**
 * Wires the certificate QR seal. {@code landinfo.public-base-url} is where citizens reach the public API
 * (printed into every QR code, so it must be the stable public address, not an instance's). A deployment
 * that keeps its signing key in a secret store sets {@code landinfo.certificate-seal.private-key} (base64
 * PKCS#8) and {@code landinfo.certificate-seal.public-key} (base64 X.509); otherwise the key is made in the
 * database on first use.
 */
@Configuration(proxyBeanMethods = false)
public class CertificateSealConfiguration {

    @Bean
    SealKeys sealKeys(DataSource dataSource,
                      @Value("${landinfo.certificate-seal.private-key:}") String privateKey,
                      @Value("${landinfo.certificate-seal.public-key:}") String publicKey) {
        if (privateKey.isBlank() != publicKey.isBlank()) {
            throw new IllegalStateException("landinfo.certificate-seal: set both private-key and public-key, or neither");
        }
        return new SealKeys(dataSource, privateKey.isBlank() ? Optional.empty()
                : Optional.of(new SealKeys.Configured(privateKey, publicKey)));
    }

    @Bean
    CertificateRecords certificateRecords(DataSource dataSource) {
        return new CertificateRecords(dataSource);
    }

    @Bean
    CertificateQrCodes certificateQrCodes(CertificateRecords records, SealKeys keys,
                                          @Value("${landinfo.public-base-url:http://localhost:${server.port:8080}}") String baseUrl) {
        return new CertificateQrCodes(records, keys, baseUrl);
    }

    @Bean
    VerifyingCertificate verifyingCertificate(CertificateRecords records, SealKeys keys) {
        return new VerifyingCertificate(records, keys);
    }
}
