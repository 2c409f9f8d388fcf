package vn.landinfo.web.api.transaction;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code idempotency_key} table: one row per (caller, key). Claiming a key inserts it as running;
 * the response is stored when the request ends — for a commit inside the committing database
 * transaction itself, so the change and its stored response exist together or not at all. A key left
 * running by a crash (nothing of it committed) is taken over once its lease has passed.
 */
public final class IdempotencyKeys {

    /** The first request with this key is still running (409). */
    public static final class InFlight extends RuntimeException {
        InFlight() {
            super("the first request with this Idempotency-Key is still running");
        }
    }

    /** The key was used for a different request (422). */
    public static final class Reused extends RuntimeException {
        Reused() {
            super("this Idempotency-Key was used for a different request");
        }
    }

    /** A response as stored for replay. */
    record Stored(int status, Map<String, String> headers, String body) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Duration lease;

    IdempotencyKeys(JdbcClient jdbc, ObjectMapper json, Duration lease) {
        this.jdbc = jdbc;
        this.json = json;
        this.lease = lease;
    }

    /** Empty: the key is now this request's. Present: the stored response of the first request with it. */
    Optional<Stored> claim(String caller, String key, String fingerprint) {
        for (int attempt = 0; attempt < 3; attempt++) {
            int inserted = jdbc.sql("""
                    INSERT INTO idempotency_key (caller, key, request_sha256) VALUES (:caller, :key, :sha)
                    ON CONFLICT (caller, key) DO NOTHING""")
                    .param("caller", caller).param("key", key).param("sha", fingerprint).update();
            if (inserted == 1) {
                return Optional.empty();
            }
            Optional<Row> row = jdbc.sql("""
                    SELECT request_sha256, response_status, response_headers::text AS headers, response_body,
                           completed_at IS NOT NULL AS completed, created_at < now() - make_interval(secs => :lease) AS expired
                    FROM idempotency_key WHERE caller = :caller AND key = :key""")
                    .param("caller", caller).param("key", key).param("lease", (double) lease.toSeconds())
                    .query((rs, n) -> new Row(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                            rs.getBoolean(5), rs.getBoolean(6)))
                    .optional();
            if (row.isEmpty()) {
                continue; // released between our insert and read: try to claim it again
            }
            Row r = row.get();
            if (!r.sha().equals(fingerprint)) {
                throw new Reused();
            }
            if (r.completed()) {
                return Optional.of(new Stored(r.status(), headers(r.headersJson()), r.body()));
            }
            if (r.expired() && jdbc.sql("""
                    UPDATE idempotency_key SET created_at = now()
                    WHERE caller = :caller AND key = :key AND completed_at IS NULL AND created_at < now() - make_interval(secs => :lease)""")
                    .param("caller", caller).param("key", key).param("lease", (double) lease.toSeconds()).update() == 1) {
                return Optional.empty();
            }
            throw new InFlight();
        }
        throw new InFlight();
    }

    /** Stores the response; inside a Spring-managed transaction on the same DataSource it commits with it. */
    void complete(String caller, String key, Stored response, Long transactionId) {
        ObjectNode headers = json.createObjectNode();
        response.headers().forEach(headers::put);
        jdbc.sql("""
                UPDATE idempotency_key SET response_status = :status, response_headers = CAST(:headers AS jsonb),
                       response_body = :body, completed_at = now(), transaction_id = :tx
                WHERE caller = :caller AND key = :key AND completed_at IS NULL""")
                .param("status", response.status()).param("headers", headers.toString()).param("body", response.body())
                .param("tx", transactionId).param("caller", caller).param("key", key).update();
    }

    /** Frees the key of a request that ended without a response worth replaying (a retry may run it anew). */
    void release(String caller, String key) {
        jdbc.sql("DELETE FROM idempotency_key WHERE caller = :caller AND key = :key AND completed_at IS NULL")
                .param("caller", caller).param("key", key).update();
    }

    private Map<String, String> headers(String headersJson) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode n = json.readTree(headersJson);
        for (String name : n.propertyNames()) {
            out.put(name, n.get(name).asString());
        }
        return out;
    }

    private record Row(String sha, int status, String headersJson, String body, boolean completed, boolean expired) {
    }
}
