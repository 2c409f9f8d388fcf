package vn.landinfo.transaction.adapter.json;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.json.JsonMapper;
import vn.landinfo.transaction.model.InvalidChange;
import vn.landinfo.transaction.model.TransactionKind;

/**
 * Test support: how the JSON adapter refuses a change it reads at the edge (in EPSG:4326, as a request's), for the
 * tests of the adapter alone and of the kinds the real pipeline reads.
 */
public record Refusals(ChangePayloads payloads) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The refusal of this change; accepting it fails the test. */
    public InvalidChange of(TransactionKind kind, String change) {
        try {
            payloads.read(kind, 4326, JSON.readTree(change));
        } catch (InvalidChange e) {
            return e;
        }
        throw new AssertionError("accepted: " + change);
    }

    /** The refusal of this change, which must name this field. */
    public InvalidChange naming(String field, TransactionKind kind, String change) {
        InvalidChange e = of(kind, change);
        assertThat(e.field()).as("the field the refusal of %s names", change).isEqualTo(field);
        return e;
    }
}
