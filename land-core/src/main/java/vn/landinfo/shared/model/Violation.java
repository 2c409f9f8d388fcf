package vn.landinfo.shared.model;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * One broken rule: a stable code an integrator can switch on, a message an officer understands in
 * Vietnamese and in English, the parcel it concerns (null for the transaction as a whole) and, where the
 * rule is spatial, the offending part of the geometry (in the TM-3 SRID it was checked in; the web layer
 * sends it as GeoJSON in EPSG:4326 so the officer sees it on the map) and, where the rule is about one
 * field of the request (a drawn polygon), that field in the handlers' style ({@code children[1].geometry}),
 * so a client can put the message next to the input that caused it.
 */
public record Violation(String code, String messageVi, String messageEn, Long parcelId, Geometry part, String field) {
    public Violation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(messageVi, "messageVi");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    public Violation(String code, String messageVi, String messageEn, Long parcelId, Geometry part) {
        this(code, messageVi, messageEn, parcelId, part, null);
    }

    public static Violation of(String code, String messageVi, String messageEn) {
        return new Violation(code, messageVi, messageEn, null, null);
    }

    public Violation on(long parcel) {
        return new Violation(code, messageVi, messageEn, parcel, part, field);
    }

    public Violation at(Geometry where) {
        return new Violation(code, messageVi, messageEn, parcelId, where, field);
    }

    /** The same violation, about this field of the request. */
    public Violation about(String requestField) {
        return new Violation(code, messageVi, messageEn, parcelId, part, requestField);
    }
}
