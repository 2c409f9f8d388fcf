package vn.landinfo.mapserver.wfs;

import java.util.List;
import vn.landinfo.mapserver.features.FeatureType;
import vn.landinfo.mapserver.features.FeatureTypes;
import vn.landinfo.mapserver.ogc.OgcException;

/** The stored queries offered: only the mandatory GetFeatureById (WFS 2.0 §7.9.3.6); none can be created. */
final class StoredQueries {

    static final String GET_FEATURE_BY_ID = "urn:ogc:def:query:OGC-WFS::GetFeatureById";
    static final String TITLE = "Đối tượng theo mã / Feature by identifier";
    static final String ABSTRACT = "Trả về đúng một đối tượng theo mã (ví dụ parcels.12), hoặc NotFound. "
            + "Returns the one feature with the given identifier (e.g. parcels.12), or NotFound.";

    private StoredQueries() {
    }

    static void check(String id, String locator) {
        if (!GET_FEATURE_BY_ID.equals(id)) {
            throw new OgcException(WfsCodes.INVALID_PARAMETER_VALUE, locator,
                    "Không có truy vấn lưu sẵn " + WfsCodes.abbreviate(id) + "; có: " + GET_FEATURE_BY_ID,
                    "there is no stored query " + WfsCodes.abbreviate(id) + "; there is: " + GET_FEATURE_BY_ID);
        }
    }

    static String returnTypes(FeatureTypes types) {
        return String.join(" ", types.all().stream().map(FeatureType::name).map(n -> Names.PREFIX + ":" + n).toList());
    }

    static List<FeatureType> all(FeatureTypes types) {
        return types.all();
    }
}
