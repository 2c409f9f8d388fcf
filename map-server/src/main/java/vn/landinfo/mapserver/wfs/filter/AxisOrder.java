package vn.landinfo.mapserver.wfs.filter;

import java.util.Locale;
import vn.landinfo.mapserver.crs.MapCrs;

/**
 * Whether the coordinates of a geometry in a filter are written latitude first — the OGC rule, in one place
 * (docs/decisions/0177-fes-filters-parsed-into-the-shared-tree.md):
 * <ul>
 * <li>a CRS whose own axis order is easting/longitude first — every projected CRS, and CRS:84 — is never swapped;</li>
 * <li>for a geographic CRS defined latitude first (EPSG:4326, EPSG:4756), the authority forms
 *     {@code urn:ogc:def:crs:EPSG::4326}, {@code urn:x-ogc:def:crs:EPSG:4326} and
 *     {@code http://www.opengis.net/def/crs/EPSG/0/4326} are latitude first in every version;</li>
 * <li>the GML 2 form {@code http://www.opengis.net/gml/srs/epsg.xml#4326} is longitude first;</li>
 * <li>the plain {@code EPSG:4326} is latitude first in WFS 2.0, longitude first in WFS 1.0 (which predates the
 *     EPSG axis order being honoured) and 1.1, where clients write the short code as x/y (decision 0209).</li>
 * </ul>
 */
public final class AxisOrder {

    private AxisOrder() {
    }

    public static boolean latitudeFirst(String srsName, MapCrs crs, FilterVersion version) {
        if (!crs.latitudeFirst()) {
            return false;
        }
        String s = srsName.trim().toLowerCase(Locale.ROOT);
        if (s.startsWith("urn:") || s.startsWith("http://www.opengis.net/def/crs/") || s.startsWith("https://www.opengis.net/def/crs/")) {
            return true;
        }
        if (s.startsWith("http://www.opengis.net/gml/srs/epsg.xml#")) {
            return false;
        }
        return version == FilterVersion.FES_2_0;
    }
}
