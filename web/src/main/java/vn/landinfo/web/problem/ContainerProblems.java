package vn.landinfo.web.problem;

/**
 * The problem for an error the servlet container answered on its own, knowing only the status and its
 * (English) message: a request line it could not parse, a path segment it refuses to map ({@code %2F},
 * {@code %00}, {@code ../}), headers over the limit, a method it does not allow.
 */
final class ContainerProblems {

    private static final int MAX_MESSAGE = 300;

    private ContainerProblems() {
    }

    /** The problem for a status the container set, its message, and the raw path it was about. */
    static Problem of(int status, String containerMessage, String rawPath) {
        ProblemType type = ProblemType.forStatus(status);
        String said = containerMessage == null || containerMessage.isBlank() ? ""
                : " (" + abbreviate(containerMessage.strip()) + ")";
        String segment = type == ProblemType.MALFORMED_REQUEST ? PathSegments.whatIsWrong(rawPath) : null;
        if (segment != null) {
            said = said + "; " + segment;
        }
        String vi = switch (type) {
            case NOT_FOUND -> "Không có gì ở địa chỉ này.";
            case METHOD_NOT_ALLOWED -> "Phương thức này không được dùng ở địa chỉ này.";
            case TOO_LARGE -> "Nội dung yêu cầu quá lớn.";
            case URI_TOO_LONG -> "Địa chỉ hoặc dòng yêu cầu quá dài.";
            case HEADERS_TOO_LARGE -> "Tiêu đề yêu cầu quá lớn.";
            case UNSUPPORTED_MEDIA_TYPE -> "Định dạng nội dung không được hỗ trợ.";
            case INTERNAL, UNAVAILABLE -> "Máy chủ không thực hiện được yêu cầu.";
            default -> "Yêu cầu sai cú pháp (dòng yêu cầu, đường dẫn, truy vấn hoặc tiêu đề) nên không được xử lý.";
        };
        String en = switch (type) {
            case NOT_FOUND -> "Nothing is at this address";
            case METHOD_NOT_ALLOWED -> "This method is not allowed at this address";
            case TOO_LARGE -> "The request body is too large";
            case URI_TOO_LONG -> "The request line or URI is too long";
            case HEADERS_TOO_LARGE -> "The request headers are too large";
            case UNSUPPORTED_MEDIA_TYPE -> "The body's media type is not supported";
            case INTERNAL, UNAVAILABLE -> "The server could not carry out the request";
            default -> "The request is malformed (request line, path, query or headers) and was not processed";
        };
        return Problem.of(type, vi, en + said + ".").withStatus(status);
    }

    private static String abbreviate(String s) {
        String oneLine = s.replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() <= MAX_MESSAGE ? oneLine : oneLine.substring(0, MAX_MESSAGE) + "…";
    }
}
