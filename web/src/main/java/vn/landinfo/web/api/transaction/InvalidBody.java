package vn.landinfo.web.api.transaction;

/**
 * A request body the officers' API cannot read: malformed JSON, or a field of the envelope around the
 * change (kind, legalBasis, reason, dossier, crs) missing, mistyped or unknown. 400, naming the field and
 * its JSON pointer; errors inside the change come from land-core as InvalidChange, relative to it.
 */
public final class InvalidBody extends RuntimeException {

    private final String field;
    private final String pointer;

    InvalidBody(String field, String message) {
        super(message);
        this.field = field;
        this.pointer = field.equals("body") ? "" : "/" + field.replace("~", "~0").replace("/", "~1");
    }

    public String field() {
        return field;
    }

    public String pointer() {
        return pointer;
    }
}
