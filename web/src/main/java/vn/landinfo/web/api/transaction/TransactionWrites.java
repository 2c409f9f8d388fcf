package vn.landinfo.web.api.transaction;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import vn.landinfo.transaction.adapter.json.ChangePayloads;
import vn.landinfo.transaction.model.Caller;
import vn.landinfo.transaction.model.TransactionKind;

/**
 * What every write of the officers' API does before its own step, in this order: read the body within
 * its bound (413, 415), establish the caller, read If-Match, then run the step under the request's
 * Idempotency-Key (if any) — so a replay never re-reads a changed register, and a body too large is
 * refused before anything is stored.
 */
final class TransactionWrites {

    /** One write endpoint's own work. */
    @FunctionalInterface
    interface Step {
        ResponseEntity<byte[]> run(Write write, Idempotent.Recorder recorder);
    }

    /** The request as the step sees it. */
    final class Write {
        private final Caller caller;
        private final byte[] body;
        private final EntityTags.IfMatch ifMatch;

        private Write(Caller caller, byte[] body, EntityTags.IfMatch ifMatch) {
            this.caller = caller;
            this.body = body;
            this.ifMatch = ifMatch;
        }

        Caller caller() {
            return caller;
        }

        EntityTags.IfMatch ifMatch() {
            return ifMatch;
        }

        ChangePayloads payloads() {
            return payloads;
        }

        TransactionBodies.NewTransaction newTransaction() {
            return bodies.newTransaction(body);
        }

        TransactionBodies.Revision revision(TransactionKind kind) {
            return bodies.revision(body, kind);
        }

        /** The parcel versions the change is held to (If-Match); {@code required}: none named is 428. */
        Map<Long, Integer> expectedVersions(Set<Long> edited, boolean required) {
            return preconditions.expected(ifMatch, edited, required);
        }
    }

    private final RequestBodies requestBodies;
    private final CallerResolver callers;
    private final Idempotent idempotent;
    private final TransactionBodies bodies;
    private final ParcelPreconditions preconditions;
    private final ChangePayloads payloads;

    TransactionWrites(RequestBodies requestBodies, CallerResolver callers, Idempotent idempotent, TransactionBodies bodies,
                      ParcelPreconditions preconditions, ChangePayloads payloads) {
        this.requestBodies = requestBodies;
        this.callers = callers;
        this.idempotent = idempotent;
        this.bodies = bodies;
        this.preconditions = preconditions;
        this.payloads = payloads;
    }

    ResponseEntity<byte[]> run(HttpServletRequest request, Step step) {
        byte[] body = requestBodies.read(request);
        Caller caller = callers.resolve(request);
        EntityTags.IfMatch ifMatch = EntityTags.ifMatch(request.getHeader(HttpHeaders.IF_MATCH));
        Write write = new Write(caller, body, ifMatch);
        return idempotent.run(request, caller, body, recorder -> step.run(write, recorder));
    }
}
