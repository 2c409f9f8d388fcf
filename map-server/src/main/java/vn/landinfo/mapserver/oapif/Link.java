package vn.landinfo.mapserver.oapif;

import vn.landinfo.mapserver.ogc.Json;

/** A web link of an OGC API resource (RFC 8288 relation, media type, a title for a person). */
record Link(String href, String rel, String type, String title) {

    String json() {
        return "{\"href\":" + Json.string(href) + ",\"rel\":" + Json.string(rel) + ",\"type\":" + Json.string(type)
                + ",\"title\":" + Json.string(title) + "}";
    }

    static String json(java.util.List<Link> links) {
        StringBuilder b = new StringBuilder("[");
        for (Link l : links) {
            b.append(b.length() == 1 ? "" : ",").append(l.json());
        }
        return b.append(']').toString();
    }

    /**
     * The resource's own link in the format it was served in and the alternate in the other, as every OGC API
     * resource carries them (self, alternate).
     */
    static java.util.List<Link> selfAndAlternate(String url, Format served, Format data, String titleVi, String titleEn) {
        Format other = served == Format.HTML ? data : Format.HTML;
        return java.util.List.of(
                new Link(url + "?f=" + served.f(), "self", served.mediaType(), "Trang này / this document"),
                new Link(url + "?f=" + other.f(), "alternate", other.mediaType(),
                        titleVi + " dạng " + (other == Format.HTML ? "HTML" : "JSON") + " / " + titleEn + " as " + (other == Format.HTML ? "HTML" : "JSON")));
    }
}
