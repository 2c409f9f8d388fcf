package vn.landinfo.web.api.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The draft lifecycle of docs/decisions/0013-transaction-draft-lifecycle.md over HTTP: draft → (revise) → preview → submit
 * → approve by another officer → commit; or abandon. */
class DraftLifecycleIT extends TransactionApiTestSupport {

    private static final String CREATOR = "registrar-1";
    private static final String APPROVER = "approver-2";

    @Test
    void aDraftIsRevisedPreviewedSubmittedApprovedByAnotherOfficerAndCommitted() {
        long parcel = lot();
        int start = version(parcel);
        var before = counts();

        // Open: 201, status draft, ETag; the register is untouched.
        Response opened = openDraft(mismatchedPurposes(parcel), "X-Landinfo-Officer", CREATOR);
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        long id = opened.json().get("id").asLong();
        assertThat(opened.header("location")).isEqualTo(TX + "/" + id);
        assertThat(opened.json().get("status").asString()).isEqualTo("draft");
        String etag = opened.header("etag");
        assertThat(etag).isEqualTo("\"tx-" + id + ".1\"").isEqualTo(opened.json().get("etag").asString());
        assertThat(counts().get("parcel_version")).isEqualTo(before.get("parcel_version"));
        assertThat(counts().get("audit_log")).isEqualTo(before.get("audit_log"));

        // Its preview shows the broken rule; submitting it is refused (422) and it stays a draft.
        Response preview = step(id, "preview", "X-Landinfo-Officer", CREATOR);
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.json().get("status").asString()).isEqualTo("previewed");
        assertThat(preview.json().get("violations").get(0).get("code").asString()).isEqualTo("PURPOSE_AREAS_MISMATCH");
        Response refused = step(id, "submit", "X-Landinfo-Officer", CREATOR);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(get(TX + "/" + id).json().get("status").asString()).isEqualTo("previewed");

        // Revise: If-Match on the draft's ETag is required (428), must be current (412), then 200 with a new ETag.
        String fixedChange = "{\"change\": " + JSON.readTree(purposeChange(parcel)).get("change") + "}";
        assertThat(put(TX + "/" + id + "/change", fixedChange, "X-Landinfo-Officer", CREATOR).status()).isEqualTo(428);
        Response stale = put(TX + "/" + id + "/change", fixedChange, "If-Match", etag, "X-Landinfo-Officer", CREATOR);
        assertThat(stale.status()).as(stale.body()).isEqualTo(412);
        assertThat(stale.json().get("type").asString()).isEqualTo("urn:landinfo:problem:stale-revision");
        String current = get(TX + "/" + id).header("etag");
        Response revised = put(TX + "/" + id + "/change", fixedChange, "If-Match", current, "X-Landinfo-Officer", CREATOR);
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        assertThat(revised.json().get("status").asString()).isEqualTo("draft");
        assertThat(revised.json().get("outcome").isNull()).isTrue();
        assertThat(revised.header("etag")).isNotEqualTo(current);
        assertThat(revised.json().get("change").get("purposes").get(1).get("code").asString()).isEqualTo("TMD");

