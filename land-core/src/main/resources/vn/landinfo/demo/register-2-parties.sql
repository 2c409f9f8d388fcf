-- @step holder groups: households, couples, siblings, individuals, organisations
CREATE TEMP TABLE dr_res AS
SELECT commune_id, national_id, row_number() OVER (PARTITION BY commune_id ORDER BY national_id) AS rn,
       count(*) OVER (PARTITION BY commune_id) AS n
FROM dr_parcel WHERE cls = 'res';
CREATE INDEX ON dr_res (commune_id, rn);
ANALYZE dr_res;
CREATE TEMP TABLE dr_res_n AS SELECT commune_id, count(*) AS n FROM dr_res GROUP BY commune_id;

-- Rural fields mostly belong to a household that also holds a house plot in the commune.
UPDATE dr_parcel p SET gkey = CASE p.cls
    WHEN 'res' THEN 'H:' || p.national_id
    WHEN 'agri' THEN CASE WHEN p.rural AND pg_temp.u(p.national_id || ':attach') < 0.75 THEN
        coalesce((SELECT 'H:' || r.national_id FROM dr_res r
                  WHERE r.commune_id = p.commune_id
                    AND r.rn = (1 + floor(pg_temp.u(p.national_id || ':holder') * (SELECT n.n FROM dr_res_n n WHERE n.commune_id = p.commune_id)))::bigint),
                 'H:' || p.national_id) ELSE 'H:' || p.national_id END
    WHEN 'business' THEN 'B:' || p.national_id
    WHEN 'school' THEN 'S:' || p.national_id
    WHEN 'clinic' THEN 'Y:' || p.national_id
    WHEN 'public' THEN 'U:' || c.code
    WHEN 'forest' THEN 'F:' || c.code
    WHEN 'community' THEN 'C:' || p.national_id END
FROM dr_commune c WHERE c.commune_id = p.commune_id;

CREATE TEMP TABLE dr_group AS
SELECT DISTINCT ON (p.gkey) p.gkey, p.commune_id, p.cls, p.national_id AS nid, p.main,
       CASE WHEN p.cls IN ('public', 'forest') THEN c.full_name_vi || ', ' || c.province_full_name ELSE p.address END AS address,
       c.rural, NULL::text AS kind
FROM dr_parcel p JOIN dr_commune c ON c.commune_id = p.commune_id
WHERE p.gkey IS NOT NULL
ORDER BY p.gkey, ('H:' || p.national_id = p.gkey) DESC, p.national_id;
-- Earlier holders of transferred parcels.
INSERT INTO dr_group (gkey, commune_id, cls, nid, main, address, rural, kind)
SELECT 'P:' || p.national_id, p.commune_id, 'prev', p.national_id, p.main, p.address, p.rural,
       CASE WHEN p.event_kind = 'INHERITANCE' THEN 'elder' WHEN p.cls = 'business' THEN 'org'
            WHEN pg_temp.u(p.national_id || ':pkind') < 0.4 THEN 'couple' ELSE 'single' END
FROM dr_parcel p WHERE p.event = 'transfer';
UPDATE dr_group g SET kind = (SELECT CASE
    WHEN g.cls IN ('business', 'school', 'clinic', 'public', 'forest') THEN 'org'
    WHEN g.cls = 'community' THEN 'community'
    WHEN g.rural THEN CASE WHEN x < 0.40 THEN 'household' WHEN x < 0.70 THEN 'couple' WHEN x < 0.92 THEN 'single' ELSE 'siblings' END
    ELSE CASE WHEN x < 0.45 THEN 'couple' WHEN x < 0.87 THEN 'single' WHEN x < 0.95 THEN 'siblings' ELSE 'household' END END
    FROM (SELECT pg_temp.u(g.gkey || ':kind') AS x) k)
WHERE g.kind IS NULL;
CREATE UNIQUE INDEX ON dr_group (gkey);
ANALYZE dr_group;

