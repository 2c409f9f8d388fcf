package vn.landinfo.web.api.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The preconditions of docs/decisions/0014-http-preconditions-412-428-409.md over HTTP: 428 without If-Match, 412 when
 * stale or incomplete, 409 when a race is lost; never a lost update. */
class TransactionPreconditionsIT extends TransactionApiTestSupport {

    @Test
    void aCommitThatEditsAParcelWithoutIfMatchIs428NamingTheParcelAndWritesNothing() {
        long parcel = lot();
        var before = counts();

        for (String[] headers : new String[][] {{}, {"If-Match", "*"}, {"If-Match", "\"tx-5.1\""}}) {
            Response r = post(TX, purposeChange(parcel), headers);
            assertThat(r.status()).as(r.body()).isEqualTo(428);
            assertThat(r.contentType()).startsWith("application/problem+json");
            JsonNode p = r.json();
            assertThat(p.get("type").asString()).isEqualTo("urn:landinfo:problem:precondition-required");
            assertThat(p.get("parcels").get(0).asLong()).isEqualTo(parcel);
            assertThat(p.get("detail").asString()).contains("If-Match").contains(String.valueOf(parcel));
        }
        assertNothingWritten(before);
    }

    @Test
    void aStaleOrIncompleteIfMatchIs412ListingTheCurrentVersionAndWritesNothing() {
        long parcel = lot();
        long other = lot();
        int current = version(parcel);
        var before = counts();

        Response stale = post(TX, purposeChange(parcel), "If-Match", "\"" + parcel + "." + (current + 5) + "\"");
        assertThat(stale.status()).as(stale.body()).isEqualTo(412);
        JsonNode p = stale.json();
        assertThat(p.get("type").asString()).isEqualTo("urn:landinfo:problem:stale-version");
        assertThat(p.get("parcels").get(0).get("parcelId").asLong()).isEqualTo(parcel);
        assertThat(p.get("parcels").get(0).get("expected").asInt()).isEqualTo(current + 5);
        assertThat(p.get("parcels").get(0).get("current").asInt()).isEqualTo(current);
        assertThat(p.get("parcels").get(0).get("etag").asString()).isEqualTo("\"" + parcel + "." + current + "\"");

        // Names another parcel but not the one edited: incomplete.
        Response incomplete = post(TX, purposeChange(parcel), "If-Match", etag(other));
        assertThat(incomplete.status()).as(incomplete.body()).isEqualTo(412);
        assertThat(incomplete.json().get("parcels").get(0).get("expected").isNull()).isTrue();

        // A weak ETag never matches (If-Match compares strongly).
        Response weak = post(TX, purposeChange(parcel), "If-Match", "W/" + etag(parcel));
        assertThat(weak.status()).as(weak.body()).isEqualTo(412);
        assertThat(weak.json().get("detail").asString()).contains("weak");

        assertNothingWritten(before);
        assertThat(version(parcel)).isEqualTo(current);
    }

    @Test
    void aSecondChangeFromTheSameVersionIs412AfterTheFirstCommitted() {
        long parcel = lot();
        String etag = etag(parcel);
        assertThat(post(TX, purposeChange(parcel), "If-Match", etag).status()).isEqualTo(201);

        Response again = post(TX, mismatchedPurposes(parcel), "If-Match", etag);
        assertThat(again.status()).as(again.body()).isEqualTo(412);
    }

    @Test
    void aMalformedIfMatchIs400NamingTheHeader() {
        long parcel = lot();
        Response r = post(TX, purposeChange(parcel), "If-Match", "\"version-7\"");
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().get("parameter").asString()).isEqualTo("If-Match");
    }

    @Test
    void eightParallelCommitsFromOneVersionLeaveExactlyOneNewVersionAndOneAuditRecord() throws Exception {
        long parcel = lot();
        int start = version(parcel);
        String etag = etag(parcel);
        String body = purposeChange(parcel);
        long audits = counts().get("audit_log");
        long transactions = jdbc.sql("SELECT count(*) FROM cadastral_transaction WHERE status = 'committed'").query(Long.class).single();

        int n = 8;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Response>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String officer = "officer-" + i;
            Callable<Response> call = () -> {
                go.await();
                return post(TX, body, "If-Match", etag, "X-Landinfo-Officer", officer);
            };
            futures.add(pool.submit(call));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Response> f : futures) {
            Response r = f.get(120, TimeUnit.SECONDS);
            statuses.add(r.status());
            if (r.status() != 201) {
                assertThat(r.contentType()).startsWith("application/problem+json");
            }
        }
        pool.shutdown();

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).allMatch(s -> s == 201 || s == 409 || s == 412);
        assertThat(version(parcel)).isEqualTo(start + 1);
        assertThat(jdbc.sql("SELECT count(*) FROM parcel_version WHERE parcel_id = :p AND version = :v")
                .param("p", parcel).param("v", start + 1).query(Long.class).single()).isEqualTo(1);
        assertThat(counts().get("audit_log")).isEqualTo(audits + 1);
        assertThat(jdbc.sql("SELECT count(*) FROM cadastral_transaction WHERE status = 'committed'").query(Long.class).single())
                .isEqualTo(transactions + 1);
    }
}
