package vn.landinfo.web.api.transaction;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import vn.landinfo.transaction.adapter.json.ChangePayloads;
import vn.landinfo.transaction.application.StoredChange;
import vn.landinfo.transaction.application.command.ChangeCommand;
import vn.landinfo.transaction.model.TransactionKind;

/**
 * Reads the JSON bodies of the transaction endpoints: the envelope (kind, legal basis, reason, dossier,
 * CRS) by hand so every mistake names its field, the change through {@link ChangePayloads} into the
 * kind's command. Every failure of the envelope is an {@link InvalidBody}, of the change an InvalidChange (400), naming the field.
 */
final class TransactionBodies {

    /** {@code POST /transactions}, {@code /preview} and {@code /drafts}. */
    record NewTransaction(TransactionKind kind, String legalBasis, String reason, String dossier, StoredChange change) {
        ChangeCommand command() {
            return change.command();
        }

        int srid() {
            return change.srid();
        }
    }

    /** {@code PUT /transactions/{id}/change}: the new change; legal basis and reason only when given. */
    record Revision(StoredChange change, String legalBasis, String reason) {
    }

    static final int MAX_LEGAL_BASIS = 1000;
    static final int MAX_REASON = 4000;
    static final int MAX_DOSSIER = 40;
    /** The kinds a request may name (data migration is the loader's own, never an officer's). */
    private static final List<TransactionKind> KINDS = Arrays.stream(TransactionKind.values())
            .filter(k -> k != TransactionKind.DATA_MIGRATION).toList();
    private static final List<String> NEW_FIELDS = List.of("kind", "legalBasis", "reason", "dossier", "crs", "change");
    private static final List<String> REVISION_FIELDS = List.of("legalBasis", "reason", "crs", "change");

    private final ObjectReader reader;
    private final ChangePayloads payloads;

    TransactionBodies(ObjectMapper json, ChangePayloads payloads) {
        this.reader = json.reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
        this.payloads = payloads;
    }

    NewTransaction newTransaction(byte[] body) {
        JsonNode root = object(body, NEW_FIELDS);
        TransactionKind kind = kind(root.get("kind"));
        String legalBasis = text(root, "legalBasis", MAX_LEGAL_BASIS, true);
        String reason = text(root, "reason", MAX_REASON, false);
        String dossier = text(root, "dossier", MAX_DOSSIER, false);
        int srid = Crs.srid(text(root, "crs", 200, false));
        JsonNode change = root.get("change");
        return new NewTransaction(kind, legalBasis, reason, dossier, payloads.encode(kind, srid, change));
    }

    Revision revision(byte[] body, TransactionKind kind) {
        JsonNode root = object(body, REVISION_FIELDS);
        if (root.path("legalBasis").isString() && root.get("legalBasis").asString().isBlank()) {
            throw new InvalidBody("legalBasis", "legalBasis cannot be made empty; leave it out to keep the current one");
        }
        String legalBasis = text(root, "legalBasis", MAX_LEGAL_BASIS, false);
        String reason = text(root, "reason", MAX_REASON, false);
        int srid = Crs.srid(text(root, "crs", 200, false));
        JsonNode change = root.get("change");
        return new Revision(payloads.encode(kind, srid, change), legalBasis, reason);
    }

    private JsonNode object(byte[] body, List<String> fields) {
        if (body.length == 0) {
            throw new InvalidBody("body", "the request body is empty; send a JSON object with " + String.join(", ", fields));
        }
        requireUtf8(body);
        JsonNode root;
        try {
            root = reader.readTree(body);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            String what = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage().lines().findFirst().orElse("unreadable");
            throw new InvalidBody("body", "the request body is not valid JSON" + where + ": " + what);
        }
        if (root == null || root.isMissingNode()) {
            throw new InvalidBody("body", "the request body is empty; send a JSON object with " + String.join(", ", fields));
        }
        if (!root.isObject()) {
            throw new InvalidBody("body", "the request body must be a JSON object with " + String.join(", ", fields));
        }
        for (String name : root.propertyNames()) {
            if (!fields.contains(name)) {
                throw new InvalidBody(name, "'" + name + "' is not a field of this request; its fields are "
                        + String.join(", ", fields));
            }
        }
        return root;
    }

    /**
     * JSON is UTF-8 (RFC 8259 §8.1), and only well-formed UTF-8: Jackson's parser decodes an overlong form
     * such as C0 AF as '/', which would let a text that no client meant through every later check.
     */
    private static void requireUtf8(byte[] body) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = strict.decode(in, out, true);
            if (r.isError()) {
                throw new InvalidBody("body", "the request body is not valid UTF-8: byte " + in.position() + " (0x"
                        + String.format("%02X", body[in.position()] & 0xFF) + ") begins a malformed or overlong sequence "
                        + "(thân yêu cầu không phải UTF-8 hợp lệ)");
            }
            if (r.isUnderflow()) {
                return;
            }
            out.clear();
        }
    }

    private static TransactionKind kind(JsonNode node) {
        if (node == null || node.isNull()) {
            throw new InvalidBody("kind", "kind is required: one of " + KINDS);
        }
        if (!node.isString()) {
            throw new InvalidBody("kind", "kind must be a string, one of " + KINDS);
        }
        return TransactionKind.fromCode(node.asString())
                .filter(k -> k != TransactionKind.DATA_MIGRATION)
                .orElseThrow(() -> new InvalidBody("kind", "kind '" + node.asString() + "' is not a transaction kind; kinds are " + KINDS));
    }

    private static String text(JsonNode root, String field, int max, boolean required) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) {
            if (required) {
                throw new InvalidBody(field, field + " is required" + (field.equals("legalBasis")
                        ? ": the decision, contract or judgment the change rests on (căn cứ pháp lý)" : ""));
            }
            return null;
        }
        if (!n.isString()) {
            throw new InvalidBody(field, field + " must be a string");
        }
        String s = n.asString().strip();
        if (required && s.isEmpty()) {
            throw new InvalidBody(field, field + " must not be empty");
        }
        if (s.length() > max) {
            throw new InvalidBody(field, field + " is " + s.length() + " characters long; at most " + max + " are accepted");
        }
        return s.isEmpty() && !required ? null : s;
    }

    /**
     * The envelope fields land-core may name in an InvalidChange (kind and change from reading the change, legalBasis and
     * dossier from opening a transaction); any other field it names lives inside the change.
     */
    static final Set<String> ENVELOPE = Set.of("kind", "legalBasis", "dossier", "change");
}
