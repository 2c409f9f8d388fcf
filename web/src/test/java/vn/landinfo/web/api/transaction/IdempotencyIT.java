package vn.landinfo.web.api.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Idempotency-Key (docs/decisions/0015-idempotency-keys.md): a retry replays the first response; another body with the key
 * is 422; a key still running is 409. */
class IdempotencyIT extends TransactionApiTestSupport {

    @Test
    void aRetryWithTheSameKeyAndBodyReplaysTheFirstResponseAndCommitsOnce() {
        long parcel = lot();
        String etag = etag(parcel);
        String key = UUID.randomUUID().toString();
        String body = purposeChange(parcel);

        Response first = post(TX, body, "If-Match", etag, "Idempotency-Key", key);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.header("idempotency-replayed")).isNull();
        var afterFirst = counts();

        // The retry carries the old ETag (as a client that never saw the answer would): replayed, not 412.
        Response retry = post(TX, body, "If-Match", etag, "Idempotency-Key", key);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("location")).isEqualTo(first.header("location"));
        assertThat(retry.header("content-type")).isEqualTo(first.header("content-type"));
        assertThat(retry.header("idempotency-replayed")).isEqualTo("true");
        assertNothingWritten(afterFirst);
        long txId = first.json().get("transactionId").asLong();
        assertThat(jdbc.sql("SELECT transaction_id FROM idempotency_key WHERE key = :k").param("k", key).query(Long.class).single())
                .isEqualTo(txId);
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndWritesNothing() {
        long parcel = lot();
        String key = UUID.randomUUID().toString();
        assertThat(post(TX + "/preview", purposeChange(parcel), "Idempotency-Key", key).status()).isEqualTo(200);
        var before = counts();

        Response other = post(TX + "/preview", mismatchedPurposes(parcel), "Idempotency-Key", key);
        assertThat(other.status()).as(other.body()).isEqualTo(422);
        assertThat(other.json().get("type").asString()).isEqualTo("urn:landinfo:problem:idempotency-key-reused");
        // Another endpoint with the key is another request too.
        Response elsewhere = post(TX, purposeChange(parcel), "Idempotency-Key", key, "If-Match", etag(parcel));
        assertThat(elsewhere.status()).as(elsewhere.body()).isEqualTo(422);
        assertNothingWritten(before);
    }

    @Test
    void keysAreScopedToTheCaller() {
        long parcel = lot();
        String key = UUID.randomUUID().toString();
        assertThat(post(TX + "/preview", purposeChange(parcel), "Idempotency-Key", key, "X-Landinfo-Officer", "officer-a").status())
                .isEqualTo(200);
        Response b = post(TX + "/preview", mismatchedPurposes(parcel), "Idempotency-Key", key, "X-Landinfo-Officer", "officer-b");
        assertThat(b.status()).as(b.body()).isEqualTo(200);
        assertThat(b.header("idempotency-replayed")).isNull();
        assertThat(b.json().get("accepted").asBoolean()).isFalse();
    }

    @Test
    void aKeyWhoseFirstRequestIsStillRunningIs409() {
        long parcel = lot();
        String key = UUID.randomUUID().toString();
        String body = purposeChange(parcel);
        // The first request with this key is in flight (claimed, no response yet), as a concurrent one would leave it.
        jdbc.sql("INSERT INTO idempotency_key (caller, key, request_sha256) VALUES ('officer-c', :k, :sha)")
                .param("k", key).param("sha", sha256("POST " + TX + "\n" + body)).update();
        var before = counts();

        Response r = post(TX, body, "Idempotency-Key", key, "X-Landinfo-Officer", "officer-c", "If-Match", etag(parcel));
        assertThat(r.status()).as(r.body()).isEqualTo(409);
        assertThat(r.json().get("type").asString()).isEqualTo("urn:landinfo:problem:idempotency-in-flight");
        assertThat(r.header("retry-after")).isEqualTo("1");
        assertNothingWritten(before);
    }

    @Test
    void aClientErrorIsReplayedButAPreconditionFailureFreesTheKey() {
        long parcel = lot();
        String key = UUID.randomUUID().toString();
        String bad = "{\"kind\": \"PURPOSE_CHANGE\", \"change\": {\"parcelId\": " + parcel + "}}";
        Response first = post(TX, bad, "Idempotency-Key", key);
        assertThat(first.status()).isEqualTo(400);
        Response again = post(TX, bad, "Idempotency-Key", key);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.header("idempotency-replayed")).isEqualTo("true");

        // 428 is not replayed: the client adds If-Match and retries with the same key.
        String key2 = UUID.randomUUID().toString();
        String body = purposeChange(parcel);
        assertThat(post(TX, body, "Idempotency-Key", key2).status()).isEqualTo(428);
        Response fixed = post(TX, body, "Idempotency-Key", key2, "If-Match", etag(parcel));
        assertThat(fixed.status()).as(fixed.body()).isEqualTo(201);
        assertThat(fixed.header("idempotency-replayed")).isNull();
    }

    @Test
    void parallelRetriesWithOneKeyCommitOnce() throws Exception {
        long parcel = lot();
        String key = UUID.randomUUID().toString();
        String etag = etag(parcel);
        String body = purposeChange(parcel);
        int start = version(parcel);
        long audits = counts().get("audit_log");

        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Response>> futures = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            futures.add(pool.submit(() -> {
                go.await();
                return post(TX, body, "If-Match", etag, "Idempotency-Key", key);
            }));
        }
        go.countDown();
        List<Response> responses = new ArrayList<>();
        for (Future<Response> f : futures) {
            responses.add(f.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(responses).filteredOn(r -> r.status() == 201 && r.header("idempotency-replayed") == null).hasSize(1);
        assertThat(responses).allMatch(r -> r.status() == 201 || r.status() == 409);
        assertThat(version(parcel)).isEqualTo(start + 1);
        assertThat(counts().get("audit_log")).isEqualTo(audits + 1);
    }

    private static String sha256(String s) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
