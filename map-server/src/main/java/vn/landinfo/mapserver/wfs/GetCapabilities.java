package vn.landinfo.mapserver.wfs;

import vn.landinfo.mapserver.features.FeatureTypes;
import vn.landinfo.mapserver.ogc.OgcResponse;

/**
 * GetCapabilities in the negotiated version, one document class per version. The feature types listed are the
 * caller's audience's only (the public service lists PUBLIC types, exactly as the WMS lists its layers). Sections
 * and AcceptFormats are accepted and the whole text/xml document is answered (OWS Common allows a server to).
 */
final class GetCapabilities {

    private final FeatureTypes types;
    private final Capabilities20 v20;
    private final Capabilities11 v11;
    private final Capabilities10 v10;

    GetCapabilities(FeatureTypes types, Capabilities20 v20, Capabilities11 v11, Capabilities10 v10) {
        this.types = types;
        this.v20 = v20;
        this.v11 = v11;
        this.v10 = v10;
    }

    OgcResponse handle(WfsRequest r, String serviceUrl) {
        String xml = switch (r.version()) {
            case V2_0_0 -> v20.write(serviceUrl, types.all());
            case V1_1_0 -> v11.write(serviceUrl, types.all());
            case V1_0_0 -> v10.write(serviceUrl, types.all());
        };
        return OgcResponse.text(200, "text/xml; charset=UTF-8", xml);
    }
}
