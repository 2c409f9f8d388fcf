package vn.landinfo.web.api;

/** The thing a request names (parcel, national ID, certificate, administrative unit) does not exist: 404. */
public final class NotFound extends RuntimeException {

    public NotFound(String detailVi, String detailEn) {
        super(detailVi + " / " + detailEn);
    }
}
