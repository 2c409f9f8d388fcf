package vn.landinfo.transaction.adapter.json;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.landinfo.transaction.application.Outcome;
import vn.landinfo.transaction.application.OutcomeFormat;

/** The outcome as stored on the transaction and in the audit record: status, violations, parcel ids, effects. */
public final class OutcomeJson implements OutcomeFormat {

    private final ObjectMapper json;

    public OutcomeJson(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public String record(Outcome o) {
        ObjectNode n = json.createObjectNode();
        n.put("status", o.status().code());
        n.put("at", o.at().toString());
        ArrayNode vs = n.putArray("violations");
        o.violations().forEach(v -> vs.add(violation(v)));
        idsAndEffects(n, o);
        return n.toString();
    }

    /**
     * One violation: code, messages, and its parcel, geometry (GeoJSON, EPSG:4326) and request field where it
     * has them. The one writer of a violation, for the stored outcome and for the API's answers alike.
     */
    public ObjectNode violation(Outcome.ViolationView v) {
        ObjectNode x = json.createObjectNode();
        x.put("code", v.code());
        x.put("messageVi", v.messageVi());
        x.put("messageEn", v.messageEn());
        if (v.parcelId() != null) {
            x.put("parcelId", v.parcelId());
        }
        if (v.geometryGeoJson() != null) {
            x.set("geometry", json.readTree(v.geometryGeoJson()));
        }
        if (v.field() != null) {
            x.put("field", v.field());
        }
        return x;
    }

    /** The parcels created, changed and retired, the certificate effects and, once committed, the audit record's number. */
    public void idsAndEffects(ObjectNode n, Outcome o) {
        o.createdParcels().forEach(n.putArray("createdParcels")::add);
        o.changedParcels().forEach(n.putArray("changedParcels")::add);
        o.retiredParcels().forEach(n.putArray("retiredParcels")::add);
        o.certificateEffects().forEach(n.putArray("certificateEffects")::add);
        if (o.auditSeq() != null) {
            n.put("auditSeq", o.auditSeq());
        }
    }
}
