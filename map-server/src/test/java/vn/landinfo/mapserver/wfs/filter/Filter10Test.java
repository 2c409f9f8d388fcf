package vn.landinfo.mapserver.wfs.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.landinfo.mapserver.wfs.filter.Filters.ogc10;
import static vn.landinfo.mapserver.wfs.filter.Filters.refusal;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.landinfo.mapserver.features.filter.ComparisonOp;
import vn.landinfo.mapserver.features.filter.Filter;
import vn.landinfo.mapserver.features.filter.ResourceId;
import vn.landinfo.mapserver.features.filter.SpatialOp;
import vn.landinfo.mapserver.ogc.OgcException;

/** Filter Encoding 1.0 (WFS 1.0.0): FeatureId, PropertyName, gml:Box and GML 2 coordinates. */
class Filter10Test {

    @ParameterizedTest
    @MethodSource("vn.landinfo.mapserver.wfs.filter.Filters#comparisons")
    void eachComparison(String element, ComparisonOp op) {
        Filter f = ogc10("<ogc:" + element + "><ogc:PropertyName>sheet_number</ogc:PropertyName><ogc:Literal>12</ogc:Literal></ogc:" + element + ">");

        assertThat(f).isEqualTo(new Filter.Comparison(op, "sheet_number", "12", true));
    }

    @Test
    void featureIdsAsQgisAndGdalWriteThem() {
        Filter f = ogc10("<ogc:FeatureId fid=\"parcels.1\"/><ogc:FeatureId fid=\"parcels.2\"/><ogc:FeatureId fid=\"parcels.3\"/>");

        assertThat(f).isEqualTo(new Filter.ResourceIds(List.of(ResourceId.of("parcels.1"), ResourceId.of("parcels.2"), ResourceId.of("parcels.3"))));
    }

    @Test
    void gdalsFilter10LikeUsesEscapeNotEscapeChar() {
        Filter f = ogc10("<ogc:PropertyIsLike wildCard='*' singleChar='_' escape='!' matchCase='false'>"
                + "<ogc:PropertyName>address</ogc:PropertyName><ogc:Literal>*Ba Đình*</ogc:Literal></ogc:PropertyIsLike>");

        assertThat(f).isEqualTo(new Filter.Like("address", "*Ba Đình*", '*', '_', '!', false));
    }

    @Test
    void aBoxInPlainEpsg4326IsLongitudeFirstInWfs10() {
        // QGIS and MapServer clients on WFS 1.0: gml:Box with GML 2 coordinates, longitude first.
        Filter f = ogc10("<ogc:BBOX><ogc:PropertyName>geometry</ogc:PropertyName><gml:Box srsName=\"EPSG:4326\">"
                + "<gml:coordinates decimal=\".\" cs=\",\" ts=\" \">105.8,21.0 105.9,21.1</gml:coordinates></gml:Box></ogc:BBOX>");

        Filter.Spatial s = (Filter.Spatial) f;
        assertThat(s.op()).isEqualTo(SpatialOp.BBOX);
        assertThat(s.geometry().wkt()).isEqualTo("POLYGON ((105.8 21, 105.9 21, 105.9 21.1, 105.8 21.1, 105.8 21))");
        assertThat(s.geometry().axesSwapped()).isFalse();
    }

    @Test
    void aBoxOfCoordElementsInTheGml2EpsgXmlForm() {
        Filter f = ogc10("<ogc:BBOX><ogc:PropertyName>geometry</ogc:PropertyName>"
                + "<gml:Box srsName=\"http://www.opengis.net/gml/srs/epsg.xml#4326\"><gml:coord><gml:X>105.8</gml:X><gml:Y>21.0</gml:Y></gml:coord>"
                + "<gml:coord><gml:X>105.9</gml:X><gml:Y>21.1</gml:Y></gml:coord></gml:Box></ogc:BBOX>");

        Filter.Spatial s = (Filter.Spatial) f;
        assertThat(s.geometry().wkt()).isEqualTo("POLYGON ((105.8 21, 105.9 21, 105.9 21.1, 105.8 21.1, 105.8 21))");
        assertThat(s.geometry().crs().srid()).isEqualTo(4326);
        assertThat(s.geometry().axesSwapped()).isFalse();
    }

    @Test
    void gml2PolygonWithAHoleInCoordinates() {
        Filter f = ogc10("""
                <ogc:Within><ogc:PropertyName>geometry</ogc:PropertyName>
                <gml:Polygon srsName="EPSG:5899">
                  <gml:outerBoundaryIs><gml:LinearRing><gml:coordinates>0,0 100,0 100,100 0,100 0,0</gml:coordinates></gml:LinearRing></gml:outerBoundaryIs>
                  <gml:innerBoundaryIs><gml:LinearRing><gml:coordinates>10,10 20,10 20,20 10,10</gml:coordinates></gml:LinearRing></gml:innerBoundaryIs>
                </gml:Polygon></ogc:Within>""");

        assertThat(((Filter.Spatial) f).geometry().wkt())
                .isEqualTo("POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0), (10 10, 20 10, 20 20, 10 10))");
    }

