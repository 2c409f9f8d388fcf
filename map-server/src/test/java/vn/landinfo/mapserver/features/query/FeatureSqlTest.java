package vn.landinfo.mapserver.features.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.landinfo.mapserver.catalog.PublishedLayer;
import vn.landinfo.mapserver.crs.CrsCatalogue;
import vn.landinfo.mapserver.crs.MapCrs;
import vn.landinfo.mapserver.features.FeatureType;
import vn.landinfo.mapserver.features.FeatureTypes;
import vn.landinfo.mapserver.features.filter.ComparisonOp;
import vn.landinfo.mapserver.features.filter.DistanceOp;
import vn.landinfo.mapserver.features.filter.Filter;
import vn.landinfo.mapserver.features.filter.GeometryLiteral;
import vn.landinfo.mapserver.features.filter.ResourceId;
import vn.landinfo.mapserver.features.filter.SpatialOp;
import vn.landinfo.mapserver.features.filter.TemporalOp;
import vn.landinfo.mapserver.features.filter.TimeOperand;
import vn.landinfo.mapserver.ogc.OgcException;
import vn.landinfo.mapserver.sql.Sql;

class FeatureSqlTest {

    private static final FeatureType PARCELS = FeatureTypes.of(PublishedLayer.PARCELS);
    private static final FeatureType COMMUNES = FeatureTypes.of(PublishedLayer.COMMUNES);
    private static final CrsCatalogue CRS = CrsCatalogue.standard();
    private static final MapCrs WGS84 = CRS.find("EPSG:4326").orElseThrow();
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    private static FeatureQuery query(FeatureType type, Filter filter) {
        return new FeatureQuery(type, filter, new RegisterTime.Current(), List.of(), List.of(), 0, 10, WGS84, false);
    }

    private static FeatureQuery query(Filter filter) {
        return query(PARCELS, filter);
    }

    private static Sql where(Filter filter) {
        return FeatureSql.hits(query(filter));
    }

    @Test
    void theCurrentRegisterIsReadFromTheViewOfCurrentFeaturesInAStableOrderWithBoundPaging() {
        FeatureQuery q = new FeatureQuery(PARCELS, new Filter.Include(), new RegisterTime.Current(), List.of(),
                List.of(new SortKey("legal_area", false)), 20, 10, WGS84, false);
        FeatureStatement st = FeatureSql.page(q, GeometryEncoding.GEOJSON);
        assertThat(st.sql().text()).contains("FROM \"publish\".\"parcels\" f")
                .endsWith("ORDER BY f.\"legal_area\" DESC, f.\"id\" OFFSET ? LIMIT ?");
        assertThat(st.sql().params()).containsExactly(20L, 10L);
        assertThat(st.versioned()).isFalse();
        assertThat(st.geometry()).isTrue();
        assertThat(st.properties()).isEqualTo(PARCELS.properties());
    }

    @Test
    void aNullCountWritesNoLimitAndAZeroStartIndexNoOffset() {
        FeatureQuery q = new FeatureQuery(PARCELS, new Filter.Include(), new RegisterTime.Current(), List.of(), List.of(), 0, null, WGS84, false);
        assertThat(FeatureSql.page(q, GeometryEncoding.GML32).sql().text()).doesNotContain("LIMIT").doesNotContain("OFFSET");
    }

    @Test
    void anUnpagedExportIsReadInNoOrderSoTheFirstRowNeedNotWaitForASortButEveryPageKeepsTheStableOrder() {
        FeatureQuery export = new FeatureQuery(PARCELS, new Filter.Include(), new RegisterTime.Current(), List.of(), List.of(), 0, null, WGS84, false);
        assertThat(FeatureSql.page(export, GeometryEncoding.WKB).sql().text()).doesNotContain("ORDER BY");
        FeatureQuery firstPage = new FeatureQuery(PARCELS, new Filter.Include(), new RegisterTime.Current(), List.of(), List.of(), 0, 10, WGS84, false);
        assertThat(FeatureSql.page(firstPage, GeometryEncoding.WKB).sql().text()).contains("ORDER BY f.\"id\" LIMIT ?");
        FeatureQuery sorted = new FeatureQuery(PARCELS, new Filter.Include(), new RegisterTime.Current(), List.of(),
                List.of(new SortKey("legal_area", true)), 0, null, WGS84, false);
        assertThat(FeatureSql.page(sorted, GeometryEncoding.GEOJSON).sql().text()).endsWith("ORDER BY f.\"legal_area\" ASC, f.\"id\"");
    }

