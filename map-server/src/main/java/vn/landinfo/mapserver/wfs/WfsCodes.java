package vn.landinfo.mapserver.wfs;

/**
 * The exception codes of WFS 2.0 (Table 3) and OWS Common the service answers with, beside those of
 * {@link vn.landinfo.mapserver.ogc.OgcException}, and the HTTP status each carries.
 */
public final class WfsCodes {

    public static final String MISSING_PARAMETER_VALUE = "MissingParameterValue";
    public static final String INVALID_PARAMETER_VALUE = "InvalidParameterValue";
    public static final String OPERATION_NOT_SUPPORTED = "OperationNotSupported";
    public static final String OPERATION_PARSING_FAILED = "OperationParsingFailed";
    public static final String OPTION_NOT_SUPPORTED = "OptionNotSupported";
    public static final String VERSION_NEGOTIATION_FAILED = "VersionNegotiationFailed";
    public static final String NOT_FOUND = "NotFound";
    public static final String NO_APPLICABLE_CODE = "NoApplicableCode";

    private WfsCodes() {
    }

    /**
     * HTTP status per code: OWS Common 2.0 (06-121r9) Table 28, which WFS 2.0 (09-025r2 §7.5, Annex D) adopts for the
     * OWS codes — OperationNotSupported and OptionNotSupported 501 Not Implemented, the other client mistakes 400 — and
     * NotFound 404 (the corrigendum's code for GetFeatureById). Decision 0189: the standard's 501 over the 400 first
     * chosen, since a client tells "not offered here" from "asked wrongly" by it; monitors count 501 apart from 500/503.
     */
    static int httpStatus(String code, int fallback) {
        return switch (code) {
            case NOT_FOUND -> 404;
            case OPERATION_NOT_SUPPORTED, OPTION_NOT_SUPPORTED -> 501;
            case NO_APPLICABLE_CODE -> fallback >= 500 ? fallback : 503;
            default -> fallback >= 400 && fallback < 500 ? fallback : 400;
        };
    }

    /** A request value quoted in a message, cut short so a huge parameter cannot fill the report. */
    static String abbreviate(String s) {
        String t = s == null ? "" : s.strip();
        return t.length() <= 60 ? "'" + t + "'" : "'" + t.substring(0, 57) + "…'";
    }
}
