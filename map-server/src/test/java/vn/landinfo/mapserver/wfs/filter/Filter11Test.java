package vn.landinfo.mapserver.wfs.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.landinfo.mapserver.wfs.filter.Filters.ogc11;
import static vn.landinfo.mapserver.wfs.filter.Filters.refusal;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.landinfo.mapserver.features.filter.ComparisonOp;
import vn.landinfo.mapserver.features.filter.DistanceOp;
import vn.landinfo.mapserver.features.filter.Filter;
import vn.landinfo.mapserver.features.filter.ResourceId;
import vn.landinfo.mapserver.features.filter.SpatialOp;
import vn.landinfo.mapserver.ogc.OgcException;

/** Filter Encoding 1.1 (WFS 1.1.0): PropertyName, GmlObjectId / FeatureId, GML 3.1.1 geometries. */
class Filter11Test {

    private static final String LINE = "<gml:LineString srsName=\"EPSG:5899\"><gml:posList>580000 2320000 581000 2321000</gml:posList></gml:LineString>";

    @ParameterizedTest
    @MethodSource("vn.landinfo.mapserver.wfs.filter.Filters#comparisons")
    void eachComparisonReadsPropertyNameAndLiteral(String element, ComparisonOp op) {
        Filter f = ogc11("<ogc:" + element + " matchCase=\"true\"><ogc:PropertyName>landinfo:area_m2</ogc:PropertyName>"
                + "<ogc:Literal>1000</ogc:Literal></ogc:" + element + ">");

        assertThat(f).isEqualTo(new Filter.Comparison(op, "area_m2", "1000", true));
    }

    @Test
    void gdalLikeWithSingleQuotedAttributesAndNoPrefixes() {
        // GDAL's WFS driver for "address LIKE '%Hà Nội%'" against a 1.1.0 server: default namespace, single quotes.
        Filter f = Filters.read("<Filter xmlns=\"http://www.opengis.net/ogc\"><PropertyIsLike wildCard='*' singleChar='_' escapeChar='!'"
                + " matchCase='false'><PropertyName>address</PropertyName><Literal>*Hà Nội*</Literal></PropertyIsLike></Filter>",
                FilterVersion.FILTER_1_1, null);

        assertThat(f).isEqualTo(new Filter.Like("address", "*Hà Nội*", '*', '_', '!', false));
    }

    @Test
    void betweenNullAndLogicalOperators() {
        Filter f = ogc11("""
                <ogc:Or>
                  <ogc:PropertyIsBetween><ogc:PropertyName>area_m2</ogc:PropertyName>
                    <ogc:LowerBoundary><ogc:Literal>100</ogc:Literal></ogc:LowerBoundary>
                    <ogc:UpperBoundary><ogc:Literal>200</ogc:Literal></ogc:UpperBoundary></ogc:PropertyIsBetween>
                  <ogc:Not><ogc:PropertyIsNull><ogc:PropertyName>address</ogc:PropertyName></ogc:PropertyIsNull></ogc:Not>
                </ogc:Or>""");

        assertThat(f).isEqualTo(new Filter.Or(List.of(new Filter.Between("area_m2", "100", "200"),
                new Filter.Not(new Filter.IsNull("address")))));
    }

    @Test
    void gmlObjectIdsAsGeoServerAndGdalWriteThem() {
        Filter prefixed = ogc11("<ogc:GmlObjectId gml:id=\"parcels.7\"/><ogc:GmlObjectId gml:id=\"parcels.8\"/>");
        Filter bare = ogc11("<ogc:GmlObjectId id=\"parcels.9\"/>");
        Filter featureIds = ogc11("<ogc:FeatureId fid=\"parcels.10\"/>");

        assertThat(prefixed).isEqualTo(new Filter.ResourceIds(List.of(ResourceId.of("parcels.7"), ResourceId.of("parcels.8"))));
        assertThat(bare).isEqualTo(new Filter.ResourceIds(List.of(ResourceId.of("parcels.9"))));
        assertThat(featureIds).isEqualTo(new Filter.ResourceIds(List.of(ResourceId.of("parcels.10"))));
    }