    @Test
    void binaryGeometryIsAMultiPolygonInFullPrecisionAndNeverAxisFlipped() {
        MapCrs tm3 = CRS.find("EPSG:9210").orElseThrow();
        assertThat(FeatureSql.geometryExpression(PARCELS, WGS84, true, GeometryEncoding.WKB)).isEqualTo("ST_AsBinary(ST_Multi(f.\"geom\"), 'NDR')");
        assertThat(FeatureSql.geometryExpression(PARCELS, tm3, false, GeometryEncoding.WKB))
                .isEqualTo("ST_AsBinary(ST_Multi(ST_Transform(f.\"geom\", 9210)), 'NDR')");
        FeatureQuery onlyArea = new FeatureQuery(PARCELS, new Filter.Include(), new RegisterTime.Current(), List.of("legal_area"), List.of(), 0, 10,
                WGS84, false);
        assertThat(FeatureSql.page(onlyArea, GeometryEncoding.WKB).geometry()).as("a FlatGeobuf feature keeps its geometry").isTrue();
    }

    @Test
    void geometryIsReprojectedFlippedAndEncodedByPostgisPerFormat() {
        MapCrs tm3 = CRS.find("EPSG:9205").orElseThrow();
        assertThat(FeatureSql.geometryExpression(PARCELS, WGS84, false, GeometryEncoding.GEOJSON)).isEqualTo("ST_AsGeoJSON(f.\"geom\", 9, 0)");
        assertThat(FeatureSql.geometryExpression(PARCELS, tm3, false, GeometryEncoding.GEOJSON))
                .isEqualTo("ST_AsGeoJSON(ST_Transform(f.\"geom\", 9205), 3, 0)");
        assertThat(FeatureSql.geometryExpression(PARCELS, WGS84, true, GeometryEncoding.GML32))
                .isEqualTo("ST_AsGML(3, ST_Multi(ST_FlipCoordinates(f.\"geom\")), 9, 2, 'gml', 'g')");
        assertThat(FeatureSql.geometryExpression(PARCELS, WGS84, false, GeometryEncoding.GML31)).isEqualTo("ST_AsGML(3, ST_Multi(f.\"geom\"), 9, 2)");
        assertThat(FeatureSql.geometryExpression(PARCELS, WGS84, false, GeometryEncoding.GML2)).isEqualTo("ST_AsGML(2, ST_Multi(f.\"geom\"), 9, 0)");
    }

    @Test
    void propertySelectionKeepsTheTypesOrderAndLeavesTheGeometryOutOfGmlUnlessNamed() {
        FeatureQuery q = new FeatureQuery(PARCELS, new Filter.Include(), new RegisterTime.Current(), List.of("legal_area", "national_id"),
                List.of(), 0, 10, WGS84, false);
        FeatureStatement gml = FeatureSql.page(q, GeometryEncoding.GML32);
        assertThat(gml.properties()).extracting(p -> p.name()).containsExactly("national_id", "legal_area");
        assertThat(gml.geometry()).isFalse();
        assertThat(FeatureSql.page(q, GeometryEncoding.GEOJSON).geometry()).isTrue();
    }

    @Test
    void anUnknownPropertyIsRefusedWithItsNameAsLocatorAndTheValidNamesInBothLanguages() {
        assertThatThrownBy(() -> where(new Filter.Comparison(ComparisonOp.EQUAL, "owner", "x", true)))
                .isInstanceOfSatisfying(OgcException.class, e -> {
                    assertThat(e.code()).isEqualTo(OgcException.INVALID_PARAMETER_VALUE);
                    assertThat(e.locator()).isEqualTo("owner");
                    assertThat(e.getMessage()).contains("không có thuộc tính 'owner'").contains("has no property 'owner'")
                            .contains("national_id").contains("legal_area");
                });
        assertThatThrownBy(() -> FeatureSql.page(new FeatureQuery(PARCELS, new Filter.Include(), new RegisterTime.Current(), List.of("owner"),
                List.of(), 0, 10, WGS84, false), GeometryEncoding.GEOJSON)).isInstanceOf(OgcException.class);
        assertThatThrownBy(() -> FeatureSql.page(new FeatureQuery(PARCELS, new Filter.Include(), new RegisterTime.Current(), List.of(),
                List.of(new SortKey("geom", true)), 0, 10, WGS84, false), GeometryEncoding.GEOJSON))
                .isInstanceOfSatisfying(OgcException.class, e -> assertThat(e.locator()).isEqualTo("geom"));
    }