        // Submit: previewed clean, then frozen.
        Response submitted = step(id, "submit", "X-Landinfo-Officer", CREATOR);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().get("status").asString()).isEqualTo("submitted");
        Response frozen = put(TX + "/" + id + "/change", fixedChange, "If-Match", submitted.header("etag"), "X-Landinfo-Officer", CREATOR);
        assertThat(frozen.status()).as(frozen.body()).isEqualTo(409);

        // Not committed before approval; an approver previewing it does not undo the submission.
        Response early = step(id, "commit", "If-Match", etag(parcel), "X-Landinfo-Officer", CREATOR);
        assertThat(early.status()).as(early.body()).isEqualTo(409);
        assertThat(early.json().get("type").asString()).isEqualTo("urn:landinfo:problem:illegal-transition");
        assertThat(step(id, "preview", "X-Landinfo-Officer", APPROVER).status()).isEqualTo(200);
        assertThat(get(TX + "/" + id).json().get("status").asString()).isEqualTo("submitted");

        // Four eyes: the creator cannot approve it; another officer can.
        Response self = step(id, "approve", "X-Landinfo-Officer", CREATOR);
        assertThat(self.status()).as(self.body()).isEqualTo(403);
        assertThat(self.json().get("detail").asString()).contains("cannot approve").contains(CREATOR);
        Response approved = step(id, "approve", "X-Landinfo-Officer", APPROVER);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("approved");
        assertThat(approved.json().get("approvedBy").asString()).isEqualTo(APPROVER);

        // Commit: If-Match on the parcel is required, then one version step and one audit record.
        assertThat(step(id, "commit", "X-Landinfo-Officer", CREATOR).status()).isEqualTo(428);
        Response committed = step(id, "commit", "If-Match", etag(parcel), "X-Landinfo-Officer", CREATOR);
        assertThat(committed.status()).as(committed.body()).isEqualTo(200);
        assertThat(committed.json().get("transactionId").asLong()).isEqualTo(id);
        assertThat(committed.json().get("status").asString()).isEqualTo("committed");
        assertThat(version(parcel)).isEqualTo(start + 1);
        assertThat(counts().get("audit_log")).isEqualTo(before.get("audit_log") + 1);

        JsonNode t = get(TX + "/" + id).json();
        assertThat(t.get("status").asString()).isEqualTo("committed");
        assertThat(t.get("createdBy").asString()).isEqualTo(CREATOR);
        assertThat(t.get("approvedBy").asString()).isEqualTo(APPROVER);
        assertThat(t.get("committedAt").isNull()).isFalse();

        // Committed is final.
        assertThat(step(id, "abandon", "X-Landinfo-Officer", CREATOR).status()).isEqualTo(409);
        assertThat(step(id, "commit", "If-Match", etag(parcel)).status()).isEqualTo(409);
    }

    @Test
    void anAbandonedDraftNeverReachesTheRegisterAndStaysAbandoned() {
        long parcel = lot();
        var before = counts();
        Response opened = openDraft(purposeChange(parcel), "X-Landinfo-Officer", CREATOR);
        assertThat(opened.status()).isEqualTo(201);
        long id = opened.json().get("id").asLong();

        Response abandoned = step(id, "abandon", "X-Landinfo-Officer", CREATOR);
        assertThat(abandoned.status()).as(abandoned.body()).isEqualTo(200);
        assertThat(abandoned.json().get("status").asString()).isEqualTo("abandoned");
        assertThat(abandoned.json().get("abandonedAt").isNull()).isFalse();

        assertThat(step(id, "commit", "If-Match", etag(parcel)).status()).isEqualTo(409);
        assertThat(step(id, "submit").status()).isEqualTo(409);
        assertThat(step(id, "abandon").status()).isEqualTo(409);
        assertThat(step(id, "approve", "X-Landinfo-Officer", APPROVER).status()).isEqualTo(409);
        var after = counts();
        assertThat(after.get("parcel_version")).isEqualTo(before.get("parcel_version"));
        assertThat(after.get("audit_log")).isEqualTo(before.get("audit_log"));
        assertThat(after.get("cadastral_transaction")).isEqualTo(before.get("cadastral_transaction") + 1);
    }

    @Test
    void aDraftCommitsDirectlyWhenItsProcedureNeedsNoSecondOfficer() {
        long parcel = lot();
        long id = openDraft(purposeChange(parcel)).json().get("id").asLong();
        Response committed = step(id, "commit", "If-Match", etag(parcel));
        assertThat(committed.status()).as(committed.body()).isEqualTo(200);
        assertThat(committed.json().get("auditSeq").asLong()).isPositive();
    }

    @Test
    void aDraftsChangeIsCheckedForWhatCanBeCheckedAloneWhenOpened() {
        var before = counts();
        Response r = openDraft("{\"kind\": \"PURPOSE_CHANGE\", \"legalBasis\": \"QĐ\", \"change\": {\"parcelId\": \"x\"}}");
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().get("pointer").asString()).isEqualTo("/change/parcelId");
        assertThat(post(TX + "/999999999/preview", null).status()).isEqualTo(404);
        assertNothingWritten(before);
    }
}
