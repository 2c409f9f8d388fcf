package vn.landinfo.cadastre.model;

/** A land-use code of an older circular, still found in the register, and the current code it maps to. */
public record LegacyLandUseCode(String code, String nameVi, String regulation, String mapsTo, String note) {
}
