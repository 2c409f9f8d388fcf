package vn.landinfo.mapserver.wfs;

import java.util.Locale;
import vn.landinfo.mapserver.crs.CrsCatalogue;
import vn.landinfo.mapserver.crs.MapCrs;
import vn.landinfo.mapserver.ogc.OgcException;

/**
 * A CRS as a WFS request names it, with the axis order that form implies
 * (docs/decisions/0174-wfs-versions-axis-order-capabilities.md, 0209): the URN and http URI forms follow EPSG (latitude
 * first for geographic CRSs), {@code EPSG:n} does so in 2.0 but not in 1.1 and 1.0, the GML 2 form
 * {@code http://www.opengis.net/gml/srs/epsg.xml#n} and CRS:84 are always longitude first.
 *
 * @param crs           the CRS
 * @param latitudeFirst coordinates are written (and read) latitude first
 */
public record SrsName(MapCrs crs, boolean latitudeFirst) {

    private static final String URN = "urn:ogc:def:crs:epsg:";
    private static final String URI = "http://www.opengis.net/def/crs/epsg/";
    private static final String GML2 = "http://www.opengis.net/gml/srs/epsg.xml#";

    /** The default output CRS of every feature type: WGS 84 as the capabilities' DefaultSRS names it, in that form's order. */
    public static SrsName defaultFor(WfsVersion version, CrsCatalogue crss) {
        return new SrsName(crss.find("EPSG:4326").orElseThrow(), version.defaultCrsIsLatitudeFirst());
    }

    public static SrsName parse(String name, WfsVersion version, CrsCatalogue crss, String locator) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        String code;
        Boolean epsgOrder;
        if (n.equals("crs:84") || n.equals("urn:ogc:def:crs:ogc:1.3:crs84") || n.equals("urn:ogc:def:crs:ogc::crs84")
                || n.equals("http://www.opengis.net/def/crs/ogc/1.3/crs84")) {
            code = "CRS:84";
            epsgOrder = Boolean.FALSE;
        } else if (n.startsWith(URN)) {
            // urn:ogc:def:crs:EPSG::4326 or with a version: urn:ogc:def:crs:EPSG:6.6:4326
            code = "EPSG:" + n.substring(n.lastIndexOf(':') + 1);
            epsgOrder = Boolean.TRUE;
        } else if (n.startsWith(URI)) {
            code = "EPSG:" + n.substring(n.lastIndexOf('/') + 1);
            epsgOrder = Boolean.TRUE;
        } else if (n.startsWith(GML2)) {
            code = "EPSG:" + n.substring(GML2.length());
            epsgOrder = Boolean.FALSE;
        } else if (n.startsWith("epsg:")) {
            code = "EPSG:" + n.substring(5);
            epsgOrder = version.epsgCodeIsLatitudeFirst();
        } else {
            code = null;
            epsgOrder = null;
        }
        MapCrs crs = code == null ? null : crss.find(code).orElse(null);
        if (crs == null) {
            throw new OgcException(WfsCodes.INVALID_PARAMETER_VALUE, locator,
                    "Hệ tọa độ " + WfsCodes.abbreviate(name) + " không được hỗ trợ; xem OtherCRS trong GetCapabilities",
                    "the CRS " + WfsCodes.abbreviate(name) + " is not offered; see OtherCRS in GetCapabilities");
        }
        return new SrsName(crs, epsgOrder && crs.latitudeFirst());
    }

    /** The CRS in the syntax a version's capabilities and GML use: URN for 2.0 and 1.1, EPSG:n for 1.0. */
    public static String inSyntaxOf(MapCrs crs, WfsVersion version) {
        if (version == WfsVersion.V1_0_0) {
            return crs.code().equals("CRS:84") ? "EPSG:4326" : crs.code();
        }
        return crs.code().equals("CRS:84") ? "urn:ogc:def:crs:OGC:1.3:CRS84" : "urn:ogc:def:crs:EPSG::" + crs.srid();
    }
}
