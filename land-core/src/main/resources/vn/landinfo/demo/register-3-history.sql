-- @step restrictions to register: mortgages (some released), seizures, disputes
CREATE TEMP TABLE dr_restr AS
WITH w AS (
    SELECT p.*, greatest(coalesce(p.event_at, p.mig_at)::date, p.lo) + 30 AS w0
    FROM dr_parcel p WHERE p.cls IN ('res', 'agri', 'business')
), d AS (
    SELECT w.*, w.hi - w.w0 AS span, pg_temp.u(w.national_id || ':mort') * 100 AS x, pg_temp.u(w.national_id || ':other') * 100 AS y
    FROM w WHERE w.hi - w.w0 > 30
), m AS (
    SELECT d.*, pg_temp.at_day(d.w0, pg_temp.u(d.national_id || ':m1') * d.span * CASE WHEN d.x < ${pct_mortgage} THEN 1 ELSE 0.6 END,
                               d.national_id || ':m1') AS reg_at
    FROM d WHERE d.x < ${pct_mortgage} + ${pct_released}
)
SELECT m.national_id || ':m1' AS rkey, m.parcel_id, m.national_id, m.commune_id, m.gkey, m.cls, 'mortgage'::text AS kind, 1 AS rank, m.reg_at,
       CASE WHEN m.x >= ${pct_mortgage} THEN pg_temp.at_day(m.reg_at::date + 30, pg_temp.u(m.national_id || ':rel') * (m.hi - m.reg_at::date - 31), m.national_id || ':rel') END AS rel_at
FROM m WHERE m.x < ${pct_mortgage} OR m.hi - m.reg_at::date > 32
UNION ALL
-- A second mortgage (rank 2) with another bank, registered later.
SELECT m.national_id || ':m2', m.parcel_id, m.national_id, m.commune_id, m.gkey, m.cls, 'mortgage', 2,
       pg_temp.at_day(m.reg_at::date + 1, pg_temp.u(m.national_id || ':m2') * (m.hi - m.reg_at::date - 1), m.national_id || ':m2'), NULL
FROM m WHERE m.x < ${pct_mortgage} AND pg_temp.u(m.national_id || ':rank2') < 0.12 AND m.hi - m.reg_at::date > 5
UNION ALL
SELECT d.national_id || ':o', d.parcel_id, d.national_id, d.commune_id, d.gkey, d.cls,
       CASE WHEN d.y < ${pct_seizure} THEN 'seizure' ELSE 'dispute' END, 1,
       pg_temp.at_day(d.w0, pg_temp.u(d.national_id || ':o') * d.span, d.national_id || ':o'), NULL
FROM d WHERE d.y < ${pct_seizure} + ${pct_dispute};
ALTER TABLE dr_restr ADD COLUMN bank text;
UPDATE dr_restr SET bank = CASE WHEN cls = 'agri' AND pg_temp.u(rkey || ':bank') < 0.6 THEN 'Agribank'
                                ELSE pg_temp.pick(ARRAY['Agribank', 'Vietcombank', 'BIDV', 'VietinBank', 'Techcombank', 'MB', 'ACB', 'Sacombank'],
                                                  rkey || ':bank2') END
WHERE kind = 'mortgage';

-- @step transactions and dossiers of the past
CREATE TEMP TABLE dr_event AS
SELECT nextval(pg_get_serial_sequence('cadastral_transaction', 'id')) AS tx_id, s.*,
       CASE WHEN s.procedure_code IS NOT NULL THEN nextval(pg_get_serial_sequence('application', 'id')) END AS app_id,
       row_number() OVER (PARTITION BY s.commune_id ORDER BY s.ekey) AS seq
