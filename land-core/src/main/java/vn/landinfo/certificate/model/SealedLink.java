package vn.landinfo.certificate.model;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The content of a certificate's QR code: a link to the certificate's public record that carries the
 * sealed identity, so that a phone scanning it opens the verification page and the page can tell a
 * genuine code from a forged or altered one:
 * {@code {base}/api/v1/certificates/{serial}/verify?d={issue date}&p={national IDs, '.'-joined}&h={holders}&k={key id}&s={signature}}.
 * The signature is Ed25519 in unpadded base64url (86 characters), which keeps the code small enough for a
 * version-10 QR at medium error correction.
 */
public record SealedLink(CertificateIdentity identity, String keyId, byte[] signature) {

    private static final Pattern PATH = Pattern.compile("/api/v1/certificates/([A-Za-z0-9]{1,10})/verify$");
    private static final Pattern KEY_ID = Pattern.compile("[a-z0-9]{1,16}");
    private static final Pattern NATIONAL_ID = Pattern.compile("[0-9b-hjkmnp-z]{12}");

    public String url(String baseUrl) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + "/api/v1/certificates/" + identity.serial() + "/verify?" + query();
    }

    /** The query string alone (what the verify endpoint receives as parameters). */
    public String query() {
        return "d=" + identity.issueDate() + "&p=" + String.join(".", identity.parcelNationalIds()) + "&h=" + identity.holderCount()
                + "&k=" + keyId + "&s=" + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    }

    /** Reads a scanned link (any base URL); empty if it is not a certificate verification link. */
    public static Optional<SealedLink> parseUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        int q = url.indexOf('?');
        if (q < 0) {
            return Optional.empty();
        }
        Matcher m = PATH.matcher(url.substring(0, q));
        if (!m.find()) {
            return Optional.empty();
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : url.substring(q + 1).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return parse(m.group(1), params);
    }

    /** Reads the serial (from the path) and the query parameters; empty if any is missing or malformed. */
    public static Optional<SealedLink> parse(String serial, Map<String, String> params) {
        try {
            String d = params.get("d");
            String p = params.get("p");
            String h = params.get("h");
            String k = params.get("k");
            String s = params.get("s");
            if (serial == null || d == null || p == null || h == null || k == null || s == null
                    || !serial.matches("[A-Za-z0-9]{1,10}") || !KEY_ID.matcher(k).matches() || h.length() > 4 || s.length() > 200) {
                return Optional.empty();
            }
            List<String> ids = p.isEmpty() ? List.of() : Arrays.asList(p.split("\\.", -1));
            if (ids.size() > 1000 || ids.stream().anyMatch(id -> !NATIONAL_ID.matcher(id).matches())) {
                return Optional.empty();
            }
            byte[] signature = Base64.getUrlDecoder().decode(s);
            return Optional.of(new SealedLink(new CertificateIdentity(serial, LocalDate.parse(d), ids, Integer.parseInt(h)), k, signature));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
