package vn.landinfo.demo.infrastructure;

import org.locationtech.jts.geom.Geometry;

/**
 * A current commune to generate: its id, codes and type, the TM-3 zone of its province, its ordinal
 * among current communes (for survey-unit codes) and its boundary in that zone (clipped against
 * neighbours with a lower code, so slightly overlapping reference boundaries give no overlap).
 */
public record CommuneToLoad(long id, String code, String name, String unitType, String provinceCode, long provinceId,
                            int srid, int ordinal, Geometry boundaryTm3) {
}
