package vn.landinfo.mapserver.oapif;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The representations the API serves: JSON for the service's own resources, GeoJSON for features, HTML for a
 * person, FlatGeobuf for items a GIS downloads. Chosen by {@code f} when given (a link a person can copy),
 * otherwise by the Accept header; JSON is the default, so a client that sends {@code Accept: *}{@code /*} gets
 * what a program reads.
 */
enum Format {
    JSON("application/json"), GEOJSON("application/geo+json"), HTML("text/html"),
    OPENAPI("application/vnd.oai.openapi+json;version=3.0"),
    /** Items only: a page (or a whole export) as one FlatGeobuf file (docs/decisions/0190-...). */
    FLATGEOBUF("application/flatgeobuf");

    private final String mediaType;

    Format(String mediaType) {
        this.mediaType = mediaType;
    }

    String mediaType() {
        return mediaType;
    }

    /** The Content-Type of an answer in it (the service writes UTF-8). */
    String contentType() {
        return this == HTML ? "text/html; charset=utf-8" : mediaType;
    }

    /** The f= value a link uses for it. */
    String f() {
        return switch (this) {
            case HTML -> "html";
            case FLATGEOBUF -> "fgb";
            default -> "json";
        };
    }

    /**
     * The format of an items request: as {@link #of} with GeoJSON as the machine form, plus FlatGeobuf by
     * {@code f=fgb} or by an Accept header that ranks {@code application/flatgeobuf} above JSON and HTML.
     */
    static Format ofItems(FeaturesRequest request) {
        String f = request.param("f").orElse(null);
        if (f != null) {
            String lower = f.toLowerCase(Locale.ROOT);
            if (lower.equals("fgb") || lower.equals("flatgeobuf")) {
                return FLATGEOBUF;
            }
            if (!List.of("json", "geojson", "html").contains(lower)) {
                throw Problems.badParameter("f", "Định dạng f=" + Problems.abbreviate(f) + " không có; hãy dùng f=json, f=html hoặc f=fgb",
                        "format f=" + Problems.abbreviate(f) + " is not offered; use f=json, f=html or f=fgb");
            }
            return of(request, GEOJSON);
        }
        double fgb = quality(request.accept(), FLATGEOBUF.mediaType);
        if (fgb > 0 && fgb > quality(request.accept(), "text/html") && fgb > quality(request.accept(), "json")) {
            return FLATGEOBUF;
        }
        return of(request, GEOJSON);
    }

    /** The highest q the Accept header gives a media type ({@code json}: any type ending in json); -1 when absent. */
    private static double quality(String accept, String type) {
        double best = -1;
        for (String part : accept.toLowerCase(Locale.ROOT).split(",")) {
            String[] pieces = part.trim().split(";");
            String t = pieces[0].trim();
            if (type.equals("json") ? t.endsWith("json") : t.equals(type)) {
                best = Math.max(best, q(pieces));
            }
        }
        return best;
    }

    private static double q(String[] pieces) {
        double q = 1;
        for (int i = 1; i < pieces.length; i++) {
            String p = pieces[i].trim();
            if (p.startsWith("q=")) {
                try {
                    q = Double.parseDouble(p.substring(2));
                } catch (NumberFormatException e) {
                    q = 0;
                }
            }
        }
        return q;
    }

    /**
     * The format of a request to a resource that takes no parameter but {@code f} (landing page, conformance, API
     * definition, collections, a collection, its queryables): any other parameter is refused first, then as {@link #of}.
     */
    static Format ofOnlyF(FeaturesRequest request, Format data) {
        request.allowOnly(Set.of("f"));
        return of(request, data);
    }

    /**
     * The format of a request to a resource whose machine form is {@code data} (JSON, GeoJSON or OpenAPI).
     * {@code f=json} names the machine form, {@code f=html} the page; anything else is refused.
     */
    static Format of(FeaturesRequest request, Format data) {
        String f = request.param("f").orElse(null);
        if (f != null) {
            return switch (f.toLowerCase(Locale.ROOT)) {
                case "json", "geojson" -> data;
                case "html" -> HTML;
                default -> throw Problems.badParameter("f", "Định dạng f=" + Problems.abbreviate(f) + " không có; hãy dùng f=json hoặc f=html",
                        "format f=" + Problems.abbreviate(f) + " is not offered; use f=json or f=html");
            };
        }
        return prefersHtml(request.accept()) ? HTML : data;
    }

    /** Whether the Accept header ranks text/html above every JSON type (browsers send text/html first). */
    private static boolean prefersHtml(String accept) {
        double html = quality(accept, "text/html");
        return html > 0 && html > quality(accept, "json");
    }
}
