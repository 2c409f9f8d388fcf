package vn.landinfo.web.api.transaction;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.landinfo.web.api.BadParameter;

/**
 * The entity tags of the officers' API (docs/decisions/0014-http-preconditions-412-428-409.md), all strong:
 * a parcel's is {@code "<parcelId>.<version>"} (the version a change edits from), a transaction's
 * {@code "tx-<id>.<revision>"} (every step on a draft bumps its revision). An {@code If-Match} header
 * may list several, comma-separated: a change that edits three parcels lists all three.
 */
final class EntityTags {

    private static final Pattern PARCEL = Pattern.compile("([1-9][0-9]{0,17})\\.([1-9][0-9]{0,8})");
    private static final Pattern TRANSACTION = Pattern.compile("tx-([1-9][0-9]{0,17})\\.([1-9][0-9]{0,8})");

    /** What an If-Match header says: absent, {@code *}, or the parcel versions and transaction revisions it names. */
    record IfMatch(boolean present, boolean any, boolean weak, Map<Long, Integer> parcels, Map<Long, Integer> transactions) {

        static final IfMatch ABSENT = new IfMatch(false, false, false, Map.of(), Map.of());

        boolean namesParcels() {
            return !parcels.isEmpty() || weak;
        }

        /** The revision it names for this transaction, or null when it names none (then it is not checked). */
        Integer revisionOf(long transactionId) {
            return transactions.get(transactionId);
        }
    }

    private EntityTags() {
    }

    static String parcel(long parcelId, int version) {
        return "\"" + parcelId + "." + version + "\"";
    }

    static String transaction(long id, int revision) {
        return "\"tx-" + id + "." + revision + "\"";
    }

    static IfMatch ifMatch(String header) {
        if (header == null) {
            return IfMatch.ABSENT;
        }
        if (header.strip().equals("*")) {
            return new IfMatch(true, true, false, Map.of(), Map.of());
        }
        Map<Long, Integer> parcels = new LinkedHashMap<>();
        Map<Long, Integer> transactions = new LinkedHashMap<>();
        boolean weak = false;
        for (String raw : header.split(",")) {
            String tag = raw.strip();
            if (tag.isEmpty()) {
                continue;
            }
            if (tag.startsWith("W/")) {
                // If-Match compares strongly (RFC 9110 §13.1.1): a weak tag never matches; it still counts as "given".
                weak = true;
                continue;
            }
            String opaque = tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"") ? tag.substring(1, tag.length() - 1) : tag;
            Matcher p = PARCEL.matcher(opaque);
            Matcher t = TRANSACTION.matcher(opaque);
            if (p.matches()) {
                if (parcels.put(Long.parseLong(p.group(1)), Integer.parseInt(p.group(2))) != null) {
                    throw malformed(header, "names parcel " + p.group(1) + " twice", "nêu thửa " + p.group(1) + " hai lần");
                }
            } else if (t.matches()) {
                transactions.put(Long.parseLong(t.group(1)), Integer.parseInt(t.group(2)));
            } else {
                throw malformed(header, "holds '" + tag + "', which is not an ETag of this API (\"<parcelId>.<version>\" or \"tx-<id>.<revision>\")",
                        "chứa '" + tag + "', không phải ETag của API này (\"<mã thửa>.<phiên bản>\" hoặc \"tx-<mã>.<lần sửa>\")");
            }
        }
        return new IfMatch(true, false, weak, parcels, transactions);
    }

    private static BadParameter malformed(String header, String en, String vi) {
        return new BadParameter("If-Match", header, vi, en);
    }
}
