-- Code lists of the register. Codes are the legal ones; names are Vietnamese first, English second.

-- Land-use purposes (mục đích sử dụng đất), Land Law 2024 and Circular 08/2024/TT-BTNMT.
-- Colours are the fills of the national land-use map palette (bản đồ hiện trạng sử dụng đất).
CREATE TABLE land_use_category (
    code     varchar(3) PRIMARY KEY,
    name_vi  text NOT NULL,
    name_en  text NOT NULL
);

INSERT INTO land_use_category (code, name_vi, name_en) VALUES
  ('NNP', 'Nhóm đất nông nghiệp', 'Agricultural land'),
  ('PNN', 'Nhóm đất phi nông nghiệp', 'Non-agricultural land'),
  ('CSD', 'Nhóm đất chưa sử dụng', 'Unused land');

CREATE TABLE land_use_code (
    code        varchar(3) PRIMARY KEY CHECK (code ~ '^[A-Z]{3}$'),
    category    varchar(3) NOT NULL REFERENCES land_use_category (code),
    name_vi     text NOT NULL,
    name_en     text NOT NULL,
    fill_color  char(7) NOT NULL CHECK (fill_color ~ '^#[0-9A-F]{6}$'),
    residential boolean NOT NULL DEFAULT false,
    sort_order  smallint NOT NULL UNIQUE
);

