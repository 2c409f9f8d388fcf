package vn.landinfo.mapserver.wfs.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.landinfo.mapserver.wfs.filter.Filters.fes;
import static vn.landinfo.mapserver.wfs.filter.Filters.refusal;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.assertj.core.data.Offset;
import vn.landinfo.mapserver.crs.CrsCatalogue;
import vn.landinfo.mapserver.crs.MapCrs;
import vn.landinfo.mapserver.features.filter.ComparisonOp;
import vn.landinfo.mapserver.features.filter.DistanceOp;
import vn.landinfo.mapserver.features.filter.Filter;
import vn.landinfo.mapserver.features.filter.GeometryLiteral;
import vn.landinfo.mapserver.features.filter.SpatialOp;
import vn.landinfo.mapserver.features.filter.TemporalOp;
import vn.landinfo.mapserver.ogc.OgcException;

/** FES 2.0 (WFS 2.0.0): every operator, in the forms QGIS, OWSLib, GDAL and the OGC's test suite write them. */
class Fes20FilterTest {

    private static final MapCrs UTM_48N = CrsCatalogue.standard().find("EPSG:3405").orElseThrow();
    private static final String POINT_3405 = "<gml:Point gml:id=\"p1\" srsName=\"urn:ogc:def:crs:EPSG::3405\"><gml:pos>585000 2330000</gml:pos></gml:Point>";

    @ParameterizedTest
    @MethodSource("vn.landinfo.mapserver.wfs.filter.Filters#comparisons")
    void eachComparisonReadsPropertyOperatorAndLiteral(String element, ComparisonOp op) {
        Filter f = fes("<fes:" + element + "><fes:ValueReference>area_m2</fes:ValueReference><fes:Literal>250.5</fes:Literal></fes:" + element + ">");

        assertThat(f).isEqualTo(new Filter.Comparison(op, "area_m2", "250.5", true));
    }

    @ParameterizedTest
    @CsvSource({
        "PropertyIsLessThan, GREATER_THAN", "PropertyIsLessThanOrEqualTo, GREATER_THAN_OR_EQUAL",
        "PropertyIsGreaterThan, LESS_THAN", "PropertyIsGreaterThanOrEqualTo, LESS_THAN_OR_EQUAL",
        "PropertyIsEqualTo, EQUAL", "PropertyIsNotEqualTo, NOT_EQUAL"})
    void aLiteralWrittenFirstMirrorsTheOperator(String element, ComparisonOp mirrored) {
        // 100 < area_m2 is area_m2 > 100.
        Filter f = fes("<fes:" + element + "><fes:Literal>100</fes:Literal><fes:ValueReference>area_m2</fes:ValueReference></fes:" + element + ">");

        assertThat(f).isEqualTo(new Filter.Comparison(mirrored, "area_m2", "100", true));
    }

    @Test
    void literalsKeepEscapedCharactersAndCdataAsTheClientMeantThem() {
        Filter escaped = fes("<fes:PropertyIsEqualTo><fes:ValueReference>address</fes:ValueReference>"
                + "<fes:Literal>Ng&#x00F5; 5 &amp; 7, &lt;Hà Nội&gt;</fes:Literal></fes:PropertyIsEqualTo>");
        Filter cdata = fes("<fes:PropertyIsEqualTo><fes:ValueReference>address</fes:ValueReference>"
                + "<fes:Literal><![CDATA[a < b & c]]></fes:Literal></fes:PropertyIsEqualTo>");

        assertThat(((Filter.Comparison) escaped).literal()).isEqualTo("Ngõ 5 & 7, <Hà Nội>");
        assertThat(((Filter.Comparison) cdata).literal()).isEqualTo("a < b & c");
    }

    @Test
    void matchCaseFalseComparesWithoutCase() {
        Filter f = fes("<fes:PropertyIsEqualTo matchCase=\"false\"><fes:ValueReference>land_use</fes:ValueReference>"
                + "<fes:Literal>odt</fes:Literal></fes:PropertyIsEqualTo>");

        assertThat(f).isEqualTo(new Filter.Comparison(ComparisonOp.EQUAL, "land_use", "odt", false));
    }

