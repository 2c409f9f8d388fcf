package vn.landinfo.web.problem;

/**
 * The service a malformed request reached, which decides the format of its refusal: the REST API and the tiles
 * answer problem+json, the WMS its ServiceExceptionReport, the WFS an OWS ExceptionReport (code and locator), OGC API
 * – Features its JSON exception (code, status, the parameter). A request line too long to parse reaches none: the
 * container cannot tell which service it was for, and answers a problem.
 */
enum Service {
    REST, WMS, WFS, OGC_API_FEATURES;

    static Service of(String target, boolean unroutable) {
        if (unroutable || !target.startsWith("/ogc/")) {
            return REST;
        }
        if (target.startsWith("/ogc/wfs")) {
            return WFS;
        }
        return target.startsWith("/ogc/features") ? OGC_API_FEATURES : WMS;
    }
}