INSERT INTO land_use_code (code, category, name_vi, name_en, fill_color, residential, sort_order) VALUES
  ('LUC', 'NNP', 'Đất chuyên trồng lúa', 'Specialised paddy land', '#FFFC8C', false, 1),
  ('LUK', 'NNP', 'Đất trồng lúa còn lại', 'Other paddy land', '#FFFCB4', false, 2),
  ('HNK', 'NNP', 'Đất trồng cây hằng năm khác', 'Other annual crop land', '#FFF0B4', false, 3),
  ('CLN', 'NNP', 'Đất trồng cây lâu năm', 'Perennial crop land', '#FFD2A0', false, 4),
  ('RDD', 'NNP', 'Đất rừng đặc dụng', 'Special-use forest land', '#6EFF64', false, 5),
  ('RPH', 'NNP', 'Đất rừng phòng hộ', 'Protection forest land', '#BEFF1E', false, 6),
  ('RSX', 'NNP', 'Đất rừng sản xuất', 'Production forest land', '#B4FFB4', false, 7),
  ('NTS', 'NNP', 'Đất nuôi trồng thủy sản', 'Aquaculture land', '#AAFFFF', false, 8),
  ('CNT', 'NNP', 'Đất chăn nuôi tập trung', 'Concentrated livestock land', '#FFE6BE', false, 9),
  ('LMU', 'NNP', 'Đất làm muối', 'Salt-making land', '#FFFFFE', false, 10),
  ('NKH', 'NNP', 'Đất nông nghiệp khác', 'Other agricultural land', '#F5F0AA', false, 11),
  ('ONT', 'PNN', 'Đất ở tại nông thôn', 'Rural residential land', '#FFD0FF', true, 20),
  ('ODT', 'PNN', 'Đất ở tại đô thị', 'Urban residential land', '#FFA0FF', true, 21),
  ('TSC', 'PNN', 'Đất xây dựng trụ sở cơ quan', 'Land for government offices', '#FF64C8', false, 22),
  ('CQP', 'PNN', 'Đất quốc phòng', 'Defence land', '#FF6450', false, 23),
  ('CAN', 'PNN', 'Đất an ninh', 'Security land', '#FF5046', false, 24),
  ('DVH', 'PNN', 'Đất xây dựng cơ sở văn hóa', 'Land for cultural facilities', '#FFAAA0', false, 25),
  ('DXH', 'PNN', 'Đất xây dựng cơ sở dịch vụ xã hội', 'Land for social service facilities', '#FFAAA0', false, 26),
  ('DYT', 'PNN', 'Đất xây dựng cơ sở y tế', 'Land for health facilities', '#FFAAA0', false, 27),
  ('DGD', 'PNN', 'Đất xây dựng cơ sở giáo dục và đào tạo', 'Land for education and training facilities', '#FFAAA0', false, 28),
  ('DTT', 'PNN', 'Đất xây dựng cơ sở thể dục, thể thao', 'Land for sports facilities', '#FFAAA0', false, 29),
  ('DKH', 'PNN', 'Đất xây dựng cơ sở khoa học và công nghệ', 'Land for science and technology facilities', '#FFAAA0', false, 30),
  ('DMT', 'PNN', 'Đất xây dựng cơ sở môi trường', 'Land for environmental facilities', '#FFAAA0', false, 31),
  ('DKT', 'PNN', 'Đất xây dựng cơ sở khí tượng thủy văn', 'Land for hydro-meteorological facilities', '#FFAAA0', false, 32),
  ('DNG', 'PNN', 'Đất xây dựng cơ sở ngoại giao', 'Land for diplomatic facilities', '#FFAAA0', false, 33),
  ('DSK', 'PNN', 'Đất xây dựng công trình sự nghiệp khác', 'Land for other public-service works', '#FFAAA0', false, 34),
  ('SKK', 'PNN', 'Đất khu công nghiệp', 'Industrial park land', '#FAAAA0', false, 35),
  ('SKN', 'PNN', 'Đất cụm công nghiệp', 'Industrial cluster land', '#FAAAA0', false, 36),
  ('SKT', 'PNN', 'Đất khu chế xuất', 'Export processing zone land', '#FAAAA0', false, 37),
  ('TMD', 'PNN', 'Đất thương mại, dịch vụ', 'Commercial and service land', '#FAAAA0', false, 38),
  ('SKC', 'PNN', 'Đất cơ sở sản xuất phi nông nghiệp', 'Non-agricultural production land', '#FAAAA0', false, 39),
  ('SKS', 'PNN', 'Đất sử dụng cho hoạt động khoáng sản', 'Mining land', '#CDAAA0', false, 40),
  ('DGT', 'PNN', 'Đất công trình giao thông', 'Transport land', '#FFAA32', false, 41),
  ('DTL', 'PNN', 'Đất công trình thủy lợi', 'Irrigation works land', '#AAFFFF', false, 42),
  ('DCT', 'PNN', 'Đất công trình cấp nước, thoát nước', 'Water supply and drainage works land', '#AAFFFF', false, 43),
  ('DPC', 'PNN', 'Đất công trình phòng, chống thiên tai', 'Disaster prevention works land', '#AAFFFF', false, 44),
  ('DDD', 'PNN', 'Đất có di tích lịch sử - văn hóa, danh lam thắng cảnh, di sản thiên nhiên', 'Heritage and scenic site land', '#FFAAA0', false, 45),
  ('DRA', 'PNN', 'Đất công trình xử lý chất thải', 'Waste treatment works land', '#CDAA6E', false, 46),
  ('DNL', 'PNN', 'Đất công trình năng lượng, chiếu sáng công cộng', 'Energy and public lighting works land', '#FFAAA0', false, 47),
  ('DBV', 'PNN', 'Đất công trình hạ tầng bưu chính, viễn thông, công nghệ thông tin', 'Postal, telecom and IT infrastructure land', '#FFAAA0', false, 48),
  ('DCH', 'PNN', 'Đất chợ dân sinh, chợ đầu mối', 'Market land', '#FFAAA0', false, 49),
  ('DKV', 'PNN', 'Đất khu vui chơi, giải trí công cộng, sinh hoạt cộng đồng', 'Public recreation and community land', '#FFAAA0', false, 50),
  ('DCK', 'PNN', 'Đất công trình công cộng khác', 'Other public works land', '#FFAAA0', false, 51),
  ('TON', 'PNN', 'Đất tôn giáo', 'Religious land', '#FFAAA0', false, 52),
  ('TIN', 'PNN', 'Đất tín ngưỡng', 'Belief (shrine) land', '#FFAAA0', false, 53),
  ('NTD', 'PNN', 'Đất nghĩa trang, nhà tang lễ, cơ sở hỏa táng, cơ sở lưu giữ tro cốt', 'Cemetery and funeral land', '#D2D2D2', false, 54),
  ('SON', 'PNN', 'Đất có mặt nước dạng sông, ngòi, kênh, rạch, suối', 'Rivers, canals and streams', '#A0FFFF', false, 55),
  ('MNC', 'PNN', 'Đất có mặt nước chuyên dùng', 'Special-use water surface', '#B4FFFF', false, 56),
  ('PNK', 'PNN', 'Đất phi nông nghiệp khác', 'Other non-agricultural land', '#FFAAA0', false, 57),
  ('BCS', 'CSD', 'Đất bằng chưa sử dụng', 'Unused flat land', '#FFFFFE', false, 70),
  ('DCS', 'CSD', 'Đất đồi núi chưa sử dụng', 'Unused hilly land', '#FFFFFE', false, 71),
  ('NCS', 'CSD', 'Núi đá không có rừng cây', 'Rocky mountain without forest', '#E6E6C8', false, 72),
  ('MCS', 'CSD', 'Đất có mặt nước chưa sử dụng', 'Unused water surface', '#B4FFFF', false, 73);

