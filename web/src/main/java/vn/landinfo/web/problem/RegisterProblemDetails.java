package vn.landinfo.web.problem;

import vn.landinfo.transaction.application.Outcome;

/** What only the transaction API knows how to write into a problem: JSON pointers, entity tags, an outcome's violations. */
public interface RegisterProblemDetails {

    /** The JSON pointer of a field named in the handlers' style ("purposes[0].area"), or null. */
    String pointer(String field);

    String parcelTag(long parcelId, int version);

    String transactionTag(long transactionId, int revision);

    Object violations(Outcome outcome);

    Object parcels(Outcome outcome);
}
