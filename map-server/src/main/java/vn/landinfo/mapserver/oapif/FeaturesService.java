package vn.landinfo.mapserver.oapif;

import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.landinfo.mapserver.catalog.Audience;
import vn.landinfo.mapserver.crs.CrsCatalogue;
import vn.landinfo.mapserver.features.FeatureStream;
import vn.landinfo.mapserver.features.FeatureType;
import vn.landinfo.mapserver.features.FeatureTypes;
import vn.landinfo.mapserver.ogc.OgcException;
import vn.landinfo.mapserver.ogc.OgcResponse;

/**
 * OGC API – Features at {@code /ogc/features} (Part 1 Core, Part 2 CRS by reference, Part 3 filtering once CQL2
 * is offered): routes a request by its path to one class per resource and turns every refusal into
 * problem+json — never a 500 page. The collections are the feature types of one audience: the public service
 * has no officer collection at all (404), exactly as the WMS has no officer layer.
 */
public final class FeaturesService {

    private static final Logger LOG = LoggerFactory.getLogger(FeaturesService.class);

    private final FeatureTypes types;
    private final LandingPage landingPage = new LandingPage();
    private final Conformance conformance;
    private final ApiDefinition api;
    private final Collections collections;
    private final Collection collection;
    private final Items items;
    private final Item item;
    private final Queryables queryables = new Queryables();

    /**
     * @param statementTimeout longest one query may run
     * @param filtering        offer Part 3 (filter, filter-lang, filter-crs) and declare its conformance classes
     */
    public FeaturesService(DataSource dataSource, Duration statementTimeout, Audience audience, boolean filtering) {
        this(new FeatureStream(dataSource, statementTimeout), new vn.landinfo.mapserver.sql.FeatureSource(dataSource, statementTimeout),
                FeatureTypes.forAudience(audience), CrsCatalogue.standard(), filtering, Clock.systemUTC());
    }

    FeaturesService(FeatureStream stream, vn.landinfo.mapserver.sql.FeatureSource source, FeatureTypes types, CrsCatalogue catalogue,
                    boolean filtering, Clock clock) {
        this.types = types;
        CrsUris crss = new CrsUris(catalogue);
        CollectionDescriptions descriptions = new CollectionDescriptions(new CollectionExtents(source), crss);
        ItemsParameters parameters = new ItemsParameters(crss);
        this.conformance = new Conformance(ConformanceClasses.declared(filtering));
        this.api = new ApiDefinition(types, crss, filtering);
        this.collections = new Collections(types, descriptions, crss);
        this.collection = new Collection(descriptions);
        this.items = new Items(stream, parameters, filtering ? new ItemsFilter(crss) : null, clock);
        this.item = new Item(stream, parameters, clock);
    }

    /** Answers one request; a refusal is problem+json with the request's path as instance. */
    public OgcResponse handle(FeaturesRequest request) {
        String path = request.path();
        try {
            return guarded(route(request, path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path), path);
        } catch (OgcException e) {
            return problem(e, request);
        } catch (RuntimeException e) {
            LOG.error("OGC API request {} failed: {}", path, e.toString(), e);
            return problem(internal(), request);
        }
    }

    /**
     * A streamed answer whose failure before its first byte is reported as a problem too: an unexpected error
     * becomes the service's 503 problem, never the container's 500.
     */
    private static OgcResponse guarded(OgcResponse r, String path) {
        if (!r.isStreamed()) {
            return r;
        }
        return new OgcResponse(r.status(), r.contentType(), null, r.headers(), out -> {
            try {
                r.writeTo(out);
            } catch (OgcException e) {
                throw e;
            } catch (RuntimeException e) {
                LOG.error("OGC API answer {} failed: {}", path, e.toString(), e);
                throw internal();
            }
        });
    }

    private static OgcException internal() {
        return new OgcException(OgcException.NO_APPLICABLE_CODE, null, "Lỗi hệ thống; yêu cầu không được thực hiện, vui lòng thử lại sau",
                "internal error; the request was not carried out, please try again later");
    }

    /** The problem+json of a refusal (also for one a streamed answer meets before its first byte). */
    public OgcResponse problem(OgcException e, FeaturesRequest request) {
        return Problems.of(e, "/ogc/features" + request.path());
    }

    /**
     * The problem+json of a refusal the web layer or the container made before the service ran (an undecodable
     * query, a method not offered, headers over the limit), so that every refusal under /ogc/features is the same
     * document, with the OGC exception's {@code code}.
     */
    public static OgcResponse report(OgcException e, String instance, int status) {
        return Problems.of(e, instance, status);
    }

    private OgcResponse route(FeaturesRequest r, String path) {
        String[] s = path.isEmpty() || path.equals("/") ? new String[0] : path.substring(1).split("/", -1);
        if (s.length == 0) {
            return landingPage.handle(r);
        }
        if (s.length == 1) {
            switch (s[0]) {
                case "conformance" -> {
                    return conformance.handle(r);
                }
                case "api" -> {
                    return api.handle(r);
                }
                case "collections" -> {
                    return collections.handle(r);
                }
                default -> throw noSuchPath(path);
            }
        }
        if (!s[0].equals("collections")) {
            throw noSuchPath(path);
        }
        FeatureType type = types.find(s[1]).orElseThrow(() -> Problems.notFound(
                "Không có tập dữ liệu " + Problems.abbreviate(s[1]) + "; xem /ogc/features/collections",
                "there is no collection " + Problems.abbreviate(s[1]) + "; see /ogc/features/collections"));
        if (s.length == 2) {
            return collection.handle(r, type);
        }
        if (s.length == 3 && s[2].equals("items")) {
            return items.handle(r, type);
        }
        if (s.length == 3 && s[2].equals("queryables")) {
            return queryables.handle(r, type);
        }
        if (s.length == 4 && s[2].equals("items") && !s[3].isEmpty()) {
            return item.handle(r, type, s[3]);
        }
        throw noSuchPath(path);
    }

    private static OgcException noSuchPath(String path) {
        return Problems.notFound("Không có tài nguyên " + Problems.abbreviate(path) + " trong OGC API này; bắt đầu từ /ogc/features",
                "there is no resource " + Problems.abbreviate(path) + " in this OGC API; start at /ogc/features");
    }
}
