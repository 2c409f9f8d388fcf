package vn.landinfo.web.api;

import org.springframework.stereotype.Component;
import vn.landinfo.cadastre.application.FindingParcel;

/** The {id} of a parcel path: a parcel id, or a national parcel ID (GeoHash; never all digits in Vietnam, where it starts with w). */
@Component
class ParcelRefs {

    private final FindingParcel finding;

    ParcelRefs(FindingParcel finding) {
        this.finding = finding;
    }

    /** The parcel id the path names; 400 when it is neither form, 404 for an unknown national ID. */
    long resolve(String id) {
        if (Parameters.isNationalId(id)) {
            String nationalId = id.toLowerCase();
            return finding.idOf(nationalId).orElseThrow(() -> new NotFound(
                    "Không có thửa đất nào có mã định danh " + nationalId, "no parcel has the national ID " + nationalId));
        }
        return Parameters.parcelId("id", id);
    }

    static NotFound unknownParcel(String id) {
        return new NotFound("Không có thửa đất nào có mã " + id, "no parcel has the id " + id);
    }
}
