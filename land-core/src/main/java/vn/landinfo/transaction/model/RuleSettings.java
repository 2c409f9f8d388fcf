package vn.landinfo.transaction.model;

/**
 * The register's configurable tolerances.
 *
 * @param overlapToleranceM2 how much two current parcels may overlap before it is a violation (a few cm²:
 *        what floating-point noise and survey rounding leave where neighbours share a boundary)
 * @param areaConservationM2 how far the children's total area of a split (or a merge's result) may differ
 *        from the parent's (0.1 m², the precision legal areas are written with)
 * @param maxVerticesPerGeometry bound on any input geometry, so one request cannot make the server
 *        process millions of vertices
 */
public record RuleSettings(double overlapToleranceM2, double areaConservationM2, int maxVerticesPerGeometry) {

    public static RuleSettings defaults() {
        return new RuleSettings(0.0005, 0.1, 50_000);
    }

    /**
     * The largest difference allowed between a legal area and the area computed from the geometry, for a
     * sheet of scale 1:M: ΔP = 0.0004 · M · √P (Circular 25/2014/TT-BTNMT on cadastral surveys), and never
     * less than the 0.1 m² legal areas are written with.
     */
    public double legalAreaTolerance(int scale, double areaM2) {
        return Math.max(0.1, 0.0004 * scale * Math.sqrt(Math.max(areaM2, 0)));
    }
}