-- @step people: Vietnamese names, birth dates and identity documents
-- Name lists, weighted by repetition (about the national frequencies of family names).
CREATE TEMP TABLE dr_list (name text PRIMARY KEY, arr text[] NOT NULL);
INSERT INTO dr_list
SELECT l.name, array_agg(w.item ORDER BY w.ord, g) FROM (VALUES
  ('surname_north', 'Nguyễn:38,Trần:11,Lê:10,Phạm:7,Hoàng:5,Phan:5,Vũ:4,Đặng:2,Bùi:2,Đỗ:2,Hồ:1,Ngô:1,Dương:1,Lý:1,Đinh:1,Đào:1,Trương:1,Mai:1,Cao:1,Lương:1,Tạ:1,Kiều:1'),
  ('surname_south', 'Nguyễn:38,Trần:11,Lê:10,Phạm:7,Huỳnh:5,Phan:5,Võ:4,Đặng:2,Bùi:2,Đỗ:2,Hồ:2,Ngô:1,Dương:1,Lý:1,Trương:2,Lâm:1,Mai:1,Cao:1,Châu:1,Tô:1'),
  ('surname_highland', 'Lò:6,Quàng:4,Lường:4,Cà:3,Tòng:2,Giàng:4,Vàng:3,Sùng:3,Lầu:2,Mùa:2,Nguyễn:5,Lê:1,Hoàng:2,Đinh:1'),
  ('middle_m', 'Đức:1,Minh:1,Quang:1,Hữu:1,Công:1,Thành:1,Xuân:1,Ngọc:1,Trọng:1,Anh:1,Mạnh:1,Tiến:1,Duy:1,Hoàng:1,Gia:1'),
  ('middle_f', 'Ngọc:1,Thu:1,Thanh:1,Minh:1,Hồng:1,Phương:1,Kim:1,Thùy:1,Thúy:1,Bích:1,Diệu:1,Khánh:1,Mai:1,Hải:1'),
  ('given_m', 'Hùng:1,Dũng:1,Tuấn:1,Nam:1,Long:1,Hải:1,Sơn:1,Thắng:1,Cường:1,Hưng:1,Minh:1,Quân:1,Bình:1,Phúc:1,Khoa:1,Trung:1,Tùng:1,Đạt:1,Huy:1,Hiếu:1,Phong:1,Thành:1,Toàn:1,Lâm:1,Kiên:1,Vinh:1,Hòa:1,Tài:1,Lợi:1,Nghĩa:1,Thịnh:1,Khánh:1,Việt:1,Tâm:1,Trí:1,Bảo:1,An:1,Chiến:1,Thái:1,Tú:1'),
  ('given_f', 'Lan:1,Hương:1,Hoa:1,Mai:1,Hằng:1,Thảo:1,Trang:1,Linh:1,Ngọc:1,Hà:1,Nga:1,Dung:1,Yến:1,Nhung:1,Oanh:1,Loan:1,Thủy:1,Vân:1,Huyền:1,Phương:1,Anh:1,Hạnh:1,Liên:1,Tuyết:1,Hồng:1,Chi:1,Vy:1,Quyên:1,Thu:1,Giang:1,Nhàn:1,Hiền:1,Châu:1,Ngân:1,Trâm:1,Duyên:1'),
  ('company_form', 'Công ty TNHH:3,Công ty Cổ phần:2,Công ty TNHH MTV:1,Doanh nghiệp tư nhân:1'),
  ('company_trade', 'Thương mại:1,Dịch vụ:1,Xây dựng:1,Đầu tư:1,Sản xuất:1,Thương mại và Dịch vụ:1,Vận tải:1,Xuất nhập khẩu:1'),
  ('company_name', 'Hoàng Long:1,An Phát:1,Minh Anh:1,Thành Công:1,Phú Thịnh:1,Hưng Thịnh:1,Việt Tiến:1,Đại Dương:1,Sao Mai:1,Bình Minh:1,Tân Phát:1,Hòa Bình:1,Thiên Phú:1,Nam Á:1,Trường Sơn:1,Kim Ngân:1,Phương Đông:1,Hồng Hà:1,Cửu Long:1,Tây Bắc:1'),
  ('temple', 'Chùa Phúc Khánh:1,Chùa Linh Quang:1,Chùa Diên Phúc:1,Chùa Quảng Ân:1,Đình làng:2,Miếu Bà:1,Đền Mẫu:1,Nhà thờ họ:1')
) l(name, spec)
CROSS JOIN LATERAL unnest(string_to_array(l.spec, ',')) WITH ORDINALITY AS e(entry, ord)
CROSS JOIN LATERAL (SELECT split_part(e.entry, ':', 1) AS item, e.ord) w
CROSS JOIN LATERAL generate_series(1, split_part(e.entry, ':', 2)::int) g
GROUP BY l.name;

