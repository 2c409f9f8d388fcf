package vn.landinfo.web.api;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.landinfo.cadastre.application.ListingLandUseCodes;

/** The current land-use codes, read once (reference data of the migrations): a purpose filter must name one of them. */
@Component
class KnownPurposes {

    private final ListingLandUseCodes codes;
    private volatile Set<String> known;

    KnownPurposes(ListingLandUseCodes codes) {
        this.codes = codes;
    }

    Set<String> codes() {
        Set<String> result = known;
        if (result == null) {
            result = codes.currentCodes();
            known = result;
        }
        return result;
    }
}
