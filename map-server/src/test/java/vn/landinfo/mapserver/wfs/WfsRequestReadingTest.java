package vn.landinfo.mapserver.wfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.landinfo.mapserver.catalog.Audience;
import vn.landinfo.mapserver.crs.CrsCatalogue;
import vn.landinfo.mapserver.features.FeatureTypes;
import vn.landinfo.mapserver.features.filter.Filter;
import vn.landinfo.mapserver.features.query.FeatureQuery;
import vn.landinfo.mapserver.features.query.SortKey;
import vn.landinfo.mapserver.ogc.OgcException;
import vn.landinfo.mapserver.ogc.OgcParameters;

/** Requests read from KVP and XML into the same plan: versions, names, paging, CRSs and their axis order. */
class WfsRequestReadingTest {

    private static final CrsCatalogue CRSS = CrsCatalogue.standard();
    private static final QueryPlanner PLANNER = new QueryPlanner(FeatureTypes.forAudience(Audience.PUBLIC), CRSS,
            (e, v, srs) -> new Filter.Exclude(), new WfsSettings(1000, 10_000, 100, java.time.Duration.ofSeconds(5)));

    private static WfsRequest kvp(String query) {
        Map<String, String> raw = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            raw.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return KvpRequestReader.read(OgcParameters.ofSingle(raw), raw);
    }

    private static WfsRequest xml(String body) {
        return XmlRequestReader.read(body.getBytes(StandardCharsets.UTF_8));
    }

    private static String code(Runnable r) {
        try {
            r.run();
        } catch (OgcException e) {
            return e.code() + "@" + e.locator();
        }
        throw new AssertionError("no exception");
    }

    @Test
    void negotiationPicksTheFirstAcceptedVersionOrTheHighestOrTheNearestLowerForOneZero() {
        assertThat(WfsVersion.negotiate("1.1.0,2.0.0", null)).isEqualTo(WfsVersion.V1_1_0);
        assertThat(WfsVersion.negotiate("3.0.0,1.0.0", null)).isEqualTo(WfsVersion.V1_0_0);
        assertThat(WfsVersion.negotiate(null, null)).isEqualTo(WfsVersion.V2_0_0);
        assertThat(WfsVersion.negotiate(null, "1.0.0")).isEqualTo(WfsVersion.V1_0_0);
        assertThat(WfsVersion.negotiate(null, "1.5.0")).isEqualTo(WfsVersion.V1_1_0);
        assertThat(code(() -> WfsVersion.negotiate("3.0.0", null))).isEqualTo("VersionNegotiationFailed@AcceptVersions");
        assertThat(code(() -> WfsVersion.of("9.9"))).isEqualTo("InvalidParameterValue@version");
    }

    /** Without count: 2.0's CountDefault; 1.1 and 1.0, whose answers cannot say they stopped short, DefaultMaxFeatures (decision 0205). */
    @Test
    void theDefaultCountIsCountDefaultIn20AndTheMaximumIn1x() {
        assertThat(PLANNER.count(kvp("service=WFS&version=2.0.0&request=GetFeature&typeNames=parcels"))).isEqualTo(1000);
        assertThat(PLANNER.count(kvp("service=WFS&version=1.1.0&request=GetFeature&typeName=parcels"))).isEqualTo(10_000);
        assertThat(PLANNER.count(kvp("service=WFS&version=1.0.0&request=GetFeature&typeName=parcels"))).isEqualTo(10_000);
        assertThat(PLANNER.count(kvp("service=WFS&version=1.1.0&request=GetFeature&typeName=parcels&maxFeatures=25"))).isEqualTo(25);
    }

