package vn.landinfo.mapserver.features.query;

/** One key of SortBy / sortby: a property name (checked against the feature type when compiled) and a direction. */
public record SortKey(String property, boolean ascending) {
}