    @ParameterizedTest
    @CsvSource({"landinfo:parcel_number", "parcels/parcel_number", "landinfo:parcels/landinfo:parcel_number",
        "landinfo:parcels[1]/landinfo:parcel_number", "' parcel_number '"})
    void aPrefixedOrPathPropertyNameIsItsLastStepsLocalName(String reference) {
        Filter f = fes("<fes:PropertyIsEqualTo><fes:ValueReference xmlns:landinfo=\"https://landinfo.vn/features\">" + reference
                + "</fes:ValueReference><fes:Literal>42</fes:Literal></fes:PropertyIsEqualTo>");

        assertThat(((Filter.Comparison) f).property()).isEqualTo("parcel_number");
    }

    @Test
    void aLikeKeepsTheClientsWildcardsAsOwsLibWritesThem() {
        // OWSLib's fes.PropertyIsLike: wildCard="%" singleChar="_" escapeChar="\" and matchCase.
        Filter f = fes("<fes:PropertyIsLike wildCard=\"%\" singleChar=\"_\" escapeChar=\"\\\" matchCase=\"false\">"
                + "<fes:ValueReference>address</fes:ValueReference><fes:Literal>%Hoàn Kiếm%</fes:Literal></fes:PropertyIsLike>");

        assertThat(f).isEqualTo(new Filter.Like("address", "%Hoàn Kiếm%", '%', '_', '\\', false));
    }

    @Test
    void betweenReadsBothBoundaries() {
        Filter f = fes("<fes:PropertyIsBetween><fes:ValueReference>area_m2</fes:ValueReference>"
                + "<fes:LowerBoundary><fes:Literal>100</fes:Literal></fes:LowerBoundary>"
                + "<fes:UpperBoundary><fes:Literal>500</fes:Literal></fes:UpperBoundary></fes:PropertyIsBetween>");

        assertThat(f).isEqualTo(new Filter.Between("area_m2", "100", "500"));
    }

    @Test
    void nullAndNilNameTheirProperty() {
        assertThat(fes("<fes:PropertyIsNull><fes:ValueReference>address</fes:ValueReference></fes:PropertyIsNull>"))
                .isEqualTo(new Filter.IsNull("address"));
        assertThat(fes("<fes:PropertyIsNil nilReason=\"missing\"><fes:ValueReference>address</fes:ValueReference></fes:PropertyIsNil>"))
                .isEqualTo(new Filter.IsNil("address"));
        // gml:name is the property every GML feature inherits, named in the GML namespace, not an unknown "name".
        assertThat(fes("<fes:PropertyIsNull><fes:ValueReference xmlns:gml=\"http://www.opengis.net/gml/3.2\">gml:name</fes:ValueReference>"
                + "</fes:PropertyIsNull>")).isEqualTo(new Filter.IsNull("gml:name"));
    }

    @Test
    void aComparisonWithAnXmlLiteralCannotBeProcessed() {
        OgcException e = refusal(() -> fes("<fes:PropertyIsLessThanOrEqualTo><fes:Literal><gml:Envelope xmlns:gml=\"http://www.opengis.net/gml/3.2\">"
                + "<gml:lowerCorner>0 0</gml:lowerCorner><gml:upperCorner>1 1</gml:upperCorner></gml:Envelope></fes:Literal>"
                + "<fes:ValueReference xmlns:gml=\"http://www.opengis.net/gml/3.2\">gml:boundedBy</fes:ValueReference>"
                + "</fes:PropertyIsLessThanOrEqualTo>"));
        assertThat(e.code()).isEqualTo("OperationProcessingFailed");
        assertThat(e.getMessage()).contains("must be text");
    }

    @Test
    void logicalOperatorsNest() {
        Filter f = fes("""
                <fes:And>
                  <fes:PropertyIsEqualTo><fes:ValueReference>commune_code</fes:ValueReference><fes:Literal>00004</fes:Literal></fes:PropertyIsEqualTo>
                  <fes:Or>
                    <fes:PropertyIsEqualTo><fes:ValueReference>land_use</fes:ValueReference><fes:Literal>ODT</fes:Literal></fes:PropertyIsEqualTo>
                    <fes:Not><fes:PropertyIsNull><fes:ValueReference>address</fes:ValueReference></fes:PropertyIsNull></fes:Not>
                  </fes:Or>
                </fes:And>""");

        assertThat(f).isEqualTo(new Filter.And(List.of(
                new Filter.Comparison(ComparisonOp.EQUAL, "commune_code", "00004", true),
                new Filter.Or(List.of(
                        new Filter.Comparison(ComparisonOp.EQUAL, "land_use", "ODT", true),
                        new Filter.Not(new Filter.IsNull("address")))))));
    }

