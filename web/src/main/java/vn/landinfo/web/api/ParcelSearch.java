package vn.landinfo.web.api;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The four ways to search parcels ({@code GET /api/v1/parcels}), and which one a request asks for, decided
 * from the parameters it actually sent. A parameter that does not belong to the chosen search is refused
 * with a message naming the search, the parameter and everything sent (never a parameter that was not sent).
 * The table is documented in the OpenAPI description of the operation and in
 * docs/decisions/0061-parcel-search-combinations.md.
 */
enum ParcelSearch {

    /** {@code nationalId} (+ {@code asOf}): the parcel with that national parcel ID. */
    NATIONAL_ID(Set.of("nationalId", "asOf"),
            "tra theo mã định danh (nationalId)", "a national-ID lookup (nationalId)"),
    /** {@code bbox} (+ {@code purpose}, {@code commune}, {@code limit}, {@code cursor}, {@code asOf}): parcels meeting a box, paged. */
    AREA(Set.of("bbox", "purpose", "commune", "limit", "cursor", "asOf"),
            "tìm theo khung (bbox)", "an area search (bbox)"),
    /** {@code commune} + {@code sheet} + {@code number} (+ {@code surveyUnit}, {@code asOf}): every parcel at a legal address. */
    LEGAL_ADDRESS(Set.of("commune", "sheet", "number", "surveyUnit", "asOf"),
            "tra theo địa chỉ pháp lý (commune+sheet+number)", "a legal-address lookup (commune+sheet+number)"),
    /** {@code commune} without {@code number} (+ {@code sheet}, {@code surveyUnit}, {@code limit}, {@code cursor}): every current parcel, paged. */
    COMMUNE_LISTING(Set.of("commune", "sheet", "surveyUnit", "limit", "cursor"),
            "liệt kê thửa đất của xã (commune, không có number)", "a commune listing (commune without number)");

    /** Every parameter some search accepts, in the documentation's order: anything else is a typo and refused as such. */
    private static final List<String> PARAMETERS =
            List.of("commune", "sheet", "number", "surveyUnit", "nationalId", "bbox", "purpose", "limit", "cursor", "asOf");
    private static final Set<String> KNOWN = Set.copyOf(PARAMETERS);

    private final Set<String> accepted;
    private final String nameVi;
    private final String nameEn;

    ParcelSearch(Set<String> accepted, String nameVi, String nameEn) {
        this.accepted = accepted;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
    }

    /** The search the request asks for; a 400 naming the parameters sent when it asks for none or mixes two. */
    static ParcelSearch of(HttpServletRequest request) {
        Parameters.allowOnly(request, KNOWN);
        Set<String> sent = new LinkedHashSet<>(Collections.list(request.getParameterNames()));
        ParcelSearch search = chosenBy(sent);
        if (search == LEGAL_ADDRESS) {
            for (String required : List.of("commune", "sheet")) {
                if (!sent.contains(required)) {
                    throw new BadParameter(required, null,
                            "là bắt buộc khi có 'number': địa chỉ pháp lý gồm commune, sheet và number; đã gửi: " + String.join(", ", sent),
                            "is required with 'number': a legal address is commune, sheet and number together; sent: " + String.join(", ", sent));
                }
            }
        }
        for (String name : sent) {
            if (!search.accepted.contains(name)) {
                throw new BadParameter(name, Parameters.query(request, name),
                        "không dùng được khi " + search.nameVi + "; đã gửi: " + String.join(", ", sent)
                                + "; chỉ dùng " + String.join(", ", search.acceptedInOrder()),
                        "cannot be combined with " + search.nameEn + "; sent: " + String.join(", ", sent)
                                + "; use only " + String.join(", ", search.acceptedInOrder()));
            }
        }
        return search;
    }

    private static ParcelSearch chosenBy(Set<String> sent) {
        if (sent.contains("nationalId")) {
            return NATIONAL_ID;
        }
        if (sent.contains("bbox")) {
            return AREA;
        }
        if (sent.contains("number")) {
            return LEGAL_ADDRESS;
        }
        if (sent.contains("commune")) {
            return COMMUNE_LISTING;
        }
        if (sent.isEmpty()) {
            throw new BadParameter("commune", null,
                    "thiếu điều kiện tìm: cần commune (liệt kê), commune+sheet+number, nationalId hoặc bbox",
                    "missing search criteria: give commune (a listing), commune+sheet+number, nationalId or bbox");
        }
        throw new BadParameter("commune", null,
                "là bắt buộc: đã gửi " + String.join(", ", sent) + " nhưng thiếu commune, nationalId hoặc bbox",
                "is required: sent " + String.join(", ", sent) + " without commune, nationalId or bbox");
    }

    private List<String> acceptedInOrder() {
        return PARAMETERS.stream().filter(accepted::contains).toList();
    }
}
