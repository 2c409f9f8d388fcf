package vn.landinfo.web.api;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.landinfo.cadastre.model.RetiredParcel;
import vn.landinfo.web.problem.Problem;
import vn.landinfo.web.problem.ProblemType;

/**
 * A parcel that a split or merge retired: 410 Gone, as problem+json that links to where the land went (the
 * successors, rel {@code successor-version}), to the parcel's last version ({@code latest-version}: the parcel
 * as the register showed it just before it ended), its history ({@code version-history}) and its lineage.
 * The same links go in one {@code Link} header (RFC 8288). The one problem table maps it through
 * {@link #problem()} (docs/decisions/0063-retired-parcels-answer-410.md).
 */
public final class ParcelGone extends RuntimeException {

    private final transient Problem problem;

    ParcelGone(String requested, RetiredParcel retired) {
        super("parcel " + requested + " retired", null, false, false);
        this.problem = problem(requested, retired);
    }

    /** The 410 problem, with its links as members and as the Link header. */
    public Problem problem() {
        return problem;
    }

    private static Problem problem(String requested, RetiredParcel retired) {
        String kinds = retired.successors().isEmpty() ? ""
                : " (" + String.join(", ", retired.successors().stream().map(RetiredParcel.Successor::kind).distinct().toList()) + ")";
        List<Map<String, Object>> links = links(retired);
        return Problem.of(ProblemType.PARCEL_RETIRED,
                        "Thửa đất " + requested + " đã chấm dứt lúc " + retired.retiredAt() + kinds
                                + " và không còn trong sổ địa chính; xem các thửa kế tiếp, phiên bản cuối và lịch sử trong 'links'.",
                        "Parcel " + requested + " was retired at " + retired.retiredAt() + kinds
                                + " and is no longer in the register; its successors, last version and history are in 'links'.")
                .with("parcelId", retired.parcelId())
                .with("nationalId", retired.nationalId())
                .with("retiredAt", retired.retiredAt().toString())
                .with("lastVersion", retired.lastVersion())
                .with("successors", retired.successors().stream().map(s -> {
                    Map<String, Object> successor = new LinkedHashMap<>();
                    successor.put("id", s.parcelId());
                    successor.put("nationalId", s.nationalId());
                    successor.put("kind", s.kind());
                    successor.put("href", parcelHref(s.parcelId(), ""));
                    return successor;
                }).toList())
                .with("links", links)
                .withHeader(HttpHeaders.LINK, String.join(", ", links.stream()
                        .map(l -> "<" + l.get("href") + ">; rel=\"" + l.get("rel") + "\"").toList()));
    }

    private static List<Map<String, Object>> links(RetiredParcel retired) {
        List<Map<String, Object>> links = new ArrayList<>();
        for (RetiredParcel.Successor s : retired.successors()) {
            links.add(link("successor-version", parcelHref(s.parcelId(), "")));
        }
        // The last version as it stood one microsecond before the retirement (asOf in UTC: no '+' to escape).
        String lastInstant = retired.retiredAt().minusNanos(1_000).withOffsetSameInstant(ZoneOffset.UTC).toString();
        links.add(link("latest-version", parcelHref(retired.parcelId(), "?asOf=" + lastInstant)));
        links.add(link("version-history", parcelHref(retired.parcelId(), "/history")));
        links.add(link("lineage", parcelHref(retired.parcelId(), "/lineage")));
        return links;
    }

    private static Map<String, Object> link(String rel, String href) {
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("rel", rel);
        link.put("href", href);
        return link;
    }

    private static String parcelHref(long parcelId, String tail) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/parcels/" + parcelId).build().toUriString() + tail;
    }
}
