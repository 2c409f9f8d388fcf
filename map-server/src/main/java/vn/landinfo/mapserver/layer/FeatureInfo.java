package vn.landinfo.mapserver.layer;

import java.util.Map;

/** A feature found by GetFeatureInfo: its layer, id and public attributes (insertion-ordered). */
public record FeatureInfo(String layer, String id, Map<String, Object> properties) {
}
