package vn.landinfo.cadastre.model;

/**
 * The legal address of a parcel (địa chỉ pháp lý): current commune code, map sheet number, parcel number.
 * Since the 2025 mergers it may name several parcels, one per survey unit that numbered a sheet alike.
 */
public record LegalAddress(String communeCode, int sheetNumber, int parcelNumber) {

    public LegalAddress {
        if (communeCode == null || !communeCode.matches("[0-9]{5}")) {
            throw new IllegalArgumentException("commune code must be 5 digits, got " + communeCode);
        }
        if (sheetNumber <= 0 || parcelNumber <= 0) {
            throw new IllegalArgumentException("sheet and parcel numbers must be positive");
        }
    }
}
