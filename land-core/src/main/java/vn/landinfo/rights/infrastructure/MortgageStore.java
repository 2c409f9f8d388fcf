package vn.landinfo.rights.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.rights.model.CurrentMortgage;

/**
 * Mortgages (thế chấp): a restriction of kind 'mortgage' with its details row. Registering opens both;
 * releasing ends the restriction's lifespan and stamps the details row's released_at with the same
 * instant (the column the demo history and the officer views read).
 */
public final class MortgageStore {

    private final JdbcClient jdbc;

    public MortgageStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    public List<CurrentMortgage> current(long parcelId) {
        return jdbc.sql("""
                SELECT r.id, r.parcel_id, m.mortgagee_party_id, m.rank, m.contract_no, m.contract_date
                FROM restriction r JOIN mortgage m ON m.restriction_id = r.id
                WHERE r.parcel_id = :p AND r.kind = 'mortgage' AND r.end_lifespan IS NULL ORDER BY m.rank, r.id""")
                .param("p", parcelId)
                .query((rs, n) -> new CurrentMortgage(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getString(5),
                        rs.getObject(6, LocalDate.class)))
                .list();
    }

    /** Opens the restriction and its mortgage row; returns the restriction id. */
    public long register(long parcelId, long mortgageePartyId, Long mortgagorPartyId, int rank, String contractNo,
                         LocalDate contractDate, Long securedAmountVnd, String description, long transactionId, Instant at) {
        long id = jdbc.sql("""
                INSERT INTO restriction (parcel_id, kind, description, registered_at, begin_lifespan, created_by_tx)
                VALUES (:p, 'mortgage', :d, :at, :at, :tx) RETURNING id""")
                .param("p", parcelId).param("d", description).param("at", Timestamp.from(at)).param("tx", transactionId)
                .query(Long.class).single();
        jdbc.sql("""
                INSERT INTO mortgage (restriction_id, mortgagee_party_id, mortgagor_party_id, rank, contract_no, secured_amount_vnd, contract_date)
                VALUES (:r, :mortgagee, :mortgagor, :rank, :no, :amount, :date)""")
                .param("r", id).param("mortgagee", mortgageePartyId).param("mortgagor", mortgagorPartyId).param("rank", rank)
                .param("no", contractNo).param("amount", securedAmountVnd).param("date", contractDate).update();
        return id;
    }

    public void release(long restrictionId, long transactionId, Instant at) {
        int n = jdbc.sql("UPDATE restriction SET end_lifespan = :at, ended_by_tx = :tx WHERE id = :id AND kind = 'mortgage' AND end_lifespan IS NULL")
                .param("at", Timestamp.from(at)).param("tx", transactionId).param("id", restrictionId).update();
        if (n != 1) {
            throw new IllegalStateException("mortgage " + restrictionId + " is not in force");
        }
        jdbc.sql("UPDATE mortgage SET released_at = :at WHERE restriction_id = :id")
                .param("at", Timestamp.from(at)).param("id", restrictionId).update();
    }
}
