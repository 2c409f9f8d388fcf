-- @step helpers and the communes to populate
-- JIT compiling these long generated expressions costs seconds per statement and saves nothing.
SET LOCAL jit = off;
-- A bulk load of generated data: a lost tail on a crash is reloaded, so it need not wait for the WAL flush.
SET LOCAL synchronous_commit = off;
-- Hash joins and sorts over a commune's parties and rights fit in memory instead of spilling.
SET LOCAL work_mem = '128MB';
-- The same register on every machine (docs/decisions/0080-reproducible-demo-register.md): dates cut from
-- instants are Vietnam's dates whatever the session's time zone, and no parallel scan hands rows over in an
-- order that changes from run to run (every id drawn from a sequence follows an ORDER BY on a unique key).
SET LOCAL TimeZone = 'Asia/Ho_Chi_Minh';
SET LOCAL max_parallel_workers_per_gather = 0;
DROP TABLE IF EXISTS dr_commune, dr_parcel, dr_res, dr_res_n, dr_split, dr_merge, dr_hparent, dr_group, dr_person, dr_party,
    dr_gmember, dr_restr, dr_restr_id, dr_event, dr_right, dr_cert, dr_list, dr_lists, dr_bank, dr_audit;

-- Deterministic pseudo-random numbers: a hash of a stable key (national parcel ID, commune code) and the seed.
CREATE OR REPLACE FUNCTION pg_temp.u(k text) RETURNS double precision LANGUAGE sql IMMUTABLE AS
$$ SELECT (hashtextextended(k, ${seed}) & 2147483647)::double precision / 2147483648.0 $$;
CREATE OR REPLACE FUNCTION pg_temp.pick(arr text[], k text) RETURNS text LANGUAGE sql IMMUTABLE AS
$$ SELECT arr[1 + ((hashtextextended(k, ${seed}) & 2147483647) % cardinality(arr))::int] $$;
-- A working-hours instant on day (d0 + fraction of span days), Vietnam time. One expression without a FROM, so the
-- planner inlines it like u and pick (a function with a FROM runs as a query of its own on every call).
CREATE OR REPLACE FUNCTION pg_temp.at_day(d0 date, days double precision, k text) RETURNS timestamptz LANGUAGE sql IMMUTABLE AS
$$ SELECT ((d0 + floor(days)::int)::timestamp + time '08:00' + floor(pg_temp.u(k || ':min') * 480) * interval '1 minute')
          AT TIME ZONE 'Asia/Ho_Chi_Minh' $$;
CREATE OR REPLACE FUNCTION pg_temp.lower_first(s text) RETURNS text LANGUAGE sql IMMUTABLE AS
$$ SELECT lower(left(s, 1)) || substr(s, 2) $$;

CREATE TEMP TABLE dr_commune AS
SELECT c.id AS commune_id, c.code, c.code::int AS ckey, c.province_code, c.name_vi, c.full_name_vi,
       c.unit_type <> 'phuong' AS rural,
       pr.name_vi AS province_name, pr.full_name_vi AS province_full_name,
       (SELECT count(*) FROM admin_unit o WHERE o.level = 'commune' AND o.province_code = c.province_code
                                          AND o.valid_to IS NULL AND o.code < c.code)::int AS prov_rank,
       c.province_code::int >= 48 AS south,
       c.province_code IN ('04', '08', '11', '12', '14', '15') AND c.unit_type <> 'phuong' AS highland,
       m.mig_at, m.mig_tx,
       -- History events fall in [lo, hi]: after the data migration, in 2016-2025, before the demo register's
       -- clock (a fixed instant, not the time of the load, so every load makes the same register).
       (greatest(m.mig_at, timestamptz '2016-01-01 00:00+07') + interval '30 days')::date AS lo,
       (timestamptz '${clock}' - interval '1 day')::date AS hi
FROM admin_unit c
JOIN admin_unit pr ON pr.id = c.parent_id
CROSS JOIN LATERAL (SELECT min(pv.begin_lifespan) AS mig_at, min(pv.created_by_tx) AS mig_tx
                    FROM parcel_version pv WHERE pv.commune_id = c.id AND pv.end_lifespan IS NULL) m
WHERE c.id = ANY (${communes}) AND m.mig_at IS NOT NULL;

