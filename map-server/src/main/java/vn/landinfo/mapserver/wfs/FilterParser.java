package vn.landinfo.mapserver.wfs;

import org.w3c.dom.Element;
import vn.landinfo.mapserver.features.filter.Filter;

/**
 * Reads a fes:Filter (FES 2.0) or ogc:Filter (Filter 1.1 / 1.0) element into the shared filter tree. The FES parser
 * implements it; a parser refuses what it cannot read with OperationParsingFailed / InvalidParameterValue.
 */
@FunctionalInterface
public interface FilterParser {

    Filter parse(Element filter, WfsVersion version);
}