    @Test
    void literalsAreParsedIntoThePropertysTypeAndABadOneIsTheClientsError() {
        assertThat(where(new Filter.Comparison(ComparisonOp.LESS_THAN, "legal_area", "150.5", true)).params()).containsExactly(new BigDecimal("150.5"));
        assertThat(where(new Filter.Comparison(ComparisonOp.EQUAL, "parcel_number", "12", true)).params()).containsExactly(12L);
        assertThat(where(new Filter.Comparison(ComparisonOp.EQUAL, "restricted", "TRUE", true)).params()).containsExactly(true);
        assertThat(where(new Filter.Comparison(ComparisonOp.GREATER_THAN, "valid_from", "2025-07-01", true)).params())
                .containsExactly(OffsetDateTime.parse("2025-07-01T00:00Z"));
        for (String[] bad : new String[][] {{"legal_area", "lots"}, {"parcel_number", "12a"}, {"restricted", "maybe"}, {"valid_from", "yesterday"}}) {
            assertThatThrownBy(() -> where(new Filter.Comparison(ComparisonOp.EQUAL, bad[0], bad[1], true)))
                    .isInstanceOfSatisfying(OgcException.class, e -> {
                        assertThat(e.httpStatus()).isEqualTo(400);
                        assertThat(e.locator()).isEqualTo(bad[0]);
                        assertThat(e.getMessage()).contains(bad[1]).contains(" / ");
                    });
        }
    }

    @Test
    void comparisonsWithoutMatchCaseCompareLowerCase() {
        Sql sql = where(new Filter.Comparison(ComparisonOp.EQUAL, "main_purpose", "odt", false));
        assertThat(sql.text()).contains("(lower(f.\"main_purpose\") = lower(?))");
        assertThat(where(new Filter.Comparison(ComparisonOp.EQUAL, "legal_area", "5", false)).text()).contains("(f.\"legal_area\" = ?)");
    }

    @Test
    void likePatternsBecomeSqlLikeWithTheirOwnWildcardsAndSqlsOwnCharactersEscaped() {
        assertThat(FilterSql.likePattern("O*T", '*', '.', '!')).isEqualTo("O%T");
        assertThat(FilterSql.likePattern("O.T", '*', '.', '!')).isEqualTo("O_T");
        assertThat(FilterSql.likePattern("50%!*_x!", '*', '.', '!')).isEqualTo("50\\%*\\_x!");
        Sql sql = where(new Filter.Like("main_purpose", "o*", '*', '.', '!', false));
        assertThat(sql.text()).contains("(f.\"main_purpose\" ILIKE ? ESCAPE '\\')");
        assertThat(sql.params()).containsExactly("o%");
        assertThat(where(new Filter.Like("parcel_number", "1*", '*', '.', '!', true)).text()).contains("f.\"parcel_number\"::text LIKE ?");
    }

    @Test
    void betweenNullAndNilCompileNilOnlyOnANullableProperty() {
        assertThat(where(new Filter.Between("legal_area", "100", "200")).params()).containsExactly(new BigDecimal("100"), new BigDecimal("200"));
        assertThat(where(new Filter.IsNull("address")).text()).contains("(f.\"address\" IS NULL)");
        // address is nullable, so written xsi:nil when empty: Nil selects those rows; national_id is never nil.
        assertThat(where(new Filter.IsNil("address")).text()).endsWith("AND ((f.\"address\" IS NULL))");
        assertThat(where(new Filter.IsNil("national_id")).text()).endsWith("AND (FALSE)");
        // gml:name and the other properties every GML feature inherits are never filled here.
        assertThat(where(new Filter.IsNull("gml:name")).text()).endsWith("AND (TRUE)");
        assertThat(where(new Filter.IsNil("gml:name")).text()).endsWith("AND (FALSE)");
    }

