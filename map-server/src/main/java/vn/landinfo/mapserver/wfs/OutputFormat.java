package vn.landinfo.mapserver.wfs;

import java.util.List;
import java.util.Locale;
import vn.landinfo.mapserver.ogc.OgcException;

/**
 * The feature encodings served, with the outputFormat names each version declares and the names clients send for
 * them (GeoServer's and MapServer's spellings included, since GDAL and QGIS send those).
 */
public enum OutputFormat {
    GML32("application/gml+xml; version=3.2", "application/gml+xml; charset=UTF-8",
            List.of("application/gml+xml; version=3.2", "application/gml+xml;version=3.2", "text/xml; subtype=gml/3.2",
                    "text/xml; subtype=gml/3.2.1", "gml32", "application/gml+xml")),
    GML311("text/xml; subtype=gml/3.1.1", "text/xml; subtype=gml/3.1.1; charset=UTF-8",
            List.of("text/xml; subtype=gml/3.1.1", "text/xml;subtype=gml/3.1.1", "gml3", "application/gml+xml; version=3.1")),
    GML2("GML2", "text/xml; subtype=gml/2.1.2; charset=UTF-8",
            List.of("gml2", "text/xml; subtype=gml/2.1.2", "text/xml;subtype=gml/2.1.2")),
    GEOJSON("application/json", "application/json; charset=UTF-8",
            List.of("application/json", "application/geo+json", "json", "geojson")),
    /** One feature type per answer, no index, count unknown in the header (docs/decisions/0190-...). */
    FLATGEOBUF("application/flatgeobuf", "application/flatgeobuf", List.of("application/flatgeobuf", "flatgeobuf", "fgb"));

    private final String declared;
    private final String contentType;
    private final List<String> accepted;

    OutputFormat(String declared, String contentType, List<String> accepted) {
        this.declared = declared;
        this.contentType = contentType;
        this.accepted = accepted;
    }

    /** The name the capabilities declare. */
    public String declared() {
        return declared;
    }

    public String contentType() {
        return contentType;
    }

    public boolean isGml() {
        return this == GML32 || this == GML311 || this == GML2;
    }

    /** The formats a version serves for GetFeature (and its capabilities declare, where its schema lets it): its GML, GeoJSON, FlatGeobuf. */
    public static List<OutputFormat> of(WfsVersion version) {
        return List.of(gmlOf(version), GEOJSON, FLATGEOBUF);
    }

    static OutputFormat gmlOf(WfsVersion version) {
        return switch (version) {
            case V2_0_0 -> GML32;
            case V1_1_0 -> GML311;
            case V1_0_0 -> GML2;
        };
    }

    /** The format asked for (null: the version's GML); one the version does not declare is InvalidParameterValue. */
    public static OutputFormat parse(String asked, WfsVersion version) {
        if (asked == null || asked.isBlank()) {
            return gmlOf(version);
        }
        String a = asked.trim().toLowerCase(Locale.ROOT).replaceAll("\\s*;\\s*", "; ");
        for (OutputFormat f : of(version)) {
            for (String name : f.accepted) {
                if (name.replaceAll("\\s*;\\s*", "; ").equals(a)) {
                    return f;
                }
            }
        }
        throw new OgcException(WfsCodes.INVALID_PARAMETER_VALUE, "outputFormat",
                "outputFormat " + WfsCodes.abbreviate(asked) + " không được hỗ trợ ở phiên bản " + version.number() + "; hãy dùng "
                        + of(version).stream().map(OutputFormat::declared).toList(),
                "outputFormat " + WfsCodes.abbreviate(asked) + " is not offered in version " + version.number() + "; use "
                        + of(version).stream().map(OutputFormat::declared).toList());
    }
}
