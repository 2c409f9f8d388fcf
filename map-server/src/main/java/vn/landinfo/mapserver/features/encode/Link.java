package vn.landinfo.mapserver.features.encode;

/** A link of a feature collection (GeoJSON {@code links}: self, next, previous, alternate …). */
public record Link(String href, String rel, String type, String title) {
}