    @Test
    void spatialLiteralsAreParsedInTheirCrsFlippedWhenLatitudeFirstAndTransformedToWgs84() {
        MapCrs tm3 = CRS.find("EPSG:9205").orElseThrow();
        Sql bbox = where(new Filter.Spatial(SpatialOp.BBOX, "geom", new GeometryLiteral("POLYGON((21 103,21 104,22 104,22 103,21 103))", WGS84, true)));
        assertThat(bbox.text()).contains("ST_Intersects(f.\"geom\", (SELECT ST_FlipCoordinates(ST_GeomFromText(?, 4326))))");
        Sql within = where(new Filter.Spatial(SpatialOp.WITHIN, null, new GeometryLiteral("POINT(500000 2300000)", tm3, false)));
        assertThat(within.text()).contains("ST_Within(f.\"geom\", (SELECT ST_Transform(ST_GeomFromText(?, 9205), 4326)))");
        assertThat(where(new Filter.Spatial(SpatialOp.DISJOINT, "geom", new GeometryLiteral("POINT(1 1)", WGS84, false))).text())
                .contains("NOT ST_Intersects(");
        assertThatThrownBy(() -> where(new Filter.Spatial(SpatialOp.INTERSECTS, "legal_area", new GeometryLiteral("POINT(1 1)", WGS84, false))))
                .isInstanceOfSatisfying(OgcException.class, e -> assertThat(e.locator()).isEqualTo("legal_area"));
    }

    @Test
    void distancesAreMetresOnTheEllipsoidWithAnIndexableBoxForDWithin() {
        Sql dwithin = where(new Filter.Distance(DistanceOp.DWITHIN, "geom", new GeometryLiteral("POINT(105.85 21.03)", WGS84, false), 25));
        assertThat(dwithin.text()).contains("f.\"geom\" && (SELECT ST_Expand(").contains("ST_DWithin(f.\"geom\"::geography, ((SELECT ST_GeomFromText(?, 4326)))::geography, ?)");
        assertThat(dwithin.params()).containsExactly(25.0, "POINT(105.85 21.03)", "POINT(105.85 21.03)", 25.0);
        Sql beyond = where(new Filter.Distance(DistanceOp.BEYOND, "geom", new GeometryLiteral("POINT(105.85 21.03)", WGS84, false), 25));
        assertThat(beyond.text()).contains("(NOT ST_DWithin(");
        assertThatThrownBy(() -> where(new Filter.Distance(DistanceOp.DWITHIN, "geom", new GeometryLiteral("POINT(1 1)", WGS84, false), -1)))
                .isInstanceOf(OgcException.class);
    }

    @Test
    void temporalPredicatesNeedADateTimeProperty() {
        Sql after = where(new Filter.Temporal(TemporalOp.AFTER, "valid_from", T, T));
        assertThat(after.text()).contains("(f.\"valid_from\" > ?)");
        Sql during = where(new Filter.Temporal(TemporalOp.DURING, "valid_from", T, T.plusSeconds(60)));
        assertThat(during.text()).contains("(f.\"valid_from\" > ? AND f.\"valid_from\" < ?)");
        assertThatThrownBy(() -> where(new Filter.Temporal(TemporalOp.AFTER, "legal_area", T, T)))
                .isInstanceOfSatisfying(OgcException.class, e -> assertThat(e.getMessage()).contains("valid_from, valid_to"));
    }

    /** CQL2 temporal functions compare the operands' ends; an INTERVAL's property without a value is an open end (decision 0207). */
    @Test
    void cql2TemporalFunctionsCompareEndsAndALifespanInForceIsOpen() {
        TimeOperand lifespan = new TimeOperand(new TimeOperand.Property("valid_from"), new TimeOperand.Property("valid_to"), true);
        TimeOperand year = new TimeOperand(new TimeOperand.At(T), new TimeOperand.Open(), true);
        Sql during = where(new Filter.TimeRelation(TemporalOp.DURING, lifespan, year));
        assertThat(during.text()).contains("(CAST(? AS timestamptz) < COALESCE(f.\"valid_from\", '-infinity'::timestamptz) AND "
                + "COALESCE(f.\"valid_to\", 'infinity'::timestamptz) < 'infinity'::timestamptz)");
        Sql after = where(new Filter.TimeRelation(TemporalOp.AFTER, TimeOperand.instant(new TimeOperand.Property("valid_to")), TimeOperand.instant(new TimeOperand.At(T))));
        assertThat(after.text()).as("a property alone stays null when it has no value").contains("(f.\"valid_to\" > CAST(? AS timestamptz))");
        assertThat(after.params()).hasSize(1);
        assertThatThrownBy(() -> where(new Filter.TimeRelation(TemporalOp.MEETS, new TimeOperand(new TimeOperand.Property("legal_area"),
                new TimeOperand.Open(), true), year))).isInstanceOfSatisfying(OgcException.class, e -> assertThat(e.getMessage()).contains("valid_from, valid_to"));
    }

