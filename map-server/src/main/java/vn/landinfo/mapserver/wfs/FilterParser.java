package vn.landinfo.mapserver.wfs;

import org.w3c.dom.Element;
import vn.landinfo.mapserver.features.filter.Filter;

/**
 * Reads a fes:Filter (FES 2.0) or ogc:Filter (Filter 1.1 / 1.0) element into the shared filter tree. The FES parser
 * implements it; a parser refuses what it cannot read with OperationParsingFailed / InvalidParameterValue.
 */
@FunctionalInterface
public interface FilterParser {

    /**
     * @param defaultSrsName the CRS of geometries that name none, as the client wrote it (the query's srsName, or
     *                       the types' default CRS in the version's syntax)
     */
    Filter parse(Element filter, WfsVersion version, String defaultSrsName);
}
