package vn.landinfo.certificate.infrastructure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.certificate.model.CertificateIdentity;

/** A certificate as the seal sees it: its identity (what the QR code vouches for) and its current status. */
public final class CertificateRecords {

    /** Identity plus the status-dependent facts the verifier reports. */
    public record Sealable(CertificateIdentity identity, String status, String replacedBy) {
    }

    private final JdbcClient jdbc;

    public CertificateRecords(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    public Optional<Sealable> bySerial(String serial) {
        return jdbc.sql("""
                SELECT c.serial, c.issue_date, c.status, r.serial AS replaced_by,
                       ARRAY(SELECT p.national_id::text FROM certificate_parcel cp JOIN parcel p ON p.id = cp.parcel_id
                             WHERE cp.certificate_id = c.id ORDER BY 1) AS ids,
                       (SELECT count(*) FROM certificate_holder ch WHERE ch.certificate_id = c.id) AS holders
                FROM certificate c LEFT JOIN certificate r ON r.id = c.replaced_by_id
                WHERE c.serial = :s""")
                .param("s", serial)
                .query((rs, n) -> new Sealable(new CertificateIdentity(rs.getString("serial"), rs.getObject("issue_date", LocalDate.class),
                        List.of((String[]) rs.getArray("ids").getArray()), rs.getInt("holders")),
                        rs.getString("status"), rs.getString("replaced_by")))
                .optional();
    }
}
