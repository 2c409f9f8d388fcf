package vn.landinfo.web.api.transaction;

import java.util.List;

/** A write that edits existing parcels came without If-Match naming their versions (428): never a blind overwrite. */
public final class PreconditionRequired extends RuntimeException {

    private final List<Long> parcels;

    PreconditionRequired(List<Long> parcels, String message) {
        super(message);
        this.parcels = List.copyOf(parcels);
    }

    public List<Long> parcels() {
        return parcels;
    }
}
