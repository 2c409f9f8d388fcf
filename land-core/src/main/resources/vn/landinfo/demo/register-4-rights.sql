-- @step rights and holders, current and earlier
CREATE TEMP TABLE dr_right AS
WITH cur AS (
    SELECT p.*, CASE WHEN p.cls = 'business' AND pg_temp.u(p.national_id || ':lease') < 0.5 THEN 'lease' ELSE 'land_use' END AS right_type
    FROM dr_parcel p WHERE p.cls <> 'none'
), term AS (
    SELECT c.*,
           CASE WHEN c.cls = 'agri' OR c.cls = 'business' THEN 'fixed' ELSE 'long_term' END AS term_type_r,
           CASE WHEN c.cls = 'agri' THEN CASE WHEN c.term_type = 'fixed' THEN c.term_end ELSE date '2064-07-01' END
                WHEN c.cls = 'business' THEN date '2045-01-01' + floor(pg_temp.u(c.national_id || ':term') * 25 * 365)::int END AS term_end_r,
           CASE c.cls
               WHEN 'res' THEN pg_temp.pick(ARRAY['CNQ-CTT', 'CNQ-CTT', 'DG-CTT', 'NCN', 'NCN', 'NTK', 'NTC', 'CNQ-KTT'], c.national_id || ':origin')
               WHEN 'agri' THEN pg_temp.pick(ARRAY['DG-KTT', 'DG-KTT', 'DG-KTT', 'CNQ-KTT', 'NCN', 'NTK'], c.national_id || ':origin')
               WHEN 'business' THEN CASE WHEN c.right_type = 'lease' THEN pg_temp.pick(ARRAY['DT-THN', 'DT-THN', 'DT-TMLTT'], c.national_id || ':origin')
                                         ELSE pg_temp.pick(ARRAY['DG-CTT', 'NCN', 'NGV'], c.national_id || ':origin') END
               WHEN 'community' THEN 'CNQ-KTT'
               ELSE 'DG-KTT' END AS origin0
    FROM cur c
)
SELECT nextval(pg_get_serial_sequence('land_right', 'id')) AS right_id, s.*
FROM (
    -- The current right; it begins at the parcel's event when there was one.
    SELECT 'R:' || t.national_id AS rkey, t.parcel_id, t.commune_id, t.cls, t.gkey, t.right_type, t.term_type_r AS term_type, t.term_end_r AS term_end,
           CASE t.event WHEN 'transfer' THEN CASE t.event_kind WHEN 'TRANSFER' THEN 'NCN' WHEN 'GIFT' THEN 'NTC' ELSE 'NTK' END
                        WHEN 'split_b' THEN 'NCN' WHEN 'purpose' THEN 'CMD' ELSE t.origin0 END AS origin_code,
           coalesce(t.event_at, t.mig_at) AS begin_at, NULL::timestamptz AS end_at, coalesce(t.event_tx, t.mig_tx) AS created_tx, NULL::bigint AS ended_tx,
           -- A certificate: always after an event (except a transfer endorsed on the old one), else for most holders.
           CASE WHEN t.event IN ('split', 'split_b', 'merge', 'purpose') THEN true
                WHEN t.event = 'transfer' THEN pg_temp.u(t.national_id || ':endorse') >= 0.5
                ELSE pg_temp.u(t.national_id || ':cert') * 100 < CASE t.cls WHEN 'res' THEN 90 WHEN 'agri' THEN 85 WHEN 'business' THEN 75
                                                                      WHEN 'community' THEN 40 ELSE 60 END END AS has_cert,
           t.event <> 'none' AS cert_at_event, NULL::text AS replaced_by_rkey, t.national_id, t.mig_at, t.mig_tx, t.event_at
    FROM term t
    UNION ALL
    -- The earlier holder of a transferred parcel; the same holder before a purpose change (agricultural term).
    SELECT 'P:' || t.national_id, t.parcel_id, t.commune_id, t.cls, CASE WHEN t.event = 'transfer' THEN 'P:' || t.national_id ELSE t.gkey END,
           t.right_type, CASE WHEN t.event = 'purpose' THEN 'fixed' ELSE t.term_type_r END,
           CASE WHEN t.event = 'purpose' THEN date '2064-07-01' ELSE t.term_end_r END,
           CASE WHEN t.event = 'purpose' THEN 'CNQ-KTT' ELSE t.origin0 END,
           t.mig_at, t.event_at, t.mig_tx, t.event_tx, true, false,
           CASE WHEN t.event = 'transfer' AND pg_temp.u(t.national_id || ':endorse') < 0.5 THEN NULL ELSE 'R:' || t.national_id END,
           t.national_id, t.mig_at, t.mig_tx, t.event_at
    FROM term t WHERE t.event IN ('transfer', 'purpose')
    UNION ALL
    -- Retired parents were held by the holder of the split's first child, or of the merge result.
    SELECT 'H:' || h.pkey, h.parcel_id, h.commune_id, t.cls, h.gkey, t.right_type, t.term_type_r, t.term_end_r, t.origin0,
           h.mig_at, h.event_at, h.mig_tx, h.event_tx, true, false, 'R:' || h.heir_nid, h.national_id, h.mig_at, h.mig_tx, h.event_at
    FROM dr_hparent h JOIN term t ON t.national_id = h.heir_nid
    ORDER BY 1) s;
