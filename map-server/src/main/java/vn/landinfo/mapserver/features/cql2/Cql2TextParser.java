package vn.landinfo.mapserver.features.cql2;

import vn.landinfo.mapserver.crs.MapCrs;
import vn.landinfo.mapserver.features.filter.Filter;
import vn.landinfo.mapserver.ogc.OgcException;

/** CQL2 text (OGC 21-065, cql2-text) into the shared filter tree. */
public final class Cql2TextParser {

    /**
     * @param input     the {@code filter} parameter as the client sent it
     * @param filterCrs the {@code filter-crs} (null: CRS84, longitude first)
     * @throws OgcException INVALID_PARAMETER_VALUE, locator {@code filter}, with the character offset
     */
    public Filter parse(String input, MapCrs filterCrs) {
        throw new OgcException(OgcException.INVALID_PARAMETER_VALUE, "filter", "CQL2 chưa được hỗ trợ", "CQL2 is not supported yet");
    }
}
