package vn.landinfo.mapserver.wfs.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.landinfo.mapserver.wfs.filter.Filters.refusal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.landinfo.mapserver.features.filter.Filter;
import vn.landinfo.mapserver.features.filter.GeometryLiteral;
import vn.landinfo.mapserver.ogc.OgcException;

/** Geometries in filters: the GML forms clients send, and the malformed ones refused before they reach PostGIS. */
class GmlGeometryTest {

    private static GeometryLiteral intersects(String geometry, String defaultSrsName) {
        String xml = "<fes:Filter xmlns:fes=\"" + Filters.FES + "\" xmlns:gml=\"" + Filters.GML32 + "\"><fes:Intersects>"
                + "<fes:ValueReference>geometry</fes:ValueReference>" + geometry + "</fes:Intersects></fes:Filter>";
        return ((Filter.Spatial) Filters.read(xml, FilterVersion.FES_2_0, defaultSrsName)).geometry();
    }

    private static GeometryLiteral intersects(String geometry) {
        return intersects(geometry, "EPSG:5899");
    }

    @Test
    void aThreeDimensionalPosListKeepsXAndY() {
        GeometryLiteral g = intersects("<gml:LineString srsDimension=\"3\"><gml:posList>1 2 9 3 4 9</gml:posList></gml:LineString>");

        assertThat(g.wkt()).isEqualTo("LINESTRING (1 2, 3 4)");
    }

    @Test
    void gml2CoordinatesWithOtherSeparatorsAndSpacesAroundCommas() {
        GeometryLiteral custom = intersects("<gml:LineString><gml:coordinates decimal=\",\" cs=\";\" ts=\"|\">1,5;2 | 3;4,25</gml:coordinates></gml:LineString>");
        GeometryLiteral spaced = intersects("<gml:LineString><gml:coordinates>1, 2  3 ,4</gml:coordinates></gml:LineString>");

        assertThat(custom.wkt()).isEqualTo("LINESTRING (1.5 2, 3 4.25)");
        assertThat(spaced.wkt()).isEqualTo("LINESTRING (1 2, 3 4)");
    }

    @Test
    void aFlatEnvelopeIsAPointOrALine() {
        assertThat(intersects("<gml:Envelope><gml:lowerCorner>5 5</gml:lowerCorner><gml:upperCorner>5 5</gml:upperCorner></gml:Envelope>").wkt())
                .isEqualTo("POINT (5 5)");
        assertThat(intersects("<gml:Envelope><gml:lowerCorner>5 5</gml:lowerCorner><gml:upperCorner>9 5</gml:upperCorner></gml:Envelope>").wkt())
                .isEqualTo("LINESTRING (5 5, 9 5)");
    }

    @Test
    void anEnvelopeOfTwoPosAndASurfaceOfPatches() {
        assertThat(intersects("<gml:Envelope><gml:pos>1 2</gml:pos><gml:pos>3 4</gml:pos></gml:Envelope>").wkt())
                .isEqualTo("POLYGON ((1 2, 3 2, 3 4, 1 4, 1 2))");
        assertThat(intersects("<gml:Surface><gml:patches><gml:PolygonPatch><gml:exterior><gml:LinearRing>"
                + "<gml:posList>0 0 4 0 4 4 0 0</gml:posList></gml:LinearRing></gml:exterior></gml:PolygonPatch></gml:patches></gml:Surface>").wkt())
                .isEqualTo("POLYGON ((0 0, 4 0, 4 4, 0 0))");
    }

    @Test
    void aGml32RingOfCurveMembersIsJoinedInOrder() {
        GeometryLiteral g = intersects("<gml:Polygon><gml:exterior><gml:Ring>"
                + "<gml:curveMember><gml:LineString><gml:posList>0 0 4 0 4 4</gml:posList></gml:LineString></gml:curveMember>"
                + "<gml:curveMember><gml:Curve><gml:segments><gml:LineStringSegment interpolation=\"linear\"><gml:posList>4 4 0 4 0 0</gml:posList>"
                + "</gml:LineStringSegment></gml:segments></gml:Curve></gml:curveMember></gml:Ring></gml:exterior></gml:Polygon>");

        assertThat(g.wkt()).isEqualTo("POLYGON ((0 0, 4 0, 4 4, 4 4, 0 4, 0 0))");
    }