-- One row with every list as a column, joined once per query (a lookup per call would be a query per row).
CREATE TEMP TABLE dr_lists AS
SELECT max(arr) FILTER (WHERE name = 'surname_north') AS surname_north, max(arr) FILTER (WHERE name = 'surname_south') AS surname_south,
       max(arr) FILTER (WHERE name = 'surname_highland') AS surname_highland, max(arr) FILTER (WHERE name = 'middle_m') AS middle_m,
       max(arr) FILTER (WHERE name = 'middle_f') AS middle_f, max(arr) FILTER (WHERE name = 'given_m') AS given_m,
       max(arr) FILTER (WHERE name = 'given_f') AS given_f, max(arr) FILTER (WHERE name = 'company_form') AS company_form,
       max(arr) FILTER (WHERE name = 'company_trade') AS company_trade, max(arr) FILTER (WHERE name = 'company_name') AS company_name,
       max(arr) FILTER (WHERE name = 'temple') AS temple
FROM dr_list;

CREATE TEMP TABLE dr_person AS
WITH roles AS (
    SELECT g.gkey, g.commune_id, g.address, g.kind, r.role, r.slot::int AS slot,
           1945 + floor(pg_temp.u(g.gkey || ':by') * 50)::int AS by,
           c.south, c.highland, c.province_code, c.prov_rank, c.mig_at, c.mig_tx
    FROM dr_group g
    JOIN dr_commune c ON c.commune_id = g.commune_id
    CROSS JOIN LATERAL unnest(CASE g.kind
        WHEN 'household' THEN ARRAY['head', 'spouse'] || array_fill('child'::text, ARRAY[floor(pg_temp.u(g.gkey || ':nchild') * 4)::int])
        WHEN 'couple' THEN ARRAY['husband', 'wife']
        WHEN 'single' THEN ARRAY['self']
        WHEN 'elder' THEN ARRAY['elder']
        WHEN 'siblings' THEN array_fill('sibling'::text, ARRAY[2 + (pg_temp.u(g.gkey || ':nsib') < 0.4)::int])
        ELSE ARRAY[]::text[] END) WITH ORDINALITY AS r(role, slot)
), people AS (
    SELECT r.*, r.gkey || '#' || r.slot AS pkey,
           CASE r.role WHEN 'head' THEN r.by WHEN 'husband' THEN r.by
                       WHEN 'spouse' THEN r.by + floor(pg_temp.u(r.gkey || r.slot || ':dy') * 5)::int
                       WHEN 'wife' THEN r.by + floor(pg_temp.u(r.gkey || r.slot || ':dy') * 5)::int
                       WHEN 'child' THEN least(r.by + 20 + 2 * r.slot + floor(pg_temp.u(r.gkey || r.slot || ':dy') * 3)::int, 2012)
                       WHEN 'sibling' THEN r.by + 3 * r.slot
                       WHEN 'self' THEN 1942 + floor(pg_temp.u(r.gkey || ':self') * 58)::int
                       ELSE 1925 + floor(pg_temp.u(r.gkey || ':elder') * 25)::int END AS birth_year,
           CASE WHEN r.role IN ('head', 'husband') THEN 'M' WHEN r.role IN ('spouse', 'wife') THEN 'F'
                WHEN r.role = 'elder' THEN CASE WHEN pg_temp.u(r.gkey || ':eg') < 0.7 THEN 'M' ELSE 'F' END
                WHEN pg_temp.u(r.gkey || r.slot || ':g') < 0.5 THEN 'M' ELSE 'F' END AS gender,
           -- The family name is the group's (the father's); a wife keeps her own.
           -- (a CASE inside pick's arguments would stop the planner inlining it: one pick per branch instead; so would
           -- a sub-select for the list, which pick reads twice: the lists come from a join)
           CASE WHEN r.highland AND pg_temp.u(r.gkey || ':eth') < 0.7
                THEN pg_temp.pick(l.surname_highland, CASE WHEN r.role IN ('spouse', 'wife') THEN r.gkey || r.slot ELSE r.gkey END || ':sn')
                WHEN r.south THEN pg_temp.pick(l.surname_south, CASE WHEN r.role IN ('spouse', 'wife') THEN r.gkey || r.slot ELSE r.gkey END || ':sn')
                ELSE pg_temp.pick(l.surname_north, CASE WHEN r.role IN ('spouse', 'wife') THEN r.gkey || r.slot ELSE r.gkey END || ':sn') END AS surname
    FROM roles r CROSS JOIN dr_lists l
), named AS (
    SELECT p.*,
           make_date(p.birth_year, 1 + floor(pg_temp.u(p.pkey || ':bm') * 12)::int, 1 + floor(pg_temp.u(p.pkey || ':bd') * 28)::int) AS birth_date,
           CASE WHEN p.gender = 'M' THEN
                    CASE WHEN pg_temp.u(p.pkey || ':mid') < CASE WHEN p.birth_year < 1980 THEN 0.7 ELSE 0.3 END THEN 'Văn'
                         ELSE pg_temp.pick(l.middle_m, p.pkey || ':mid2') END
                ELSE CASE WHEN pg_temp.u(p.pkey || ':mid') < CASE WHEN p.birth_year < 1980 THEN 0.7 ELSE 0.3 END THEN 'Thị'
                          ELSE pg_temp.pick(l.middle_f, p.pkey || ':mid2') END END AS middle,
           CASE p.gender WHEN 'M' THEN pg_temp.pick(l.given_m, p.pkey || ':given') ELSE pg_temp.pick(l.given_f, p.pkey || ':given') END AS given,
           CASE WHEN pg_temp.u(p.pkey || ':pp') < 0.01 THEN 'passport'
                WHEN p.birth_year < 1962 AND pg_temp.u(p.pkey || ':cmnd') < 0.3 THEN 'identity_card'
                ELSE 'personal_id' END AS id_type,
           -- CCCD: province of registration (mostly here), gender and century, year of birth, serial.
           CASE WHEN pg_temp.u(p.pkey || ':reg') < 0.85 THEN '0' || p.province_code
                ELSE pg_temp.pick(ARRAY['001', '031', '079', '036', '038', '040', '092', '011', '026', '030', '033', '034', '035',
                                        '037', '027', '022', '042', '044', '045', '046', '048', '049', '051', '052'], p.pkey || ':regp') END AS reg3,
           (CASE WHEN p.birth_year >= 2000 THEN 2 ELSE 0 END + CASE WHEN p.gender = 'F' THEN 1 ELSE 0 END)::text AS gc
    FROM people p CROSS JOIN dr_lists l
)
SELECT n.*, n.surname || ' ' || n.middle || ' ' || n.given AS full_name,
       -- A serial unique in its (registration province, gender-century, year) block: each commune of the
       -- province owns a slice of 5,000, scrambled by an invertible affine map.
       row_number() OVER (PARTITION BY n.commune_id, n.reg3, n.gc, n.birth_year % 100 ORDER BY n.pkey) - 1 AS id_seq,
       row_number() OVER (PARTITION BY n.commune_id ORDER BY n.pkey) - 1 AS card_seq
