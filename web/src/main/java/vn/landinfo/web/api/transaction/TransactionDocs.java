package vn.landinfo.web.api.transaction;

/** The OpenAPI texts of the transaction endpoints, Vietnamese first, English second. */
final class TransactionDocs {

    static final String TAG = "Biến động (cán bộ) / Transactions (officers)";
    static final String TAG_DESCRIPTION = "Mọi thay đổi sổ địa chính: giao dịch một bước hoặc bản nháp qua xem trước, trình, phê duyệt, "
            + "ghi sổ / every change to the register: one-step transactions, or drafts through preview, submit, approve, commit";

    private static final String HEADERS = """


            Người gọi: tiêu đề `X-Landinfo-Officer` (tạm thời, đến khi có phân quyền). `Idempotency-Key` (tùy chọn): gửi lại cùng \
            khóa và cùng nội dung sẽ nhận lại đúng phản hồi đầu tiên (`Idempotency-Replayed: true`); khác nội dung → 422; khi yêu \
            cầu đầu còn chạy → 409. / Caller: the `X-Landinfo-Officer` header (until access control). `Idempotency-Key` (optional): \
            the same key with the same body replays the first response (`Idempotency-Replayed: true`); a different body → 422; \
            while the first still runs → 409.""";

    private static final String IF_MATCH = """


            `If-Match` liệt kê ETag `"<mã thửa>.<phiên bản>"` (từ GET /api/v1/parcels/{id}) của mọi thửa bị sửa: thiếu → 428, \
            cũ hoặc thiếu thửa → 412 (kèm phiên bản hiện tại của từng thửa), xung đột khi ghi → 409. Không bao giờ ghi đè mất \
            dữ liệu. / `If-Match` lists the ETag `"<parcelId>.<version>"` (from GET /api/v1/parcels/{id}) of every parcel the \
            change edits: missing → 428, stale or incomplete → 412 (listing each parcel's current version), a race lost at \
            commit → 409. Never a lost update.""";

    static final String CREATE = """
            Tạo giao dịch và ghi sổ ngay (một bản nháp được tạo và ghi sổ trong một bước): kiểm tra mọi quy định, đóng phiên bản \
            cũ, mở phiên bản mới, phả hệ, tác động tới Giấy chứng nhận, nhật ký kiểm toán — tất cả hoặc không gì cả. `change` có \
            kiểu theo `kind` (xem lược đồ TransactionRequest). Hình học là GeoJSON trong `crs` (mặc định EPSG:4326 lon/lat; hoặc \
            VN-2000 TM-3 EPSG:5896-5899, 9205-9218). Vi phạm quy định → 422 liệt kê mọi vi phạm kèm phần hình học vi phạm. `?dryRun=true` \
            như /preview. / Creates the transaction and commits it at once: every rule, old versions closed, new ones opened, \
            lineage, certificate effects, audit record — all or nothing. `change` is typed by `kind` (see the \
            TransactionRequest schema). Geometries are GeoJSON in `crs` (EPSG:4326 lon/lat by default, or a VN-2000 TM-3 zone \
            EPSG:5896-5899, 9205-9218). Broken rules → 422 listing every violation with its offending geometry. `?dryRun=true` is /preview.\
            """ + IF_MATCH + HEADERS;

    static final String PREVIEW = """
            Chạy đúng các bước và quy định của việc ghi sổ rồi hoàn tác: trả về các thửa kết quả (GeoJSON EPSG:4326) và mọi vi \
            phạm (200, `accepted` = false nếu có vi phạm), không ghi gì. If-Match tùy chọn (nếu gửi thì được kiểm tra). / Runs \
            exactly the commit's steps and rules, then rolls back: the resulting parcels (GeoJSON EPSG:4326) and every violation \
            (200, `accepted` false when there are any); nothing is written. If-Match is optional here (checked when given).""" + HEADERS;

    static final String GET = """
            Trạng thái (draft, previewed, submitted, approved, committed, abandoned), loại, nội dung thay đổi, kết quả lần xem \
            trước/ghi sổ gần nhất, ai và khi nào. ETag `"tx-<mã>.<lần sửa>"` dùng cho If-Match khi sửa bản nháp. / Status, kind, \
            the change, the outcome of the last preview or the commit, who and when. The ETag `"tx-<id>.<revision>"` is what \
            If-Match names to revise a draft.""";

    static final String OPEN_DRAFT = """
            Mở giao dịch nháp cho một hồ sơ: nội dung chỉ được kiểm tra ở mức tự thân (đúng loại, đọc được); quy định \
            của sổ địa chính được kiểm tra khi xem trước, trình và ghi sổ. Trả về 201 với ETag của bản nháp. / Opens a draft \
            for a dossier: the change is checked only for what can be checked alone (its kind, that it reads); the register's \
            rules run at preview, submit and commit. 201 with the draft's ETag.""" + HEADERS;

    static final String REVISE = """
            Thay nội dung thay đổi của bản nháp (và tùy chọn căn cứ pháp lý, lý do). Bắt buộc If-Match với ETag của bản nháp \
            (`"tx-<mã>.<lần sửa>"`): thiếu → 428, cũ → 412. Bản nháp đã trình/phê duyệt/ghi sổ/hủy không sửa được (409). / \
            Replaces the draft's change (and optionally its legal basis and reason). Requires If-Match with the draft's ETag: \
            missing → 428, stale → 412. A submitted, approved, committed or abandoned transaction cannot be edited (409).""" + HEADERS;

    static final String PREVIEW_DRAFT = """
            Xem trước bản nháp với sổ địa chính hiện tại; kết quả được lưu vào giao dịch (trạng thái previewed). / Previews the \
            draft against the register as it is now; the outcome is kept on the transaction (status previewed).""" + HEADERS;

    static final String SUBMIT = """
            Trình cán bộ khác phê duyệt: bản nháp được xem trước; có vi phạm → 422 và không trình. Sau khi trình, nội dung bị \
            khóa. / Submits the draft for a second officer's approval: it is previewed first; violations → 422 and it stays a \
            draft. Once submitted it is frozen.""" + HEADERS;

    static final String APPROVE = """
            Phê duyệt giao dịch đã trình. Cán bộ lập giao dịch không được tự phê duyệt (403). / Approves a submitted \
            transaction. The officer who opened it cannot approve it (403).""" + HEADERS;

    static final String COMMIT_DRAFT = """
            Ghi sổ bản nháp (hoặc giao dịch đã phê duyệt): một bước phiên bản, một bản ghi kiểm toán. Giao dịch đã trình nhưng \
            chưa phê duyệt → 409. / Commits the draft (or the approved transaction): one version step, one audit record. A \
            submitted transaction not yet approved → 409.""" + IF_MATCH + HEADERS;

    static final String ABANDON = """
            Hủy giao dịch chưa ghi sổ; sổ địa chính không thay đổi. / Abandons a transaction that was not committed; the \
            register never saw it.""" + HEADERS;

    private TransactionDocs() {
    }
}
