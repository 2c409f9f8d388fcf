package vn.landinfo.certificate.application;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public view of a certificate (Giấy chứng nhận) by serial: form, issue date, issuing authority,
 * status and the parcels it covers by legal address. Never its holders
 * (docs/decisions/0009-public-view-and-restrictions.md).
 */
public final class FindingCertificate {

    private static final String SQL = """
            SELECT json_build_object(
                       'serial', c.serial,
                       'form', c.form,
                       'issueDate', c.issue_date,
                       'issuingAuthority', c.issuing_authority,
                       'status', c.status,
                       'replacedBy', r.serial,
                       'parcels', (
                           SELECT coalesce(json_agg(json_build_object(
                                      'id', p.id,
                                      'nationalId', p.national_id,
                                      'communeCode', cu.code,
                                      'communeName', cu.full_name_vi,
                                      'surveyUnitCode', su.code,
                                      'surveyUnitName', su.full_name_vi,
                                      'sheetNumber', ms.sheet_number,
                                      'parcelNumber', pv.parcel_number,
                                      'current', pv.end_lifespan IS NULL) ORDER BY cu.code, su.code, ms.sheet_number, pv.parcel_number), '[]'::json)
                           FROM certificate_parcel cp
                           JOIN parcel p ON p.id = cp.parcel_id
                           -- The parcel's current version, or its last one when it has been retired.
                           JOIN LATERAL (SELECT * FROM parcel_version v WHERE v.parcel_id = p.id
                                         ORDER BY v.version DESC LIMIT 1) pv ON true
                           JOIN admin_unit cu ON cu.id = pv.commune_id
                           JOIN map_sheet ms ON ms.id = pv.map_sheet_id
                           JOIN admin_unit su ON su.id = ms.survey_unit_id
                           WHERE cp.certificate_id = c.id)
                   )::text
            FROM certificate c
            LEFT JOIN certificate r ON r.id = c.replaced_by_id
            WHERE c.serial = :serial""";

    private final JdbcClient jdbc;

    public FindingCertificate(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> bySerial(String serial) {
        return jdbc.sql(SQL).param("serial", serial).query(String.class).optional();
    }
}
