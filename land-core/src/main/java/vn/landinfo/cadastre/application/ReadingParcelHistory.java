package vn.landinfo.cadastre.application;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.cadastre.infrastructure.ParcelFeatureSql;

/**
 * Every version of a parcel, oldest first, each with the committed transaction that made it (kind,
 * legal basis, dossier code) as the Feature's {@code transaction} member, and the parcel's lineage
 * (the parcels a split or merge made it from, and made from it). {@code restricted} of each version is
 * judged at the last instant that version was valid.
 */
public final class ReadingParcelHistory {

    private static final String HIT = """
                SELECT pv.id AS version_id, coalesce(pv.end_lifespan - interval '1 microsecond', now()) AS at
                FROM parcel_version pv WHERE pv.parcel_id = :id""";

    private static final String HISTORY = """
            SELECT json_build_object(
                       'type', 'FeatureCollection',
                       'parcelId', p.id,
                       'nationalId', p.national_id,
                       'validFrom', p.begin_lifespan,
                       'validTo', p.end_lifespan,
                       'lineage', json_build_object(
                           'parents', (SELECT coalesce(json_agg(json_build_object('id', l.parent_parcel_id, 'nationalId', pp.national_id,
                                                                              'kind', l.kind, 'transactionId', l.transaction_id)
                                                            ORDER BY l.parent_parcel_id), '[]'::json)
                                       FROM parcel_lineage l JOIN parcel pp ON pp.id = l.parent_parcel_id
                                       WHERE l.child_parcel_id = p.id),
                           'children', (SELECT coalesce(json_agg(json_build_object('id', l.child_parcel_id, 'nationalId', pc.national_id,
                                                                               'kind', l.kind, 'transactionId', l.transaction_id)
                                                             ORDER BY l.child_parcel_id), '[]'::json)
                                        FROM parcel_lineage l JOIN parcel pc ON pc.id = l.child_parcel_id
                                        WHERE l.parent_parcel_id = p.id)),
                       'numberMatched', (SELECT count(*) FROM feature),
                       'numberReturned', (SELECT count(*) FROM feature),
                       'features', (
                           SELECT coalesce(json_agg(json_build_object(
                                      'type', 'Feature',
                                      'id', f.parcel_id,
                                      'geometry', f.feature -> 'geometry',
                                      'properties', f.feature -> 'properties',
                                      'transaction', json_build_object(
                                          'id', t.id,
                                          'kind', t.kind,
                                          'name', k.name_vi,
                                          'nameEn', k.name_en,
                                          'committedAt', t.committed_at,
                                          'legalBasis', t.legal_basis,
                                          'dossierCode', a.dossier_code))
                                   ORDER BY f.version), '[]'::json)
                           FROM feature f
                           JOIN parcel_version pv ON pv.parcel_id = f.parcel_id AND pv.version = f.version
                           JOIN cadastral_transaction t ON t.id = pv.created_by_tx
                           JOIN transaction_kind k ON k.code = t.kind
                           LEFT JOIN application a ON a.id = t.application_id)
                   )::text
            FROM parcel p
            WHERE p.id = :id""";

    private final JdbcClient jdbc;
    private final String history;

    public ReadingParcelHistory(JdbcClient jdbc, ParcelFeatureSql sql) {
        this.jdbc = jdbc;
        this.history = sql.withFeatures(HIT, HISTORY);
    }

    /** The history as a FeatureCollection, or empty when no parcel has this id. */
    public Optional<String> of(long parcelId) {
        return jdbc.sql(history).param("id", parcelId).query(String.class).optional();
    }
}