-- @step current parcels, classes and history events
CREATE TEMP TABLE dr_parcel AS
SELECT p.id AS parcel_id, p.national_id, pv.id AS pv_id, pv.commune_id, pv.map_sheet_id, pv.parcel_number, pv.legal_area,
       coalesce(pv.address, c.full_name_vi || ', ' || c.province_full_name) AS address,
       pv.begin_lifespan AS mig_at, pv.created_by_tx AS mig_tx, lu.codes, lu.codes[1] AS main,
       lu.term_type, lu.term_end,
       CASE WHEN lu.codes && ARRAY['ONT', 'ODT']::varchar[] THEN 'res'
            WHEN lu.codes[1] IN ('LUC', 'LUK', 'HNK', 'CLN', 'NTS', 'RSX', 'CNT', 'LMU', 'NKH') THEN 'agri'
            WHEN lu.codes[1] IN ('TMD', 'SKC', 'SKK', 'SKN', 'SKT', 'SKS') THEN 'business'
            WHEN lu.codes[1] = 'DGD' THEN 'school'
            WHEN lu.codes[1] = 'DYT' THEN 'clinic'
            WHEN lu.codes[1] IN ('TSC', 'DVH', 'DXH', 'DTT', 'DKH', 'DMT', 'DKT', 'DSK', 'DCH', 'DKV', 'DDD') THEN 'public'
            WHEN lu.codes[1] IN ('RPH', 'RDD') THEN 'forest'
            WHEN lu.codes[1] IN ('TON', 'TIN') THEN 'community'
            -- Roads, waterways, irrigation, cemeteries, defence, unused land: managed by the State, no right.
            ELSE 'none' END AS cls,
       'none'::text AS event, NULL::text AS event_kind, NULL::timestamptz AS event_at, NULL::text AS gkey,
       c.rural, c.lo, c.hi
FROM dr_commune c
JOIN parcel_version pv ON pv.commune_id = c.commune_id AND pv.end_lifespan IS NULL
JOIN parcel p ON p.id = pv.parcel_id
CROSS JOIN LATERAL (
    SELECT array_agg(u.purpose_code ORDER BY u.area DESC, u.purpose_code) AS codes,
           (array_agg(u.term_type ORDER BY u.area DESC, u.purpose_code))[1] AS term_type,
           (array_agg(u.term_end ORDER BY u.area DESC, u.purpose_code))[1] AS term_end
    FROM parcel_land_use u WHERE u.parcel_version_id = pv.id) lu;
CREATE UNIQUE INDEX ON dr_parcel (parcel_id);
CREATE INDEX ON dr_parcel (national_id);

-- One history event at most per parcel, from disjoint ranges of one uniform draw.
UPDATE dr_parcel p SET event = e.event, event_kind = e.kind,
       event_at = pg_temp.at_day(p.lo, pg_temp.u(p.national_id || ':at') * (p.hi - p.lo), p.national_id)
FROM (SELECT parcel_id,
             CASE WHEN cls IN ('res', 'agri') AND x < ${pct_split} THEN 'split'
                  WHEN cls IN ('res', 'agri') AND x < ${pct_split} + ${pct_merge} AND legal_area >= 80 THEN 'merge'
                  WHEN cls IN ('res', 'agri', 'business') AND x >= ${pct_split} + ${pct_merge}
                       AND x < ${pct_split} + ${pct_merge} + ${pct_transfer} THEN 'transfer'
                  WHEN cls = 'res' AND codes @> ARRAY['ONT']::varchar[] AND x >= ${pct_split} + ${pct_merge} + ${pct_transfer}
                       AND x < ${pct_split} + ${pct_merge} + ${pct_transfer} + ${pct_purpose} THEN 'purpose'
                  ELSE 'none' END AS event,
             CASE WHEN cls = 'business' OR y < 0.6 THEN 'TRANSFER' WHEN y < 0.8 THEN 'GIFT' ELSE 'INHERITANCE' END AS kind
      FROM (SELECT parcel_id, cls, codes, legal_area, pg_temp.u(national_id || ':event') * 100 AS x,
                   pg_temp.u(national_id || ':tkind') AS y FROM dr_parcel) d) e
WHERE e.parcel_id = p.parcel_id AND e.event <> 'none' AND p.hi - p.lo > 60;
UPDATE dr_parcel SET event_kind = NULL WHERE event <> 'transfer';
ANALYZE dr_parcel;

