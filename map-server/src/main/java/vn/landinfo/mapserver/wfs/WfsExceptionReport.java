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
        String xml = switch (version) {
            case V2_0_0 -> """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <ows:ExceptionReport version="2.0.0" xml:lang="vi" xmlns:ows="http://www.opengis.net/ows/1.1" \
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
                    xsi:schemaLocation="http://www.opengis.net/ows/1.1 http://schemas.opengis.net/ows/1.1.0/owsExceptionReport.xsd">
                      <ows:Exception exceptionCode="%s"%s>
                        <ows:ExceptionText>%s</ows:ExceptionText>
                      </ows:Exception>
                    </ows:ExceptionReport>
                    """.formatted(Xml.escape(e.code()), locator, Xml.escape(message));
            case V1_1_0 -> """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <ows:ExceptionReport version="1.0.0" language="vi" xmlns:ows="http://www.opengis.net/ows" \
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
                    xsi:schemaLocation="http://www.opengis.net/ows http://schemas.opengis.net/ows/1.0.0/owsExceptionReport.xsd">
                      <ows:Exception exceptionCode="%s"%s>
                        <ows:ExceptionText>%s</ows:ExceptionText>
                      </ows:Exception>
                    </ows:ExceptionReport>
                    """.formatted(Xml.escape(e.code()), locator, Xml.escape(message));
            case V1_0_0 -> """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <ServiceExceptionReport version="1.2.0" xmlns="http://www.opengis.net/ogc" \
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
                    xsi:schemaLocation="http://www.opengis.net/ogc http://schemas.opengis.net/wfs/1.0.0/OGC-exception.xsd">
                      <ServiceException code="%s"%s>%s</ServiceException>
                    </ServiceExceptionReport>
                    """.formatted(Xml.escape(e.code()), locator, Xml.escape(message));
        };
        int httpStatus = WfsCodes.httpStatus(e.code(), status);
        String type = version == WfsVersion.V1_0_0 ? "application/vnd.ogc.se_xml" : "application/xml";
        OgcResponse report = OgcResponse.text(httpStatus, type + "; charset=UTF-8", xml);
        return e instanceof ServerBusyException busy ? report.withHeader("Retry-After", Integer.toString(busy.retryAfterSeconds())) : report;
    }
}
