package vn.landinfo.web.api.transaction;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.landinfo.transaction.model.Caller;
import vn.landinfo.web.api.BadParameter;
import vn.landinfo.web.problem.Problem;
import vn.landinfo.web.problem.Problems;
import vn.landinfo.web.problem.ProblemWriter;

/**
 * Runs a write under an {@code Idempotency-Key} (docs/decisions/0015-idempotency-keys.md), when the client sends one: the
 * same key
 * with the same request replays the first response (same status, body and headers, plus
 * {@code Idempotency-Replayed: true}); with a different request → 422; while the first is still
 * running → 409. Keys are scoped to the caller. "The same request" is the same method, path, query and
 * body (SHA-256 over them); If-Match is not part of it.
 *
 * <p>Replayed: every response below 500 except 409, 412 and 428 — those say the register moved on or a
 * precondition was missing, nothing was done, and the client is expected to retry (with the same key)
 * once it has reloaded. A 5xx frees the key too.
 */
final class Idempotent {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotency-Replayed";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,200}");
    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.LOCATION, HttpHeaders.ETAG);
    private static final List<Integer> NOT_REPLAYED = List.of(409, 412, 428);

    /** Lets a step store its response itself, inside its own database transaction (a commit). */
    interface Recorder {
        void record(ResponseEntity<byte[]> response, Long transactionId);
    }

    private final IdempotencyKeys keys;
    private final Problems problems;

    Idempotent(IdempotencyKeys keys, Problems problems) {
        this.keys = keys;
        this.problems = problems;
    }

    ResponseEntity<byte[]> run(HttpServletRequest request, Caller caller, byte[] body,
                               Function<Recorder, ResponseEntity<byte[]>> step) {
        String key = request.getHeader(HEADER);
        if (key == null) {
            return step.apply((response, tx) -> { });
        }
        if (!KEY.matcher(key).matches()) {
            throw new BadParameter(HEADER, key, "phải gồm 1-200 ký tự ASCII in được (ví dụ một UUID)",
                    "must be 1-200 printable ASCII characters (e.g. a UUID)");
        }
        Optional<IdempotencyKeys.Stored> first = keys.claim(caller.subject(), key, fingerprint(request, body));
        if (first.isPresent()) {
            return replay(first.get());
        }
        boolean[] recorded = {false};
        Recorder recorder = (response, tx) -> {
            keys.complete(caller.subject(), key, stored(response), tx);
            recorded[0] = true;
        };
        ResponseEntity<byte[]> response;
        try {
            response = step.apply(recorder);
        } catch (RuntimeException e) {
            recorded[0] = false; // whatever the step stored went down with its database transaction
            Optional<Problem> problem = problems.known(e);
            if (problem.isEmpty()) {
                keys.release(caller.subject(), key);
                throw e;
            }
            response = ProblemWriter.entity(problem.get(), request.getRequestURI());
        }
        if (!recorded[0]) {
            if (replayable(response)) {
                keys.complete(caller.subject(), key, stored(response), null);
            } else {
                keys.release(caller.subject(), key);
            }
        }
        return response;
    }

    private static boolean replayable(ResponseEntity<byte[]> response) {
        int status = response.getStatusCode().value();
        return status < 500 && !NOT_REPLAYED.contains(status);
    }

    private static IdempotencyKeys.Stored stored(ResponseEntity<byte[]> response) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            String value = response.getHeaders().getFirst(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        byte[] body = response.getBody();
        return new IdempotencyKeys.Stored(response.getStatusCode().value(), headers,
                body == null ? null : new String(body, StandardCharsets.UTF_8));
    }

    private static ResponseEntity<byte[]> replay(IdempotencyKeys.Stored s) {
        ResponseEntity.BodyBuilder b = ResponseEntity.status(HttpStatus.valueOf(s.status()));
        s.headers().forEach(b::header);
        b.header(REPLAYED, "true");
        return b.body(s.body() == null ? null : s.body().getBytes(StandardCharsets.UTF_8));
    }

    static String fingerprint(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String query = request.getQueryString();
            sha.update((request.getMethod() + " " + request.getRequestURI() + (query == null ? "" : "?" + query) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            sha.update(body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
