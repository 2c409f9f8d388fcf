package vn.landinfo.party.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.party.model.PartyDetails;
import vn.landinfo.party.model.PartyRecord;

/**
 * Parties (người sử dụng đất, mortgagees) for the pipeline: create new ones, read the current version,
 * and change details the LADM way — the current party_version closes and the next one opens, an identity
 * document in force gets a valid_to and its successor a valid_from. Nothing is updated in place, so a
 * certificate printed in 2019 can still be read against the name the holder had in 2019.
 */
public final class PartyStore {

    private final JdbcClient jdbc;

    public PartyStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    public Optional<PartyRecord> current(long partyId) {
        Optional<PartyRecord> found = jdbc.sql("""
                SELECT p.id, p.kind, v.id AS version_id, v.version, v.name, v.birth_date, v.gender, v.nationality, v.address
                FROM party p JOIN party_version v ON v.party_id = p.id AND v.end_lifespan IS NULL
                WHERE p.id = :id""")
                .param("id", partyId)
                .query((rs, n) -> new PartyRecord(rs.getLong("id"), rs.getString("kind"), rs.getLong("version_id"),
                        rs.getInt("version"), rs.getString("name"), rs.getObject("birth_date", LocalDate.class),
                        rs.getString("gender"), rs.getString("nationality"), rs.getString("address"), List.of()))
                .optional();
        return found.map(p -> new PartyRecord(p.partyId(), p.kind(), p.versionId(), p.version(), p.name(), p.birthDate(),
                p.gender(), p.nationality(), p.address(), identifiers(p.partyId())));
    }

    private List<PartyRecord.Identifier> identifiers(long partyId) {
        return jdbc.sql("SELECT id, id_type, id_number FROM party_identifier WHERE party_id = :p AND valid_to IS NULL ORDER BY id")
                .param("p", partyId)
                .query((rs, n) -> new PartyRecord.Identifier(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    /** The party that holds this identity document in force, if any (to refuse registering a person twice). */
    public Optional<Long> holderOfIdentifier(String type, String number) {
        return jdbc.sql("SELECT party_id FROM party_identifier WHERE id_type = :t AND id_number = :n AND valid_to IS NULL ORDER BY party_id LIMIT 1")
                .param("t", type).param("n", number).query(Long.class).optional();
    }

    /** Current names of these parties, for endorsements and descriptions. */
    public Map<Long, String> names(Collection<Long> partyIds) {
        if (partyIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT party_id, name FROM party_version WHERE party_id = ANY (:ids) AND end_lifespan IS NULL")
                .param("ids", partyIds.toArray(Long[]::new))
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Creates a party with its first version and identity document; returns its id. */
    public long create(PartyDetails d, long transactionId, Instant at) {
        long id = jdbc.sql("INSERT INTO party (kind, created_at) VALUES (:k, :at) RETURNING id")
                .param("k", d.kind()).param("at", Timestamp.from(at)).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO party_version (party_id, version, name, birth_date, gender, nationality, address, begin_lifespan, created_by_tx)
                VALUES (:p, 1, :name, :birth, :gender, 'VN', :address, :at, :tx)""")
                .param("p", id).param("name", d.name().trim()).param("birth", d.birthDate()).param("gender", d.gender())
                .param("address", d.address()).param("at", Timestamp.from(at)).param("tx", transactionId).update();
        if (d.idType() != null) {
            addIdentifier(id, d.idType(), d.idNumber(), at);
        }
        return id;
    }

    /** Closes the party's current version and opens the next with this name and address. */
    public void newVersion(PartyRecord current, String name, String address, long transactionId, Instant at) {
        int closed = jdbc.sql("UPDATE party_version SET end_lifespan = :at, ended_by_tx = :tx WHERE id = :id AND end_lifespan IS NULL")
                .param("at", Timestamp.from(at)).param("tx", transactionId).param("id", current.versionId()).update();
        if (closed != 1) {
            throw new IllegalStateException("party version " + current.versionId() + " was not current");
        }
        jdbc.sql("""
                INSERT INTO party_version (party_id, version, name, birth_date, gender, nationality, address, begin_lifespan, created_by_tx)
                VALUES (:p, :v, :name, :birth, :gender, :nat, :address, :at, :tx)""")
                .param("p", current.partyId()).param("v", current.version() + 1).param("name", name)
                .param("birth", current.birthDate()).param("gender", current.gender()).param("nat", current.nationality())
                .param("address", address).param("at", Timestamp.from(at)).param("tx", transactionId).update();
    }

    /** Ends an identity document in force (it was superseded, e.g. a CMND by a citizen ID). */
    public void endIdentifier(long identifierId, Instant at) {
        jdbc.sql("UPDATE party_identifier SET valid_to = :at WHERE id = :id AND valid_to IS NULL")
                .param("at", Timestamp.from(at)).param("id", identifierId).update();
    }

    public void addIdentifier(long partyId, String type, String number, Instant at) {
        jdbc.sql("INSERT INTO party_identifier (party_id, id_type, id_number, valid_from) VALUES (:p, :t, :n, :at)")
                .param("p", partyId).param("t", type).param("n", number).param("at", Timestamp.from(at)).update();
    }
}
