package vn.landinfo.mapserver.wfs;

import vn.landinfo.mapserver.ogc.OgcException;

/**
 * A refusal of an XML request made before its version was read into a {@link WfsRequest} (an operation not offered:
 * a QGIS 1.0.0 Transaction), carrying the version its root element names so the report is that version's.
 */
final class RefusedInVersion extends RuntimeException {

    private final WfsVersion version;
    private final OgcException refusal;

    RefusedInVersion(WfsVersion version, OgcException refusal) {
        super(refusal.getMessage(), refusal, false, false);
        this.version = version;
        this.refusal = refusal;
    }

    WfsVersion version() {
        return version;
    }

    OgcException refusal() {
        return refusal;
    }
}