FROM named n;
CREATE INDEX ON dr_person (gkey);
ANALYZE dr_person;

-- @step parties: insert
CREATE TEMP TABLE dr_party AS
SELECT nextval(pg_get_serial_sequence('party', 'id')) AS party_id, s.*
FROM (
    SELECT p.pkey, p.gkey, 'individual'::text AS kind, p.full_name AS name, p.birth_date, p.gender, p.address, p.mig_at, p.mig_tx,
           p.id_type,
           CASE p.id_type
               WHEN 'personal_id' THEN p.reg3 || p.gc || lpad((p.birth_year % 100)::text, 2, '0')
                    || lpad((((p.prov_rank * 5000 + p.id_seq) % 1000000) * 738301 + 271828) % 1000000 || '', 6, '0')
               WHEN 'identity_card' THEN CASE p.province_code WHEN '01' THEN '01' WHEN '92' THEN '36' WHEN '11' THEN '04'
                                                              WHEN '79' THEN '02' ELSE p.province_code END
                    || lpad((((p.prov_rank * 20000 + p.card_seq) % 10000000) * 7654321 + 1234567) % 10000000 || '', 7, '0')
               ELSE pg_temp.pick(ARRAY['B', 'C', 'N'], p.pkey || ':ppl') || lpad((hashtextextended(p.pkey || ':ppn', ${seed}) & 8388607)::text, 7, '0')
           END AS id_number,
           CASE p.id_type
               WHEN 'personal_id' THEN greatest(p.birth_date + 30, least(date '2024-06-30', greatest(p.birth_date + interval '14 years', date '2016-01-01')::date
                                        + floor(pg_temp.u(p.pkey || ':iss') * 1500)::int))
               WHEN 'identity_card' THEN greatest((p.birth_date + interval '14 years')::date, date '1985-01-01') + floor(pg_temp.u(p.pkey || ':iss') * 3000)::int
               ELSE date '2015-01-01' + floor(pg_temp.u(p.pkey || ':iss') * 3000)::int END AS issued_on,
           CASE p.id_type
               WHEN 'personal_id' THEN 'Cục Cảnh sát quản lý hành chính về trật tự xã hội'
               WHEN 'identity_card' THEN 'Công an ' || c.province_name
               ELSE 'Cục Quản lý xuất nhập cảnh' END AS issued_by
    FROM dr_person p JOIN dr_commune c ON c.commune_id = p.commune_id
    UNION ALL
    SELECT g.gkey || '#hh', g.gkey, 'household', CASE h.gender WHEN 'M' THEN 'Hộ ông ' ELSE 'Hộ bà ' END || h.full_name,
           NULL, NULL, g.address, c.mig_at, c.mig_tx, NULL, NULL, NULL, NULL
    FROM dr_group g JOIN dr_commune c ON c.commune_id = g.commune_id
    JOIN dr_person h ON h.gkey = g.gkey AND h.slot = 1
    WHERE g.kind = 'household'
    UNION ALL
    SELECT o.gkey || '#org', o.gkey, CASE WHEN o.kind = 'community' THEN 'community' ELSE 'organisation' END, o.name,
           NULL, NULL, o.address, o.mig_at, o.mig_tx,
           CASE WHEN o.kind = 'community' THEN NULL ELSE 'tax_code' END,
           CASE WHEN o.kind = 'community' THEN NULL ELSE
               CASE o.province_code WHEN '01' THEN '01' WHEN '92' THEN '18' WHEN '11' THEN '56' WHEN '79' THEN '03' ELSE o.province_code END
               || lpad((hashtextextended(o.gkey || ':tax', ${seed}) & 67108863)::text, 8, '0')
               || CASE WHEN o.branch THEN '-001' ELSE '' END END,
           NULL, CASE WHEN o.kind = 'community' THEN NULL ELSE 'Cục Thuế ' || o.province_name END
    FROM (SELECT g.*, c.mig_at, c.mig_tx, c.province_code, c.province_name,
                 g.cls = 'business' AND pg_temp.u(g.gkey || ':branch') < 0.15 AS branch,
                 CASE g.cls
                     WHEN 'business' THEN CASE WHEN pg_temp.u(g.gkey || ':branch') < 0.15 THEN 'Chi nhánh ' ELSE '' END
                          || pg_temp.pick(l.company_form, g.gkey || ':cf') || ' '
                          || pg_temp.pick(l.company_trade, g.gkey || ':ct') || ' '
                          || pg_temp.pick(l.company_name, g.gkey || ':cn')
                     WHEN 'school' THEN 'Trường ' || s.level || ' ' || c.name_vi || CASE WHEN s.n > 1 THEN ' số ' || s.n ELSE '' END
                     WHEN 'clinic' THEN CASE WHEN s.n = 1 THEN 'Trạm Y tế ' || pg_temp.lower_first(c.full_name_vi)
                                             ELSE 'Phòng khám đa khoa khu vực ' || c.name_vi || ' số ' || s.n END
                     WHEN 'public' THEN 'Ủy ban nhân dân ' || pg_temp.lower_first(c.full_name_vi)
                     WHEN 'forest' THEN 'Ban quản lý rừng phòng hộ ' || c.name_vi
                     ELSE pg_temp.pick(l.temple, g.gkey || ':tp') || ' ' || c.name_vi END AS name
          FROM dr_group g
          JOIN dr_commune c ON c.commune_id = g.commune_id
          CROSS JOIN dr_lists l
          LEFT JOIN (SELECT gkey, level, row_number() OVER (PARTITION BY commune_id, cls, level ORDER BY gkey) AS n
                     FROM (SELECT gkey, commune_id, cls,
                                  CASE WHEN cls = 'school' THEN pg_temp.pick(ARRAY['Mầm non', 'Tiểu học', 'Trung học cơ sở'], gkey || ':lvl') END AS level
                           FROM dr_group WHERE cls IN ('school', 'clinic')) x) s ON s.gkey = g.gkey
          WHERE g.kind IN ('org', 'community') AND g.cls <> 'prev') o
    ORDER BY 1) s;
