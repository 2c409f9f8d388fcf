package vn.landinfo.mapserver.wfs.filter;

import vn.landinfo.mapserver.ogc.OgcException;

/**
 * The filter dialect a WFS version speaks: FES 2.0 (WFS 2.0.0), Filter Encoding 1.1 (WFS 1.1.0) and 1.0 (WFS
 * 1.0.0). It decides the exception code of a malformed filter and how a plain {@code EPSG:4326} is read
 * ({@link AxisOrder}); the element names of all three are accepted in any of them, as the peers do.
 */
public enum FilterVersion {
    FES_2_0("2.0.0"), FILTER_1_1("1.1.0"), FILTER_1_0("1.0.0");

    /** FES 2.0 / WFS 2.0 Table 3: the code of a filter that cannot be parsed. */
    public static final String OPERATION_PARSING_FAILED = "OperationParsingFailed";

    private final String wfsVersion;

    FilterVersion(String wfsVersion) {
        this.wfsVersion = wfsVersion;
    }

    /** The dialect of a negotiated WFS version ("2.0.0", "2.0", "1.1.0", "1.0.0"). */
    public static FilterVersion forWfsVersion(String version) {
        if (version != null) {
            String v = version.trim();
            if (v.startsWith("2.0")) {
                return FES_2_0;
            }
            if (v.startsWith("1.1")) {
                return FILTER_1_1;
            }
            if (v.startsWith("1.0")) {
                return FILTER_1_0;
            }
        }
        throw new IllegalArgumentException("not a WFS version: " + version);
    }

    public String wfsVersion() {
        return wfsVersion;
    }

    /** The OGC exception code for a filter this dialect cannot parse. */
    public String parsingFailedCode() {
        return this == FES_2_0 ? OPERATION_PARSING_FAILED : OgcException.INVALID_PARAMETER_VALUE;
    }
}
