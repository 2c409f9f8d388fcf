package vn.landinfo.certificate.model;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;

/**
 * Seals a certificate's identity with Ed25519 (JDK provider) and checks a seal. Ed25519 because its
 * signatures are short (64 bytes, so the QR code stays small), deterministic (the same certificate
 * always gets the same code) and it has no parameters to get wrong.
 */
public final class CertificateSeal {

    public static final String ALGORITHM = "Ed25519";

    private CertificateSeal() {
    }

    /** Signs with a private key; only {@link Signer} holds one. */
    static byte[] sign(CertificateIdentity identity, String keyId, PrivateKey key) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initSign(key);
            s.update(identity.signedBytes(keyId));
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not seal certificate " + identity.serial() + ": " + e.getMessage(), e);
        }
    }

    /** Whether the link's signature is the key's signature of the link's identity. */
    public static boolean verify(SealedLink link, PublicKey key) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initVerify(key);
            s.update(link.identity().signedBytes(link.keyId()));
            return s.verify(link.signature());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // A signature of the wrong length or encoding is not a valid signature.
            return false;
        }
    }

    /**
     * The one object that holds a private key: made by the key store from the database row or the
     * configuration, used to sign, never asked for the key.
     */
    public static final class Signer {
        private final String keyId;
        private final PrivateKey key;

        public Signer(String keyId, PrivateKey key) {
            this.keyId = keyId;
            this.key = key;
        }

        public String keyId() {
            return keyId;
        }

        public SealedLink seal(CertificateIdentity identity) {
            return new SealedLink(identity, keyId, sign(identity, keyId, key));
        }

        @Override
        public String toString() {
            return "Signer[" + keyId + "]";
        }
    }
}