    @Test
    void srsNameGivesTheAxisOrderOfEachFormAndVersion() {
        assertThat(SrsName.parse("EPSG:4326", WfsVersion.V2_0_0, CRSS, "srsName").latitudeFirst()).isTrue();
        assertThat(SrsName.parse("EPSG:4326", WfsVersion.V1_1_0, CRSS, "srsName").latitudeFirst()).isFalse();
        assertThat(SrsName.defaultFor(WfsVersion.V1_1_0, CRSS).latitudeFirst()).as("1.1's DefaultSRS is the URN").isTrue();
        assertThat(SrsName.parse("urn:ogc:def:crs:EPSG::4326", WfsVersion.V1_1_0, CRSS, "srsName").latitudeFirst()).isTrue();
        assertThat(SrsName.parse("EPSG:4326", WfsVersion.V1_0_0, CRSS, "srsName").latitudeFirst()).isFalse();
        assertThat(SrsName.parse("urn:ogc:def:crs:EPSG::4326", WfsVersion.V1_0_0, CRSS, "srsName").latitudeFirst()).isTrue();
        assertThat(SrsName.parse("urn:ogc:def:crs:EPSG:6.6:4326", WfsVersion.V2_0_0, CRSS, "srsName").latitudeFirst()).isTrue();
        assertThat(SrsName.parse("http://www.opengis.net/def/crs/EPSG/0/4326", WfsVersion.V2_0_0, CRSS, "srsName").latitudeFirst()).isTrue();
        assertThat(SrsName.parse("http://www.opengis.net/gml/srs/epsg.xml#4326", WfsVersion.V2_0_0, CRSS, "srsName").latitudeFirst()).isFalse();
        assertThat(SrsName.parse("CRS:84", WfsVersion.V2_0_0, CRSS, "srsName").latitudeFirst()).isFalse();
        assertThat(SrsName.parse("urn:ogc:def:crs:OGC:1.3:CRS84", WfsVersion.V2_0_0, CRSS, "srsName").latitudeFirst()).isFalse();
        SrsName tm3 = SrsName.parse("urn:ogc:def:crs:EPSG::5897", WfsVersion.V2_0_0, CRSS, "srsName");
        assertThat(tm3.crs().srid()).isEqualTo(5897);
        assertThat(tm3.latitudeFirst()).isFalse();
        assertThat(code(() -> SrsName.parse("EPSG:2154", WfsVersion.V2_0_0, CRSS, "srsName"))).isEqualTo("InvalidParameterValue@srsName");
    }

    @Test
    void aKvpGetFeatureBecomesOneFeatureQueryWithItsPropertiesSortPagingAndCrs() {
        WfsRequest r = kvp("service=WFS&version=2.0.0&request=GetFeature&typeNames=landinfo:parcels&propertyName=parcel_number,legal_area"
                + "&sortBy=legal_area DESC&startIndex=20&count=10&srsName=urn:ogc:def:crs:EPSG::5897");
        List<FeatureQuery> queries = PLANNER.plan(r, OutputFormat.GML32);
        assertThat(queries).hasSize(1);
        FeatureQuery q = queries.get(0);
        assertThat(q.type().name()).isEqualTo("parcels");
        assertThat(q.properties()).containsExactly("parcel_number", "legal_area");
        assertThat(q.sortBy()).containsExactly(new SortKey("legal_area", false));
        assertThat(q.startIndex()).isEqualTo(20);
        assertThat(q.count()).isEqualTo(10);
        assertThat(q.outputCrs().srid()).isEqualTo(5897);
        assertThat(q.filter()).isEqualTo(new Filter.Include());
    }

    @Test
    void propertyNameStarIsEveryPropertyAsOwslibSendsItInOneOneAndOneZero() {
        for (String version : List.of("1.1.0", "1.0.0")) {
            WfsRequest r = kvp("service=WFS&version=" + version + "&request=GetFeature&typename=landinfo:parcels&propertyname=*&maxfeatures=3");
            FeatureQuery q = PLANNER.plan(r, version.equals("1.1.0") ? OutputFormat.GML311 : OutputFormat.GML2).get(0);
            assertThat(q.properties()).as(version).isEmpty();
        }
        WfsRequest two = kvp("service=WFS&version=2.0.0&request=GetFeature&typeNames=parcels,map_sheets&propertyName=(*)(sheet_number)");
        List<FeatureQuery> queries = PLANNER.plan(two, OutputFormat.GML32);
        assertThat(queries.get(0).properties()).isEmpty();
        assertThat(queries.get(1).properties()).containsExactly("sheet_number");
    }

