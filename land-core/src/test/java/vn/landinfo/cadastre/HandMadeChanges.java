package vn.landinfo.cadastre;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Committed register changes written straight in SQL, the way the pipeline leaves them (a committed
 * transaction; versions closed and opened at its instant; rights, restrictions, lineage), for the kinds
 * whose use cases are not on this branch yet: a boundary moved between two neighbours, a transfer, a
 * mortgage and a split. Each runs in one database transaction (a DO block) and returns the transaction id.
 */
final class HandMadeChanges {

    /** Closes a parcel's current version and opens the next with geometry g; its one purpose takes the whole new area. */
    private static final String NEXT_VERSION = """
            CREATE OR REPLACE FUNCTION pg_temp.next_version(p bigint, g geometry, tx bigint, at timestamptz) RETURNS bigint
            LANGUAGE plpgsql AS $f$
            DECLARE
                old parcel_version;
                nv bigint;
            BEGIN
                SELECT * INTO old FROM parcel_version WHERE parcel_id = p AND end_lifespan IS NULL;
                UPDATE parcel_version SET end_lifespan = at, ended_by_tx = tx WHERE id = old.id;
                INSERT INTO parcel_version (parcel_id, version, commune_id, map_sheet_id, parcel_number, geom_tm3, geom, legal_area, address,
                                            begin_lifespan, created_by_tx)
                VALUES (p, old.version + 1, old.commune_id, old.map_sheet_id, old.parcel_number, g, ST_Transform(g, 4326),
                        round(ST_Area(g)::numeric, 1), old.address, at, tx) RETURNING id INTO nv;
                INSERT INTO parcel_land_use (parcel_version_id, purpose_code, recorded_code, area, term_type, term_end, origin_code)
                SELECT nv, u.purpose_code, u.recorded_code, round(ST_Area(g)::numeric, 1), u.term_type, u.term_end, u.origin_code
                FROM parcel_land_use u WHERE u.parcel_version_id = old.id;
                RETURN nv;
            END $f$""";

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    HandMadeChanges(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** Two current neighbours (sharing more than 5 m of boundary, one purpose each, no restriction), the n-th pair by descending national ID. */
    long[] neighbours(int n) {
        return jdbc.sql("""
                WITH candidate AS (
                    SELECT pv.* FROM parcel_version pv JOIN parcel p ON p.id = pv.parcel_id
                    WHERE pv.end_lifespan IS NULL AND pv.version = 1
                      AND (SELECT count(*) FROM parcel_land_use u WHERE u.parcel_version_id = pv.id) = 1
                      AND NOT EXISTS (SELECT 1 FROM restriction r WHERE r.parcel_id = pv.parcel_id)
                      AND EXISTS (SELECT 1 FROM land_right r WHERE r.parcel_id = pv.parcel_id AND r.end_lifespan IS NULL)
                    ORDER BY p.national_id DESC LIMIT 400)
                SELECT y.parcel_id AS y, z.parcel_id AS z
                FROM candidate y JOIN candidate z ON z.parcel_id > y.parcel_id AND z.geom && y.geom AND ST_SRID(z.geom_tm3) = ST_SRID(y.geom_tm3)
                WHERE ST_Length(ST_Intersection(ST_Boundary(y.geom_tm3), ST_Boundary(z.geom_tm3))) > 5
                ORDER BY y.parcel_id, z.parcel_id OFFSET :n LIMIT 1""")
                .param("n", n).query((rs, i) -> new long[] {rs.getLong("y"), rs.getLong("z")}).single();
    }

    /** Moves the boundary between y and z half a metre into z: y gains the strip z loses. Both get a new version. */
    long moveBoundary(long y, long z) {
        return run("""
                DECLARE
                    tx bigint;
                    at timestamptz := clock_timestamp();
                    gy geometry; gz geometry; strip geometry;
                BEGIN
                    INSERT INTO cadastral_transaction (kind, status, legal_basis, reason, created_by, committed_by, committed_at)
                    VALUES ('BOUNDARY_CORRECTION', 'committed', 'Biên bản xác định lại ranh giới số 7/2026', 'diff IT', 'officer-diff-it',
                            'officer-diff-it', at) RETURNING id INTO tx;
                    SELECT geom_tm3 INTO gy FROM parcel_version WHERE parcel_id = %1$d AND end_lifespan IS NULL;
                    SELECT geom_tm3 INTO gz FROM parcel_version WHERE parcel_id = %2$d AND end_lifespan IS NULL;
                    strip := ST_CollectionExtract(ST_Intersection(gz, ST_Buffer(ST_Intersection(ST_Boundary(gy), ST_Boundary(gz)), 0.5)), 3);
                    gy := ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_Union(gy, strip)), 3));
                    gz := ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_Difference(gz, strip)), 3));
                    PERFORM pg_temp.next_version(%1$d, gy, tx, at);
                    PERFORM pg_temp.next_version(%2$d, gz, tx, at);
                    PERFORM set_config('handmade.tx', tx::text, false);
                END""".formatted(y, z));
    }

    /** Transfers the parcel's current rights to a new individual: old rights end, new ones begin with the new holder. */
    long transfer(long parcel) {
        return run("""
                DECLARE
                    tx bigint;
                    at timestamptz := clock_timestamp();
                    buyer bigint;
                    r record;
                    nr bigint;
                BEGIN
                    INSERT INTO cadastral_transaction (kind, status, legal_basis, reason, created_by, committed_by, committed_at)
                    VALUES ('TRANSFER', 'committed', 'Hợp đồng chuyển nhượng quyền sử dụng đất số 77/2026', 'diff IT', 'officer-diff-it',
                            'officer-diff-it', at) RETURNING id INTO tx;
                    INSERT INTO party (kind) VALUES ('individual') RETURNING id INTO buyer;
                    INSERT INTO party_version (party_id, version, name, begin_lifespan, created_by_tx)
                    VALUES (buyer, 1, 'Nguyễn Văn Thử Nghiệm', at, tx);
                    FOR r IN SELECT * FROM land_right WHERE parcel_id = %d AND end_lifespan IS NULL LOOP
                        UPDATE land_right SET end_lifespan = at, ended_by_tx = tx WHERE id = r.id;
                        INSERT INTO land_right (parcel_id, right_type, use_form, term_type, term_end, origin_code, begin_lifespan, created_by_tx)
                        VALUES (r.parcel_id, r.right_type, 'rieng', r.term_type, r.term_end, r.origin_code, at, tx) RETURNING id INTO nr;
                        INSERT INTO right_holder (right_id, party_id) VALUES (nr, buyer);
                    END LOOP;
                    PERFORM set_config('handmade.tx', tx::text, false);
                END""".formatted(parcel));
    }

    /** Registers a mortgage on the parcel, the mortgagee a new bank. */
    long mortgage(long parcel) {
        return run("""
                DECLARE
                    tx bigint;
                    at timestamptz := clock_timestamp();
                    bank bigint;
                    rid bigint;
                BEGIN
                    INSERT INTO cadastral_transaction (kind, status, legal_basis, reason, created_by, committed_by, committed_at)
                    VALUES ('MORTGAGE_REGISTRATION', 'committed', 'Hợp đồng thế chấp số 88/2026/HĐTC', 'diff IT', 'officer-diff-it',
                            'officer-diff-it', at) RETURNING id INTO tx;
                    INSERT INTO party (kind) VALUES ('organisation') RETURNING id INTO bank;
                    INSERT INTO party_version (party_id, version, name, begin_lifespan, created_by_tx)
                    VALUES (bank, 1, 'Ngân hàng Thử Nghiệm', at, tx);
                    INSERT INTO restriction (parcel_id, kind, description, registered_at, begin_lifespan, created_by_tx)
                    VALUES (%d, 'mortgage', 'Thế chấp tại Ngân hàng Thử Nghiệm', at, at, tx) RETURNING id INTO rid;
                    INSERT INTO mortgage (restriction_id, mortgagee_party_id, rank, contract_no, secured_amount_vnd, contract_date)
                    VALUES (rid, bank, 1, '88/2026/HĐTC', 1234000000, current_date);
                    PERFORM set_config('handmade.tx', tx::text, false);
                END""".formatted(parcel));
    }

    /** A current parcel that a past (demo) split made, the n-th by descending national ID. */
    long splitChild(int n) {
        return jdbc.sql("""
                SELECT l.child_parcel_id FROM parcel_lineage l JOIN parcel p ON p.id = l.child_parcel_id
                WHERE l.kind = 'split' AND p.end_lifespan IS NULL
                  AND NOT EXISTS (SELECT 1 FROM restriction r WHERE r.parcel_id = p.id AND r.end_lifespan IS NULL)
                ORDER BY p.national_id DESC OFFSET :n LIMIT 1""").param("n", n).query(Long.class).single();
    }

    /** Splits the parcel in two along the north-south line through its centroid: it retires, two new parcels (with national IDs) take its place. */
    long split(long parcel) {
        return run("""
                DECLARE
                    tx bigint;
                    at timestamptz := clock_timestamp();
                    old parcel_version;
                    cx double precision;
                    cut geometry;
                    side integer;
                    half geometry;
                    child bigint;
                    nv bigint;
                    nid char(12);
                BEGIN
                    INSERT INTO cadastral_transaction (kind, status, legal_basis, reason, created_by, committed_by, committed_at)
                    VALUES ('SPLIT', 'committed', 'Đơn đề nghị tách thửa đất, hồ sơ số 99/2026', 'lineage IT', 'officer-diff-it',
                            'officer-diff-it', at) RETURNING id INTO tx;
                    SELECT * INTO old FROM parcel_version WHERE parcel_id = %1$d AND end_lifespan IS NULL;
                    cx := ST_X(ST_Centroid(old.geom_tm3));
                    cut := ST_SetSRID(ST_MakeLine(ST_MakePoint(cx, ST_YMin(old.geom_tm3) - 1), ST_MakePoint(cx, ST_YMax(old.geom_tm3) + 1)),
                                      ST_SRID(old.geom_tm3));
                    UPDATE parcel_version SET end_lifespan = at, ended_by_tx = tx WHERE id = old.id;
                    UPDATE parcel SET end_lifespan = at, retired_by_tx = tx WHERE id = %1$d;
                    FOR side IN 0..1 LOOP
                        SELECT ST_Multi(ST_Union(d.geom)) INTO half
                        FROM ST_Dump(ST_Split(old.geom_tm3, cut)) d
                        WHERE (ST_X(ST_Centroid(d.geom)) < cx) = (side = 0);
                        SELECT c INTO nid FROM generate_series(0, 48) k CROSS JOIN LATERAL national_id_candidate(ST_PointOnSurface(half), k) c
                        WHERE NOT EXISTS (SELECT 1 FROM parcel p WHERE p.national_id = c) ORDER BY k LIMIT 1;
                        INSERT INTO parcel (national_id, representative_point, begin_lifespan, created_by_tx)
                        VALUES (nid, ST_PointOnSurface(half), at, tx) RETURNING id INTO child;
                        INSERT INTO parcel_version (parcel_id, version, commune_id, map_sheet_id, parcel_number, geom_tm3, geom, legal_area,
                                                    address, begin_lifespan, created_by_tx)
                        VALUES (child, 1, old.commune_id, old.map_sheet_id,
                                (SELECT max(parcel_number) + 1 FROM parcel_version WHERE map_sheet_id = old.map_sheet_id),
                                half, ST_Transform(half, 4326), round(ST_Area(half)::numeric, 1), old.address, at, tx) RETURNING id INTO nv;
                        INSERT INTO parcel_land_use (parcel_version_id, purpose_code, area, term_type, term_end, origin_code)
                        SELECT nv, u.purpose_code,
                               greatest(0.1, round(u.area * ST_Area(half)::numeric / ST_Area(old.geom_tm3)::numeric, 1)), u.term_type, u.term_end, u.origin_code
                        FROM parcel_land_use u WHERE u.parcel_version_id = old.id;
                        INSERT INTO parcel_lineage (parent_parcel_id, child_parcel_id, transaction_id, kind) VALUES (%1$d, child, tx, 'split');
                    END LOOP;
                    PERFORM set_config('handmade.tx', tx::text, false);
                END""".formatted(parcel));
    }

    /** Children of a parent in the lineage, in id order. */
    List<Long> children(long parent) {
        return jdbc.sql("SELECT child_parcel_id FROM parcel_lineage WHERE parent_parcel_id = :p ORDER BY 1").param("p", parent)
                .query(Long.class).list();
    }

    /** Runs the block in one database transaction and returns the transaction id it left in the session setting handmade.tx. */
    private long run(String block) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(NEXT_VERSION);
            s.execute("DO $do$\n" + block + "\n$do$");
            try (ResultSet rs = s.executeQuery("SELECT current_setting('handmade.tx')::bigint")) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("hand-made change failed: " + e.getMessage(), e);
        }
    }
}