-- Codes of older circulars (Circular 08/2007, 28/2014, 27/2018, 33/2017...) still found in the register:
-- they import as they were written and map to one current code. Where the mapping depends on the
-- place (OTC: residential land before urban/rural was coded), `note` says how the import decides.
CREATE TABLE legacy_land_use_code (
    code        varchar(4) PRIMARY KEY,
    name_vi     text NOT NULL,
    regulation  text NOT NULL,
    maps_to     varchar(3) NOT NULL REFERENCES land_use_code (code),
    note        text
);

INSERT INTO legacy_land_use_code (code, name_vi, regulation, maps_to, note) VALUES
  ('LUN', 'Đất trồng lúa nương', 'TT 28/2014/TT-BTNMT', 'LUK', NULL),
  ('LUA', 'Đất trồng lúa', 'TT 28/2014/TT-BTNMT', 'LUC', 'Nhóm chung; tách LUC/LUK theo số vụ khi có hồ sơ'),
  ('BHK', 'Đất bằng trồng cây hàng năm khác', 'TT 28/2014/TT-BTNMT', 'HNK', NULL),
  ('NHK', 'Đất nương rẫy trồng cây hàng năm khác', 'TT 28/2014/TT-BTNMT', 'HNK', NULL),
  ('COC', 'Đất trồng cỏ dùng vào chăn nuôi', 'TT 08/2007/TT-BTNMT', 'HNK', NULL),
  ('RSN', 'Đất có rừng tự nhiên sản xuất', 'TT 08/2007/TT-BTNMT', 'RSX', NULL),
  ('RST', 'Đất có rừng trồng sản xuất', 'TT 08/2007/TT-BTNMT', 'RSX', NULL),
  ('RSM', 'Đất khoanh nuôi phục hồi rừng sản xuất', 'TT 08/2007/TT-BTNMT', 'RSX', NULL),
  ('RPN', 'Đất có rừng tự nhiên phòng hộ', 'TT 08/2007/TT-BTNMT', 'RPH', NULL),
  ('RPT', 'Đất có rừng trồng phòng hộ', 'TT 08/2007/TT-BTNMT', 'RPH', NULL),
  ('RDN', 'Đất có rừng tự nhiên đặc dụng', 'TT 08/2007/TT-BTNMT', 'RDD', NULL),
  ('RDT', 'Đất có rừng trồng đặc dụng', 'TT 08/2007/TT-BTNMT', 'RDD', NULL),
  ('TSL', 'Đất nuôi trồng thủy sản nước lợ, mặn', 'TT 08/2007/TT-BTNMT', 'NTS', NULL),
  ('TSN', 'Đất chuyên nuôi trồng thủy sản nước ngọt', 'TT 08/2007/TT-BTNMT', 'NTS', NULL),
  ('OTC', 'Đất ở', 'TT 08/2007/TT-BTNMT', 'ONT', 'ODT khi thửa đất thuộc phường hoặc thị trấn, ONT ở nơi khác'),
  ('DTS', 'Đất xây dựng trụ sở của tổ chức sự nghiệp', 'TT 28/2014/TT-BTNMT', 'DSK', NULL),
  ('DSN', 'Đất xây dựng công trình sự nghiệp', 'TT 28/2014/TT-BTNMT', 'DSK', NULL),
  ('DSH', 'Đất sinh hoạt cộng đồng', 'TT 28/2014/TT-BTNMT', 'DKV', NULL),
  ('DDT', 'Đất có di tích lịch sử - văn hóa', 'TT 28/2014/TT-BTNMT', 'DDD', NULL),
  ('DDL', 'Đất danh lam thắng cảnh', 'TT 28/2014/TT-BTNMT', 'DDD', NULL),
  ('SKX', 'Đất sản xuất vật liệu xây dựng, làm đồ gốm', 'TT 28/2014/TT-BTNMT', 'SKC', NULL),
  ('DHT', 'Đất phát triển hạ tầng', 'TT 28/2014/TT-BTNMT', 'DCK', 'Nhóm chung; xác định mã chi tiết khi chỉnh lý'),
  ('TTN', 'Đất tôn giáo, tín ngưỡng', 'TT 08/2007/TT-BTNMT', 'TON', 'TIN khi là đình, đền, miếu, am, từ đường'),
  ('NTD', 'Đất nghĩa trang, nghĩa địa', 'TT 28/2014/TT-BTNMT', 'NTD', 'Mã giữ nguyên, nội dung mở rộng'),
  ('SMN', 'Đất sông suối và mặt nước chuyên dùng', 'TT 08/2007/TT-BTNMT', 'SON', NULL),
  ('CTS', 'Đất trụ sở cơ quan, công trình sự nghiệp', 'TT 08/2007/TT-BTNMT', 'TSC', NULL),
  ('SKK', 'Đất khu công nghiệp', 'TT 28/2014/TT-BTNMT', 'SKK', 'Mã giữ nguyên'),
  ('ODT', 'Đất ở tại đô thị', 'TT 28/2014/TT-BTNMT', 'ODT', 'Mã giữ nguyên'),
  ('ONT', 'Đất ở tại nông thôn', 'TT 28/2014/TT-BTNMT', 'ONT', 'Mã giữ nguyên');

