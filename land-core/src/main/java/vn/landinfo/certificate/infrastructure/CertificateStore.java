package vn.landinfo.certificate.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.certificate.model.CertificateInfo;

/**
 * Certificates for the pipeline: find the valid ones of a parcel, issue new ones (Circular 10/2024 form,
 * serial = the office's 2-letter series + 8 digits from a sequence), endorse changes on an existing one,
 * and end one as replaced or revoked.
 */
public final class CertificateStore {

    /** Issue dates are calendar dates in Vietnam. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final JdbcClient jdbc;
    private final String series;
    private final String issuingAuthority;

    public CertificateStore(DataSource dataSource, String series, String issuingAuthority) {
        if (!series.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("certificate series must be 2 capital letters, got '" + series + "'");
        }
        this.jdbc = JdbcClient.create(dataSource);
        this.series = series;
        this.issuingAuthority = issuingAuthority;
    }

    private static final String SELECT = """
        SELECT c.id, c.serial, c.status, c.issue_date,
               ARRAY(SELECT cp.parcel_id FROM certificate_parcel cp WHERE cp.certificate_id = c.id ORDER BY 1) AS parcels,
               ARRAY(SELECT ch.party_id FROM certificate_holder ch WHERE ch.certificate_id = c.id ORDER BY 1) AS holders
        FROM certificate c""";

    public List<CertificateInfo> validFor(long parcelId) {
        return jdbc.sql(SELECT + " WHERE c.status = 'valid' AND c.id IN (SELECT certificate_id FROM certificate_parcel WHERE parcel_id = :p) ORDER BY c.id")
                .param("p", parcelId).query((rs, n) -> row(rs)).list();
    }

    public Optional<CertificateInfo> bySerial(String serial) {
        return jdbc.sql(SELECT + " WHERE c.serial = :s").param("s", serial).query((rs, n) -> row(rs)).optional();
    }

    private static CertificateInfo row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new CertificateInfo(rs.getLong("id"), rs.getString("serial"), rs.getString("status"),
                rs.getObject("issue_date", LocalDate.class),
                List.of((Long[]) rs.getArray("parcels").getArray()), List.of((Long[]) rs.getArray("holders").getArray()));
    }

    /** Issues a new certificate for these parcels and holders; returns it. */
    public CertificateInfo issue(List<Long> parcelIds, List<Long> holderPartyIds, long transactionId, Instant at) {
        LocalDate today = at.atZone(VIETNAM).toLocalDate();
        long number = jdbc.sql("SELECT nextval('certificate_serial_seq')").query(Long.class).single();
        String serial = series + String.format("%08d", number);
        long id = jdbc.sql("""
                INSERT INTO certificate (serial, form, certificate_code, book_number, issue_date, issuing_authority, status,
                                         begin_lifespan, issued_by_tx)
                VALUES (:serial, 'TT10_2024', :code, :book, :date, :authority, 'valid', :at, :tx) RETURNING id""")
                .param("serial", serial).param("code", null).param("book", "CS" + String.format("%06d", number))
                .param("date", today).param("authority", issuingAuthority).param("at", Timestamp.from(at))
                .param("tx", transactionId).query(Long.class).single();
        for (long p : parcelIds) {
            jdbc.sql("INSERT INTO certificate_parcel (certificate_id, parcel_id) VALUES (:c, :p)").param("c", id).param("p", p).update();
        }
        for (long h : holderPartyIds.stream().distinct().toList()) {
            jdbc.sql("INSERT INTO certificate_holder (certificate_id, party_id) VALUES (:c, :p)").param("c", id).param("p", h).update();
        }
        return new CertificateInfo(id, serial, "valid", today, List.copyOf(parcelIds), List.copyOf(holderPartyIds));
    }

    /** Xác nhận thay đổi: the change is written on the existing certificate instead of issuing a new one. */
    public void endorse(long certificateId, long transactionId, Instant at, String contentVi) {
        jdbc.sql("""
                INSERT INTO certificate_endorsement (certificate_id, transaction_id, endorsed_on, content_vi)
                VALUES (:c, :tx, :on, :content)""")
                .param("c", certificateId).param("tx", transactionId).param("on", at.atZone(VIETNAM).toLocalDate())
                .param("content", contentVi).update();
    }

    /** Ends a valid certificate: 'replaced' (by {@code replacedBy}) or 'revoked'. */
    public void end(long certificateId, String status, Long replacedBy, String reason, long transactionId, Instant at) {
        int n = jdbc.sql("""
                UPDATE certificate SET status = :status, replaced_by_id = :by, status_reason = :reason,
                                       end_lifespan = :at, ended_by_tx = :tx
                WHERE id = :id AND status = 'valid'""")
                .param("status", status).param("by", replacedBy).param("reason", reason).param("at", Timestamp.from(at))
                .param("tx", transactionId).param("id", certificateId).update();
        if (n != 1) {
            throw new IllegalStateException("certificate " + certificateId + " is not valid");
        }
    }
}