    @Test
    void theSameQueryPostedAsXmlPlansTheSame() {
        WfsRequest k = kvp("service=WFS&version=2.0.0&request=GetFeature&typeNames=landinfo:parcels&propertyName=parcel_number"
                + "&sortBy=legal_area DESC&startIndex=20&count=10&srsName=EPSG:4326");
        WfsRequest x = xml("""
                <wfs:GetFeature service="WFS" version="2.0.0" startIndex="20" count="10" xmlns:wfs="http://www.opengis.net/wfs/2.0"
                    xmlns:fes="http://www.opengis.net/fes/2.0" xmlns:landinfo="http://landinfo.gov.vn/cadastre">
                  <wfs:Query typeNames="landinfo:parcels" srsName="EPSG:4326">
                    <wfs:PropertyName>landinfo:parcel_number</wfs:PropertyName>
                    <fes:SortBy><fes:SortProperty><fes:ValueReference>legal_area</fes:ValueReference><fes:SortOrder>DESC</fes:SortOrder></fes:SortProperty></fes:SortBy>
                  </wfs:Query>
                </wfs:GetFeature>""");
        assertThat(PLANNER.plan(x, OutputFormat.GML32)).isEqualTo(PLANNER.plan(k, OutputFormat.GML32));
        assertThat(PLANNER.plan(k, OutputFormat.GML32).get(0).axesSwapped()).isTrue();
        assertThat(PLANNER.plan(k, OutputFormat.GEOJSON).get(0).axesSwapped()).as("GeoJSON is always lon/lat").isFalse();
    }

    @Test
    void bboxWithoutCrsIsLatitudeFirstInTwoZeroAndLongitudeFirstInOneZero() {
        Filter.Spatial v2 = (Filter.Spatial) PLANNER.plan(kvp("service=WFS&version=2.0.0&request=GetFeature&typeNames=parcels"
                + "&bbox=21.0,105.8,21.1,105.9"), OutputFormat.GML32).get(0).filter();
        assertThat(v2.geometry().axesSwapped()).isTrue();
        assertThat(v2.geometry().wkt()).startsWith("POLYGON((21.0 105.8,");
        Filter.Spatial v1 = (Filter.Spatial) PLANNER.plan(kvp("service=WFS&version=1.0.0&request=GetFeature&typeName=parcels"
                + "&bbox=105.8,21.0,105.9,21.1"), OutputFormat.GML2).get(0).filter();
        assertThat(v1.geometry().axesSwapped()).isFalse();
        Filter.Spatial crs84 = (Filter.Spatial) PLANNER.plan(kvp("service=WFS&version=2.0.0&request=GetFeature&typeNames=parcels"
                + "&bbox=105.8,21.0,105.9,21.1,urn:ogc:def:crs:OGC:1.3:CRS84"), OutputFormat.GML32).get(0).filter();
        assertThat(crs84.geometry().axesSwapped()).isFalse();
        assertThat(crs84.property()).isEqualTo("geom");
    }

    @Test
    void resourceIdsNameTheirTypeAndBecomeAResourceIdFilter() {
        List<FeatureQuery> q = PLANNER.plan(kvp("service=WFS&version=2.0.0&request=GetFeature&resourceId=parcels.12,communes.01001"),
                OutputFormat.GML32);
        assertThat(q).extracting(f -> f.type().name()).containsExactly("parcels", "communes");
        assertThat(((Filter.ResourceIds) q.get(0).filter()).ids()).extracting(i -> i.rid()).containsExactly("parcels.12");
    }

