package vn.landinfo.cadastre.model;

/** A current land-use purpose code (mã loại đất, Circular 08/2024) with its category and map colour. */
public record LandUseCode(String code, String category, String nameVi, String nameEn, String fillColor, boolean residential) {
}
