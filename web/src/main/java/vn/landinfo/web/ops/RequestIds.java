package vn.landinfo.web.ops;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The request id: the caller's {@code X-Request-Id} when it is a plausible id (a UUID, a ULID, a
 * traceparent, a proxy's token: at most 64 characters of letters, digits and {@code ._:+/=-}), so one id
 * follows a request through a proxy and landinfo; otherwise a new one. Anything else in the header could
 * forge log lines or carry personal data into the logs (docs/decisions/0042-one-log-line-per-request.md).
 */
final class RequestIds {

    static final int MAX_LENGTH = 64;
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:+/=-]{1," + MAX_LENGTH + "}");

    private RequestIds() {
    }

    static String acceptOrGenerate(String incoming) {
        return incoming != null && SANE.matcher(incoming).matches() ? incoming : generate();
    }

    /** A random (version 4) UUID; ThreadLocalRandom because a correlation id needs no cryptographic strength. */
    static String generate() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
