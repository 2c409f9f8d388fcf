package vn.landinfo.mapserver.wfs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.landinfo.mapserver.ogc.OgcException;

/**
 * The three WFS versions served on one endpoint, with what differs between them on the wire: the GML each writes
 * by default, how EPSG:4326 is ordered, and the exception report (docs/decisions/0174-wfs-versions-axis-order-capabilities.md).
 */
public enum WfsVersion {
    V2_0_0("2.0.0", "application/gml+xml; version=3.2", GmlVersion.GML32),
    V1_1_0("1.1.0", "text/xml; subtype=gml/3.1.1", GmlVersion.GML311),
    V1_0_0("1.0.0", "GML2", GmlVersion.GML2);

    /** Highest first: negotiation without AcceptVersions answers the first. */
    static final List<WfsVersion> NEWEST_FIRST = List.of(V2_0_0, V1_1_0, V1_0_0);

    private final String number;
    private final String gmlFormat;
    private final GmlVersion gml;

    WfsVersion(String number, String gmlFormat, GmlVersion gml) {
        this.number = number;
        this.gmlFormat = gmlFormat;
        this.gml = gml;
    }

    public String number() {
        return number;
    }

    /** The outputFormat name of this version's own GML (its default). */
    public String gmlFormat() {
        return gmlFormat;
    }

    public GmlVersion gml() {
        return gml;
    }

    /**
     * Whether a plain "EPSG:4326" means latitude first. WFS 2.0 follows EPSG. In 1.0, which predates the EPSG axis
     * order, and in 1.1, it is longitude, latitude: the short code is the x/y form there for the clients that write
     * it — OWSLib sends a 1.1 BBOX ending in EPSG:4326 east, north, GDAL's GML reader takes srsName="EPSG:4326" as
     * longitude first, GeoServer and QGIS Server answer it so — while 1.1's own default, the URN, is latitude first
     * (decision 0209, refining 0174).
     */
    public boolean epsgCodeIsLatitudeFirst() {
        return this == V2_0_0;
    }

    /** Whether the version's default CRS (DefaultSRS / DefaultCRS: the URN in 2.0 and 1.1, EPSG:4326 in 1.0) is latitude first. */
    public boolean defaultCrsIsLatitudeFirst() {
        return this != V1_0_0;
    }

    public static Optional<WfsVersion> exactly(String number) {
        for (WfsVersion v : values()) {
            if (v.number.equals(number)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /**
     * GetCapabilities negotiation (OWS Common 1.1 §7.3.2): the first of AcceptVersions the server speaks, else
     * VersionNegotiationFailed; without AcceptVersions the VERSION a 1.0 client sends (the nearest lower one if it is
     * unknown, as WFS 1.0 §6.2.4 asks); otherwise the highest.
     */
    public static WfsVersion negotiate(String acceptVersions, String version) {
        if (acceptVersions != null && !acceptVersions.isBlank()) {
            List<String> asked = new ArrayList<>();
            for (String v : acceptVersions.split(",")) {
                asked.add(v.trim());
                Optional<WfsVersion> known = exactly(v.trim());
                if (known.isPresent()) {
                    return known.get();
                }
            }
            throw new OgcException(WfsCodes.VERSION_NEGOTIATION_FAILED, "AcceptVersions",
                    "Không phiên bản nào trong " + WfsCodes.abbreviate(String.join(",", asked)) + " được hỗ trợ; dịch vụ hỗ trợ 2.0.0, 1.1.0, 1.0.0",
                    "none of " + WfsCodes.abbreviate(String.join(",", asked)) + " is served; this service speaks 2.0.0, 1.1.0, 1.0.0");
        }
        if (version != null && !version.isBlank()) {
            Optional<WfsVersion> known = exactly(version.trim());
            if (known.isPresent()) {
                return known.get();
            }
            int[] asked = parts(version.trim());
            if (asked != null) {
                for (WfsVersion v : NEWEST_FIRST) {
                    if (compare(parts(v.number), asked) < 0) {
                        return v;
                    }
                }
                return V1_0_0;
            }
        }
        return V2_0_0;
    }

    /**
     * The version of any other request: VERSION must name a served version; absent, the request is read as 2.0.0
     * (lenient like the major servers, so a bare typeNames query works from a browser).
     */
    public static WfsVersion of(String version) {
        if (version == null || version.isBlank()) {
            return V2_0_0;
        }
        return exactly(version.trim()).orElseThrow(() -> new OgcException(WfsCodes.INVALID_PARAMETER_VALUE, "version",
                "VERSION phải là 2.0.0, 1.1.0 hoặc 1.0.0, không phải " + WfsCodes.abbreviate(version),
                "VERSION must be 2.0.0, 1.1.0 or 1.0.0, not " + WfsCodes.abbreviate(version)));
    }

    /** The version a report about a broken request is written in: the one asked for if it is known, else 2.0.0. */
    public static WfsVersion forReport(String version) {
        return version == null ? V2_0_0 : exactly(version.trim()).orElse(V2_0_0);
    }

    private static int[] parts(String v) {
        String[] s = v.split("\\.");
        int[] out = new int[3];
        try {
            for (int i = 0; i < Math.min(3, s.length); i++) {
                out[i] = Integer.parseInt(s[i]);
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return out;
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < 3; i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return 0;
    }
}
