package vn.landinfo.mapserver.features.cql2;

import vn.landinfo.mapserver.crs.CrsCatalogue;
import vn.landinfo.mapserver.crs.MapCrs;

/** The filter-crs default of OGC API – Features Part 3: CRS84, longitude first. */
final class Cql2Crs {

    private static final MapCrs CRS84 = CrsCatalogue.standard().find("CRS:84").orElseThrow();

    private Cql2Crs() {
    }

    static MapCrs orDefault(MapCrs filterCrs) {
        return filterCrs == null ? CRS84 : filterCrs;
    }
}
