package vn.landinfo.cadastre.model;

import java.util.regex.Pattern;

/**
 * The legal address of a parcel (địa chỉ pháp lý): current commune code, map sheet number, parcel number.
 * Since the 2025 mergers it may name several parcels, one per survey unit that numbered a sheet alike.
 */
public record LegalAddress(String communeCode, int sheetNumber, int parcelNumber) {

    /**
     * Compiled once: {@code String.matches} compiles its regex on every call, and a LegalAddress is made on every
     * legal-address lookup, the API's hot path (2 % of its CPU samples; docs/decisions/0125-lookup-request-path-costs.md).
     */
    private static final Pattern COMMUNE_CODE = Pattern.compile("[0-9]{5}");

    public LegalAddress {
        if (!isCommuneCode(communeCode)) {
            throw new IllegalArgumentException("commune code must be 5 digits, got " + communeCode);
        }
        if (sheetNumber <= 0 || parcelNumber <= 0) {
            throw new IllegalArgumentException("sheet and parcel numbers must be positive");
        }
    }

    /** A current commune's code: five digits. */
    static boolean isCommuneCode(String code) {
        return code != null && COMMUNE_CODE.matcher(code).matches();
    }
}