CREATE UNIQUE INDEX ON dr_party (pkey);
CREATE UNIQUE INDEX ON dr_party (party_id);
ANALYZE dr_party;

INSERT INTO party (id, kind, created_at) OVERRIDING SYSTEM VALUE SELECT party_id, kind, mig_at FROM dr_party;
INSERT INTO party_version (party_id, version, name, birth_date, gender, nationality, address, begin_lifespan, created_by_tx)
SELECT party_id, 1, name, birth_date, gender, 'VN', address, mig_at, mig_tx FROM dr_party ORDER BY party_id;
INSERT INTO party_identifier (party_id, id_type, id_number, issued_on, issued_by, valid_from)
SELECT party_id, id_type, id_number, issued_on, issued_by, mig_at FROM dr_party WHERE id_type IS NOT NULL ORDER BY party_id;

-- Who holds a group's right, with what share; households hold as one party.
CREATE TEMP TABLE dr_gmember AS
SELECT g.gkey, pt.party_id,
       CASE WHEN g.kind = 'couple' THEN 1
            WHEN g.kind = 'siblings' AND m.n = 2 AND pg_temp.u(g.gkey || ':sh') < 0.2 THEN p.slot ELSE 1 END AS num,
       CASE WHEN g.kind = 'couple' THEN 2
            WHEN g.kind = 'siblings' AND m.n = 2 AND pg_temp.u(g.gkey || ':sh') < 0.2 THEN 3
            WHEN g.kind = 'siblings' THEN m.n ELSE 1 END AS den,
       p.slot AS ord