-- Origin of the land-use right (nguồn gốc sử dụng đất), as written on the certificate.
CREATE TABLE land_use_origin (
    code     varchar(12) PRIMARY KEY,
    name_vi  text NOT NULL,
    name_en  text NOT NULL
);

INSERT INTO land_use_origin (code, name_vi, name_en) VALUES
  ('CNQ-CTT', 'Công nhận quyền sử dụng đất như giao đất có thu tiền sử dụng đất', 'Recognised as allocated with land-use fee'),
  ('CNQ-KTT', 'Công nhận quyền sử dụng đất như giao đất không thu tiền sử dụng đất', 'Recognised as allocated without land-use fee'),
  ('DG-CTT', 'Nhà nước giao đất có thu tiền sử dụng đất', 'Allocated by the State with land-use fee'),
  ('DG-KTT', 'Nhà nước giao đất không thu tiền sử dụng đất', 'Allocated by the State without land-use fee'),
  ('DT-TMLTT', 'Nhà nước cho thuê đất trả tiền một lần cho cả thời gian thuê', 'Leased by the State, rent paid once'),
  ('DT-THN', 'Nhà nước cho thuê đất trả tiền hằng năm', 'Leased by the State, rent paid yearly'),
  ('NCN', 'Nhận chuyển nhượng quyền sử dụng đất', 'Acquired by transfer'),
  ('NTK', 'Nhận thừa kế quyền sử dụng đất', 'Acquired by inheritance'),
  ('NTC', 'Nhận tặng cho quyền sử dụng đất', 'Acquired by gift'),
  ('NGV', 'Nhận góp vốn bằng quyền sử dụng đất', 'Acquired as capital contribution'),
  ('CMD', 'Chuyển mục đích sử dụng đất', 'From a change of land-use purpose');

-- Portal status codes of a dossier (Cổng Dịch vụ công quốc gia).
CREATE TABLE application_status (
    code     smallint PRIMARY KEY CHECK (code BETWEEN 1 AND 10),
    name_vi  text NOT NULL,
    name_en  text NOT NULL
);

