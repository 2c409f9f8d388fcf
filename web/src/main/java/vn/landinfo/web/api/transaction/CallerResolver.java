package vn.landinfo.web.api.transaction;

import jakarta.servlet.http.HttpServletRequest;
import vn.landinfo.transaction.model.Caller;

/**
 * Who is calling the officers' API. Every transaction endpoint asks this, and only this, for the caller:
 * the pipeline records the subject on the transaction and its audit record, idempotency keys are scoped
 * to it, and the four-eyes rule compares it. Until access control exists, {@link HeaderCallerResolver}
 * trusts a header; the access-control issue replaces that bean with one that reads the authenticated
 * principal (and adds roles and jurisdiction to {@link Caller}) without touching the endpoints.
 */
public interface CallerResolver {

    /** The caller of this request; a malformed identity is a {@link vn.landinfo.web.api.BadParameter} (400). */
    Caller resolve(HttpServletRequest request);
}