    @Test
    void qgisBboxWithAnUrnEnvelopeIsLatitudeFirst() {
        // QGIS on a WFS 2.0 layer in EPSG:4326: urn srsName, corners latitude first.
        Filter f = fes("""
                <fes:BBOX><fes:ValueReference>geometry</fes:ValueReference>
                  <gml:Envelope srsName="urn:ogc:def:crs:EPSG::4326">
                    <gml:lowerCorner>21.02 105.84</gml:lowerCorner><gml:upperCorner>21.04 105.86</gml:upperCorner>
                  </gml:Envelope></fes:BBOX>""");

        Filter.Spatial s = (Filter.Spatial) f;
        assertThat(s.op()).isEqualTo(SpatialOp.BBOX);
        assertThat(s.property()).isEqualTo("geometry");
        assertThat(s.geometry().wkt()).isEqualTo("POLYGON ((21.02 105.84, 21.04 105.84, 21.04 105.86, 21.02 105.86, 21.02 105.84))");
        assertThat(s.geometry().crs().code()).isEqualTo("EPSG:4326");
        assertThat(s.geometry().axesSwapped()).isTrue();
    }

    @Test
    void aBboxWithoutValueReferenceAppliesToTheDefaultGeometry() {
        // The OGC suite's nonSpecificBBOX: no ValueReference, envelope in the default CRS.
        Filter f = fes("<fes:BBOX><gml:Envelope><gml:lowerCorner>580000 2320000</gml:lowerCorner>"
                + "<gml:upperCorner>590000 2340000</gml:upperCorner></gml:Envelope></fes:BBOX>");

        Filter.Spatial s = (Filter.Spatial) f;
        assertThat(s.property()).isNull();
        assertThat(s.geometry().crs().code()).isEqualTo("EPSG:5899");
        assertThat(s.geometry().axesSwapped()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("vn.landinfo.mapserver.wfs.filter.Filters#binarySpatialOperators")
    void eachBinarySpatialOperatorReadsItsGeometry(String element, SpatialOp op) {
        Filter f = fes("<fes:" + element + "><fes:ValueReference>landinfo:geometry</fes:ValueReference>" + POINT_3405 + "</fes:" + element + ">");

        assertThat(f).isEqualTo(new Filter.Spatial(op, "geometry", new GeometryLiteral("POINT (585000 2330000)", UTM_48N, false)));
    }

    @Test
    void aGeometryWrittenFirstMirrorsWithinAndContains() {
        Filter within = fes("<fes:Within>" + POINT_3405 + "<fes:ValueReference>geometry</fes:ValueReference></fes:Within>");
        Filter intersects = fes("<fes:Intersects>" + POINT_3405 + "<fes:ValueReference>geometry</fes:ValueReference></fes:Intersects>");

        assertThat(((Filter.Spatial) within).op()).isEqualTo(SpatialOp.CONTAINS);
        assertThat(((Filter.Spatial) intersects).op()).isEqualTo(SpatialOp.INTERSECTS);
    }

    @Test
    void qgisIntersectsWithAGml32PolygonKeepsItsRings() {
        Filter f = fes("""
                <fes:Intersects><fes:ValueReference>geometry</fes:ValueReference>
                  <gml:Polygon gml:id="qgis_id_geom_1" srsName="urn:ogc:def:crs:EPSG::5899">
                    <gml:exterior><gml:LinearRing><gml:posList srsDimension="2">
                      580000 2320000 581000 2320000 581000 2321000 580000 2321000 580000 2320000
                    </gml:posList></gml:LinearRing></gml:exterior>
                    <gml:interior><gml:LinearRing><gml:posList srsDimension="2">
                      580100 2320100 580200 2320100 580200 2320200 580100 2320100
                    </gml:posList></gml:LinearRing></gml:interior>
                  </gml:Polygon></fes:Intersects>""");

        assertThat(((Filter.Spatial) f).geometry().wkt()).isEqualTo("POLYGON ((580000 2320000, 581000 2320000, 581000 2321000, "
                + "580000 2321000, 580000 2320000), (580100 2320100, 580200 2320100, 580200 2320200, 580100 2320100))");
    }

    @ParameterizedTest
    @CsvSource({"m, 150, 150", "km, 1.5, 1500", "urn:ogc:def:uom:EPSG::9001, 150, 150",
        "http://www.opengis.net/def/uom/EPSG/0/9036, 2, 2000", "meter, 10, 10", "kilometers, 3, 3000"})
    void dWithinConvertsItsDistanceToMetres(String uom, String value, double metres) {
        Filter f = fes("<fes:DWithin><fes:ValueReference>geometry</fes:ValueReference>" + POINT_3405
                + "<fes:Distance uom=\"" + uom + "\">" + value + "</fes:Distance></fes:DWithin>");

        assertThat(f).isInstanceOfSatisfying(Filter.Distance.class, d -> {
            assertThat(d.op()).isEqualTo(DistanceOp.DWITHIN);
            assertThat(d.metres()).isEqualTo(metres);
            assertThat(d.geometry().wkt()).isEqualTo("POINT (585000 2330000)");
        });
    }

    @Test
    void aDistanceInDegreesIsDegreesOfArcOnTheEquatorialRadius() {
        Filter f = fes("<fes:Beyond><fes:ValueReference>geometry</fes:ValueReference>"
                + "<gml:Point srsName=\"http://www.opengis.net/def/crs/EPSG/0/4326\"><gml:pos>21.03 105.85</gml:pos></gml:Point>"
                + "<fes:Distance uom=\"deg\">0.01</fes:Distance></fes:Beyond>");

        Filter.Distance d = (Filter.Distance) f;
        assertThat(d.op()).isEqualTo(DistanceOp.BEYOND);
        assertThat(d.metres()).isCloseTo(1113.19, Offset.offset(0.01));
        assertThat(d.geometry().axesSwapped()).isTrue();
    }

    @Test
    void aDistanceWithAnUnknownUnitOrNoNumberIsRefused() {
        OgcException unit = refusal(() -> fes("<fes:DWithin><fes:ValueReference>geometry</fes:ValueReference>" + POINT_3405
                + "<fes:Distance uom=\"furlong\">3</fes:Distance></fes:DWithin>"));
        OgcException negative = refusal(() -> fes("<fes:DWithin><fes:ValueReference>geometry</fes:ValueReference>" + POINT_3405
                + "<fes:Distance uom=\"m\">-3</fes:Distance></fes:DWithin>"));
        OgcException missing = refusal(() -> fes("<fes:DWithin><fes:ValueReference>geometry</fes:ValueReference>" + POINT_3405
                + "</fes:DWithin>"));

        assertThat(unit.getMessage()).contains("furlong").contains("fes:Distance");
        assertThat(negative.getMessage()).contains("-3");
        assertThat(missing.getMessage()).contains("fes:DWithin").contains("Distance missing");
    }

    @ParameterizedTest
    @CsvSource({"After, AFTER", "Before, BEFORE", "Begins, BEGINS", "BegunBy, BEGUN_BY", "TContains, T_CONTAINS", "During, DURING",
        "EndedBy, ENDED_BY", "Ends, ENDS", "TEquals, T_EQUALS", "Meets, MEETS", "MetBy, MET_BY", "TOverlaps, T_OVERLAPS",
        "OverlappedBy, OVERLAPPED_BY", "AnyInteracts, ANY_INTERACTS"})
    void eachTemporalOperatorReadsAPeriod(String element, TemporalOp op) {
        Filter f = fes("<fes:" + element + "><fes:ValueReference>valid_from</fes:ValueReference>"
                + "<gml:TimePeriod gml:id=\"t1\"><gml:beginPosition>2020-01-01T00:00:00Z</gml:beginPosition>"
                + "<gml:endPosition>2021-01-01T00:00:00Z</gml:endPosition></gml:TimePeriod></fes:" + element + ">");

        assertThat(f).isEqualTo(new Filter.Temporal(op, "valid_from", Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2021-01-01T00:00:00Z")));
    }

    @Test
    void anInstantIsAPeriodOfNoLengthAndTimesWithoutOffsetAreVietnamTime() {
        Filter after = fes("<fes:After><fes:ValueReference>valid_from</fes:ValueReference>"
                + "<gml:TimeInstant gml:id=\"t1\"><gml:timePosition>2024-05-01T08:00:00</gml:timePosition></gml:TimeInstant></fes:After>");
        Filter literal = fes("<fes:TEquals><fes:ValueReference>valid_from</fes:ValueReference>"
                + "<fes:Literal>2024-05-01</fes:Literal></fes:TEquals>");

        Instant eightInHanoi = Instant.parse("2024-05-01T01:00:00Z");
        assertThat(after).isEqualTo(new Filter.Temporal(TemporalOp.AFTER, "valid_from", eightInHanoi, eightInHanoi));
        Instant midnightInHanoi = Instant.parse("2024-04-30T17:00:00Z");
        assertThat(literal).isEqualTo(new Filter.Temporal(TemporalOp.T_EQUALS, "valid_from", midnightInHanoi, midnightInHanoi));
    }

    @Test
    void aPeriodOfBeginAndEndInstantsAndATimeWrittenFirstAreRead() {
        Filter f = fes("""
                <fes:During>
                  <gml:TimePeriod gml:id="p"><gml:begin><gml:TimeInstant gml:id="b"><gml:timePosition>2019-06-01T00:00:00+07:00</gml:timePosition></gml:TimeInstant></gml:begin>
                    <gml:end><gml:TimeInstant gml:id="e"><gml:timePosition>2019-07-01T00:00:00+07:00</gml:timePosition></gml:TimeInstant></gml:end></gml:TimePeriod>
                  <fes:ValueReference>valid_to</fes:ValueReference>
                </fes:During>""");

        assertThat(f).isEqualTo(new Filter.Temporal(TemporalOp.T_CONTAINS, "valid_to",
                Instant.parse("2019-05-31T17:00:00Z"), Instant.parse("2019-06-30T17:00:00Z")));
    }

    @Test
    void aPeriodThatEndsBeforeItBeginsOrABadDateIsRefused() {
        OgcException backwards = refusal(() -> fes("<fes:During><fes:ValueReference>valid_from</fes:ValueReference>"
                + "<gml:TimePeriod><gml:beginPosition>2021-01-01</gml:beginPosition><gml:endPosition>2020-01-01</gml:endPosition>"
                + "</gml:TimePeriod></fes:During>"));
        OgcException bad = refusal(() -> fes("<fes:After><fes:ValueReference>valid_from</fes:ValueReference>"
                + "<fes:Literal>yesterday</fes:Literal></fes:After>"));

        assertThat(backwards.getMessage()).contains("gml:TimePeriod").contains("begins after it ends");
        assertThat(bad.getMessage()).contains("'yesterday'").contains("ISO 8601");
    }

    @Test
    void qgisAndOfBboxAndAttributeAsItSendsInAKvpFilter() {
        // QGIS 3 on a WFS 2.0 layer in EPSG:5899 (VN-2000 TM-3 107°45′), filtering one commune's ODT parcels in view.
        Filter f = Filters.read("""
                <fes:Filter xmlns:fes="http://www.opengis.net/fes/2.0" xmlns:gml="http://www.opengis.net/gml/3.2">\
                <fes:And><fes:BBOX><fes:ValueReference>geometry</fes:ValueReference>\
                <gml:Envelope srsName="urn:ogc:def:crs:EPSG::5899"><gml:lowerCorner>580000.5 2320000.25</gml:lowerCorner>\
                <gml:upperCorner>590000 2330000</gml:upperCorner></gml:Envelope></fes:BBOX>\
                <fes:And><fes:PropertyIsEqualTo><fes:ValueReference>commune_code</fes:ValueReference><fes:Literal>00004</fes:Literal></fes:PropertyIsEqualTo>\
                <fes:PropertyIsEqualTo><fes:ValueReference>land_use</fes:ValueReference><fes:Literal>ODT</fes:Literal></fes:PropertyIsEqualTo>\
                </fes:And></fes:And></fes:Filter>""", FilterVersion.FES_2_0, "urn:ogc:def:crs:EPSG::5899");

        Filter.And and = (Filter.And) f;
        Filter.Spatial bbox = (Filter.Spatial) and.operands().get(0);
        assertThat(bbox.geometry().wkt()).isEqualTo("POLYGON ((580000.5 2320000.25, 590000 2320000.25, 590000 2330000, "
                + "580000.5 2330000, 580000.5 2320000.25))");
        assertThat(bbox.geometry().crs().srid()).isEqualTo(5899);
        assertThat(bbox.geometry().axesSwapped()).isFalse();
        assertThat(and.operands().get(1)).isEqualTo(new Filter.And(List.of(
                new Filter.Comparison(ComparisonOp.EQUAL, "commune_code", "00004", true),
                new Filter.Comparison(ComparisonOp.EQUAL, "land_use", "ODT", true))));
    }

    @Test
    void malformedFiltersAreRefusedNamingTheElement() {
        OgcException unknown = refusal(() -> fes("<fes:PropertyIsSimilarTo><fes:ValueReference>a</fes:ValueReference></fes:PropertyIsSimilarTo>"));
        OgcException arity = refusal(() -> fes("<fes:PropertyIsEqualTo><fes:ValueReference>a</fes:ValueReference></fes:PropertyIsEqualTo>"));
        OgcException twoProperties = refusal(() -> fes("<fes:PropertyIsEqualTo><fes:ValueReference>a</fes:ValueReference>"
                + "<fes:ValueReference>b</fes:ValueReference></fes:PropertyIsEqualTo>"));
        OgcException function = refusal(() -> fes("<fes:PropertyIsEqualTo><fes:Function name=\"strToUpperCase\">"
                + "<fes:ValueReference>a</fes:ValueReference></fes:Function><fes:Literal>X</fes:Literal></fes:PropertyIsEqualTo>"));
        OgcException notTwo = refusal(() -> fes("<fes:Not><fes:PropertyIsNull><fes:ValueReference>a</fes:ValueReference></fes:PropertyIsNull>"
                + "<fes:PropertyIsNull><fes:ValueReference>b</fes:ValueReference></fes:PropertyIsNull></fes:Not>"));
        OgcException andOfOne = refusal(() -> fes("<fes:And><fes:PropertyIsNull><fes:ValueReference>a</fes:ValueReference></fes:PropertyIsNull></fes:And>"));
        OgcException two = refusal(() -> fes("<fes:PropertyIsNull><fes:ValueReference>a</fes:ValueReference></fes:PropertyIsNull>"
                + "<fes:PropertyIsNull><fes:ValueReference>b</fes:ValueReference></fes:PropertyIsNull>"));
        OgcException empty = refusal(() -> fes(""));
        OgcException likeChars = refusal(() -> fes("<fes:PropertyIsLike wildCard=\"**\" singleChar=\"_\" escapeChar=\"!\">"
                + "<fes:ValueReference>a</fes:ValueReference><fes:Literal>x*</fes:Literal></fes:PropertyIsLike>"));
        OgcException badName = refusal(() -> fes("<fes:PropertyIsNull><fes:ValueReference>a b;drop</fes:ValueReference></fes:PropertyIsNull>"));

        assertThat(List.of(unknown, arity, twoProperties, function, notTwo, andOfOne, two, empty, likeChars, badName))
                .allSatisfy(e -> assertThat(e.code()).isEqualTo("OperationParsingFailed"));
        assertThat(unknown.getMessage()).contains("fes:PropertyIsSimilarTo");
        assertThat(arity.getMessage()).contains("fes:PropertyIsEqualTo").contains("exactly two operands expected, 1 given");
        assertThat(twoProperties.getMessage()).contains("one property and one literal expected");
        assertThat(function.getMessage()).contains("fes:Function").contains("not supported");
        assertThat(notTwo.getMessage()).contains("fes:Not").contains("exactly one predicate");
        assertThat(andOfOne.getMessage()).contains("fes:And").contains("at least two predicates");
        assertThat(two.getMessage()).contains("combine them with And");
        assertThat(empty.getMessage()).contains("the filter is empty");
        assertThat(likeChars.getMessage()).contains("wildCard must be exactly one character");
        assertThat(badName.getMessage()).contains("'a b;drop'");
    }
}
