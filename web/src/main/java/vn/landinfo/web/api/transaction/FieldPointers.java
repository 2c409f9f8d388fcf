package vn.landinfo.web.api.transaction;

/** The JSON pointer of a field named in the change handlers' style: "purposes[0].area" inside the change, or an envelope field. */
final class FieldPointers {

    private FieldPointers() {
    }

    static String of(String field) {
        if (field == null || field.equals("id")) {
            return null;
        }
        if (TransactionBodies.ENVELOPE.contains(field)) {
            return "/" + field;
        }
        return "/change/" + field.replaceAll("\\[(\\d+)]", ".$1").replace('.', '/').replaceAll("^/", "");
    }
}
