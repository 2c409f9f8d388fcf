package vn.landinfo.mapserver.wfs;

import vn.landinfo.mapserver.features.FeatureTypes;
import vn.landinfo.mapserver.ogc.OgcResponse;
import vn.landinfo.mapserver.ogc.Xml;

/** DescribeStoredQueries (WFS 2.0 §15): GetFeatureById's one parameter, id. */
final class DescribeStoredQueries {

    private final FeatureTypes types;

    DescribeStoredQueries(FeatureTypes types) {
        this.types = types;
    }

    OgcResponse handle(WfsRequest r) {
        r.storedQueryIds().forEach(id -> StoredQueries.check(id, "StoredQuery_ID"));
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <wfs:DescribeStoredQueriesResponse xmlns:wfs="http://www.opengis.net/wfs/2.0" \
                xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:%s="%s" \
                xsi:schemaLocation="http://www.opengis.net/wfs/2.0 http://schemas.opengis.net/wfs/2.0/wfs.xsd">
                  <wfs:StoredQueryDescription id="%s">
                    <wfs:Title>%s</wfs:Title>
                    <wfs:Abstract>%s</wfs:Abstract>
                    <wfs:Parameter name="id" type="xsd:string">
                      <wfs:Title>Mã đối tượng / Feature identifier</wfs:Title>
                    </wfs:Parameter>
                    <wfs:QueryExpressionText returnFeatureTypes="%s" \
                language="urn:ogc:def:queryLanguage:OGC-WFS::WFSQueryExpression" isPrivate="false">\
                <fes:Filter xmlns:fes="http://www.opengis.net/fes/2.0"><fes:ResourceId rid="${id}"/></fes:Filter>\
                </wfs:QueryExpressionText>
                  </wfs:StoredQueryDescription>
                </wfs:DescribeStoredQueriesResponse>
                """.formatted(Names.PREFIX, Names.NAMESPACE, StoredQueries.GET_FEATURE_BY_ID, Xml.escape(StoredQueries.TITLE),
                Xml.escape(StoredQueries.ABSTRACT), StoredQueries.returnTypes(types));
        return OgcResponse.text(200, "application/xml; charset=UTF-8", xml);
    }
}