    @Test
    void anOskariStyleAndOfEqualityAndBboxInAnXOgcUrnIsRead() {
        Filter f = ogc11("""
                <ogc:And><ogc:PropertyIsEqualTo matchCase="false"><ogc:PropertyName>commune_code</ogc:PropertyName><ogc:Literal>00004</ogc:Literal></ogc:PropertyIsEqualTo>
                <ogc:BBOX><ogc:PropertyName>geometry</ogc:PropertyName><gml:Envelope srsDimension="2" srsName="urn:x-ogc:def:crs:EPSG:4326">
                <gml:lowerCorner> 21.0 105.8</gml:lowerCorner><gml:upperCorner>21.1 105.9 </gml:upperCorner></gml:Envelope></ogc:BBOX></ogc:And>""");

        Filter.Spatial bbox = (Filter.Spatial) ((Filter.And) f).operands().get(1);
        assertThat(bbox.geometry().wkt()).isEqualTo("POLYGON ((21 105.8, 21.1 105.8, 21.1 105.9, 21 105.9, 21 105.8))");
        assertThat(bbox.geometry().crs().srid()).isEqualTo(4326);
        assertThat(bbox.geometry().axesSwapped()).isTrue();
    }

    /** Decision 0209: in WFS 1.1 the plain EPSG:4326 is x/y, as the clients that write it mean; the URN is latitude first. */
    @Test
    void plainEpsg4326IsLongitudeFirstInWfs11AndTheUrnIsNot() {
        Filter plain = ogc11("<ogc:BBOX><ogc:PropertyName>geometry</ogc:PropertyName><gml:Envelope srsName=\"EPSG:4326\">"
                + "<gml:lowerCorner>105.8 21.0</gml:lowerCorner><gml:upperCorner>105.9 21.1</gml:upperCorner></gml:Envelope></ogc:BBOX>");
        Filter urn = ogc11("<ogc:BBOX><ogc:PropertyName>geometry</ogc:PropertyName><gml:Envelope srsName=\"urn:ogc:def:crs:EPSG::4326\">"
                + "<gml:lowerCorner>21.0 105.8</gml:lowerCorner><gml:upperCorner>21.1 105.9</gml:upperCorner></gml:Envelope></ogc:BBOX>");
        Filter crs84 = ogc11("<ogc:BBOX><ogc:PropertyName>geometry</ogc:PropertyName><gml:Envelope srsName=\"CRS:84\">"
                + "<gml:lowerCorner>105.8 21.0</gml:lowerCorner><gml:upperCorner>105.9 21.1</gml:upperCorner></gml:Envelope></ogc:BBOX>");

        assertThat(((Filter.Spatial) plain).geometry().axesSwapped()).isFalse();
        assertThat(((Filter.Spatial) urn).geometry().axesSwapped()).isTrue();
        assertThat(((Filter.Spatial) crs84).geometry().axesSwapped()).isFalse();
        assertThat(((Filter.Spatial) crs84).geometry().crs().code()).isEqualTo("CRS:84");
    }

    @ParameterizedTest
    @MethodSource("vn.landinfo.mapserver.wfs.filter.Filters#binarySpatialOperators")
    void eachBinarySpatialOperator(String element, SpatialOp op) {
        Filter f = ogc11("<ogc:" + element + "><ogc:PropertyName>geometry</ogc:PropertyName>" + LINE + "</ogc:" + element + ">");

        assertThat(f).isInstanceOfSatisfying(Filter.Spatial.class, s -> {
            assertThat(s.op()).isEqualTo(op);
            assertThat(s.geometry().wkt()).isEqualTo("LINESTRING (580000 2320000, 581000 2321000)");
            assertThat(s.geometry().crs().srid()).isEqualTo(5899);
        });
    }

    @ParameterizedTest
    @CsvSource({"DWithin, DWITHIN", "Beyond, BEYOND"})
    void distanceOperatorsWithUnitsAsFilter11WritesThem(String element, DistanceOp op) {
        Filter f = ogc11("<ogc:" + element + "><ogc:PropertyName>geometry</ogc:PropertyName>" + LINE
                + "<ogc:Distance units=\"km\">0.25</ogc:Distance></ogc:" + element + ">");

        assertThat(f).isInstanceOfSatisfying(Filter.Distance.class, d -> {
            assertThat(d.op()).isEqualTo(op);
            assertThat(d.metres()).isEqualTo(250.0);
        });
    }

