package vn.landinfo.web.api;

/** The thing a request names (parcel, national ID, certificate, administrative unit) does not exist: 404. */
final class NotFound extends RuntimeException {

    NotFound(String detailVi, String detailEn) {
        super(detailVi + " / " + detailEn);
    }
}
