package vn.landinfo.certificate.infrastructure;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.certificate.model.CertificateSeal;

/**
 * The Ed25519 keys that seal certificates' QR codes, kept in {@code certificate_seal_key}. The active key
 * is made on first use (two instances racing make one: the table allows a single active row); a
 * deployment may instead configure its own key pair, which then signs, and whose public half is recorded
 * in the table so every instance can verify its codes. Public keys are cached by key id; the private key
 * is read only to build the {@link CertificateSeal.Signer} and is never handed out.
 */
public final class SealKeys {

    /** A key pair supplied by configuration: base64 PKCS#8 private key and X.509 public key. */
    public record Configured(String privatePkcs8Base64, String publicX509Base64) {
        @Override
        public String toString() {
            return "Configured[private key hidden]";
        }
    }

    private final JdbcClient jdbc;
    private final Configured configured;
    private final Map<String, PublicKey> publicKeys = new ConcurrentHashMap<>();
    private volatile CertificateSeal.Signer signer;

    public SealKeys(DataSource dataSource, Optional<Configured> configured) {
        this.jdbc = JdbcClient.create(dataSource);
        this.configured = configured.orElse(null);
    }

    /** The signer of new codes (made on first use). */
    public CertificateSeal.Signer signer() {
        CertificateSeal.Signer s = signer;
        if (s == null) {
            synchronized (this) {
                if (signer == null) {
                    signer = configured != null ? fromConfiguration() : fromDatabase();
                }
                s = signer;
            }
        }
        return s;
    }

    /** The public key with this id, if the register knows it. */
    public Optional<PublicKey> publicKey(String keyId) {
        PublicKey cached = publicKeys.get(keyId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<PublicKey> found = jdbc.sql("SELECT public_key FROM certificate_seal_key WHERE key_id = :k")
                .param("k", keyId).query(byte[].class).optional().map(SealKeys::publicFrom);
        found.ifPresent(k -> publicKeys.put(keyId, k));
        return found;
    }

    private CertificateSeal.Signer fromDatabase() {
        Optional<CertificateSeal.Signer> active = activeSigner();
        if (active.isPresent()) {
            return active.get();
        }
        KeyPair pair = generate();
        byte[] pub = pair.getPublic().getEncoded();
        // ON CONFLICT on the one-active index: a concurrent instance that made its key first wins, and both use it.
        jdbc.sql("""
                INSERT INTO certificate_seal_key (key_id, algorithm, public_key, private_key, active)
                VALUES (:k, 'Ed25519', :pub, :priv, true) ON CONFLICT DO NOTHING""")
                .param("k", keyId(pub)).param("pub", pub).param("priv", pair.getPrivate().getEncoded()).update();
        return activeSigner().orElseThrow(() -> new IllegalStateException("no active certificate seal key after creating one"));
    }

    private Optional<CertificateSeal.Signer> activeSigner() {
        return jdbc.sql("SELECT key_id, private_key FROM certificate_seal_key WHERE active AND private_key IS NOT NULL")
                .query((rs, n) -> new CertificateSeal.Signer(rs.getString(1), privateFrom(rs.getBytes(2)))).optional();
    }

    private CertificateSeal.Signer fromConfiguration() {
        byte[] pub = Base64.getDecoder().decode(configured.publicX509Base64().trim());
        byte[] priv = Base64.getDecoder().decode(configured.privatePkcs8Base64().trim());
        PublicKey publicKey = publicFrom(pub);
        PrivateKey privateKey = privateFrom(priv);
        checkPair(publicKey, privateKey);
        String id = keyId(pub);
        jdbc.sql("""
                INSERT INTO certificate_seal_key (key_id, algorithm, public_key, private_key, active)
                VALUES (:k, 'Ed25519', :pub, NULL, false) ON CONFLICT (key_id) DO NOTHING""")
                .param("k", id).param("pub", pub).update();
        publicKeys.put(id, publicKey);
        return new CertificateSeal.Signer(id, privateKey);
    }

    /** A key id anyone can recompute from the public key: the first 16 hex digits of its SHA-256. */
    static String keyId(byte[] publicKey) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(publicKey)).substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(CertificateSeal.ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM has no Ed25519 provider", e);
        }
    }

    private static PublicKey publicFrom(byte[] x509) {
        try {
            return KeyFactory.getInstance(CertificateSeal.ALGORITHM).generatePublic(new X509EncodedKeySpec(x509));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("unreadable Ed25519 public key", e);
        }
    }

    private static PrivateKey privateFrom(byte[] pkcs8) {
        try {
            return KeyFactory.getInstance(CertificateSeal.ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("unreadable Ed25519 private key", e);
        }
    }

    /** A configured private key that does not belong to the configured public key would seal codes nobody can verify. */
    private static void checkPair(PublicKey pub, PrivateKey priv) {
        try {
            byte[] probe = "landinfo-seal-key-check".getBytes(StandardCharsets.UTF_8);
            java.security.Signature s = java.security.Signature.getInstance(CertificateSeal.ALGORITHM);
            s.initSign(priv);
            s.update(probe);
            byte[] sig = s.sign();
            s.initVerify(pub);
            s.update(probe);
            if (!s.verify(sig)) {
                throw new IllegalStateException("the configured certificate seal keys are not a pair");
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the configured certificate seal keys are unusable: " + e.getMessage(), e);
        }
    }
}
