package vn.landinfo.mapserver.wfs;

import java.util.List;
import java.util.Locale;
import vn.landinfo.mapserver.ogc.OgcException;

/**
 * The {@code resolve} parameter of GetFeature and GetPropertyValue (WFS 2.0 §7.6.4, Table 12). No property of a
 * feature type holds a reference (xlink:href), so {@code local} is honoured by answering as is and {@code none} is
 * the default; {@code remote} and {@code all} would fetch other servers' resources, which is not offered
 * (ImplementsRemoteResolve is FALSE).
 */
final class Resolve {

    /** What the capabilities list, the conformance suite requires {@code local} among them. */
    static final List<String> ALLOWED = List.of("local", "none");

    private Resolve() {
    }

    /** Accepts an absent, local or none value; anything else is refused with its locator. */
    static void check(String value) {
        if (value == null || value.isBlank() || ALLOWED.contains(value.strip().toLowerCase(Locale.ROOT))) {
            return;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.equals("remote") || v.equals("all")) {
            throw new OgcException(WfsCodes.OPTION_NOT_SUPPORTED, "resolve",
                    "Dịch vụ không lấy tài nguyên từ máy chủ khác; resolve chỉ nhận local hoặc none",
                    "the service does not fetch other servers' resources; resolve takes local or none");
        }
        throw new OgcException(WfsCodes.INVALID_PARAMETER_VALUE, "resolve", "resolve phải là local hoặc none, không phải "
                + WfsCodes.abbreviate(value), "resolve must be local or none, not " + WfsCodes.abbreviate(value));
    }
}
