package vn.landinfo.mapserver.oapif;

import java.util.Locale;

/**
 * The representations the API serves: JSON for the service's own resources, GeoJSON for features, HTML for a
 * person. Chosen by {@code f} when given (a link a person can copy), otherwise by the Accept header; JSON is
 * the default, so a client that sends {@code Accept: *}{@code /*} gets what a program reads.
 */
enum Format {
    JSON("application/json"), GEOJSON("application/geo+json"), HTML("text/html"),
    OPENAPI("application/vnd.oai.openapi+json;version=3.0");

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
        return this == HTML ? "html" : "json";
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
        double html = -1;
        double json = -1;
        for (String part : accept.toLowerCase(Locale.ROOT).split(",")) {
            String[] pieces = part.trim().split(";");
            String type = pieces[0].trim();
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
            if (type.equals("text/html")) {
                html = Math.max(html, q);
            } else if (type.endsWith("json")) {
                json = Math.max(json, q);
            }
        }
        return html > 0 && html > json;
    }
}