CREATE UNIQUE INDEX ON dr_right (rkey);
ANALYZE dr_right;

INSERT INTO land_right (id, parcel_id, right_type, use_form, term_type, term_end, origin_code, begin_lifespan, end_lifespan, created_by_tx, ended_by_tx)
OVERRIDING SYSTEM VALUE
SELECT r.right_id, r.parcel_id, r.right_type, CASE WHEN n.n > 1 THEN 'chung' ELSE 'rieng' END, r.term_type, r.term_end, r.origin_code,
       r.begin_at, r.end_at, r.created_tx, r.ended_tx
FROM dr_right r JOIN (SELECT gkey, count(*) AS n FROM dr_gmember GROUP BY gkey) n ON n.gkey = r.gkey;
INSERT INTO right_holder (right_id, party_id, share_numerator, share_denominator)
SELECT r.right_id, m.party_id, m.num, m.den FROM dr_right r JOIN dr_gmember m ON m.gkey = r.gkey;

-- @step certificates, their holders and endorsements
CREATE TEMP TABLE dr_cert AS
SELECT nextval(pg_get_serial_sequence('certificate', 'id')) AS cert_id, s.*
FROM (
    SELECT r.rkey, r.parcel_id, r.commune_id, r.gkey, r.cls,
           CASE WHEN r.cert_at_event THEN (r.begin_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
                ELSE date '1995-01-01' + floor(pg_temp.u(r.rkey || ':issue') * greatest(1, (r.mig_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date - date '1995-01-01'))::int
           END AS issue_date,
           r.begin_at AS cert_begin,
           CASE WHEN r.end_at IS NOT NULL AND r.replaced_by_rkey IS NOT NULL THEN r.end_at END AS cert_end,
           r.replaced_by_rkey, r.created_tx, CASE WHEN r.end_at IS NOT NULL AND r.replaced_by_rkey IS NOT NULL THEN r.ended_tx END AS ended_tx
    FROM dr_right r WHERE r.has_cert
    ORDER BY r.rkey) s;
ALTER TABLE dr_cert ADD COLUMN form text, ADD COLUMN serial text, ADD COLUMN book_number text, ADD COLUMN authority text;
UPDATE dr_cert SET form = CASE WHEN issue_date < date '2009-12-10' THEN 'legacy' WHEN issue_date < date '2014-12-05' THEN 'TT17_2009'
                               WHEN issue_date < date '2024-08-01' THEN 'TT23_2014' ELSE 'TT10_2024' END;
-- Serials are unique across communes and loads: a commune owns a block (its code times the block size),
-- and its certificates are spread over the block by an invertible affine map. Old forms: 2 letters +
-- 7 digits (200,000 per commune); Circular 10/2024: 2 letters + 8 digits (2,000,000 per commune).
-- 26 x 26 letter pairs hold blocks for commune codes below 33,800 (the highest today is about 32,250).
UPDATE dr_cert c SET
    serial = CASE WHEN c.form = 'TT10_2024'
                  THEN chr(65 + (v.v / 100000000 / 26)::int) || chr(65 + (v.v / 100000000 % 26)::int) || lpad((v.v % 100000000)::text, 8, '0')
                  ELSE chr(65 + (v.v / 10000000 / 26)::int) || chr(65 + (v.v / 10000000 % 26)::int) || lpad((v.v % 10000000)::text, 7, '0') END,
    book_number = v.prefix || lpad(v.book::text, 5, '0'),
    authority = CASE WHEN c.issue_date < date '2014-07-01' THEN 'Ủy ban nhân dân ' || pg_temp.lower_first(m.province_full_name)
                     WHEN c.issue_date < date '2025-07-01' THEN 'Sở Tài nguyên và Môi trường ' || pg_temp.lower_first(m.province_full_name)
                     ELSE 'Văn phòng đăng ký đất đai ' || m.province_name END
FROM (SELECT x.cert_id, x.prefix,
             CASE WHEN x.form = 'TT10_2024' THEN m.ckey::bigint * 2000000 + (x.n * 7919) % 2000000
                  ELSE m.ckey::bigint * 200000 + (x.n * 7919) % 200000 END AS v,
             row_number() OVER (PARTITION BY x.commune_id, x.prefix ORDER BY x.issue_date, x.rkey) AS book
      FROM (SELECT d.*, row_number() OVER (PARTITION BY d.commune_id, d.form = 'TT10_2024' ORDER BY d.rkey) - 1 AS n,
                   CASE WHEN d.cls IN ('business', 'school', 'clinic', 'public', 'forest', 'community') THEN 'CT'
                        WHEN d.issue_date >= date '2014-07-01' THEN 'CS' ELSE 'CH' END AS prefix
            FROM dr_cert d) x
      JOIN dr_commune m ON m.commune_id = x.commune_id) v
JOIN dr_commune m ON true
WHERE v.cert_id = c.cert_id AND m.commune_id = c.commune_id;

INSERT INTO certificate (id, serial, form, book_number, issue_date, issuing_authority, status, replaced_by_id, status_reason,
                         begin_lifespan, end_lifespan, issued_by_tx, ended_by_tx)
OVERRIDING SYSTEM VALUE
SELECT c.cert_id, c.serial, c.form, c.book_number, c.issue_date, c.authority,
       CASE WHEN c.cert_end IS NULL THEN 'valid' ELSE 'replaced' END, CASE WHEN c.cert_end IS NOT NULL THEN n.cert_id END,
       CASE WHEN c.cert_end IS NOT NULL THEN 'Cấp Giấy chứng nhận mới khi đăng ký biến động' END,
       c.cert_begin, c.cert_end, c.created_tx, c.ended_tx
FROM dr_cert c LEFT JOIN dr_cert n ON n.rkey = c.replaced_by_rkey;
INSERT INTO certificate_parcel (certificate_id, parcel_id) SELECT cert_id, parcel_id FROM dr_cert;
INSERT INTO certificate_holder (certificate_id, party_id) SELECT c.cert_id, m.party_id FROM dr_cert c JOIN dr_gmember m ON m.gkey = c.gkey;

-- A transfer endorsed on the existing certificate (xác nhận thay đổi) instead of a new one.
INSERT INTO certificate_endorsement (certificate_id, transaction_id, endorsed_on, content_vi)
SELECT c.cert_id, e.tx_id, (e.at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date,
       CASE e.kind WHEN 'TRANSFER' THEN 'Chuyển nhượng quyền sử dụng đất cho ' WHEN 'GIFT' THEN 'Tặng cho quyền sử dụng đất cho '
                   ELSE 'Thừa kế quyền sử dụng đất: ' END
       || (SELECT string_agg(pt.name, ' và ' ORDER BY m.ord) FROM dr_gmember m JOIN dr_party pt ON pt.party_id = m.party_id WHERE m.gkey = e.gkey)
       || ', hồ sơ số ' || e.dossier_code
FROM dr_event e JOIN dr_cert c ON c.rkey = 'P:' || e.national_id
WHERE e.kind IN ('TRANSFER', 'GIFT', 'INHERITANCE') AND c.cert_end IS NULL
ORDER BY e.tx_id, c.cert_id;

-- @step mortgages, seizures and disputes
CREATE TEMP TABLE dr_restr_id AS
SELECT nextval(pg_get_serial_sequence('restriction', 'id')) AS restriction_id, r.rkey FROM dr_restr r ORDER BY r.rkey;
INSERT INTO restriction (id, parcel_id, kind, description, registered_at, begin_lifespan, end_lifespan, created_by_tx, ended_by_tx)
OVERRIDING SYSTEM VALUE
SELECT i.restriction_id, r.parcel_id, r.kind,
       CASE r.kind WHEN 'mortgage' THEN 'Thế chấp quyền sử dụng đất tại ' || r.bank
                   WHEN 'seizure' THEN 'Kê biên quyền sử dụng đất để thi hành án'
                   ELSE 'Đang có tranh chấp, Ủy ban nhân dân cấp xã đã thụ lý hòa giải' END,
       r.reg_at, r.reg_at, r.rel_at, reg.tx_id, rel.tx_id
FROM dr_restr r JOIN dr_restr_id i ON i.rkey = r.rkey
JOIN dr_event reg ON reg.ekey = 'R:' || r.rkey
LEFT JOIN dr_event rel ON rel.ekey = 'X:' || r.rkey;
INSERT INTO mortgage (restriction_id, mortgagee_party_id, mortgagor_party_id, rank, contract_no, secured_amount_vnd, contract_date, released_at)
SELECT i.restriction_id, b.party_id, gm.party_id, r.rank, reg.contract_no || '/HĐTC-' || r.bank,
       (CASE r.cls WHEN 'agri' THEN 50 + floor(pg_temp.u(r.rkey || ':amt') * 450) WHEN 'business' THEN 1000 + floor(pg_temp.u(r.rkey || ':amt') * 49000)
                   ELSE 300 + floor(pg_temp.u(r.rkey || ':amt') * 4700) END)::bigint * 1000000,
       (reg.at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date - floor(pg_temp.u(r.rkey || ':cd') * 5)::int, r.rel_at
FROM dr_restr r JOIN dr_restr_id i ON i.rkey = r.rkey
JOIN dr_event reg ON reg.ekey = 'R:' || r.rkey
JOIN dr_bank b ON b.short = r.bank
JOIN dr_gmember gm ON gm.gkey = r.gkey AND gm.ord = 1
WHERE r.kind = 'mortgage';
-- Mortgages and their release are endorsed on the certificate valid at the time.
INSERT INTO certificate_endorsement (certificate_id, transaction_id, endorsed_on, content_vi)
SELECT c.cert_id, e.tx_id, (e.at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date,
       CASE e.kind WHEN 'MORTGAGE_REGISTRATION' THEN 'Thế chấp bằng quyền sử dụng đất tại ' ELSE 'Xóa đăng ký thế chấp tại ' END
       || e.bank || ' theo hợp đồng số ' || coalesce(reg.contract_no, e.contract_no) || '/HĐTC-' || e.bank
FROM dr_event e
JOIN dr_event reg ON reg.ekey = 'R:' || e.rkey
JOIN dr_cert c ON c.parcel_id = e.parcel_id AND c.cert_begin <= e.at AND (c.cert_end IS NULL OR c.cert_end > e.at)
WHERE e.kind IN ('MORTGAGE_REGISTRATION', 'MORTGAGE_RELEASE')
ORDER BY e.tx_id, c.cert_id;

-- @step audit records
-- Each past transaction is audited when it was committed, and the load itself at the demo register's clock:
-- the audit chain (times and hashes) is then the same on every load (docs/decisions/0080-reproducible-demo-register.md).
-- The records are those audit_append_at would write, one call per record in this order; the chain is computed
-- here in one pass instead (docs/decisions/0121-demo-audit-chain-in-one-pass.md): a call per record reads and
-- rewrites the one-row chain head each time, and within one transaction every rewrite leaves a row version the
-- next read must step over, which made auditing a large commune's past a third of its register time.
CREATE TEMP TABLE dr_audit AS
SELECT row_number() OVER (ORDER BY e.at, e.ekey) AS ord, e.at, 'cadastral_transaction'::text AS entity_type,
       'transaction.commit'::text AS action, e.tx_id::text AS entity_id, e.tx_id AS transaction_id,
       k.name_vi::text AS reason, e.legal_basis,
       jsonb_build_object('kind', e.kind, 'committedAt', e.at, 'parcelNationalId', e.national_id,
                          'dossierCode', e.dossier_code, 'loadedAs', 'demo-history') AS details
FROM dr_event e JOIN transaction_kind k ON k.code = e.kind;
INSERT INTO dr_audit (ord, at, entity_type, action, entity_id, transaction_id, reason, legal_basis, details)
SELECT (SELECT count(*) FROM dr_audit) + row_number() OVER (ORDER BY c.code), timestamptz '${clock}', 'admin_unit',
       'demo.register.populate', c.code, NULL, 'Nạp dữ liệu đăng ký mẫu / demo register load', NULL,
       jsonb_build_object('seed', ${seed},
                          'parties', (SELECT count(*) FROM dr_party p JOIN dr_group g ON g.gkey = p.gkey WHERE g.commune_id = c.commune_id),
                          'rights', (SELECT count(*) FROM dr_right r WHERE r.commune_id = c.commune_id),
                          'certificates', (SELECT count(*) FROM dr_cert r WHERE r.commune_id = c.commune_id),
                          'transactions', (SELECT count(*) FROM dr_event r WHERE r.commune_id = c.commune_id))
FROM dr_commune c;

-- audit_append_at's steps for each record in turn (the same lock, sequence, record text and hash), keeping the
-- previous hash in a variable; the records go in with one insert and the head is written once, at the end.
CREATE OR REPLACE FUNCTION pg_temp.audit_dr_audit() RETURNS bigint LANGUAGE plpgsql AS
$$
DECLARE
    v_prev   char(64);
    v_seq    bigint;
    v_hash   char(64);
    r        record;
    v_ords   bigint[] := '{}';
    v_seqs   bigint[] := '{}';
    v_prevs  text[] := '{}';
    v_hashes text[] := '{}';
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('landinfo.audit_log'));
    SELECT hash INTO v_prev FROM audit_chain_head;
    v_prev := coalesce(v_prev, repeat('0', 64));
    FOR r IN SELECT * FROM dr_audit ORDER BY ord LOOP
        v_seq := nextval(pg_get_serial_sequence('audit_log', 'seq'));
        v_hash := encode(sha256(convert_to(audit_record_text(v_seq, r.at, 'demo-data', r.action, r.entity_type, r.entity_id,
                  r.transaction_id, r.reason, r.legal_basis, NULL, NULL, r.details, v_prev), 'UTF8')), 'hex');
        v_ords := array_append(v_ords, r.ord);
        v_seqs := array_append(v_seqs, v_seq);
        v_prevs := array_append(v_prevs, v_prev::text);
        v_hashes := array_append(v_hashes, v_hash::text);
        v_prev := v_hash;
    END LOOP;
    INSERT INTO audit_log (seq, occurred_at, actor, action, entity_type, entity_id, transaction_id, reason, legal_basis,
                           before_digest, after_digest, details, prev_hash, hash)
        OVERRIDING SYSTEM VALUE
    SELECT c.seq, a.at, 'demo-data', a.action, a.entity_type, a.entity_id, a.transaction_id, a.reason, a.legal_basis,
           NULL, NULL, a.details, c.prev, c.hash
    FROM unnest(v_ords, v_seqs, v_prevs, v_hashes) AS c(ord, seq, prev, hash)
    JOIN dr_audit a ON a.ord = c.ord
    ORDER BY c.seq;
    IF v_seq IS NOT NULL THEN
        INSERT INTO audit_chain_head (seq, hash) VALUES (v_seq, v_hash)
            ON CONFLICT (singleton) DO UPDATE SET seq = EXCLUDED.seq, hash = EXCLUDED.hash;
    END IF;
    RETURN cardinality(v_seqs);
END;
$$;
SELECT pg_temp.audit_dr_audit();

-- @step clean up
DROP TABLE IF EXISTS dr_commune, dr_parcel, dr_res, dr_res_n, dr_split, dr_merge, dr_hparent, dr_group, dr_person, dr_party,
    dr_gmember, dr_restr, dr_restr_id, dr_event, dr_right, dr_cert, dr_list, dr_lists, dr_bank, dr_audit;
