package vn.landinfo.rights.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.rights.model.CurrentRestriction;
import vn.landinfo.rights.model.CurrentRight;
import vn.landinfo.party.model.Holder;

/** Rights and restrictions (RRR) for the pipeline: read current ones, close them, open new ones. Never updates content. */
public final class RightStore {

    private final JdbcClient jdbc;

    public RightStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    public List<CurrentRight> currentRights(long parcelId) {
        List<CurrentRight> rights = jdbc.sql("""
                SELECT id, parcel_id, right_type, use_form, term_end, origin_code FROM land_right
                WHERE parcel_id = :p AND end_lifespan IS NULL ORDER BY id""")
                .param("p", parcelId)
                .query((rs, n) -> new CurrentRight(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getString(6), List.of()))
                .list();
        if (rights.isEmpty()) {
            return rights;
        }
        Map<Long, List<Holder>> holders = jdbc.sql("""
                SELECT right_id, party_id, share_numerator, share_denominator FROM right_holder
                WHERE right_id = ANY (:ids) ORDER BY right_id, party_id""")
                .param("ids", rights.stream().map(CurrentRight::id).toArray(Long[]::new))
                .query((rs, n) -> Map.entry(rs.getLong(1), new Holder(rs.getLong(2), rs.getInt(3), rs.getInt(4))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return rights.stream().map(r -> new CurrentRight(r.id(), r.parcelId(), r.rightType(), r.useForm(), r.termEnd(),
                r.origin(), holders.getOrDefault(r.id(), List.of()))).toList();
    }

    /** The holders of the parcel's current land-use right (not lessees), ordered by party id. */
    public List<Holder> currentHolders(long parcelId) {
        return currentRights(parcelId).stream().filter(r -> r.rightType().equals("land_use"))
                .flatMap(r -> r.holders().stream()).sorted(java.util.Comparator.comparingLong(Holder::partyId)).toList();
    }

    public List<CurrentRestriction> currentRestrictions(long parcelId) {
        return jdbc.sql("SELECT id, parcel_id, kind, description FROM restriction WHERE parcel_id = :p AND end_lifespan IS NULL ORDER BY id")
                .param("p", parcelId)
                .query((rs, n) -> new CurrentRestriction(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** Opens a right on a parcel for these holders; returns its id. */
    public long openRight(long parcelId, String rightType, String useForm, LocalDate termEnd, String origin,
                          List<Holder> holders, long transactionId, Instant at) {
        long id = jdbc.sql("""
                INSERT INTO land_right (parcel_id, right_type, use_form, term_type, term_end, origin_code, begin_lifespan, created_by_tx)
                VALUES (:p, :type, :form, :termType, :termEnd, :origin, :at, :tx) RETURNING id""")
                .param("p", parcelId).param("type", rightType).param("form", useForm)
                .param("termType", termEnd == null ? "long_term" : "fixed").param("termEnd", termEnd)
                .param("origin", origin).param("at", Timestamp.from(at)).param("tx", transactionId)
                .query(Long.class).single();
        for (Holder h : holders) {
            jdbc.sql("INSERT INTO right_holder (right_id, party_id, share_numerator, share_denominator) VALUES (:r, :p, :n, :d)")
                    .param("r", id).param("p", h.partyId()).param("n", h.shareNumerator()).param("d", h.shareDenominator())
                    .update();
        }
        return id;
    }

    public void endRight(long rightId, long transactionId, Instant at) {
        jdbc.sql("UPDATE land_right SET end_lifespan = :at, ended_by_tx = :tx WHERE id = :id AND end_lifespan IS NULL")
                .param("at", Timestamp.from(at)).param("tx", transactionId).param("id", rightId).update();
    }

    /** A parcel made from another (split child, merge result) carries the same rights for the same holders. */
    public void copyCurrentRights(long fromParcelId, long toParcelId, long transactionId, Instant at) {
        for (CurrentRight r : currentRights(fromParcelId)) {
            openRight(toParcelId, r.rightType(), r.useForm(), r.termEnd(), r.origin(), r.holders(), transactionId, at);
        }
    }

    public void endCurrentRights(long parcelId, long transactionId, Instant at) {
        for (CurrentRight r : currentRights(parcelId)) {
            endRight(r.id(), transactionId, at);
        }
    }
}