-- @step earlier splits: adjacent pairs of the same sheet and purpose
-- A seed takes the neighbour with the smallest hash that has no event of its own; a neighbour
-- claimed by two seeds goes to the seed with the smaller hash.
CREATE TEMP TABLE dr_split AS
SELECT DISTINCT ON (b_id) a.parcel_id AS a_id, a.national_id AS a_nid, nb.parcel_id AS b_id, a.event_at, a.map_sheet_id,
       ST_Multi(ST_Union(av.geom_tm3, nb.geom_tm3)) AS geom_tm3
FROM dr_parcel a
JOIN parcel_version av ON av.id = a.pv_id
CROSS JOIN LATERAL (
    SELECT b.parcel_id, bv.geom_tm3
    FROM parcel_version bv JOIN dr_parcel b ON b.parcel_id = bv.parcel_id
    WHERE bv.end_lifespan IS NULL AND bv.geom && av.geom AND bv.map_sheet_id = a.map_sheet_id AND bv.parcel_id <> a.parcel_id
      AND b.event = 'none' AND b.cls = a.cls AND b.main = a.main
      AND ST_Relate(av.geom_tm3, bv.geom_tm3, 'F***1****')
    ORDER BY hashtextextended(b.national_id || ':partner', ${seed}), b.parcel_id
    LIMIT 1) nb
WHERE a.event = 'split'
ORDER BY b_id, hashtextextended(a.national_id || ':seed', ${seed}), a.parcel_id;
-- The parent must be a shape a surveyor accepts too (docs/decisions/0081-shapes-a-surveyor-accepts.md).
DELETE FROM dr_split WHERE NOT ST_IsValid(geom_tm3) OR ST_NumGeometries(geom_tm3) <> 1 OR ST_MinimumClearance(geom_tm3) < 0.05;
UPDATE dr_parcel p SET event = 'none', event_at = NULL WHERE p.event = 'split' AND NOT EXISTS (SELECT 1 FROM dr_split s WHERE s.a_id = p.parcel_id);
UPDATE dr_parcel p SET event = 'split_b', event_at = s.event_at FROM dr_split s WHERE s.b_id = p.parcel_id;

-- @step earlier merges: two retired parents cut by a line through the centroid
CREATE TEMP TABLE dr_merge AS
SELECT parcel_id, national_id, event_at, map_sheet_id, parts
FROM (SELECT p.parcel_id, p.national_id, p.event_at, p.map_sheet_id,
             ST_Split(ST_GeometryN(pv.geom_tm3, 1),
                      CASE WHEN ST_XMax(pv.geom_tm3) - ST_XMin(pv.geom_tm3) >= ST_YMax(pv.geom_tm3) - ST_YMin(pv.geom_tm3)
                           THEN ST_SetSRID(ST_MakeLine(ST_MakePoint(ST_X(ST_Centroid(pv.geom_tm3)), ST_YMin(pv.geom_tm3) - 1),
                                            ST_MakePoint(ST_X(ST_Centroid(pv.geom_tm3)), ST_YMax(pv.geom_tm3) + 1)), ST_SRID(pv.geom_tm3))
                           ELSE ST_SetSRID(ST_MakeLine(ST_MakePoint(ST_XMin(pv.geom_tm3) - 1, ST_Y(ST_Centroid(pv.geom_tm3))),
                                            ST_MakePoint(ST_XMax(pv.geom_tm3) + 1, ST_Y(ST_Centroid(pv.geom_tm3)))), ST_SRID(pv.geom_tm3)) END) AS parts,
             pv.geom_tm3
      FROM dr_parcel p JOIN parcel_version pv ON pv.id = p.pv_id
      WHERE p.event = 'merge' AND ST_NumGeometries(pv.geom_tm3) = 1) s
WHERE ST_NumGeometries(parts) = 2
  AND ST_IsValid(ST_GeometryN(parts, 1)) AND ST_IsValid(ST_GeometryN(parts, 2))
  AND ST_MinimumClearance(ST_GeometryN(parts, 1)) >= 0.05 AND ST_MinimumClearance(ST_GeometryN(parts, 2)) >= 0.05
  AND least(ST_Area(ST_GeometryN(parts, 1)), ST_Area(ST_GeometryN(parts, 2))) >= 0.2 * ST_Area(geom_tm3);
UPDATE dr_parcel p SET event = 'none', event_at = NULL WHERE p.event = 'merge' AND NOT EXISTS (SELECT 1 FROM dr_merge m WHERE m.parcel_id = p.parcel_id);