FROM (
    SELECT 'T:' || p.national_id AS ekey, p.event_kind AS kind, '1.013831' AS procedure_code, p.parcel_id, p.national_id, p.commune_id,
           p.event_at AS at, p.gkey, NULL::text AS bank, NULL::text AS rkey
    FROM dr_parcel p WHERE p.event = 'transfer'
    UNION ALL SELECT 'S:' || p.national_id, 'SPLIT', '1.012784', p.parcel_id, p.national_id, p.commune_id, p.event_at, p.gkey, NULL, NULL
    FROM dr_parcel p WHERE p.event = 'split'
    UNION ALL SELECT 'M:' || p.national_id, 'MERGE', '1.012784', p.parcel_id, p.national_id, p.commune_id, p.event_at, p.gkey, NULL, NULL
    FROM dr_parcel p WHERE p.event = 'merge'
    UNION ALL SELECT 'C:' || p.national_id, 'PURPOSE_CHANGE', '1.013992', p.parcel_id, p.national_id, p.commune_id, p.event_at, p.gkey, NULL, NULL
    FROM dr_parcel p WHERE p.event = 'purpose'
    UNION ALL SELECT 'R:' || r.rkey, CASE WHEN r.kind = 'mortgage' THEN 'MORTGAGE_REGISTRATION' ELSE 'INFORMATION_CHANGE' END,
                     CASE WHEN r.kind = 'mortgage' THEN '1.012790' END, r.parcel_id, r.national_id, r.commune_id, r.reg_at, r.gkey, r.bank, r.rkey
    FROM dr_restr r
    UNION ALL SELECT 'X:' || r.rkey, 'MORTGAGE_RELEASE', '1.012790', r.parcel_id, r.national_id, r.commune_id, r.rel_at, r.gkey, r.bank, r.rkey
    FROM dr_restr r WHERE r.rel_at IS NOT NULL
    ORDER BY 1) s;
CREATE UNIQUE INDEX ON dr_event (ekey);
ALTER TABLE dr_event ADD COLUMN received_at timestamptz, ADD COLUMN returned_at timestamptz, ADD COLUMN officer text,
    ADD COLUMN dossier_code text, ADD COLUMN legal_basis text, ADD COLUMN contract_no text;
UPDATE dr_event e SET
    received_at = e.at - (5 + floor(pg_temp.u(e.ekey || ':recv') * 12)::int) * interval '1 day' - interval '2 hours',
    returned_at = e.at + (1 + floor(pg_temp.u(e.ekey || ':ret') * 2)::int) * interval '1 day',
    officer = 'vpdk-' || c.code || '-0' || (1 + floor(pg_temp.u(e.ekey || ':off') * 4)::int),
    contract_no = lpad((1 + floor(pg_temp.u(e.ekey || ':no') * 9000))::text, 4, '0') || '/' || extract(year FROM e.at AT TIME ZONE 'Asia/Ho_Chi_Minh'),
    legal_basis = CASE e.kind
        WHEN 'TRANSFER' THEN 'Hợp đồng chuyển nhượng quyền sử dụng đất số '
        WHEN 'GIFT' THEN 'Hợp đồng tặng cho quyền sử dụng đất số '
        WHEN 'INHERITANCE' THEN 'Văn bản thỏa thuận phân chia di sản thừa kế số '
        WHEN 'SPLIT' THEN 'Đơn đề nghị tách thửa đất, hồ sơ số '
        WHEN 'MERGE' THEN 'Đơn đề nghị hợp thửa đất, hồ sơ số '
        WHEN 'PURPOSE_CHANGE' THEN 'Quyết định cho phép chuyển mục đích sử dụng đất số '
        WHEN 'MORTGAGE_REGISTRATION' THEN 'Hợp đồng thế chấp quyền sử dụng đất số '
        WHEN 'MORTGAGE_RELEASE' THEN 'Văn bản đề nghị xóa đăng ký thế chấp số '
        ELSE CASE WHEN e.ekey LIKE '%:o' AND EXISTS (SELECT 1 FROM dr_restr r WHERE r.rkey = e.rkey AND r.kind = 'seizure')
                  THEN 'Quyết định kê biên tài sản của Chi cục Thi hành án dân sự, số '
                  ELSE 'Thông báo thụ lý đơn tranh chấp đất đai của Ủy ban nhân dân cấp xã, số ' END END
        || lpad((1 + floor(pg_temp.u(e.ekey || ':no') * 9000))::text, 4, '0') || '/' || extract(year FROM e.at AT TIME ZONE 'Asia/Ho_Chi_Minh')
        || CASE e.kind WHEN 'PURPOSE_CHANGE' THEN '/QĐ-UBND' WHEN 'MORTGAGE_REGISTRATION' THEN '/HĐTC-' || e.bank ELSE '' END
        || CASE WHEN e.kind IN ('MORTGAGE_REGISTRATION', 'MORTGAGE_RELEASE')
                THEN CASE WHEN e.at < timestamptz '2023-03-15 00:00+07' THEN '; Nghị định 102/2017/NĐ-CP' ELSE '; Nghị định 99/2022/NĐ-CP' END
                WHEN e.at < timestamptz '2024-08-01 00:00+07' THEN '; Luật Đất đai 2013' ELSE '; Luật Đất đai 2024' END
