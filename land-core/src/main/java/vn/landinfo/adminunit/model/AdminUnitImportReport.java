package vn.landinfo.adminunit.model;

import java.util.List;

/**
 * What one administrative-unit import did: how many units and boundaries it loaded and what it repaired.
 * Stored as JSON in {@code dataset_load.report} and printed by the CLI.
 *
 * @param dataset              the {@code dataset_load} name this report is recorded under
 * @param alreadyLoaded        true when the dataset was loaded before and this call changed nothing
 * @param provinces            provinces inserted or updated (reference import) — 0 for a boundary file
 * @param communes             communes inserted or updated (reference import) — 0 for a boundary file
 * @param boundariesLoaded     boundaries read from GeoJSON and stored
 * @param communesWithoutBoundary current communes left with a NULL boundary after the import
 * @param invalidRepaired      boundaries that were invalid and were made valid (polygonal parts kept)
 * @param overlappingPairs     pairs of units of one level whose overlap was at least the tolerance and was removed
 * @param overlapAreaMovedM2   total area taken from the higher-coded unit of each pair, m² on the ellipsoid
 * @param overlapToleranceM2   overlaps below this area were left alone ({@link OverlapTolerance})
 * @param repairedUnits        codes of the units whose boundary was changed by a repair, sorted
 * @param elapsedMillis        wall time of the import
 */
public record AdminUnitImportReport(
        String dataset,
        boolean alreadyLoaded,
        int provinces,
        int communes,
        int boundariesLoaded,
        int communesWithoutBoundary,
        int invalidRepaired,
        int overlappingPairs,
        double overlapAreaMovedM2,
        double overlapToleranceM2,
        List<String> repairedUnits,
        long elapsedMillis) {

    public AdminUnitImportReport {
        repairedUnits = List.copyOf(repairedUnits);
    }

    /** The same report, as returned by a repeated call that found the dataset already loaded. */
    public AdminUnitImportReport asAlreadyLoaded(long elapsedMillis) {
        return new AdminUnitImportReport(dataset, true, provinces, communes, boundariesLoaded, communesWithoutBoundary,
                invalidRepaired, overlappingPairs, overlapAreaMovedM2, overlapToleranceM2, repairedUnits, elapsedMillis);
    }

    /** Human-readable lines, Vietnamese first then English. */
    public List<String> lines() {
        String area = String.format(java.util.Locale.ROOT, "%.1f", overlapAreaMovedM2);
        if (alreadyLoaded) {
            return List.of(
                    "Đã nạp từ trước, không thay đổi gì (" + dataset + "): " + provinces + " tỉnh, " + communes + " xã/phường.",
                    "Already loaded, nothing changed (" + dataset + "): " + provinces + " provinces, " + communes + " communes.");
        }
        return List.of(
                "Đã nạp " + provinces + " tỉnh, " + communes + " xã/phường/đặc khu, " + boundariesLoaded + " ranh giới; "
                        + communesWithoutBoundary + " xã/phường chưa có ranh giới.",
                "Sửa " + invalidRepaired + " ranh giới không hợp lệ; " + overlappingPairs + " cặp chồng lấn, chuyển "
                        + area + " m² (bỏ qua chồng lấn < " + overlapToleranceM2 + " m²); " + elapsedMillis + " ms.",
                "Loaded " + provinces + " provinces, " + communes + " communes, " + boundariesLoaded + " boundaries; "
                        + communesWithoutBoundary + " communes without a boundary.",
                "Repaired " + invalidRepaired + " invalid boundaries; " + overlappingPairs + " overlapping pairs, "
                        + area + " m² moved (overlaps < " + overlapToleranceM2 + " m² ignored); " + elapsedMillis + " ms.");
    }
}
