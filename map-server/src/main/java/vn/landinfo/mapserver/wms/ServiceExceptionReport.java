package vn.landinfo.mapserver.wms;

import vn.landinfo.mapserver.ogc.Xml;
import vn.landinfo.mapserver.ogc.OgcException;
import vn.landinfo.mapserver.ogc.OgcResponse;
import vn.landinfo.mapserver.ogc.ServerBusyException;

/**
 * The XML exception report of each version: 1.3.0 in the ogc namespace (exceptions_1_3_0.xsd, with a
 * locator), 1.1.1 after its DTD (which has no locator attribute).
 */
final class ServiceExceptionReport {

    private ServiceExceptionReport() {
    }

    static OgcResponse of(WmsVersion version, OgcException e) {
        String message = e.getMessage() == null ? e.code() : e.getMessage();
        String xml;
        if (version == WmsVersion.V1_1_1) {
            xml = """
                    <?xml version="1.0" encoding="UTF-8" standalone="no"?>
                    <!DOCTYPE ServiceExceptionReport SYSTEM "http://schemas.opengis.net/wms/1.1.1/exception_1_1_1.dtd">
                    <ServiceExceptionReport version="1.1.1">
                      <ServiceException code="%s">%s</ServiceException>
                    </ServiceExceptionReport>
                    """.formatted(Xml.escape(e.code()), Xml.escape(message));
        } else {
            String locator = e.locator() == null ? "" : " locator=\"" + Xml.escape(e.locator()) + "\"";
            xml = """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <ServiceExceptionReport version="1.3.0" xmlns="http://www.opengis.net/ogc" \
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
                    xsi:schemaLocation="http://www.opengis.net/ogc http://schemas.opengis.net/wms/1.3.0/exceptions_1_3_0.xsd">
                      <ServiceException code="%s"%s>%s</ServiceException>
                    </ServiceExceptionReport>
                    """.formatted(Xml.escape(e.code()), locator, Xml.escape(message));
        }
        OgcResponse report = OgcResponse.text(e.httpStatus(), version.exceptionMimeType() + "; charset=UTF-8", xml);
        return e instanceof ServerBusyException busy ? report.withHeader("Retry-After", Integer.toString(busy.retryAfterSeconds())) : report;
    }
}