INSERT INTO application_status (code, name_vi, name_en) VALUES
  (1, 'Mới đăng ký', 'New'),
  (2, 'Đã tiếp nhận', 'Received'),
  (3, 'Không được tiếp nhận', 'Not received'),
  (4, 'Đang xử lý', 'Processing'),
  (5, 'Yêu cầu bổ sung giấy tờ', 'Supplement requested'),
  (6, 'Yêu cầu thực hiện nghĩa vụ tài chính', 'Financial obligation requested'),
  (7, 'Công dân yêu cầu rút hồ sơ', 'Withdrawn by citizen'),
  (8, 'Dừng xử lý', 'Stopped'),
  (9, 'Đã xử lý xong', 'Processed'),
  (10, 'Đã trả kết quả', 'Result returned');

-- Administrative procedures (thủ tục hành chính) a dossier can follow.
CREATE TABLE procedure (
    code                varchar(12) PRIMARY KEY CHECK (code ~ '^[0-9]\.[0-9]{6}$'),
    name_vi             text NOT NULL,
    name_en             text NOT NULL,
    legal_deadline_days smallint NOT NULL CHECK (legal_deadline_days > 0)
);

INSERT INTO procedure (code, name_vi, name_en, legal_deadline_days) VALUES
  ('1.013831', 'Đăng ký biến động quyền sử dụng đất do chuyển nhượng, tặng cho, thừa kế', 'Registration of a transfer, gift or inheritance of land-use rights', 10),
  ('1.012784', 'Tách thửa hoặc hợp thửa đất', 'Splitting or merging land parcels', 15),
  ('1.013992', 'Chuyển mục đích sử dụng đất', 'Change of land-use purpose', 15),
  ('1.012786', 'Cấp lại Giấy chứng nhận do bị mất', 'Re-issue of a lost certificate', 10),
  ('1.012789', 'Cung cấp thông tin, dữ liệu đất đai', 'Provision of land information', 3),
  ('1.012779', 'Đăng ký đất đai, cấp Giấy chứng nhận lần đầu', 'First registration and certificate issue', 20),
  ('1.012790', 'Đăng ký thế chấp, xóa đăng ký thế chấp quyền sử dụng đất', 'Registration and release of a mortgage', 1);

-- Kinds of cadastral transaction (biến động).
CREATE TABLE transaction_kind (
    code     varchar(32) PRIMARY KEY,
    name_vi  text NOT NULL,
    name_en  text NOT NULL
);

INSERT INTO transaction_kind (code, name_vi, name_en) VALUES
  ('FIRST_REGISTRATION', 'Đăng ký lần đầu', 'First registration'),
  ('TRANSFER', 'Chuyển nhượng', 'Transfer'),
  ('GIFT', 'Tặng cho', 'Gift'),
  ('INHERITANCE', 'Thừa kế', 'Inheritance'),
  ('EXCHANGE', 'Chuyển đổi', 'Exchange'),
  ('CAPITAL_CONTRIBUTION', 'Góp vốn', 'Capital contribution'),
  ('LEASE', 'Cho thuê, cho thuê lại', 'Lease'),
  ('MORTGAGE_REGISTRATION', 'Đăng ký thế chấp', 'Mortgage registration'),
  ('MORTGAGE_RELEASE', 'Xóa đăng ký thế chấp', 'Mortgage release'),
  ('SPLIT', 'Tách thửa', 'Split'),
  ('MERGE', 'Hợp thửa', 'Merge'),
  ('PURPOSE_CHANGE', 'Chuyển mục đích sử dụng đất', 'Change of land-use purpose'),
  ('BOUNDARY_CORRECTION', 'Chỉnh lý ranh giới, diện tích', 'Boundary or area correction'),
  ('INFORMATION_CHANGE', 'Thay đổi thông tin', 'Information change'),
  ('CERTIFICATE_REISSUE', 'Cấp lại Giấy chứng nhận', 'Certificate re-issue'),
  ('CERTIFICATE_REPLACEMENT', 'Cấp đổi Giấy chứng nhận', 'Certificate replacement'),
  ('CERTIFICATE_CORRECTION', 'Đính chính Giấy chứng nhận', 'Certificate correction'),
  ('CERTIFICATE_REVOCATION', 'Thu hồi Giấy chứng nhận', 'Certificate revocation'),
  ('DATA_MIGRATION', 'Chuyển đổi dữ liệu địa chính', 'Cadastral data migration');
