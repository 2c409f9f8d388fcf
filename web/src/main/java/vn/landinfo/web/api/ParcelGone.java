package vn.landinfo.web.api;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.landinfo.cadastre.model.RetiredParcel;

/**
 * A parcel that a split or merge retired: 410 Gone, as problem+json that links to where the land went (the
 * successors, rel {@code successor-version}), to the parcel's last version ({@code latest-version}: the parcel
 * as the register showed it just before it ended), its history ({@code version-history}) and its lineage.
 * The same links go in {@code Link} headers. An {@link ErrorResponseException}, so Spring's problem handling
 * renders it as it stands (docs/decisions/0063-retired-parcels-answer-410.md).
 */
final class ParcelGone extends ErrorResponseException {

    static final URI TYPE = URI.create("urn:landinfo:problem:parcel-retired");

    ParcelGone(String requested, RetiredParcel retired) {
        super(HttpStatus.GONE, problem(requested, retired), null);
        for (Map<String, Object> link : links(retired)) {
            getHeaders().add(HttpHeaders.LINK, "<" + link.get("href") + ">; rel=\"" + link.get("rel") + "\"");
        }
    }

    private static ProblemDetail problem(String requested, RetiredParcel retired) {
        String kinds = retired.successors().isEmpty() ? ""
                : " (" + String.join(", ", retired.successors().stream().map(RetiredParcel.Successor::kind).distinct().toList()) + ")";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.GONE,
                "Thửa đất " + requested + " đã chấm dứt lúc " + retired.retiredAt() + kinds
                        + " và không còn trong sổ địa chính; xem các thửa kế tiếp, phiên bản cuối và lịch sử trong 'links'. / "
                        + "Parcel " + requested + " was retired at " + retired.retiredAt() + kinds
                        + " and is no longer in the register; its successors, last version and history are in 'links'.");
        problem.setType(TYPE);
        problem.setTitle("Thửa đất đã chấm dứt / Parcel retired");
        problem.setProperty("parcelId", retired.parcelId());
        problem.setProperty("nationalId", retired.nationalId());
        problem.setProperty("retiredAt", retired.retiredAt().toString());
        problem.setProperty("lastVersion", retired.lastVersion());
        problem.setProperty("successors", retired.successors().stream().map(s -> {
            Map<String, Object> successor = new LinkedHashMap<>();
            successor.put("id", s.parcelId());
            successor.put("nationalId", s.nationalId());
            successor.put("kind", s.kind());
            successor.put("href", parcelHref(s.parcelId(), ""));
            return successor;
        }).toList());
        problem.setProperty("links", links(retired));
        return problem;
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