    @Test
    void theGeometrysOwnSrsNameWinsOverTheDefaultAndAMemberCanCarryIt() {
        GeometryLiteral own = intersects("<gml:Point srsName=\"EPSG:3405\"><gml:pos>1 2</gml:pos></gml:Point>", "EPSG:5899");
        GeometryLiteral member = intersects("<gml:MultiPoint><gml:pointMember><gml:Point srsName=\"EPSG:9210\"><gml:pos>1 2</gml:pos>"
                + "</gml:Point></gml:pointMember></gml:MultiPoint>", "EPSG:5899");
        GeometryLiteral fallback = intersects("<gml:Point><gml:pos>1 2</gml:pos></gml:Point>", "urn:ogc:def:crs:EPSG::4326");

        assertThat(own.crs().srid()).isEqualTo(3405);
        assertThat(member.crs().srid()).isEqualTo(9210);
        assertThat(fallback.crs().srid()).isEqualTo(4326);
        assertThat(fallback.axesSwapped()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "unclosed ring | <gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>0 0 1 0 1 1 0 1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon> | the ring is not closed",
        "short ring | <gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>0 0 1 0 0 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon> | at least four positions, it has 3",
        "one-point line | <gml:LineString><gml:posList>0 0</gml:posList></gml:LineString> | at least two positions",
        "odd posList | <gml:LineString><gml:posList>0 0 1</gml:posList></gml:LineString> | not a multiple of the dimension 2",
        "comma decimal | <gml:Point><gml:pos>1,5 2</gml:pos></gml:Point> | '1,5' is not a number",
        "NaN | <gml:Point><gml:pos>NaN 2</gml:pos></gml:Point> | 'NaN' is not a number",
        "hexadecimal | <gml:Point><gml:pos>0x1p3 2</gml:pos></gml:Point> | '0x1p3' is not a number",
        "Java suffix | <gml:Point><gml:pos>1d 2</gml:pos></gml:Point> | '1d' is not a number",
        "overflow | <gml:Point><gml:pos>1e999 2</gml:pos></gml:Point> | out of range",
        "two positions in a point | <gml:Point><gml:pos>1 2 3 4</gml:pos></gml:Point> | exactly one position",
        "empty point | <gml:Point/> | a point needs exactly one position, it has 0",
        "inverted envelope | <gml:Envelope><gml:lowerCorner>5 5</gml:lowerCorner><gml:upperCorner>1 1</gml:upperCorner></gml:Envelope> | lower corner is above",
        "srsDimension 4 | <gml:Point srsDimension=\"4\"><gml:pos>1 2 3 4</gml:pos></gml:Point> | srsDimension '4' is not supported",
        "unknown CRS | <gml:Point srsName=\"EPSG:2154\"><gml:pos>1 2</gml:pos></gml:Point> | the CRS 'EPSG:2154' is not supported",
        "multi-geometry | <gml:MultiGeometry><gml:geometryMember><gml:Point><gml:pos>1 2</gml:pos></gml:Point></gml:geometryMember></gml:MultiGeometry> | this geometry type is not supported",
        "polygon without exterior | <gml:Polygon><gml:interior><gml:LinearRing><gml:posList>0 0 1 0 1 1 0 0</gml:posList></gml:LinearRing></gml:interior></gml:Polygon> | exactly one exterior",
        "empty multi | <gml:MultiPolygon/> | the multi-geometry has no members",
        "bad separators | <gml:LineString><gml:coordinates cs=\" \">1 2</gml:coordinates></gml:LineString> | three different single characters"})
    void malformedGeometriesAreRefused(String what, String geometry, String message) {
        OgcException e = refusal(() -> intersects(geometry));

        assertThat(e.code()).isEqualTo("OperationParsingFailed");
        assertThat(e.getMessage()).contains(message);
    }

    @Test
    void aGeometryWithoutSrsNameAndNoDefaultIsRefused() {
        OgcException e = refusal(() -> intersects("<gml:Point><gml:pos>1 2</gml:pos></gml:Point>", null));

        assertThat(e.getMessage()).contains("gml:Point").contains("no srsName and the request gives no default CRS");
    }

    @Test
    void moreThanAHundredThousandPositionsAreRefused() {
        StringBuilder ring = new StringBuilder("0 0");
        for (int i = 1; i < Reading.MAX_COORDINATES; i++) {
            ring.append(' ').append(i).append(" 1");
        }
        ring.append(" 0 0");
        String polygon = "<gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>" + ring + "</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>";

        OgcException e = refusal(() -> intersects(polygon));

        assertThat(e.getMessage()).contains("gml:posList").contains("more than 100000 positions");
    }

    @Test
    void exactlyTheBoundIsAccepted() {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < Reading.MAX_COORDINATES; i++) {
            line.append(i).append(' ').append(i % 7).append(' ');
        }

        GeometryLiteral g = intersects("<gml:LineString><gml:posList>" + line + "</gml:posList></gml:LineString>");

        assertThat(g.wkt()).startsWith("LINESTRING (0 0, 1 1,").endsWith(", 99999 4)");
    }
}
