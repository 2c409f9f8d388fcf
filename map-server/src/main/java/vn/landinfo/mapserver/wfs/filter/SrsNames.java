package vn.landinfo.mapserver.wfs.filter;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.landinfo.mapserver.crs.CrsCatalogue;
import vn.landinfo.mapserver.crs.MapCrs;

/**
 * The srsName forms WFS clients write, beyond those the WMS's catalogue reads: the old {@code urn:x-ogc} URNs
 * of WFS 1.1 clients, URNs with an EPSG database version, the GML 2 {@code epsg.xml#n} form and https URIs.
 * Each is rewritten to a form the catalogue knows; the catalogue stays the only list of CRSs.
 */
final class SrsNames {

    private static final Pattern EPSG_URN = Pattern.compile("urn:(?:x-)?ogc:def:crs:epsg:(?:[0-9.]*:)?(\\d{1,9})");
    private static final Pattern EPSG_URI = Pattern.compile("https?://www\\.opengis\\.net/def/crs/epsg/[0-9.]+/(\\d{1,9})");
    private static final Pattern GML2 = Pattern.compile("https?://www\\.opengis\\.net/gml/srs/epsg\\.xml#(\\d{1,9})");
    private static final Pattern CRS84 = Pattern.compile(
            "urn:(?:x-)?ogc:def:crs:ogc:[0-9.]*:crs84|https?://www\\.opengis\\.net/def/crs/ogc/[0-9.]+/crs84|crs:84|ogc:crs84");

    private SrsNames() {
    }

    static Optional<MapCrs> find(CrsCatalogue catalogue, String srsName) {
        String s = srsName.trim().toLowerCase(Locale.ROOT);
        if (CRS84.matcher(s).matches()) {
            return catalogue.find("CRS:84");
        }
        for (Pattern p : new Pattern[] {EPSG_URN, EPSG_URI, GML2}) {
            Matcher m = p.matcher(s);
            if (m.matches()) {
                return catalogue.find("EPSG:" + Integer.parseInt(m.group(1)));
            }
        }
        return s.matches("epsg:\\d{1,9}") ? catalogue.find(s) : Optional.empty();
    }
}
