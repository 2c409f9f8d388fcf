package vn.landinfo.mapserver.ogc;

/**
 * A request the service refuses, with the OGC exception code and the parameter it is about (the
 * locator). Each service writes it in its own report format; the message is for humans, Vietnamese first
 * and English second ("… / …"), as the web layer words its problems.
 */
public class OgcException extends RuntimeException {

    public static final String MISSING_PARAMETER_VALUE = "MissingParameterValue";
    public static final String INVALID_PARAMETER_VALUE = "InvalidParameterValue";
    public static final String OPERATION_NOT_SUPPORTED = "OperationNotSupported";
    public static final String INVALID_FORMAT = "InvalidFormat";
    public static final String LAYER_NOT_DEFINED = "LayerNotDefined";
    public static final String LAYER_NOT_QUERYABLE = "LayerNotQueryable";
    public static final String STYLE_NOT_DEFINED = "StyleNotDefined";
    public static final String INVALID_CRS = "InvalidCRS";
    public static final String INVALID_SRS = "InvalidSRS";
    public static final String INVALID_POINT = "InvalidPoint";
    public static final String CURRENT_UPDATE_SEQUENCE = "CurrentUpdateSequence";
    public static final String INVALID_UPDATE_SEQUENCE = "InvalidUpdateSequence";
    public static final String VERSION_NEGOTIATION_FAILED = "VersionNegotiationFailed";
    /** Not a client error: the request was valid but the server could not do it in its bounds. */
    public static final String NO_APPLICABLE_CODE = "NoApplicableCode";

    private final String code;
    private final String locator;

    public OgcException(String code, String locator, String messageVi, String messageEn) {
        this(code, locator, messageVi + " / " + messageEn);
    }

    private OgcException(String code, String locator, String message) {
        super(message);
        this.code = code;
        this.locator = locator;
    }

    /** A refusal already worded in both languages (a problem of the web layer, reported to a WMS client). */
    public static OgcException worded(String code, String locator, String bilingualMessage) {
        return new OgcException(code, locator, bilingualMessage);
    }

    public String code() {
        return code;
    }

    /** The parameter the exception is about, or null. */
    public String locator() {
        return locator;
    }

    /** HTTP status: 400 for everything the client can fix, 503 when the server ran out of its bounds. */
    public int httpStatus() {
        return NO_APPLICABLE_CODE.equals(code) ? 503 : 400;
    }
}
