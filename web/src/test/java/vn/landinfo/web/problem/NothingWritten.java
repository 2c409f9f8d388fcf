package vn.landinfo.web.problem;

import java.sql.SQLException;
import vn.landinfo.shared.infrastructure.RegisterDigestReader;
import vn.landinfo.shared.model.RegisterDigest;
import vn.landinfo.testsupport.TestDatabase;

/**
 * The register digest a bad-input test takes before and after its requests: equal means nothing was written, not
 * even a row changed in place. It is the production digest of every table ({@link RegisterDigestReader}) with one
 * rule more, by design (docs/decisions/0015-idempotency-keys.md): a refused request sent with an idempotency key
 * stores its refusal, so that a retry with the same key gets the same answer. Keys that hold anything else — a
 * success, or a claim left open — are digested, so a stored 4xx is the only thing that does not count as a write.
 */
final class NothingWritten {

    private NothingWritten() {
    }

    static RegisterDigest digest() throws SQLException {
        return new RegisterDigestReader(TestDatabase.dataSource())
                .leavingOut("idempotency_key", "t.response_status BETWEEN 400 AND 499",
                        "a refusal stored for the retry of a refused request is not a write (docs/decisions/0015)")
                .read();
    }
}
