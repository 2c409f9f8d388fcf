package vn.landinfo.demo.infrastructure;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * A current commune to generate: its id, codes and type, the TM-3 zone of its province, its ordinal
 * among current communes (for survey-unit codes) and its boundary in that zone (clipped against
 * neighbours with a lower code, so slightly overlapping reference boundaries give no overlap), and the
 * names of the other current communes of its province in code order (local names for its survey units).
 */
public record CommuneToLoad(long id, String code, String name, String unitType, String provinceCode, long provinceId,
                            int srid, int ordinal, Geometry boundaryTm3, List<String> neighbourNames) {
}