    @Test
    void gdalsDistanceUnitAttributeAndAMissingUnitInAProjectedCrsAreMetres() {
        Filter gdal = ogc11("<DWithin xmlns=\"http://www.opengis.net/ogc\"><PropertyName>geometry</PropertyName>" + LINE
                + "<Distance unit=\"m\">30</Distance></DWithin>");
        Filter none = ogc11("<ogc:DWithin><ogc:PropertyName>geometry</ogc:PropertyName>" + LINE
                + "<ogc:Distance>30</ogc:Distance></ogc:DWithin>");

        assertThat(((Filter.Distance) gdal).metres()).isEqualTo(30.0);
        assertThat(((Filter.Distance) none).metres()).isEqualTo(30.0);
    }

    @Test
    void gml311MultiGeometriesAndTheDeprecatedPolygonBoundaries() {
        Filter multiSurface = ogc11("""
                <ogc:Intersects><ogc:PropertyName>geometry</ogc:PropertyName>
                <gml:MultiSurface srsName="EPSG:5899"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing>
                  <gml:posList>0 0 10 0 10 10 0 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
                <gml:surfaceMember><gml:Polygon><gml:outerBoundaryIs><gml:LinearRing>
                  <gml:pos>20 20</gml:pos><gml:pos>30 20</gml:pos><gml:pos>30 30</gml:pos><gml:pos>20 20</gml:pos></gml:LinearRing></gml:outerBoundaryIs></gml:Polygon></gml:surfaceMember>
                </gml:MultiSurface></ogc:Intersects>""");
        Filter multiCurve = ogc11("""
                <ogc:Crosses><ogc:PropertyName>geometry</ogc:PropertyName>
                <gml:MultiCurve srsName="EPSG:5899"><gml:curveMember><gml:LineString><gml:posList>0 0 1 1</gml:posList></gml:LineString></gml:curveMember>
                <gml:curveMember><gml:Curve><gml:segments><gml:LineStringSegment><gml:posList>2 2 3 3</gml:posList></gml:LineStringSegment>
                <gml:LineStringSegment><gml:posList>3 3 4 5</gml:posList></gml:LineStringSegment></gml:segments></gml:Curve></gml:curveMember>
                </gml:MultiCurve></ogc:Crosses>""");
        Filter multiPoint = ogc11("""
                <ogc:Intersects><ogc:PropertyName>geometry</ogc:PropertyName>
                <gml:MultiPoint srsName="EPSG:5899"><gml:pointMember><gml:Point><gml:pos>1 2</gml:pos></gml:Point></gml:pointMember>
                <gml:pointMembers><gml:Point><gml:pos>3 4</gml:pos></gml:Point><gml:Point><gml:pos>5 6</gml:pos></gml:Point></gml:pointMembers>
                </gml:MultiPoint></ogc:Intersects>""");

        assertThat(((Filter.Spatial) multiSurface).geometry().wkt())
                .isEqualTo("MULTIPOLYGON (((0 0, 10 0, 10 10, 0 0)), ((20 20, 30 20, 30 30, 20 20)))");
        assertThat(((Filter.Spatial) multiCurve).geometry().wkt()).isEqualTo("MULTILINESTRING ((0 0, 1 1), (2 2, 3 3, 3 3, 4 5))");
        assertThat(((Filter.Spatial) multiPoint).geometry().wkt()).isEqualTo("MULTIPOINT ((1 2), (3 4), (5 6))");
    }

    @Test
    void refusalsInFilter11AreInvalidParameterValue() {
        OgcException e = refusal(() -> ogc11("<ogc:PropertyIsLike wildCard=\"*\" singleChar=\"*\" escapeChar=\"!\">"
                + "<ogc:PropertyName>a</ogc:PropertyName><ogc:Literal>x</ogc:Literal></ogc:PropertyIsLike>"));

        assertThat(e.code()).isEqualTo(OgcException.INVALID_PARAMETER_VALUE);
        assertThat(e.getMessage()).contains("ogc:PropertyIsLike").contains("must differ");
    }
}
