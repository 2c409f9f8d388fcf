package vn.landinfo.web.ogc;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.landinfo.mapserver.metadata.ServiceContact;
import vn.landinfo.mapserver.wms.WmsSettings;

/**
 * Bounds of the WMS at /ogc/wms ({@code landinfo.wms.*}, e.g. LANDINFO_WMS_MAX_WIDTH).
 *
 * @param maxWidth         largest GetMap WIDTH (pixels)
 * @param maxHeight        largest GetMap HEIGHT
 * @param maxLayers        most layers in one request
 * @param maxFeatures      most features one layer draws in one map
 * @param statementTimeout longest a layer's query may run
 * @param maxFeatureCount  largest GetFeatureInfo FEATURE_COUNT
 * @param pixelTolerance   pixels around a GetFeatureInfo click that still hit a feature
 * @param pixelsInFlight   most map pixels drawn at once by all GetMaps together (default: four 4096×4096 maps)
 * @param admissionWait    longest a GetMap waits for its pixels before it is refused with 503 ServerBusy
 * @param contact          the office that answers for the service, in the capabilities' ContactInformation
 *                         ({@code landinfo.wms.contact.*}, e.g. LANDINFO_WMS_CONTACT_ORGANIZATION); each part
 *                         left unset keeps the Vietnamese default of {@link ServiceContact#registrationOffice()}
 */
@ConfigurationProperties("landinfo.wms")
record WmsProperties(@DefaultValue("4096") int maxWidth, @DefaultValue("4096") int maxHeight, @DefaultValue("10") int maxLayers,
                     @DefaultValue("30000") int maxFeatures, @DefaultValue("10s") Duration statementTimeout,
                     @DefaultValue("50") int maxFeatureCount, @DefaultValue("4") int pixelTolerance,
                     @DefaultValue("67108864") long pixelsInFlight, @DefaultValue("5s") Duration admissionWait, Contact contact) {

    WmsSettings settings() {
        return new WmsSettings(maxWidth, maxHeight, maxLayers, maxFeatures, statementTimeout, maxFeatureCount, pixelTolerance,
                pixelsInFlight, admissionWait);
    }

    ServiceContact serviceContact() {
        ServiceContact d = ServiceContact.registrationOffice();
        Contact c = contact == null ? new Contact(null, null, null, null, null, null, null, null, null, null, null) : contact;
        return new ServiceContact(or(c.person(), d.person()), or(c.organization(), d.organization()), or(c.position(), d.position()),
                or(c.addressType(), d.addressType()), or(c.address(), d.address()), or(c.city(), d.city()),
                or(c.stateOrProvince(), d.stateOrProvince()), or(c.postCode(), d.postCode()), or(c.country(), d.country()),
                or(c.telephone(), d.telephone()), or(c.email(), d.email()));
    }

    private static String or(String configured, String fallback) {
        return configured == null ? fallback : configured;
    }

    /** The parts of {@link ServiceContact}, each optional here. */
    record Contact(String person, String organization, String position, String addressType, String address, String city,
                   String stateOrProvince, String postCode, String country, String telephone, String email) {
    }
}
