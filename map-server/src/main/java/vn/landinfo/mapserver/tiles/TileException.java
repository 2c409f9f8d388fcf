package vn.landinfo.mapserver.tiles;

/** A tile request refused: the HTTP status and a precise reason, written as RFC 9457 problem+json. */
public final class TileException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;

    private TileException(int status, String type, String title, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    public static TileException badRequest(String detail) {
        return new TileException(400, "urn:landinfo:problem:invalid-parameter", "Yêu cầu không hợp lệ / Bad request", detail);
    }

    public static TileException notFound(String detail) {
        return new TileException(404, "urn:landinfo:problem:not-found", "Không tìm thấy / Not found", detail);
    }

    public static TileException unavailable(String detail) {
        return new TileException(503, "urn:landinfo:problem:unavailable", "Tạm thời không phục vụ được / Service unavailable", detail);
    }

    public int status() {
        return status;
    }

    /** The problem type, the same URNs the REST API uses. */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }
}
