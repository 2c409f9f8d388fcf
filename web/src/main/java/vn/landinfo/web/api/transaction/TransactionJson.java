package vn.landinfo.web.api.transaction;

import java.time.Instant;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.landinfo.transaction.adapter.json.ChangePayloads;
import vn.landinfo.transaction.adapter.json.OutcomeJson;
import vn.landinfo.transaction.application.Outcome;
import vn.landinfo.transaction.application.lifecycle.ReadingTransaction;
import vn.landinfo.transaction.model.TransactionRecord;

/**
 * The JSON the transaction endpoints answer with: an outcome (what a commit did, or a preview would do:
 * resulting parcels as a GeoJSON FeatureCollection in EPSG:4326, ids created/changed/retired,
 * certificate effects, violations with their offending geometry) and a stored transaction (status,
 * kind, change, last outcome, who and when).
 */
final class TransactionJson {

    static final String BASE = "/api/v1/transactions";

    private final ObjectMapper json;
    private final ChangePayloads payloads;

    private final OutcomeJson outcomes;

    TransactionJson(ObjectMapper json, ChangePayloads payloads) {
        this.json = json;
        this.payloads = payloads;
        this.outcomes = new OutcomeJson(json);
    }

    /** {@code persisted}: the outcome belongs to a stored transaction (a commit or a draft's preview), not a throw-away preview. */
    ObjectNode outcome(Outcome o, boolean persisted) {
        ObjectNode n = json.createObjectNode();
        if (persisted) {
            n.put("transactionId", o.transactionId());
        }
        n.put("kind", o.kind().code());
        n.put("status", o.status().code());
        n.put("at", o.at().toString());
        n.put("accepted", o.accepted());
        n.set("violations", violations(o));
        JsonNode parcels = json.readTree(o.parcelsGeoJson());
        n.set("parcels", parcels);
        outcomes.idsAndEffects(n, o);
        if (o.auditSeq() != null) {
            // The new versions' ETags: what the next change to these parcels sends as If-Match.
            ObjectNode tags = n.putObject("parcelETags");
            o.parcelVersions().forEach((id, version) -> tags.put(String.valueOf(id), EntityTags.parcel(id, version)));
        }
        if (persisted) {
            n.putObject("links").put("transaction", BASE + "/" + o.transactionId());
        }
        return n;
    }

    ArrayNode violations(Outcome o) {
        ArrayNode vs = json.createArrayNode();
        for (Outcome.ViolationView v : o.violations()) {
            ObjectNode x = outcomes.violation(v);
            vs.add(x);
            // The API always names parcel and geometry (null when the rule is about neither), and adds the
            // field's JSON pointer, so a client marks the input that caused it.
            if (!x.has("parcelId")) {
                x.putNull("parcelId");
            }
            if (!x.has("geometry")) {
                x.putNull("geometry");
            }
            if (v.field() != null) {
                x.put("pointer", FieldPointers.of(v.field()));
            }
        }
        return vs;
    }

    JsonNode parcels(Outcome o) {
        return json.readTree(o.parcelsGeoJson());
    }

    ObjectNode transaction(ReadingTransaction.View view) {
        TransactionRecord t = view.record();
        ObjectNode n = json.createObjectNode();
        n.put("id", t.id());
        n.put("kind", t.kind().code());
        n.put("status", t.status().code());
        n.put("revision", t.revision());
        n.put("etag", EntityTags.transaction(t.id(), t.revision()));
        n.put("legalBasis", t.legalBasis());
        n.put("reason", t.reason());
        n.put("dossier", t.dossierCode());
        n.put("createdBy", t.createdBy());
        n.put("approvedBy", t.approvedBy());
        n.put("committedBy", t.committedBy());
        n.put("createdAt", text(t.createdAt()));
        n.put("updatedAt", text(view.updatedAt()));
        n.put("committedAt", text(t.committedAt()));
        n.put("abandonedAt", text(view.abandonedAt()));
        if (t.payloadJson() != null) {
            ChangePayloads.Stored stored = payloads.parse(t.payloadJson());
            n.put("crs", Crs.name(stored.srid()));
            n.set("change", stored.change());
        }
        n.set("outcome", t.outcomeJson() == null ? json.nullNode() : json.readTree(t.outcomeJson()));
        ObjectNode links = n.putObject("links");
        links.put("self", BASE + "/" + t.id());
        return n;
    }

    private static String text(Instant i) {
        return i == null ? null : i.toString();
    }
}
