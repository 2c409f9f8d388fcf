package vn.landinfo.adminunit.model;

/**
 * Below which area an overlap between two neighbouring units is noise, not a boundary dispute.
 *
 * <p>The reference coordinates have 6 decimals (about 0.11 m × 0.10 m at Vietnam's latitudes), so the
 * smallest area the source can express is one such cell, about 0.011 m². Overlaps smaller than 0.01 m²
 * are below that resolution — they come from floating-point noise, including the noise {@code ST_Difference}
 * itself leaves on a repaired edge — so they are neither moved nor counted as overlaps. Everything at or
 * above it is moved, however small: moving costs nothing and leaves no double-counted land.
 */
public final class OverlapTolerance {

    public static final double SQUARE_METRES = 0.01;

    private OverlapTolerance() {
    }
}
