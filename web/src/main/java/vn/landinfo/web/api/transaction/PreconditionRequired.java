package vn.landinfo.web.api.transaction;

import java.util.List;

/** A write that edits existing parcels came without If-Match naming their versions (428): never a blind overwrite. */
final class PreconditionRequired extends RuntimeException {

    final List<Long> parcels;

    PreconditionRequired(List<Long> parcels, String message) {
        super(message);
        this.parcels = List.copyOf(parcels);
    }
}
