package vn.landinfo.web.api;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.landinfo.web.reference.LandUseCode;
import vn.landinfo.web.reference.LandUseCodes;

/** The current land-use codes, read once: a purpose filter must name one of them. */
@Component
class KnownPurposes {

    private final LandUseCodes codes;
    private volatile Set<String> known;

    KnownPurposes(LandUseCodes codes) {
        this.codes = codes;
    }

    Set<String> codes() {
        Set<String> result = known;
        if (result == null) {
            result = codes.findAll().stream().map(LandUseCode::code).collect(Collectors.toUnmodifiableSet());
            known = result;
        }
        return result;
    }
}
