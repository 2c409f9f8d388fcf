package vn.landinfo.certificate.infrastructure;

import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.certificate.model.CertificateInfo;

/**
 * Every certificate a parcel ever had, whatever its status: a change that uses the parcel's certificate
 * must tell "no certificate was ever issued" from "its certificates were revoked or replaced".
 */
public final class CertificateLookup {

    private final JdbcClient jdbc;

    public CertificateLookup(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    public List<CertificateInfo> allFor(long parcelId) {
        return jdbc.sql("""
                SELECT c.id, c.serial, c.status, c.issue_date,
                       ARRAY(SELECT cp.parcel_id FROM certificate_parcel cp WHERE cp.certificate_id = c.id ORDER BY 1) AS parcels,
                       ARRAY(SELECT ch.party_id FROM certificate_holder ch WHERE ch.certificate_id = c.id ORDER BY 1) AS holders
                FROM certificate c
                WHERE c.id IN (SELECT certificate_id FROM certificate_parcel WHERE parcel_id = :p) ORDER BY c.id""")
                .param("p", parcelId)
                .query((rs, n) -> new CertificateInfo(rs.getLong("id"), rs.getString("serial"), rs.getString("status"),
                        rs.getObject("issue_date", LocalDate.class), List.of((Long[]) rs.getArray("parcels").getArray()),
                        List.of((Long[]) rs.getArray("holders").getArray())))
                .list();
    }

    /** Locks the certificate row, so two changes of one certificate (a re-issue and a revocation) run in turn. */
    public void lock(long certificateId) {
        jdbc.sql("SELECT id FROM certificate WHERE id = :id FOR UPDATE").param("id", certificateId).query(Long.class).single();
    }
}
