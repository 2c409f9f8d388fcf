package vn.landinfo.mapserver.crs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The CRSs the map services speak: web maps (EPSG:3857, EPSG:4326, CRS:84) and VN-2000 — geographic
 * 4756, UTM 3405/3406, the TM-3 zones 5896–5899 and the provincial TM-3 zones 9205–9218 that the
 * migrations add to spatial_ref_sys (docs/architecture.md#geodesy). Only geographic EPSG codes are latitude-first.
 */
public final class CrsCatalogue {

    private static final String EPSG_URN = "URN:OGC:DEF:CRS:EPSG::";
    private static final String EPSG_URI = "HTTP://WWW.OPENGIS.NET/DEF/CRS/EPSG/0/";
    private static final String[] TM3_CENTRAL_MERIDIANS = {
        "103°00′", "104°00′", "104°30′", "104°45′", "105°30′", "105°45′", "106°00′",
        "106°15′", "106°30′", "107°00′", "107°15′", "107°30′", "108°15′", "108°30′"};

    private final Map<String, MapCrs> byCode;

    private CrsCatalogue(List<MapCrs> all) {
        Map<String, MapCrs> m = new LinkedHashMap<>();
        all.forEach(c -> m.put(c.code().toUpperCase(Locale.ROOT), c));
        this.byCode = Collections.unmodifiableMap(m);
    }

    public static CrsCatalogue standard() {
        List<MapCrs> all = new ArrayList<>();
        all.add(new MapCrs("EPSG:3857", 3857, false, false, "WGS 84 / Pseudo-Mercator"));
        all.add(new MapCrs("EPSG:4326", 4326, true, true, "WGS 84"));
        all.add(new MapCrs("CRS:84", 4326, true, false, "WGS 84 (longitude, latitude)"));
        all.add(new MapCrs("EPSG:4756", 4756, true, true, "VN-2000"));
        all.add(new MapCrs("EPSG:3405", 3405, false, false, "VN-2000 / UTM zone 48N"));
        all.add(new MapCrs("EPSG:3406", 3406, false, false, "VN-2000 / UTM zone 49N"));
        all.add(new MapCrs("EPSG:5896", 5896, false, false, "VN-2000 / TM-3 zone 481 (102°00′)"));
        all.add(new MapCrs("EPSG:5897", 5897, false, false, "VN-2000 / TM-3 zone 482 (105°00′)"));
        all.add(new MapCrs("EPSG:5898", 5898, false, false, "VN-2000 / TM-3 zone 491 (108°00′)"));
        all.add(new MapCrs("EPSG:5899", 5899, false, false, "VN-2000 / TM-3 107-45"));
        for (int i = 0; i < TM3_CENTRAL_MERIDIANS.length; i++) {
            all.add(new MapCrs("EPSG:" + (9205 + i), 9205 + i, false, false, "VN-2000 / TM-3 " + TM3_CENTRAL_MERIDIANS[i]));
        }
        return new CrsCatalogue(all);
    }

    /** The CRS a client named, accepting EPSG:n, CRS:84 and the OGC URN / URI forms of EPSG codes. */
    public Optional<MapCrs> find(String code) {
        String c = code.trim().toUpperCase(Locale.ROOT);
        if (c.startsWith(EPSG_URN)) {
            c = "EPSG:" + c.substring(EPSG_URN.length());
        } else if (c.startsWith(EPSG_URI)) {
            c = "EPSG:" + c.substring(EPSG_URI.length());
        } else if (c.equals("URN:OGC:DEF:CRS:OGC:1.3:CRS84") || c.equals("HTTP://WWW.OPENGIS.NET/DEF/CRS/OGC/1.3/CRS84")) {
            c = "CRS:84";
        }
        return Optional.ofNullable(byCode.get(c));
    }

    public List<MapCrs> all() {
        return List.copyOf(byCode.values());
    }
}