FROM dr_commune c WHERE c.commune_id = e.commune_id;
UPDATE dr_event e SET dossier_code = c.province_code || '.' || c.code || '-'
    || to_char(e.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYMMDD') || '-' || lpad(e.seq::text, 6, '0')
FROM dr_commune c WHERE c.commune_id = e.commune_id AND e.app_id IS NOT NULL;
ANALYZE dr_event;

INSERT INTO application (id, dossier_code, procedure_code, commune_id, channel, applicant_name, applicant_id_type, applicant_id_number,
                         applicant_party_id, received_at, due_at, assigned_officer, status, status_changed_at)
OVERRIDING SYSTEM VALUE
SELECT e.app_id, e.dossier_code, e.procedure_code, e.commune_id,
       CASE WHEN e.at >= timestamptz '2021-01-01 00:00+07' AND pg_temp.u(e.ekey || ':ch') < 0.5 THEN 'portal' ELSE 'counter' END,
       a.name, a.id_type, a.id_number, a.party_id, e.received_at,
       e.received_at + pr.legal_deadline_days * interval '1 day', e.officer, 10, e.returned_at
FROM dr_event e
JOIN procedure pr ON pr.code = e.procedure_code
JOIN dr_gmember gm ON gm.gkey = e.gkey AND gm.ord = 1
JOIN dr_party a ON a.party_id = gm.party_id
WHERE e.app_id IS NOT NULL;

-- Status history as the portal sees it: received, processing, (financial obligations), processed, result returned.
INSERT INTO application_status_history (application_id, status, changed_at, changed_by, note)
SELECT e.app_id, s.status, s.changed_at, s.changed_by, s.note
FROM dr_event e
CROSS JOIN LATERAL (VALUES
    (1, e.received_at - interval '1 hour', 'portal', 'Nộp hồ sơ'),
    (2, e.received_at, e.officer, 'Tiếp nhận hồ sơ'),
    (4, e.received_at + interval '1 day', e.officer, 'Chuyển xử lý'),
    (6, CASE WHEN e.kind IN ('TRANSFER', 'GIFT', 'INHERITANCE', 'PURPOSE_CHANGE') THEN e.received_at + interval '3 days' END, e.officer,
        'Thông báo nộp nghĩa vụ tài chính'),
    (9, e.at, e.officer, 'Đã xử lý xong'),
    (10, e.returned_at, e.officer, 'Đã trả kết quả')) s(status, changed_at, changed_by, note)
WHERE e.app_id IS NOT NULL AND s.changed_at IS NOT NULL
ORDER BY e.app_id, s.status;

INSERT INTO cadastral_transaction (id, kind, status, application_id, legal_basis, reason, created_by, commune_id, created_at,
                                   updated_at, approved_by, committed_by, committed_at, payload)
OVERRIDING SYSTEM VALUE
SELECT e.tx_id, e.kind, 'committed', e.app_id, e.legal_basis, k.name_vi, e.officer, e.commune_id, e.at - interval '2 hours', e.at,
       CASE WHEN e.kind IN ('SPLIT', 'MERGE', 'PURPOSE_CHANGE') THEN 'lanhdao-' || c.code END,
       e.officer, e.at, jsonb_build_object('demo', true, 'parcelNationalId', e.national_id)
FROM dr_event e JOIN transaction_kind k ON k.code = e.kind JOIN dr_commune c ON c.commune_id = e.commune_id;

ALTER TABLE dr_parcel ADD COLUMN ekey text, ADD COLUMN event_tx bigint;
UPDATE dr_parcel p SET ekey = CASE p.event WHEN 'transfer' THEN 'T:' WHEN 'split' THEN 'S:' WHEN 'merge' THEN 'M:' WHEN 'purpose' THEN 'C:' END || p.national_id
WHERE p.event IN ('transfer', 'split', 'merge', 'purpose');
UPDATE dr_parcel p SET ekey = 'S:' || s.a_nid FROM dr_split s WHERE s.b_id = p.parcel_id;
UPDATE dr_parcel p SET event_tx = e.tx_id FROM dr_event e WHERE e.ekey = p.ekey;

-- @step parcel history: retired parents of splits and merges, purpose changes
CREATE TEMP TABLE dr_hparent AS
SELECT nextval(pg_get_serial_sequence('parcel', 'id')) AS parcel_id, s.*
FROM (
    SELECT 'S:' || a.national_id AS pkey, 'split' AS kind, s.geom_tm3, a.pv_id AS src_pv, b.pv_id AS src_pv2, a.legal_area + b.legal_area AS legal_area,
           1.0::numeric AS ratio, a.commune_id, a.map_sheet_id, a.address, a.mig_at, a.mig_tx, a.event_at, a.event_tx, a.gkey, a.national_id AS heir_nid
    FROM dr_split s JOIN dr_parcel a ON a.parcel_id = s.a_id JOIN dr_parcel b ON b.parcel_id = s.b_id
    UNION ALL
    SELECT 'M:' || c.national_id || ':' || i, 'merge', ST_Multi(ST_GeometryN(m.parts, i)), c.pv_id, NULL,
           greatest(0.1, round(c.legal_area * (ST_Area(ST_GeometryN(m.parts, i)) / ST_Area(ST_Collect(ST_GeometryN(m.parts, 1), ST_GeometryN(m.parts, 2))))::numeric, 1)),
           (ST_Area(ST_GeometryN(m.parts, i)) / ST_Area(ST_Collect(ST_GeometryN(m.parts, 1), ST_GeometryN(m.parts, 2))))::numeric,
           c.commune_id, c.map_sheet_id, c.address, c.mig_at, c.mig_tx, c.event_at, c.event_tx, c.gkey, c.national_id
    FROM dr_merge m JOIN dr_parcel c ON c.parcel_id = m.parcel_id CROSS JOIN generate_series(1, 2) i
    ORDER BY 1) s;
-- A retired parent had its own number; retired numbers are never reused, so parents take numbers after the sheet's highest.
ALTER TABLE dr_hparent ADD COLUMN parcel_number int, ADD COLUMN rep geometry, ADD COLUMN national_id char(12);
UPDATE dr_hparent h SET parcel_number = n.num, rep = (ST_MaximumInscribedCircle(h.geom_tm3)).center
FROM (SELECT x.pkey, m.mx + row_number() OVER (PARTITION BY x.map_sheet_id ORDER BY x.pkey) AS num
      FROM dr_hparent x CROSS JOIN LATERAL (SELECT max(v.parcel_number) AS mx FROM parcel_version v WHERE v.map_sheet_id = x.map_sheet_id) m) n
WHERE n.pkey = h.pkey;
-- The first free candidate. Candidate 0 (the point's own cell) is nearly always free: the walk over the
-- neighbouring cells, which sorts all 49 candidates and so computes every one of them, runs only when it is not.
UPDATE dr_hparent h SET national_id = coalesce(
    (SELECT c FROM national_id_candidate(h.rep, 0) c WHERE NOT EXISTS (SELECT 1 FROM parcel p WHERE p.national_id = c)),
    (SELECT c FROM generate_series(1, 48) k CROSS JOIN LATERAL national_id_candidate(h.rep, k) c
     WHERE NOT EXISTS (SELECT 1 FROM parcel p WHERE p.national_id = c) ORDER BY k LIMIT 1));
CREATE UNIQUE INDEX ON dr_hparent (parcel_id);
ANALYZE dr_hparent;

INSERT INTO parcel (id, national_id, representative_point, begin_lifespan, end_lifespan, created_by_tx, retired_by_tx)
OVERRIDING SYSTEM VALUE
SELECT parcel_id, national_id, rep, mig_at, event_at, mig_tx, event_tx FROM dr_hparent;
-- The parents' new version ids come back from the insert: parcel_version has no plain index on parcel_id
-- to find them by, and a lookup per parent scanned the table.
WITH pv AS (
    INSERT INTO parcel_version (parcel_id, version, commune_id, map_sheet_id, parcel_number, geom_tm3, geom, legal_area, address,
                                begin_lifespan, end_lifespan, created_by_tx, ended_by_tx)
    SELECT parcel_id, 1, commune_id, map_sheet_id, parcel_number, geom_tm3, ST_Transform(geom_tm3, 4326), legal_area, address,
           mig_at, event_at, mig_tx, event_tx
    FROM dr_hparent
    ORDER BY parcel_id
    RETURNING id, parcel_id)
-- Purposes of a parent: the children's together (split), or its share of the child's (merge).
-- (each source version joined on its own: an IN over two columns cannot use the index)
INSERT INTO parcel_land_use (parcel_version_id, purpose_code, recorded_code, area, term_type, term_end, origin_code)
SELECT pv.id, u.purpose_code, min(u.recorded_code), greatest(0.1, round(sum(u.area) * h.ratio, 1)), min(u.term_type), min(u.term_end), min(u.origin_code)
FROM pv
JOIN dr_hparent h ON h.parcel_id = pv.parcel_id
CROSS JOIN LATERAL (VALUES (h.src_pv), (h.src_pv2)) s(pv_id)
JOIN parcel_land_use u ON u.parcel_version_id = s.pv_id
GROUP BY pv.id, u.purpose_code, h.ratio
ORDER BY pv.id, u.purpose_code;
INSERT INTO parcel_lineage (parent_parcel_id, child_parcel_id, transaction_id, kind)
SELECT h.parcel_id, s.a_id, h.event_tx, 'split' FROM dr_hparent h JOIN dr_split s ON h.pkey = 'S:' || s.a_nid
UNION ALL
SELECT h.parcel_id, s.b_id, h.event_tx, 'split' FROM dr_hparent h JOIN dr_split s ON h.pkey = 'S:' || s.a_nid
UNION ALL
SELECT h.parcel_id, p.parcel_id, h.event_tx, 'merge' FROM dr_hparent h JOIN dr_parcel p ON h.kind = 'merge' AND p.national_id = h.heir_nid;
-- The children come into existence at the split or merge.
UPDATE parcel p SET begin_lifespan = d.event_at, created_by_tx = d.event_tx
FROM dr_parcel d WHERE d.parcel_id = p.id AND d.event IN ('split', 'split_b', 'merge');
UPDATE parcel_version v SET begin_lifespan = d.event_at, created_by_tx = d.event_tx
FROM dr_parcel d WHERE d.pv_id = v.id AND d.event IN ('split', 'split_b', 'merge');

-- A purpose change: the current version becomes version 2 from the change; version 1 was garden or paddy land.
UPDATE parcel_version v SET version = 2, begin_lifespan = d.event_at, created_by_tx = d.event_tx
FROM dr_parcel d WHERE d.pv_id = v.id AND d.event = 'purpose';
WITH v1 AS (
    INSERT INTO parcel_version (parcel_id, version, commune_id, map_sheet_id, parcel_number, geom_tm3, geom, legal_area, address,
                                begin_lifespan, end_lifespan, created_by_tx, ended_by_tx)
    SELECT v.parcel_id, 1, v.commune_id, v.map_sheet_id, v.parcel_number, v.geom_tm3, v.geom, v.legal_area, v.address,
           d.mig_at, d.event_at, d.mig_tx, d.event_tx
    FROM dr_parcel d JOIN parcel_version v ON v.id = d.pv_id
    WHERE d.event = 'purpose'
    ORDER BY v.parcel_id
    RETURNING id, parcel_id, legal_area)
INSERT INTO parcel_land_use (parcel_version_id, purpose_code, area, term_type, term_end)
SELECT v1.id, CASE WHEN pg_temp.u(d.national_id || ':oldpurpose') < 0.7 THEN 'CLN' ELSE 'LUK' END, v1.legal_area, 'fixed', date '2064-07-01'
FROM v1 JOIN dr_parcel d ON d.parcel_id = v1.parcel_id
ORDER BY v1.id;
