package vn.landinfo.web.problem;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One malformed request of the generated suite and what it must get: {@code refused} → a 4xx,
 * otherwise any answer below 500; either way a refusal is a problem (or an OGC report under
 * {@code /ogc/}) whose detail names {@code mustName} when that is set.
 */
record BadRequest(String what, String method, String target, List<String> headers, byte[] body, boolean refused, String mustName) {

    static BadRequest get(String what, String target, boolean refused, String mustName) {
        return new BadRequest(what, "GET", target, List.of(), new byte[0], refused, mustName);
    }

    BadRequest withHeaders(List<String> more) {
        return new BadRequest(what, method, target, more, body, refused, mustName);
    }

    boolean ogc() {
        return target.startsWith("/ogc/");
    }

    @Override
    public String toString() {
        String shown = target.length() > 160 ? target.substring(0, 160) + "…(" + target.length() + ")" : target;
        String b = body.length == 0 ? "" : " body=" + (body.length > 80 ? body.length + " bytes"
                : new String(body, StandardCharsets.ISO_8859_1));
        return what + ": " + method + " " + shown + " " + headers.stream().map(h -> h.length() > 60 ? h.substring(0, 60) + "…" : h).toList() + b;
    }
}
