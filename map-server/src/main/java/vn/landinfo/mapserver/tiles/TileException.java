package vn.landinfo.mapserver.tiles;

/**
 * A tile request refused, or a tile that could not be made: what kind of refusal, the path segment it is
 * about (if one), and why in Vietnamese and English. The web layer answers it as RFC 9457 problem+json
 * from its one problem table, with the type, title and {@code instance} every other problem has
 * (docs/decisions/0140-tile-refusals-through-the-problem-table.md).
 */
public final class TileException extends RuntimeException {

    /** What went wrong, named as the problem types are; the web layer gives each its status. */
    public enum Kind {
        /** A malformed tile address (400). */
        INVALID_PARAMETER,
        /** No such layer, or a zoom the layer has no tiles at (404). */
        NOT_FOUND,
        /** The database could not cut the tile in time (503). */
        UNAVAILABLE,
        /** Anything else (500, saying nothing internal; the cause goes to the log). */
        INTERNAL
    }

    private final Kind kind;
    private final String parameter;
    private final String messageVi;

    private TileException(Kind kind, String parameter, String messageVi, String messageEn, Throwable cause) {
        super(messageEn, cause);
        this.kind = kind;
        this.parameter = parameter;
        this.messageVi = messageVi;
    }

    /** @param segment the path segment that is wrong ({@code z}, {@code x}, {@code y}) */
    public static TileException badRequest(String segment, String messageVi, String messageEn) {
        return new TileException(Kind.INVALID_PARAMETER, segment, messageVi, messageEn, null);
    }

    public static TileException notFound(String segment, String messageVi, String messageEn) {
        return new TileException(Kind.NOT_FOUND, segment, messageVi, messageEn, null);
    }

    public static TileException unavailable(String messageVi, String messageEn) {
        return new TileException(Kind.UNAVAILABLE, null, messageVi, messageEn, null);
    }

    static TileException internal(RuntimeException cause) {
        return new TileException(Kind.INTERNAL, null, "Lỗi hệ thống; không tạo được ô bản đồ, vui lòng thử lại sau.",
                "Internal error; the tile could not be made, please try again later.", cause);
    }

    public Kind kind() {
        return kind;
    }

    /** The path segment the refusal is about ({@code layer}, {@code z}, {@code x}, {@code y}), or null. */
    public String parameter() {
        return parameter;
    }

    public String messageVi() {
        return messageVi;
    }

    public String messageEn() {
        return getMessage();
    }
}
