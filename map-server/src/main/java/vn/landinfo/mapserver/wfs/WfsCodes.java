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
     * HTTP status per code (WFS 2.0 Table 3, OWS Common 2.0 Table 28), except that refusals the client can fix are all
     * 400: a 501 for an operation or option not offered would read as a server fault to monitors.
     */
    static int httpStatus(String code, int fallback) {
        return switch (code) {
            case NOT_FOUND -> 404;
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
