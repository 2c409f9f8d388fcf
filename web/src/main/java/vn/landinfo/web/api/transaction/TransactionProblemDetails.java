package vn.landinfo.web.api.transaction;

import vn.landinfo.transaction.application.Outcome;
import vn.landinfo.web.problem.RegisterProblemDetails;

/** What the problem table needs from the transaction API: its JSON pointers, entity tags and outcome JSON. */
final class TransactionProblemDetails implements RegisterProblemDetails {

    private final TransactionJson json;

    TransactionProblemDetails(TransactionJson json) {
        this.json = json;
    }

    @Override
    public String pointer(String field) {
        return FieldPointers.of(field);
    }

    @Override
    public String parcelTag(long parcelId, int version) {
        return EntityTags.parcel(parcelId, version);
    }

    @Override
    public String transactionTag(long transactionId, int revision) {
        return EntityTags.transaction(transactionId, revision);
    }

    @Override
    public Object violations(Outcome outcome) {
        return json.violations(outcome);
    }

    @Override
    public Object parcels(Outcome outcome) {
        return json.parcels(outcome);
    }
}
