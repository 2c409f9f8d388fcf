package vn.landinfo.web.problem;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One malformed request of the generated suite and what it must get: {@code refused} → a 4xx (exactly
 * {@code status} when that is set), otherwise any answer below 500; either way a refusal is written in the format of
 * the service it was sent to ({@link Service}), its detail names {@code mustName} when that is set, and an OGC
 * refusal points at {@code locator} (the WFS report's locator, the OGC API exception's parameter) when that is set.
 */
record BadRequest(String what, String method, String target, List<String> headers, byte[] body, boolean refused, String mustName,
                  int status, String locator) {

    BadRequest(String what, String method, String target, List<String> headers, byte[] body, boolean refused, String mustName) {
        this(what, method, target, headers, body, refused, mustName, 0, null);
    }

    static BadRequest get(String what, String target, boolean refused, String mustName) {
        return new BadRequest(what, "GET", target, List.of(), new byte[0], refused, mustName);
    }

    /** A request that must be refused with this status, pointing at this locator (null: any, but one there must be). */
    static BadRequest refusedGet(String what, String target, int status, String locator) {
        return new BadRequest(what, "GET", target, List.of(), new byte[0], true, null, status, locator);
    }

    /** A POST with a body of the given media type, refused with this status and locator. */
    static BadRequest refusedPost(String what, String target, String contentType, byte[] body, int status, String locator) {
        return new BadRequest(what, "POST", target, List.of("Content-Type: " + contentType), body, true, null, status, locator);
    }

    BadRequest withHeaders(List<String> more) {
        return new BadRequest(what, method, target, more, body, refused, mustName, status, locator);
    }

    /** The same request, which must be refused with exactly this status and point at this locator. */
    BadRequest expecting(int exactStatus, String expectedLocator) {
        return new BadRequest(what, method, target, headers, body, true, mustName, exactStatus, expectedLocator);
    }

    /** Which service answers, and so in which format a refusal must come. */
    Service service() {
        return Service.of(target, what.endsWith(BadRequests.UNROUTABLE));
    }

    @Override
    public String toString() {
        String shown = target.length() > 160 ? target.substring(0, 160) + "…(" + target.length() + ")" : target;
        String b = body.length == 0 ? "" : " body=" + (body.length > 80 ? body.length + " bytes"
                : new String(body, StandardCharsets.ISO_8859_1));
        return what + ": " + method + " " + shown + " " + headers.stream().map(h -> h.length() > 60 ? h.substring(0, 60) + "…" : h).toList() + b;
    }
}
