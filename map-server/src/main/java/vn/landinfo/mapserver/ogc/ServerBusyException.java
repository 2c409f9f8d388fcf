package vn.landinfo.mapserver.ogc;

/**
 * The service is at its bound of work in flight and refuses a valid request for now: code ServerBusy (the
 * code OWS services such as WPS and WMTS give this case; WMS 1.3.0's report takes any code), HTTP 503 with a
 * Retry-After of {@link #retryAfterSeconds()}.
 */
public final class ServerBusyException extends OgcException {

    public static final String SERVER_BUSY = "ServerBusy";

    private final int retryAfterSeconds;

    public ServerBusyException(String messageVi, String messageEn, int retryAfterSeconds) {
        super(SERVER_BUSY, null, messageVi, messageEn);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public int httpStatus() {
        return 503;
    }
}
