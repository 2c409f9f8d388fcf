package vn.landinfo.rights.model;

import vn.landinfo.shared.model.Violation;
import java.util.List;

/**
 * A parcel under a mortgage (thế chấp), a seizure (kê biên) or a dispute (tranh chấp) cannot be split
 * or merged until the restriction is released: the mortgagee's security, the court's hold or the
 * parties' claim is on that parcel as it is, and a split or merge would retire it. A planning
 * restriction does not block either.
 */
public final class Encumbrances {

    private Encumbrances() {
    }

    /** One violation per blocking restriction; {@code actionVi}/{@code actionEn} say what is refused ("tách thửa" / "split"). */
    public static List<Violation> blocking(List<CurrentRestriction> restrictions, long parcelId, int parcelNumber,
                                           String actionVi, String actionEn) {
        return restrictions.stream().filter(CurrentRestriction::blocksTransfer).map(r -> switch (r.kind()) {
            case "mortgage" -> new Violation("PARCEL_MORTGAGED",
                    "Thửa đất số %d đang thế chấp, phải xóa đăng ký thế chấp trước khi %s".formatted(parcelNumber, actionVi),
                    "Parcel %d is mortgaged; the mortgage must be released before the %s".formatted(parcelNumber, actionEn),
                    parcelId, null);
            case "seizure" -> new Violation("PARCEL_SEIZED",
                    "Thửa đất số %d đang bị kê biên, không thể %s".formatted(parcelNumber, actionVi),
                    "Parcel %d is under seizure and cannot be part of a %s".formatted(parcelNumber, actionEn),
                    parcelId, null);
            default -> new Violation("PARCEL_IN_DISPUTE",
                    "Thửa đất số %d đang có tranh chấp, không thể %s".formatted(parcelNumber, actionVi),
                    "Parcel %d is in dispute and cannot be part of a %s".formatted(parcelNumber, actionEn),
                    parcelId, null);
        }).toList();
    }
}
