package vn.landinfo.web.api.transaction;

import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.landinfo.transaction.application.TransactionPipeline;
import vn.landinfo.transaction.model.StaleVersion;

/**
 * Which parcel versions a change must have been made from (docs/decisions/0014-http-preconditions-412-428-409.md): a commit
 * that edits existing
 * parcels needs If-Match naming every one of them (none named: 428; one stale or missing: 412 from the
 * pipeline, listing each parcel's current version; a race lost at commit: 409). Previews take If-Match
 * when given and otherwise run against the current register.
 */
final class ParcelPreconditions {

    private final TransactionPipeline pipeline;

    ParcelPreconditions(TransactionPipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** The versions to hold the change to, or null for none. */
    Map<Long, Integer> expected(EntityTags.IfMatch ifMatch, Set<Long> edited, boolean required) {
        if (edited.isEmpty()) {
            return null;
        }
        Map<Long, Integer> current = pipeline.currentVersions(edited);
        if (current.isEmpty()) {
            return null; // none exists: the use case says which one is missing (404)
        }
        if (!ifMatch.namesParcels()) {
            if (!required) {
                return null;
            }
            Set<Long> ids = new TreeSet<>(current.keySet());
            throw new PreconditionRequired(new ArrayList<>(ids), ifMatch.any()
                    ? "If-Match: * does not say which versions the change was made from; list the ETag of each parcel it edits "
                      + ids + " (from GET /api/v1/parcels/{id})"
                    : "this change edits parcel(s) " + ids + ": send If-Match with the ETag of each (from GET /api/v1/parcels/{id}) "
                      + "so that a change made from an old version is refused, never written over a newer one");
        }
        if (ifMatch.weak() && ifMatch.parcels().isEmpty()) {
            throw new StaleVersion(false, current.entrySet().stream()
                    .map(e -> new StaleVersion.Mismatch(e.getKey(), null, e.getValue())).toList(),
                    "If-Match compares strong ETags; a weak (W/) ETag never matches. Send the parcels' ETags as GET returns them");
        }
        return ifMatch.parcels();
    }
}