    @Test
    void gml2MultiGeometriesPointsAndLines() {
        Filter multiPolygon = ogc10("""
                <ogc:Intersects><ogc:PropertyName>geometry</ogc:PropertyName><gml:MultiPolygon srsName="EPSG:5899">
                <gml:polygonMember><gml:Polygon><gml:outerBoundaryIs><gml:LinearRing><gml:coordinates>0,0 1,0 1,1 0,0</gml:coordinates>
                </gml:LinearRing></gml:outerBoundaryIs></gml:Polygon></gml:polygonMember>
                <gml:polygonMember><gml:Polygon><gml:outerBoundaryIs><gml:LinearRing><gml:coordinates>5,5 6,5 6,6 5,5</gml:coordinates>
                </gml:LinearRing></gml:outerBoundaryIs></gml:Polygon></gml:polygonMember></gml:MultiPolygon></ogc:Intersects>""");
        Filter multiLine = ogc10("""
                <ogc:Intersects><ogc:PropertyName>geometry</ogc:PropertyName><gml:MultiLineString srsName="EPSG:5899">
                <gml:lineStringMember><gml:LineString><gml:coordinates>0,0 1,1</gml:coordinates></gml:LineString></gml:lineStringMember>
                <gml:lineStringMember><gml:LineString><gml:coord><gml:X>2</gml:X><gml:Y>2</gml:Y></gml:coord><gml:coord><gml:X>3</gml:X><gml:Y>4</gml:Y></gml:coord></gml:LineString></gml:lineStringMember>
                </gml:MultiLineString></ogc:Intersects>""");
        Filter multiPoint = ogc10("""
                <ogc:Intersects><ogc:PropertyName>geometry</ogc:PropertyName><gml:MultiPoint srsName="EPSG:5899">
                <gml:pointMember><gml:Point><gml:coordinates>1,2</gml:coordinates></gml:Point></gml:pointMember>
                <gml:pointMember><gml:Point><gml:coord><gml:X>3</gml:X><gml:Y>4</gml:Y></gml:coord></gml:Point></gml:pointMember>
                </gml:MultiPoint></ogc:Intersects>""");
        Filter point = ogc10("<ogc:Contains><ogc:PropertyName>geometry</ogc:PropertyName>"
                + "<gml:Point srsName=\"EPSG:5899\"><gml:coordinates>580000.5,2320000.25</gml:coordinates></gml:Point></ogc:Contains>");

        assertThat(((Filter.Spatial) multiPolygon).geometry().wkt()).isEqualTo("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))");
        assertThat(((Filter.Spatial) multiLine).geometry().wkt()).isEqualTo("MULTILINESTRING ((0 0, 1 1), (2 2, 3 4))");
        assertThat(((Filter.Spatial) multiPoint).geometry().wkt()).isEqualTo("MULTIPOINT ((1 2), (3 4))");
        assertThat(((Filter.Spatial) point).geometry().wkt()).isEqualTo("POINT (580000.5 2320000.25)");
    }

    @Test
    void betweenNullDistanceAndLogic() {
        Filter f = ogc10("""
                <ogc:And>
                  <ogc:PropertyIsBetween><ogc:PropertyName>area_m2</ogc:PropertyName>
                    <ogc:LowerBoundary><ogc:Literal>1</ogc:Literal></ogc:LowerBoundary><ogc:UpperBoundary><ogc:Literal>2</ogc:Literal></ogc:UpperBoundary>
                  </ogc:PropertyIsBetween>
                  <ogc:PropertyIsNull><ogc:PropertyName>address</ogc:PropertyName></ogc:PropertyIsNull>
                  <ogc:Not><ogc:DWithin><ogc:PropertyName>geometry</ogc:PropertyName>
                    <gml:Point srsName="EPSG:5899"><gml:coordinates>1,2</gml:coordinates></gml:Point><ogc:Distance units="m">5</ogc:Distance></ogc:DWithin></ogc:Not>
                </ogc:And>""");

        Filter.And and = (Filter.And) f;
        assertThat(and.operands()).hasSize(3);
        assertThat(and.operands().get(0)).isEqualTo(new Filter.Between("area_m2", "1", "2"));
        assertThat(and.operands().get(1)).isEqualTo(new Filter.IsNull("address"));
        assertThat(((Filter.Distance) ((Filter.Not) and.operands().get(2)).operand()).metres()).isEqualTo(5.0);
    }

    @Test
    void refusalsInFilter10AreInvalidParameterValueNamingTheElement() {
        OgcException box = refusal(() -> ogc10("<ogc:BBOX><ogc:PropertyName>geometry</ogc:PropertyName>"
                + "<gml:Box srsName=\"EPSG:5899\"><gml:coordinates>0,0</gml:coordinates></gml:Box></ogc:BBOX>"));
        OgcException arithmetic = refusal(() -> ogc10("<ogc:PropertyIsEqualTo><ogc:PropertyName>a</ogc:PropertyName>"
                + "<ogc:Add><ogc:Literal>1</ogc:Literal><ogc:Literal>2</ogc:Literal></ogc:Add></ogc:PropertyIsEqualTo>"));

        assertThat(box.code()).isEqualTo(OgcException.INVALID_PARAMETER_VALUE);
        assertThat(box.getMessage()).contains("gml:Box").contains("exactly two corners");
        assertThat(arithmetic.code()).isEqualTo(OgcException.INVALID_PARAMETER_VALUE);
        assertThat(arithmetic.getMessage()).contains("ogc:Add").contains("arithmetic");
    }
}
