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
        for (Outcome.ViolationView v : o.violations()) {
            ObjectNode x = vs.addObject();
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
        }
        o.createdParcels().forEach(n.putArray("createdParcels")::add);
        o.changedParcels().forEach(n.putArray("changedParcels")::add);
        o.retiredParcels().forEach(n.putArray("retiredParcels")::add);
        o.certificateEffects().forEach(n.putArray("certificateEffects")::add);
        if (o.auditSeq() != null) {
            n.put("auditSeq", o.auditSeq());
        }
        return n.toString();
    }
}
