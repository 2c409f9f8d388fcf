package vn.landinfo.web.problem;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Judges the answer to one malformed request: never a 5xx, a refusal where one is due, written in its service's
 * format with a detail in Vietnamese and English, and nothing of what a hostile body tried to make the server read
 * (a marker file's content, /etc/passwd) in it.
 */
final class Verdicts {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CODE = Pattern.compile("\\b(?:exceptionCode|code)=\"([^\"]*)\"");
    private static final Pattern LOCATOR = Pattern.compile("\\blocator=\"([^\"]*)\"");
    private static final Pattern OWS_TEXT = Pattern.compile("(?s)<ows:ExceptionText>(.*?)</ows:ExceptionText>");
    private static final Pattern SE_TEXT = Pattern.compile("(?s)<ServiceException [^>]*>(.*?)</ServiceException>");

    private final List<String> secrets;

    /** @param secrets texts no answer may contain: what a file or URL a request pointed at holds */
    Verdicts(List<String> secrets) {
        this.secrets = List.copyOf(secrets);
    }

    /** Why the answer is wrong for this request, or null when it is right. */
    String judge(BadRequest r, RawHttp.Response a) {
        String text = a.text();
        for (String secret : secrets) {
            if (text.contains(secret)) {
                return "the answer holds what the request pointed at (" + secret + "): something was read";
            }
        }
        // What the service does not offer is 501 Not Implemented by OWS Common 2.0's Table 28 (decision 0189): a refusal
        // the standard gives a 5xx, told from a fault by its code, and judged as a refusal below.
        boolean notOffered = notOffered(r, a);
        if (a.status() >= 500 && !notOffered) {
            return "a server error";
        }
        if (r.refused() && a.status() < 400) {
            return "accepted, should have been refused with a 4xx";
        }
        if (a.status() < 400) {
            return null;
        }
        if (r.status() != 0 && a.status() != r.status() && !(notOffered && r.status() == 400)) {
            return "status " + a.status() + ", expected " + r.status();
        }
        String detail;
        try {
            detail = switch (r.service()) {
                case REST -> problem(r, a);
                case WMS -> wmsReport(a);
                case WFS -> wfsReport(r, a);
                case OGC_API_FEATURES -> featuresException(r, a);
            };
        } catch (Wrong w) {
            return w.getMessage();
        }
        if (detail.isBlank()) {
            return "no detail";
        }
        if (r.mustName() != null && !detail.contains(r.mustName())) {
            return "the detail does not name '" + r.mustName() + "'";
        }
        return null;
    }

    private static String problem(BadRequest r, RawHttp.Response a) {
        if (!a.contentType().startsWith("application/problem+json")) {
            throw new Wrong("not application/problem+json");
        }
        JsonNode p = json(a);
        if (!p.path("type").asString("").startsWith("urn:landinfo:problem:") || p.path("status").asInt() != a.status()
                || !p.path("title").asString("").contains(" / ")) {
            throw new Wrong("problem without type, title or status");
        }
        String detail = p.path("detail").asString("");
        // The REST API's and the tiles' problems also say where and in both languages.
        if ((r.target().startsWith("/api/") || r.target().startsWith("/tiles/")) && (!p.has("instance") || !detail.contains(" / "))) {
            throw new Wrong("problem without instance or without a detail in Vietnamese and English");
        }
        return detail;
    }

    private static String wmsReport(RawHttp.Response a) {
        if (!a.contentType().startsWith("text/xml") && !a.contentType().startsWith("application/vnd.ogc.se_xml")) {
            throw new Wrong("not an OGC exception report");
        }
        String text = a.text();
        int open = text.indexOf("<ServiceException ");
        if (!text.contains("<ServiceExceptionReport") || open < 0) {
            throw new Wrong("no ServiceException in the report");
        }
        String detail = text.substring(text.indexOf('>', open) + 1);
        if (!detail.contains(" / ")) {
            throw new Wrong("an exception report without a message in Vietnamese and English");
        }
        return detail;
    }

    /** An OWS ExceptionReport (WFS 2.0 / 1.1) or WFS 1.0's ServiceExceptionReport, with a code and a locator. */
    /** A WFS exception report with code OperationNotSupported or OptionNotSupported, answered 501. */
    private static boolean notOffered(BadRequest r, RawHttp.Response a) {
        if (r.service() != Service.WFS || a.status() != 501) {
            return false;
        }
        Matcher code = CODE.matcher(a.text());
        return code.find() && (code.group(1).equals("OperationNotSupported") || code.group(1).equals("OptionNotSupported"));
    }

    private static String wfsReport(BadRequest r, RawHttp.Response a) {
        String type = a.contentType();
        if (!type.startsWith("application/xml") && !type.startsWith("text/xml") && !type.startsWith("application/vnd.ogc.se_xml")) {
            throw new Wrong("not an OWS exception report (" + type + ")");
        }
        String text = a.text();
        if (!text.contains("<ows:ExceptionReport") && !text.contains("<ServiceExceptionReport")) {
            throw new Wrong("no ExceptionReport");
        }
        Matcher code = CODE.matcher(text);
        if (!code.find() || code.group(1).isBlank()) {
            throw new Wrong("an exception without a code");
        }
        Matcher locator = LOCATOR.matcher(text);
        boolean located = locator.find();
        if (!located && !code.group(1).equals("NoApplicableCode")) {
            throw new Wrong("an exception " + code.group(1) + " without a locator");
        }
        if (r.locator() != null && (!located || !locator.group(1).equalsIgnoreCase(r.locator()))) {
            throw new Wrong("locator " + (located ? "'" + locator.group(1) + "'" : "missing") + ", expected '" + r.locator() + "'");
        }
        if (r.status() == 0 && a.status() != 400 && !(a.status() == 404 && code.group(1).equals("NotFound")) && !notOffered(r, a)) {
            throw new Wrong("status " + a.status() + " for " + code.group(1) + ", expected 400");
        }
        Matcher message = text.contains("<ows:ExceptionText>") ? OWS_TEXT.matcher(text) : SE_TEXT.matcher(text);
        String detail = message.find() ? message.group(1) : "";
        if (!detail.contains(" / ")) {
            throw new Wrong("an exception report without a message in Vietnamese and English");
        }
        return detail;
    }

    /** OGC API – Features' JSON exception: code (17-069r4's exception schema), the HTTP status, the parameter. */
    private static String featuresException(BadRequest r, RawHttp.Response a) {
        if (!a.contentType().startsWith("application/problem+json") && !a.contentType().startsWith("application/json")) {
            throw new Wrong("not a JSON exception (" + a.contentType() + ")");
        }
        JsonNode p = json(a);
        String code = p.path("code").asString("");
        if (code.isBlank()) {
            throw new Wrong("a JSON exception without a code");
        }
        if (p.path("status").asInt() != a.status() || !p.path("title").asString("").contains(" / ")) {
            throw new Wrong("a JSON exception without its status or a title in Vietnamese and English");
        }
        if (r.locator() != null && !r.locator().equals(p.path("parameter").asString(null))) {
            throw new Wrong("parameter " + p.path("parameter") + ", expected '" + r.locator() + "'");
        }
        boolean notFound = a.status() == 404 && code.equals("NotFound");
        boolean notAcceptable = a.status() == 406 && code.toLowerCase(Locale.ROOT).contains("acceptable");
        if (r.status() == 0 && a.status() != 400 && !notFound && !notAcceptable) {
            throw new Wrong("status " + a.status() + " for " + code + ", expected 400");
        }
        String detail = p.path("detail").asString("");
        if (!detail.contains(" / ")) {
            throw new Wrong("a JSON exception without a detail in Vietnamese and English");
        }
        return detail;
    }

    private static JsonNode json(RawHttp.Response a) {
        try {
            return JSON.readTree(a.body());
        } catch (RuntimeException e) {
            throw new Wrong("a JSON exception that is not JSON");
        }
    }

    /** The reason an answer is wrong, thrown from deep in a format's checks. */
    private static final class Wrong extends RuntimeException {
        Wrong(String why) {
            super(why, null, false, false);
        }
    }
}
