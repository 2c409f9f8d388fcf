package vn.landinfo.mapserver.oapif;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.landinfo.mapserver.crs.CrsCatalogue;
import vn.landinfo.mapserver.crs.MapCrs;

/**
 * The CRSs of OGC API – Features Part 2, named by URI: CRS84 (longitude, latitude; the default) and every EPSG
 * code of the WMS's catalogue as {@code http://www.opengis.net/def/crs/EPSG/0/NNNN}, with EPSG's own axis order
 * (EPSG:4326 and 4756 latitude first) — the trap docs/architecture.md#geodesy warns about, decided by the URI.
 */
final class CrsUris {

    static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
    private static final String EPSG = "http://www.opengis.net/def/crs/EPSG/0/";

    private final CrsCatalogue catalogue;

    CrsUris(CrsCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** CRS84 first, then every EPSG code of the catalogue. */
    List<String> all() {
        List<String> uris = new ArrayList<>();
        uris.add(CRS84);
        for (MapCrs c : catalogue.all()) {
            if (c.code().startsWith("EPSG:")) {
                uris.add(uriOf(c));
            }
        }
        return uris;
    }

    static String uriOf(MapCrs crs) {
        return crs.code().startsWith("EPSG:") ? EPSG + crs.code().substring(5) : CRS84;
    }

    MapCrs crs84() {
        return catalogue.find("CRS:84").orElseThrow();
    }

    /**
     * The CRS a URI names: only the URI forms this API declares (Part 2 identifies CRSs by URI); a short
     * {@code EPSG:4326} would leave the axis order ambiguous, so it is refused with the URI to use.
     */
    Optional<MapCrs> find(String uri) {
        if (uri.equals(CRS84)) {
            return Optional.of(crs84());
        }
        if (uri.startsWith(EPSG) && uri.substring(EPSG.length()).matches("[0-9]{1,6}")) {
            return catalogue.find("EPSG:" + uri.substring(EPSG.length()));
        }
        return Optional.empty();
    }

    /** The CRS of a crs / bbox-crs / filter-crs parameter, or 400 listing the URIs offered. */
    MapCrs required(String parameter, String uri) {
        String u = uri.startsWith("[") && uri.endsWith("]") ? uri.substring(1, uri.length() - 1) : uri;
        return find(u).orElseThrow(() -> Problems.badParameter(parameter,
                "Hệ tọa độ " + Problems.abbreviate(uri) + " không được hỗ trợ; hãy dùng một URI trong danh sách crs của tập dữ liệu, ví dụ "
                        + CRS84 + " hoặc " + EPSG + "9210",
                "CRS " + Problems.abbreviate(uri) + " is not supported; use a URI from the collection's crs list, e.g. "
                        + CRS84 + " or " + EPSG + "9210"));
    }
}
