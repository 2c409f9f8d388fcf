package vn.landinfo.rights.model;

import vn.landinfo.party.model.Holder;
import java.time.LocalDate;
import java.util.List;

/** A current right on a parcel with its holders. */
public record CurrentRight(long id, long parcelId, String rightType, String useForm, LocalDate termEnd, String origin,
                           List<Holder> holders) {
}
