package vn.landinfo.mapserver.wfs;

import vn.landinfo.mapserver.ogc.OgcException;
import vn.landinfo.mapserver.ogc.OgcResponse;
import vn.landinfo.mapserver.ogc.ServerBusyException;
import vn.landinfo.mapserver.ogc.Xml;

/**
 * The exception report of each version: WFS 2.0 an OWS 1.1 ExceptionReport (version 2.0.0), WFS 1.1 an OWS 1.0
 * ExceptionReport (version 1.0.0), WFS 1.0 the ogc ServiceExceptionReport of OGC-exception.xsd (version 1.2.0).
 * Each is valid against its official schema; the locator names the parameter (KVP) or element (XML) at fault.
 */
public final class WfsExceptionReport {

    private WfsExceptionReport() {
    }

    public static OgcResponse of(WfsVersion version, OgcException e) {
        return of(version, e, e.httpStatus());
    }

    /** With the HTTP status the caller already knows (413 for an oversize body) when the code alone does not say it. */
    public static OgcResponse of(WfsVersion version, OgcException e, int status) {
        String message = e.getMessage() == null ? e.code() : e.getMessage();
        String locator = e.locator() == null ? "" : " locator=\"" + Xml.escape(e.locator()) + "\"";
        String code = Xml.escape(e.code());
        String text = Xml.escape(message);
        String xml = switch (version) {
            case V2_0_0 -> owsReport("2.0.0", "xml:lang", "http://www.opengis.net/ows/1.1", "ows/1.1.0", code, locator, text);
            case V1_1_0 -> owsReport("1.0.0", "language", "http://www.opengis.net/ows", "ows/1.0.0", code, locator, text);
            case V1_0_0 -> """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <ServiceExceptionReport version="1.2.0" xmlns="http://www.opengis.net/ogc" \
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
                    xsi:schemaLocation="http://www.opengis.net/ogc http://schemas.opengis.net/wfs/1.0.0/OGC-exception.xsd">
                      <ServiceException code="%s"%s>%s</ServiceException>
                    </ServiceExceptionReport>
                    """.formatted(code, locator, text);
        };
        int httpStatus = WfsCodes.httpStatus(e.code(), status);
        String type = version == WfsVersion.V1_0_0 ? "application/vnd.ogc.se_xml" : "application/xml";
        OgcResponse report = OgcResponse.text(httpStatus, type + "; charset=UTF-8", xml);
        return e instanceof ServerBusyException busy ? report.withHeader("Retry-After", Integer.toString(busy.retryAfterSeconds())) : report;
    }

    /**
     * An OWS ExceptionReport: OWS 1.1 (WFS 2.0) and OWS 1.0 (WFS 1.1) write the same elements and differ in the
     * report's version, the name of its language attribute, the namespace and the schema's folder.
     */
    private static String owsReport(String reportVersion, String languageAttribute, String namespace, String schemaFolder, String code,
                                    String locator, String text) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <ows:ExceptionReport version="%s" %s="vi" xmlns:ows="%s" \
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
                xsi:schemaLocation="%s http://schemas.opengis.net/%s/owsExceptionReport.xsd">
                  <ows:Exception exceptionCode="%s"%s>
                    <ows:ExceptionText>%s</ows:ExceptionText>
                  </ows:Exception>
                </ows:ExceptionReport>
                """.formatted(reportVersion, languageAttribute, namespace, namespace, schemaFolder, code, locator, text);
    }
}