    @Test
    void badInputIsRefusedWithItsCodeAndLocator() {
        String base = "service=WFS&version=2.0.0&request=GetFeature&";
        assertThat(code(() -> PLANNER.plan(kvp(base + "typeNames=nope"), OutputFormat.GML32))).isEqualTo("InvalidParameterValue@typeNames");
        assertThat(code(() -> PLANNER.plan(kvp(base + "typeNames=restrictions"), OutputFormat.GML32)))
                .as("an officer type does not exist for the public").isEqualTo("InvalidParameterValue@typeNames");
        assertThat(code(() -> PLANNER.plan(kvp(base + "typeNames=parcels&propertyName=owner"), OutputFormat.GML32)))
                .isEqualTo("InvalidParameterValue@propertyName");
        assertThat(code(() -> PLANNER.plan(kvp(base + "typeNames=parcels&sortBy=owner"), OutputFormat.GML32))).isEqualTo("InvalidParameterValue@sortBy");
        assertThat(code(() -> PLANNER.plan(kvp(base + "typeNames=parcels&count=10001"), OutputFormat.GML32))).isEqualTo("InvalidParameterValue@count");
        assertThat(code(() -> kvp(base + "typeNames=parcels&count=-1"))).isEqualTo("InvalidParameterValue@count");
        assertThat(code(() -> kvp(base + "typeNames=parcels&startIndex=x"))).isEqualTo("InvalidParameterValue@startIndex");
        assertThat(code(() -> PLANNER.plan(kvp(base + "typeNames=parcels&srsName=EPSG:999999"), OutputFormat.GML32)))
                .isEqualTo("InvalidParameterValue@srsName");
        assertThat(code(() -> PLANNER.plan(kvp(base + "typeNames=parcels&bbox=1,2,3"), OutputFormat.GML32))).isEqualTo("InvalidParameterValue@bbox");
        assertThat(code(() -> kvp(base + "typeNames=parcels&bbox=1,2,3,4&resourceId=parcels.1"))).isEqualTo("InvalidParameterValue@BBOX");
        assertThat(code(() -> kvp(base.replace("request=GetFeature&", "")))).isEqualTo("MissingParameterValue@REQUEST");
        assertThat(code(() -> kvp(base))).isEqualTo("MissingParameterValue@typeNames");
        assertThat(code(() -> kvp("service=WFS&version=2.0.0&request=Transaction"))).isEqualTo("OperationNotSupported@Transaction");
        assertThat(code(() -> kvp("service=WMS&request=GetCapabilities"))).isEqualTo("InvalidParameterValue@service");
        assertThat(code(() -> OutputFormat.parse("image/png", WfsVersion.V2_0_0))).isEqualTo("InvalidParameterValue@outputFormat");
    }

    @Test
    void xmlWithADoctypeIsRefusedSoNeitherXxeNorBillionLaughsCanRun() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <wfs:GetFeature service="WFS" version="2.0.0" xmlns:wfs="http://www.opengis.net/wfs/2.0"><wfs:Query typeNames="&xxe;"/></wfs:GetFeature>""";
        String laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
                <wfs:GetCapabilities service="WFS" xmlns:wfs="http://www.opengis.net/wfs/2.0">&lol3;</wfs:GetCapabilities>""";
        assertThat(code(() -> xml(xxe))).isEqualTo("OperationParsingFailed@request");
        assertThat(code(() -> xml(laughs))).isEqualTo("OperationParsingFailed@request");
        assertThat(code(() -> xml("<wfs:GetFeature xmlns:wfs=\"http://www.opengis.net/wfs/2.0\"><unclosed>"))).isEqualTo("OperationParsingFailed@request");
        assertThat(code(() -> xml("<GetFeature/>"))).isEqualTo("OperationParsingFailed@GetFeature");
        assertThat(code(() -> xml("<a>".repeat(100) + "</a>".repeat(100)))).startsWith("OperationParsingFailed");
    }

    @Test
    void storedQueryGetFeatureByIdReadsFromKvpAndXmlAlike() {
        WfsRequest k = kvp("service=WFS&version=2.0.0&request=GetFeature&storedQuery_id=urn:ogc:def:query:OGC-WFS::GetFeatureById&ID=parcels.7");
        WfsRequest x = xml("""
                <wfs:GetFeature service="WFS" version="2.0.0" xmlns:wfs="http://www.opengis.net/wfs/2.0">
                  <wfs:StoredQuery id="urn:ogc:def:query:OGC-WFS::GetFeatureById"><wfs:Parameter name="id">parcels.7</wfs:Parameter></wfs:StoredQuery>
                </wfs:GetFeature>""");
        assertThat(k.storedQuery().id()).isEqualTo(StoredQueries.GET_FEATURE_BY_ID);
        assertThat(k.storedQuery().parameters().get("ID")).isEqualTo("parcels.7");
        assertThat(x.storedQuery().parameters().get("ID")).isEqualTo("parcels.7");
        assertThatThrownBy(() -> StoredQueries.check("urn:x", "STOREDQUERY_ID")).isInstanceOf(OgcException.class);
    }
}
