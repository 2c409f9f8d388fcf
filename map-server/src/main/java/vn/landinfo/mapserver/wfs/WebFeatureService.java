package vn.landinfo.mapserver.wfs;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.landinfo.mapserver.catalog.Audience;
import vn.landinfo.mapserver.crs.CrsCatalogue;
import vn.landinfo.mapserver.features.FeatureStream;
import vn.landinfo.mapserver.features.FeatureTypes;
import vn.landinfo.mapserver.wfs.filter.FilterVersion;
import vn.landinfo.mapserver.wfs.filter.FilterXmlReader;
import vn.landinfo.mapserver.metadata.ServiceContact;
import vn.landinfo.mapserver.ogc.OgcException;
import vn.landinfo.mapserver.ogc.OgcParameters;
import vn.landinfo.mapserver.ogc.OgcResponse;
import vn.landinfo.mapserver.sql.FeatureSource;
import vn.landinfo.mapserver.wms.LayerExtents;

/**
 * The WFS endpoint (2.0.0, 1.1.0, 1.0.0; KVP and XML POST): reads the request into a {@link WfsRequest}, routes it to
 * one class per operation and turns every refusal into the version's exception report
 * (docs/decisions/0174-wfs-versions-axis-order-capabilities.md). Read-only: transactions and locks are not offered.
 */
public final class WebFeatureService {

    private static final Logger LOG = LoggerFactory.getLogger(WebFeatureService.class);

    private final GetCapabilities capabilities;
    private final DescribeFeatureType describe;
    private final GetFeature getFeature;
    private final GetPropertyValue propertyValue;
    private final ListStoredQueries listStored;
    private final DescribeStoredQueries describeStored;

    /**
     * @param audience who calls: only that audience's feature types exist in the service
     * @param filters  the FES / Filter XML reader
     * @param output   runs the planned queries and writes features
     */
    public WebFeatureService(DataSource dataSource, WfsSettings settings, ServiceContact contact, Audience audience) {
        this(dataSource, settings, contact, audience, fesReader(), new FeatureResults(new FeatureStream(dataSource, settings.statementTimeout())));
    }

    /** FES 2.0 / Filter 1.1 / 1.0 through the shared reader (wfs.filter), in the dialect of the request's version. */
    private static FilterParser fesReader() {
        FilterXmlReader reader = new FilterXmlReader(CrsCatalogue.standard());
        return (element, version, defaultSrs) -> reader.read(element, FilterVersion.forWfsVersion(version.number()), defaultSrs);
    }

    public WebFeatureService(DataSource dataSource, WfsSettings settings, ServiceContact contact, Audience audience, FilterParser filters,
                             FeatureOutput output) {
        FeatureTypes types = FeatureTypes.forAudience(audience);
        CrsCatalogue crss = CrsCatalogue.standard();
        LayerExtents extents = new LayerExtents(new FeatureSource(dataSource, settings.statementTimeout()), crss.all());
        QueryPlanner planner = new QueryPlanner(types, crss, filters, settings);
        OwsSections sections = new OwsSections(crss, extents, contact);
        this.capabilities = new GetCapabilities(types, new Capabilities20(sections, settings), new Capabilities11(sections, settings),
                new Capabilities10(extents));
        this.describe = new DescribeFeatureType(types);
        this.getFeature = new GetFeature(types, planner, output);
        this.propertyValue = new GetPropertyValue(getFeature, planner, output);
        this.listStored = new ListStoredQueries(types);
        this.describeStored = new DescribeStoredQueries(types);
    }

    /** A KVP request (GET, or a form POST); names case-insensitive, the first of repeated values counts. */
    public OgcResponse handle(Map<String, String[]> parameters, String serviceUrl) {
        Map<String, String> raw = new LinkedHashMap<>();
        parameters.forEach((k, v) -> {
            if (v != null && v.length > 0) {
                raw.putIfAbsent(k, v[0]);
            }
        });
        OgcParameters p = OgcParameters.of(parameters);
        WfsVersion reportVersion = WfsVersion.forReport(p.get("VERSION").orElse(null));
        try {
            return route(KvpRequestReader.read(p, raw), serviceUrl);
        } catch (OgcException e) {
            return WfsExceptionReport.of(reportVersion, e);
        } catch (RuntimeException e) {
            return internal(reportVersion, e);
        }
    }

    /** An XML request body, already bounded in size by the caller. */
    public OgcResponse handleXml(byte[] body, String serviceUrl) {
        WfsVersion reportVersion = WfsVersion.V2_0_0;
        try {
            WfsRequest r = XmlRequestReader.read(body);
            reportVersion = r.version();
            return route(r, serviceUrl);
        } catch (RefusedInVersion e) {
            return WfsExceptionReport.of(e.version(), e.refusal());
        } catch (OgcException e) {
            return WfsExceptionReport.of(reportVersion, e);
        } catch (RuntimeException e) {
            return internal(reportVersion, e);
        }
    }

    /** The 2.0 report of a request refused before it reached the service (a body too large: 413). */
    public static OgcResponse report(OgcException e, int status) {
        return WfsExceptionReport.of(WfsVersion.V2_0_0, e, status);
    }

    private OgcResponse route(WfsRequest r, String serviceUrl) {
        return switch (r.operation()) {
            case Operations.GET_CAPABILITIES -> capabilities.handle(r, serviceUrl);
            case Operations.DESCRIBE_FEATURE_TYPE -> describe.handle(r);
            case Operations.GET_FEATURE -> getFeature.handle(r, serviceUrl);
            case Operations.GET_PROPERTY_VALUE -> propertyValue.handle(r, serviceUrl);
            case Operations.LIST_STORED_QUERIES -> listStored.handle(onlyIn20(r));
            case Operations.DESCRIBE_STORED_QUERIES -> describeStored.handle(onlyIn20(r));
            default -> throw new IllegalStateException("unrouted operation " + r.operation());
        };
    }

    private static WfsRequest onlyIn20(WfsRequest r) {
        if (r.version() == WfsVersion.V2_0_0) {
            return r;
        }
        String operation = r.operation();
        throw new OgcException(WfsCodes.OPERATION_NOT_SUPPORTED, operation, operation + " chỉ có ở WFS 2.0.0",
                operation + " exists in WFS 2.0.0 only");
    }

    /** A fault of ours: logged with its cause, answered as NoApplicableCode 503 without internals, never a 500. */
    private static OgcResponse internal(WfsVersion version, RuntimeException e) {
        LOG.error("WFS request failed: {}", e.toString(), e);
        return WfsExceptionReport.of(version, new OgcException(WfsCodes.NO_APPLICABLE_CODE, null,
                "Lỗi hệ thống; yêu cầu không được thực hiện, vui lòng thử lại sau",
                "internal error; the request was not carried out, please try again later"), 503);
    }
}
