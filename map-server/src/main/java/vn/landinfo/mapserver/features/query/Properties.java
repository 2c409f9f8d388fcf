package vn.landinfo.mapserver.features.query;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.landinfo.mapserver.features.FeatureProperty;
import vn.landinfo.mapserver.features.FeatureType;
import vn.landinfo.mapserver.ogc.OgcException;

/** Property names from requests checked against the feature type: the one place "unknown property" is worded. */
final class Properties {

    private Properties() {
    }

    /**
     * The property a client named. Names are case-sensitive; a name qualified with a namespace prefix
     * ({@code landinfo:national_id}) or an XPath-ish leading type step ({@code parcels/national_id}) is accepted.
     */
    static FeatureProperty of(FeatureType type, String name) {
        String n = name == null ? "" : name.trim();
        int slash = n.lastIndexOf('/');
        if (slash >= 0) {
            n = n.substring(slash + 1);
        }
        int colon = n.indexOf(':');
        if (colon >= 0) {
            n = n.substring(colon + 1);
        }
        return type.property(n).orElseThrow(() -> unknown(type, name));
    }

    static OgcException unknown(FeatureType type, String name) {
        List<String> names = new ArrayList<>();
        names.add(type.geometry().name());
        type.properties().forEach(p -> names.add(p.name()));
        String valid = names.stream().collect(Collectors.joining(", "));
        return new OgcException(OgcException.INVALID_PARAMETER_VALUE, name,
                "Loại đối tượng '" + type.name() + "' không có thuộc tính '" + name + "'; các thuộc tính: " + valid,
                "feature type '" + type.name() + "' has no property '" + name + "'; its properties: " + valid);
    }
}
