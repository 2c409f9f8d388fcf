package vn.landinfo.web.api.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A purpose change through REST: committed at once (201), previewed without a trace, refused with every violation (422). */
class TransactionApiIT extends TransactionApiTestSupport {

    @Test
    void aPurposeChangeCommitsWith201AndTheParcelAndItsHistoryShowIt() {
        long parcel = lot();
        int before = version(parcel);
        String etag = etag(parcel);
        assertThat(etag).isEqualTo("\"" + parcel + "." + before + "\"");
        long audits = counts().get("audit_log");

        Response r = post(TX, purposeChange(parcel), "If-Match", etag, "X-Landinfo-Officer", "officer-a");

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.contentType()).startsWith("application/json");
        JsonNode outcome = r.json();
        long txId = outcome.get("transactionId").asLong();
        assertThat(r.header("location")).isEqualTo(TX + "/" + txId);
        assertThat(outcome.get("status").asString()).isEqualTo("committed");
        assertThat(outcome.get("kind").asString()).isEqualTo("PURPOSE_CHANGE");
        assertThat(outcome.get("accepted").asBoolean()).isTrue();
        assertThat(outcome.get("violations")).isEmpty();
        assertThat(outcome.get("changedParcels").get(0).asLong()).isEqualTo(parcel);
        assertThat(outcome.get("createdParcels")).isEmpty();
        assertThat(outcome.get("auditSeq").asLong()).isPositive();
        assertThat(outcome.get("parcels").get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(outcome.get("parcels").toString()).contains("\"TMD\"");
        assertThat(outcome.get("parcelETags").get(String.valueOf(parcel)).asString()).isEqualTo("\"" + parcel + "." + (before + 1) + "\"");

        // The parcel now reads at the next version, with the ETag the next change must send.
        Response now = get("/api/v1/parcels/" + parcel);
        assertThat(now.header("etag")).isEqualTo("\"" + parcel + "." + (before + 1) + "\"");
        assertThat(now.json().get("properties").get("version").asInt()).isEqualTo(before + 1);
        assertThat(version(parcel)).isEqualTo(before + 1);
        assertThat(counts().get("audit_log")).isEqualTo(audits + 1);
        assertThat(jdbc.sql("SELECT actor FROM audit_log WHERE transaction_id = :t").param("t", txId).query(String.class).single())
                .isEqualTo("officer-a");

        // The history shows the transaction that made the new version.
        JsonNode history = get("/api/v1/parcels/" + parcel + "/history").json();
        JsonNode last = history.get("features").get(history.get("features").size() - 1);
        assertThat(last.toString()).contains("PURPOSE_CHANGE").contains("Quyết định 123/QĐ-UBND");

        // And the transaction itself.
        Response tx = get(TX + "/" + txId);
        assertThat(tx.status()).isEqualTo(200);
        JsonNode t = tx.json();
        assertThat(t.get("status").asString()).isEqualTo("committed");
        assertThat(t.get("kind").asString()).isEqualTo("PURPOSE_CHANGE");
        assertThat(t.get("createdBy").asString()).isEqualTo("officer-a");
        assertThat(t.get("committedBy").asString()).isEqualTo("officer-a");
        assertThat(t.get("committedAt").isNull()).isFalse();
        assertThat(t.get("crs").asString()).isEqualTo("EPSG:4326");
        assertThat(t.get("change").get("parcelId").asLong()).isEqualTo(parcel);
        assertThat(t.get("outcome").get("auditSeq").asLong()).isEqualTo(outcome.get("auditSeq").asLong());
        assertThat(tx.header("etag")).isEqualTo("\"tx-" + txId + "." + t.get("revision").asInt() + "\"");
    }

    @Test
    void dryRunAndPreviewShowTheResultAndWriteNothing() {
        long parcel = lot();
        var before = counts();
        int version = version(parcel);

        Response dry = post(TX + "?dryRun=true", purposeChange(parcel));
        Response preview = post(TX + "/preview", purposeChange(parcel), "If-Match", etag(parcel));

        for (Response r : new Response[] {dry, preview}) {
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            JsonNode o = r.json();
            assertThat(o.has("transactionId")).isFalse();
            assertThat(o.get("accepted").asBoolean()).isTrue();
            assertThat(o.get("parcels").get("features").get(0).get("properties").get("version").asInt()).isEqualTo(version + 1);
            assertThat(o.get("parcels").toString()).contains("\"TMD\"");
            assertThat(o.has("auditSeq")).isFalse();
        }
        assertNothingWritten(before);
        assertThat(version(parcel)).isEqualTo(version);
    }

    @Test
    void aPreviewOfABrokenRuleIs200WithTheViolationAndACommitIs422WithItAndTheWouldBeParcels() {
        long parcel = lot();
        var before = counts();

        Response preview = post(TX + "/preview", mismatchedPurposes(parcel));
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.json().get("accepted").asBoolean()).isFalse();
        assertThat(preview.json().get("violations").get(0).get("code").asString()).isEqualTo("PURPOSE_AREAS_MISMATCH");

        Response commit = post(TX, mismatchedPurposes(parcel), "If-Match", etag(parcel));
        assertThat(commit.status()).as(commit.body()).isEqualTo(422);
        assertThat(commit.contentType()).startsWith("application/problem+json");
        JsonNode p = commit.json();
        assertThat(p.get("type").asString()).isEqualTo("urn:landinfo:problem:rule-violations");
        assertThat(p.get("status").asInt()).isEqualTo(422);
        JsonNode v = p.get("violations").get(0);
        assertThat(v.get("code").asString()).isEqualTo("PURPOSE_AREAS_MISMATCH");
        assertThat(v.get("messageVi").asString()).isNotBlank();
        assertThat(v.get("messageEn").asString()).isNotBlank();
        assertThat(v.get("parcelId").asLong()).isEqualTo(parcel);
        assertThat(v.has("geometry")).isTrue();
        assertThat(p.get("parcels").get("features").get(0).get("id").asLong()).isEqualTo(parcel);
        assertThat(p.get("detail").asString()).contains("PURPOSE_AREAS_MISMATCH").contains("nothing was written");
        assertNothingWritten(before);
    }

    @Test
    void anUnknownTransactionIs404AndABadIdIs400() {
        assertThat(get(TX + "/999999999").status()).isEqualTo(404);
        Response bad = get(TX + "/abc");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("parameter").asString()).isEqualTo("id");
    }
}