    @Test
    void pastRegisterTimesReadTheHistoryViewWithLifespanConditionsAndOrderByVersion() {
        FeatureQuery asOf = new FeatureQuery(PARCELS, new Filter.Include(), new RegisterTime.AsOf(T), List.of(), List.of(), 0, 10, WGS84, false);
        FeatureStatement st = FeatureSql.page(asOf, GeometryEncoding.GEOJSON);
        assertThat(st.versioned()).isTrue();
        assertThat(st.sql().text()).contains("FROM \"publish\".\"parcel_history\" f WHERE (f.\"valid_from\" <= ? AND (f.\"valid_to\" IS NULL OR f.\"valid_to\" > ?))")
                .contains("ORDER BY f.\"id\", f.\"version\"");
        FeatureQuery during = new FeatureQuery(PARCELS, new Filter.Include(), new RegisterTime.During(T, null), List.of(), List.of(), 0, 10, WGS84, false);
        assertThat(FeatureSql.hits(during).text()).contains("(TRUE AND (f.\"valid_to\" IS NULL OR f.\"valid_to\" > ?))");
        FeatureQuery all = new FeatureQuery(PARCELS, new Filter.Include(), new RegisterTime.AllVersions(), List.of(), List.of(), 0, 10, WGS84, false);
        assertThat(FeatureSql.hits(all).text()).isEqualTo("SELECT count(*) FROM \"publish\".\"parcel_history\" f WHERE (TRUE) AND (TRUE)");
    }

    /** Whether more features match than an answer may hold is counted no further than the bound (decision 0205). */
    @Test
    void aBoundedCountStopsAtItsLimit() {
        Sql upTo = FeatureSql.hitsUpTo(query(new Filter.Include()), 10_001);
        assertThat(upTo.text()).startsWith("SELECT count(*) FROM (SELECT 1 FROM \"publish\".\"parcels\" f WHERE ").endsWith(" LIMIT ?) t");
        assertThat(upTo.params()).containsExactly(10_001L);
    }

    @Test
    void aTypeWithoutHistoryRefusesAPastTimeClearly() {
        FeatureQuery q = new FeatureQuery(COMMUNES, new Filter.Include(), new RegisterTime.AsOf(T), List.of(), List.of(), 0, 10, WGS84, false);
        assertThatThrownBy(() -> FeatureSql.hits(q)).isInstanceOfSatisfying(OgcException.class, e -> {
            assertThat(e.httpStatus()).isEqualTo(400);
            assertThat(e.getMessage()).contains("không lưu lịch sử").contains("keeps no history");
        });
    }

    @Test
    void resourceIdsNameFeaturesAndVersionsAndUnknownFormsSelectNothing() {
        assertThat(where(new Filter.ResourceIds(List.of(ResourceId.of("parcels.123")))).text()).contains("FROM \"publish\".\"parcels\"")
                .contains("(f.\"id\" = ?)");
        Sql versioned = where(new Filter.ResourceIds(List.of(ResourceId.of("parcels.123.2"))));
        assertThat(versioned.text()).contains("parcel_history").contains("(f.\"id\" = ? AND f.\"version\" = ?)");
        // The history is read for the named version: "current, or named by a versioned id", then the id itself.
        assertThat(versioned.text()).contains("WHERE (f.\"valid_to\" IS NULL OR ((f.\"id\" = ? AND f.\"version\" = ?)))");
        assertThat(versioned.params()).containsExactly(123L, 2, 123L, 2);
        Sql previous = where(new Filter.ResourceIds(List.of(new ResourceId("parcels.123", new ResourceId.VersionAction.Previous(), null, null))));
        assertThat(previous.text()).contains("SELECT max(h.\"version\") FROM \"publish\".\"parcel_history\" h WHERE h.\"id\" = ? AND h.\"version\" < (SELECT max(");
        assertThat(where(new Filter.ResourceIds(List.of(ResourceId.of("parcels.abc"), ResourceId.of("communes.01001"), ResourceId.of("parcels.1.2.3"))))
                .text()).endsWith("((FALSE OR FALSE OR FALSE))");
        Sql commune = FeatureSql.hits(query(COMMUNES, new Filter.ResourceIds(List.of(ResourceId.of("communes.00070")))));
        assertThat(commune.params()).containsExactly("00070");
    }
}