FROM dr_group g
JOIN dr_person p ON p.gkey = g.gkey
JOIN dr_party pt ON pt.pkey = p.pkey
JOIN (SELECT gkey, count(*)::int AS n FROM dr_person GROUP BY gkey) m ON m.gkey = g.gkey
WHERE g.kind IN ('couple', 'siblings', 'single', 'elder')
UNION ALL
SELECT g.gkey, pt.party_id, 1, 1, 1
FROM dr_group g JOIN dr_party pt ON pt.pkey = g.gkey || CASE WHEN g.kind = 'household' THEN '#hh' ELSE '#org' END
WHERE g.kind IN ('household', 'org', 'community');
CREATE INDEX ON dr_gmember (gkey);
ANALYZE dr_gmember;

INSERT INTO party_member (group_party_id, member_party_id, role, begin_lifespan)
SELECT hh.party_id, m.party_id, CASE WHEN p.slot = 1 THEN 'head' ELSE 'member' END, hh.mig_at
FROM dr_group g
JOIN dr_party hh ON hh.pkey = g.gkey || '#hh'
JOIN dr_person p ON p.gkey = g.gkey
JOIN dr_party m ON m.pkey = p.pkey
WHERE g.kind = 'household';

-- Banks (mortgagees) are shared by every commune: created once per database.
CREATE TEMP TABLE dr_bank AS
SELECT b.short, b.name, b.tax, (SELECT pi.party_id FROM party_identifier pi WHERE pi.id_type = 'tax_code' AND pi.id_number = b.tax LIMIT 1) AS party_id
FROM (VALUES ('Agribank', 'Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam', '0100686174'),
             ('Vietcombank', 'Ngân hàng TMCP Ngoại thương Việt Nam', '0100112437'),
             ('BIDV', 'Ngân hàng TMCP Đầu tư và Phát triển Việt Nam', '0100150619'),
             ('VietinBank', 'Ngân hàng TMCP Công Thương Việt Nam', '0100111948'),
             ('Techcombank', 'Ngân hàng TMCP Kỹ thương Việt Nam', '0100230800'),
             ('MB', 'Ngân hàng TMCP Quân đội', '0100283873'),
             ('ACB', 'Ngân hàng TMCP Á Châu', '0301452948'),
             ('Sacombank', 'Ngân hàng TMCP Sài Gòn Thương Tín', '0301103908')) b(short, name, tax);
