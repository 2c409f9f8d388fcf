package vn.landinfo.mapserver.wms;

import java.util.Locale;
import vn.landinfo.mapserver.ogc.OgcException;
import vn.landinfo.mapserver.ogc.OgcParameters;

/** The two WMS versions served, with what differs between them on the wire. */
public enum WmsVersion {
    V1_1_1("1.1.1", "SRS", OgcException.INVALID_SRS, "X", "Y", "application/vnd.ogc.wms_xml", "application/vnd.ogc.se_xml"),
    V1_3_0("1.3.0", "CRS", OgcException.INVALID_CRS, "I", "J", "text/xml", "text/xml");

    private final String number;
    private final String crsParameter;
    private final String invalidCrsCode;
    private final String columnParameter;
    private final String rowParameter;
    private final String capabilitiesMimeType;
    private final String exceptionMimeType;

    WmsVersion(String number, String crsParameter, String invalidCrsCode, String columnParameter, String rowParameter,
               String capabilitiesMimeType, String exceptionMimeType) {
        this.number = number;
        this.crsParameter = crsParameter;
        this.invalidCrsCode = invalidCrsCode;
        this.columnParameter = columnParameter;
        this.rowParameter = rowParameter;
        this.capabilitiesMimeType = capabilitiesMimeType;
        this.exceptionMimeType = exceptionMimeType;
    }

    public String number() {
        return number;
    }

    /** CRS in 1.3.0, SRS in 1.1.1. */
    public String crsParameter() {
        return crsParameter;
    }

    public String invalidCrsCode() {
        return invalidCrsCode;
    }

    /** I/J in 1.3.0, X/Y in 1.1.1 (GetFeatureInfo pixel). */
    public String columnParameter() {
        return columnParameter;
    }

    public String rowParameter() {
        return rowParameter;
    }

    public String capabilitiesMimeType() {
        return capabilitiesMimeType;
    }

    public String exceptionMimeType() {
        return exceptionMimeType;
    }

    /**
     * GetCapabilities version negotiation (WMS 1.3.0 §6.2.4): below 1.3.0 gets 1.1.1, anything else
     * (or nothing) the highest, 1.3.0.
     */
    public static WmsVersion negotiate(OgcParameters p) {
        String v = p.get("VERSION").or(() -> p.get("WMTVER")).orElse("");
        if (v.isEmpty()) {
            return V1_3_0;
        }
        return compare(v, "1.3.0") < 0 ? V1_1_1 : V1_3_0;
    }

    /**
     * The version of a GetMap / GetFeatureInfo request. VERSION is mandatory there in both versions (the
     * OGC conformance tests check it): without it the request is refused, in the version {@link #forReport}
     * guesses (docs/decisions/0073-wms-conformance-version-format-bbox.md).
     */
    public static WmsVersion of(OgcParameters p) {
        String v = p.get("VERSION").or(() -> p.get("WMTVER")).orElse("");
        if (v.isEmpty()) {
            throw new OgcException(OgcException.MISSING_PARAMETER_VALUE, "VERSION",
                    "Tham số VERSION là bắt buộc (1.3.0 hoặc 1.1.1)", "the parameter VERSION is required (1.3.0 or 1.1.1)");
        }
        if (v.equals("1.3.0") || v.equals("1.3")) {
            return V1_3_0;
        }
        if (v.startsWith("1.1") || v.startsWith("1.0")) {
            return V1_1_1;
        }
        throw new OgcException(OgcException.INVALID_PARAMETER_VALUE, "VERSION",
                "Không phục vụ VERSION " + MapRequestReader.abbreviate(v) + "; hãy dùng 1.3.0 hoặc 1.1.1",
                "VERSION " + MapRequestReader.abbreviate(v) + " is not served; use 1.3.0 or 1.1.1");
    }

    /**
     * The version to write a refusal in when VERSION itself may be what is wrong: the one asked for if it
     * is served, else 1.1.1 for a request that says SRS and not CRS (an old client's), else 1.3.0.
     */
    public static WmsVersion forReport(OgcParameters p) {
        String v = p.get("VERSION").or(() -> p.get("WMTVER")).orElse("");
        if (v.startsWith("1.1") || v.startsWith("1.0")) {
            return V1_1_1;
        }
        if (v.isEmpty() && p.has("SRS") && !p.has("CRS")) {
            return V1_1_1;
        }
        return V1_3_0;
    }

    /** Compares dotted version numbers; anything unparsable counts as the highest version. */
    static int compare(String a, String b) {
        String[] x = a.split("\\."), y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int xi, yi;
            try {
                xi = i < x.length ? Integer.parseInt(x[i].trim()) : 0;
                yi = i < y.length ? Integer.parseInt(y[i].trim()) : 0;
            } catch (NumberFormatException e) {
                return a.toLowerCase(Locale.ROOT).compareTo(b) == 0 ? 0 : 1;
            }
            if (xi != yi) {
                return Integer.compare(xi, yi);
            }
        }
        return 0;
    }
}
