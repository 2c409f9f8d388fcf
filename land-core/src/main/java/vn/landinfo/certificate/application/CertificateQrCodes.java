package vn.landinfo.certificate.application;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import vn.landinfo.certificate.infrastructure.CertificateRecords;
import vn.landinfo.certificate.infrastructure.SealKeys;
import vn.landinfo.certificate.model.SealedLink;

/**
 * The QR code printed on a certificate (Circular 10/2024 form): its content is a link to the certificate's
 * public record that carries an Ed25519 seal over the certificate's identity ({@link SealedLink}), and
 * its picture is a PNG. A certificate's code never changes: it seals only what never changes, and Ed25519
 * is deterministic — a replaced or revoked certificate keeps its code, and the verifier says its status.
 */
public final class CertificateQrCodes {

    /** Bounds on the picture, so a request cannot make the server draw a huge image. */
    public static final int MIN_SIZE = 120;
    public static final int MAX_SIZE = 1200;

    private final CertificateRecords certificates;
    private final SealKeys keys;
    private final String baseUrl;

    /** {@code baseUrl}: where the public API is reached, e.g. https://dangky.example.gov.vn (no trailing path). */
    public CertificateQrCodes(CertificateRecords certificates, SealKeys keys, String baseUrl) {
        this.certificates = certificates;
        this.keys = keys;
        this.baseUrl = baseUrl;
    }

    /** The QR content for a certificate, or empty if the register has no certificate with this serial. */
    public Optional<String> content(String serial) {
        return certificates.bySerial(serial).map(c -> keys.signer().seal(c.identity()).url(baseUrl));
    }

    /** The QR code as a PNG of {@code size}×{@code size} pixels (clamped to the bounds), or empty for an unknown serial. */
    public Optional<byte[]> png(String serial, int size) {
        return content(serial).map(text -> render(text, Math.max(MIN_SIZE, Math.min(MAX_SIZE, size))));
    }

    /** Draws any text as a QR code (error correction M: survives a scuffed paper certificate). */
    public static byte[] render(String text, int size) {
        try {
            BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
            BufferedImage img = new BufferedImage(m.getWidth(), m.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < m.getHeight(); y++) {
                for (int x = 0; x < m.getWidth(); x++) {
                    img.setRGB(x, y, m.get(x, y) ? 0xFF000000 : 0xFFFFFFFF);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (WriterException | IOException e) {
            throw new IllegalStateException("could not draw the QR code: " + e.getMessage(), e);
        }
    }
}