UPDATE dr_bank SET party_id = nextval(pg_get_serial_sequence('party', 'id')) WHERE party_id IS NULL;
INSERT INTO party (id, kind, created_at) OVERRIDING SYSTEM VALUE
SELECT party_id, 'organisation', timestamptz '2000-01-01 00:00+07' FROM dr_bank b WHERE NOT EXISTS (SELECT 1 FROM party p WHERE p.id = b.party_id);
INSERT INTO party_version (party_id, version, name, nationality, address, begin_lifespan)
SELECT b.party_id, 1, b.name || ' (' || b.short || ')', 'VN', CASE WHEN b.tax LIKE '03%' THEN 'Thành phố Hồ Chí Minh' ELSE 'Hà Nội' END,
       timestamptz '2000-01-01 00:00+07'
FROM dr_bank b WHERE NOT EXISTS (SELECT 1 FROM party_version v WHERE v.party_id = b.party_id) ORDER BY b.party_id;
INSERT INTO party_identifier (party_id, id_type, id_number, valid_from)
SELECT b.party_id, 'tax_code', b.tax, timestamptz '2000-01-01 00:00+07'
FROM dr_bank b WHERE NOT EXISTS (SELECT 1 FROM party_identifier pi WHERE pi.party_id = b.party_id) ORDER BY b.party_id;
