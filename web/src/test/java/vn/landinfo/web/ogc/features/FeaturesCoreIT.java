package vn.landinfo.web.ogc.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Document;
import vn.landinfo.mapserver.catalog.PublishedLayer;
import vn.landinfo.mapserver.crs.CrsCatalogue;
import vn.landinfo.mapserver.crs.MapCrs;
import vn.landinfo.mapserver.features.AppSchema;
import vn.landinfo.mapserver.features.FeatureStream;
import vn.landinfo.mapserver.features.FeatureType;
import vn.landinfo.mapserver.features.FeatureTypes;
import vn.landinfo.mapserver.features.encode.CollectionInfo;
import vn.landinfo.mapserver.features.encode.FeatureEncoder;
import vn.landinfo.mapserver.features.encode.GeoJsonEncoder;
import vn.landinfo.mapserver.features.encode.Gml2Encoder;
import vn.landinfo.mapserver.features.encode.Gml311Encoder;
import vn.landinfo.mapserver.features.encode.Gml32Encoder;
import vn.landinfo.mapserver.features.filter.ComparisonOp;
import vn.landinfo.mapserver.features.filter.DistanceOp;
import vn.landinfo.mapserver.features.filter.Filter;
import vn.landinfo.mapserver.features.filter.GeometryLiteral;
import vn.landinfo.mapserver.features.filter.ResourceId;
import vn.landinfo.mapserver.features.filter.ResourceId.VersionAction;
import vn.landinfo.mapserver.features.filter.SpatialOp;
import vn.landinfo.mapserver.features.filter.TemporalOp;
import vn.landinfo.mapserver.features.query.FeatureQuery;
import vn.landinfo.mapserver.features.query.RegisterTime;
import vn.landinfo.mapserver.features.query.SortKey;
import vn.landinfo.mapserver.ogc.OgcException;
import vn.landinfo.testsupport.CaseFixture;
import vn.landinfo.testsupport.TransactionFixture;
import vn.landinfo.testsupport.TransactionRequests;
import vn.landinfo.transaction.application.Outcome;
import vn.landinfo.transaction.application.TransactionPipeline;
import vn.landinfo.transaction.application.command.PurposeChange;
import vn.landinfo.transaction.application.command.PurposeInput;
import vn.landinfo.transaction.application.command.Split;
import vn.landinfo.transaction.model.TransactionKind;

/**
 * The features core on real PostGIS (docs/decisions/0171-features-sql-compiler-history-and-paging.md): one case drawn
 * by hand in metres ({@link CaseFixture}), then changed through the real transaction pipeline — the lot split in two
 * halves, the house given a second purpose (version 2) — so every filter kind, the history and paging are checked
 * against sets worked out from the drawing.
 *
 * <pre>
 *   y=60 +-------------------------------+
 *        |            field LUC          |
 *   y=30 +---------------+---------------+
 *        | west  | east  |   pond NTS    |
 *   y=20 |  ODT  |  ODT  +-------+-------+
 *        |(lot,  split)  | house | garden|  (garden: mortgaged)
 *   y=0  +-------+-------+-------+-------+
 *        |             street DGT        |
 *        x=0     10      20      30      40
 * </pre>
 */
class FeaturesCoreIT {

    private static final FeatureType PARCELS = FeatureTypes.of(PublishedLayer.PARCELS);
    private static final CrsCatalogue CRS = CrsCatalogue.standard();
    private static final MapCrs CRS84 = CRS.find("CRS:84").orElseThrow();
    private static final MapCrs EPSG4326 = CRS.find("EPSG:4326").orElseThrow();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static DataSource dataSource;
    private static JdbcClient jdbc;
    private static FeatureStream stream;
    private static CaseFixture.Placed c;
    private static MapCrs tm3;
    /** Parcel id → name in the drawing. */
    private static final Map<Long, String> NAMES = new HashMap<>();
    private static final Map<String, Long> IDS = new HashMap<>();
    /** After the fixture, before the changes. */
    private static Instant beforeChanges;

    @BeforeAll
    static void drawTheCaseAndChangeIt() throws InterruptedException {
        dataSource = TransactionFixture.dataSource();
        jdbc = JdbcClient.create(dataSource);
        stream = new FeatureStream(dataSource, Duration.ofSeconds(20));
        c = CaseFixture.inFreshSheet(dataSource)
                .parcel("lot", "POLYGON((0 0, 10 0, 20 0, 20 20, 20 30, 10 30, 0 30, 0 0))", "ODT").heldBy("Nguyễn Văn Gốc")
                .parcel("house", "POLYGON((20 0, 30 0, 30 20, 20 20, 20 0))", "ODT").heldBy("Phạm Văn Chủ")
                .parcel("garden", "POLYGON((30 0, 40 0, 40 20, 30 20, 30 0))", "CLN").heldBy("Trần Thị Vườn").restricted("mortgage")
                .parcel("pond", "POLYGON((20 20, 30 20, 40 20, 40 30, 20 30, 20 20))", "NTS")
                .parcel("field", "POLYGON((0 30, 10 30, 20 30, 40 30, 40 60, 0 60, 0 30))", "LUC")
                .parcel("street", "POLYGON((-10 -8, 50 -8, 50 0, 40 0, 30 0, 20 0, 10 0, 0 0, -10 0, -10 -8))", "DGT")
                .insert();
        tm3 = CRS.find("EPSG:" + c.srid()).orElseThrow();
        for (String name : List.of("lot", "house", "garden", "pond", "field", "street")) {
            name(name, c.id(name));
        }
        Thread.sleep(20);
        beforeChanges = Instant.now();
        Thread.sleep(20);
        TransactionPipeline pipeline = TransactionFixture.pipeline();
        Outcome halves = pipeline.commit(TransactionRequests.request(TransactionKind.SPLIT,
                new Split(c.id("lot"), List.of(c.geometry("LINESTRING(10 -1, 10 31)")), null), c.srid(), Map.of(c.id("lot"), 1)));
        assertThat(halves.createdParcels()).as("the split was refused: %s", halves.violations()).hasSize(2);
        List<Long> westToEast = jdbc.sql("SELECT parcel_id FROM parcel_version WHERE parcel_id = ANY (:ids) ORDER BY ST_X(ST_Centroid(geom_tm3))")
                .param("ids", halves.createdParcels().toArray(Long[]::new)).query(Long.class).list();
        name("west", westToEast.get(0));
        name("east", westToEast.get(1));
        Outcome purpose = pipeline.commit(TransactionRequests.request(TransactionKind.PURPOSE_CHANGE, new PurposeChange(c.id("house"), List.of(
                new PurposeInput("ODT", new BigDecimal("150.0"), "long_term", "CNQ-CTT"),
                new PurposeInput("TMD", new BigDecimal("50.0"), "2075-12-31", null))), 4326, Map.of(c.id("house"), 1)));
        assertThat(purpose.violations()).isEmpty();
    }

    private static void name(String name, long id) {
        NAMES.put(id, name);
        IDS.put(name, id);
    }

    // --- what a query returns, by the drawing's names

    private static Filter inCase(Filter f) {
        return new Filter.And(List.of(new Filter.Comparison(ComparisonOp.EQUAL, "survey_unit_code", CaseFixture.SURVEY_UNIT, true),
                new Filter.Comparison(ComparisonOp.EQUAL, "sheet_number", String.valueOf(c.sheetNumber()), true), f));
    }

    private static FeatureQuery query(Filter f, RegisterTime when) {
        return new FeatureQuery(PARCELS, inCase(f), when, List.of(), List.of(), 0, 1000, CRS84, false);
    }

    private static JsonNode geoJson(FeatureQuery q) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            stream.write(List.of(q), true, new GeoJsonEncoder(true), CollectionInfo.of(Instant.now()), out);
            return JSON.readTree(out.toByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The names of the features (with ".v" for versions read from the history). */
    private static Set<String> names(Filter f, RegisterTime when) {
        Set<String> names = new HashSet<>();
        for (JsonNode feature : geoJson(query(f, when)).get("features")) {
            String[] id = feature.get("id").asText().split("\\.");
            String name = NAMES.get(Long.parseLong(id[1]));
            names.add(id.length == 3 ? name + "." + id[2] : name);
        }
        return names;
    }

    private static Set<String> names(Filter f) {
        return names(f, new RegisterTime.Current());
    }

    private static GeometryLiteral drawn(String wkt) {
        return new GeometryLiteral(c.geometry(wkt).toText(), tm3, false);
    }

    private static Filter eq(String property, String value) {
        return new Filter.Comparison(ComparisonOp.EQUAL, property, value, true);
    }

    @Test
    void everyComparisonLikeBetweenNullAndNilSelectsExactlyTheParcelsTheDrawingSays() {
        assertThat(names(eq("main_purpose", "ODT"))).containsExactlyInAnyOrder("house", "west", "east");
        assertThat(names(new Filter.Comparison(ComparisonOp.NOT_EQUAL, "main_purpose", "ODT", true)))
                .containsExactlyInAnyOrder("street", "garden", "pond", "field");
        assertThat(names(new Filter.Comparison(ComparisonOp.EQUAL, "main_purpose", "odt", false))).containsExactlyInAnyOrder("house", "west", "east");
        assertThat(names(new Filter.Comparison(ComparisonOp.EQUAL, "main_purpose", "odt", true))).isEmpty();
        assertThat(names(new Filter.Comparison(ComparisonOp.LESS_THAN, "legal_area", "250", true))).containsExactlyInAnyOrder("house", "garden", "pond");
        assertThat(names(new Filter.Comparison(ComparisonOp.LESS_THAN_OR_EQUAL, "legal_area", "200.0", true)))
                .containsExactlyInAnyOrder("house", "garden", "pond");
        assertThat(names(new Filter.Comparison(ComparisonOp.GREATER_THAN_OR_EQUAL, "legal_area", "300", true)))
                .containsExactlyInAnyOrder("street", "field", "west", "east");
        assertThat(names(new Filter.Comparison(ComparisonOp.GREATER_THAN, "legal_area", "480", true))).containsExactly("field");
        assertThat(names(eq("restricted", "true"))).containsExactly("garden");
        assertThat(names(new Filter.Between("legal_area", "250", "500"))).containsExactlyInAnyOrder("street", "west", "east");
        assertThat(names(new Filter.Like("purposes", "ODT+*", '*', '.', '!', true))).containsExactly("house");
        assertThat(names(new Filter.Like("main_purpose", "l.c", '*', '.', '!', false))).containsExactly("field");
        assertThat(names(new Filter.Like("main_purpose", "l.c", '*', '.', '!', true))).isEmpty();
        assertThat(names(new Filter.Like("purposes", "ODT!+TMD", '*', '.', '!', true))).containsExactly("house");
        Set<String> withoutAddress = new HashSet<>();
        jdbc.sql("SELECT id FROM publish.parcels WHERE survey_unit_code = :u AND sheet_number = :n AND address IS NULL")
                .param("u", CaseFixture.SURVEY_UNIT).param("n", c.sheetNumber()).query(Long.class).list().forEach(id -> withoutAddress.add(NAMES.get(id)));
        assertThat(names(new Filter.IsNull("address"))).isEqualTo(withoutAddress);
        assertThat(names(new Filter.IsNil("address"))).isEmpty();
        assertThat(names(new Filter.Not(new Filter.Or(List.of(eq("main_purpose", "ODT"),
                new Filter.Comparison(ComparisonOp.GREATER_THAN, "legal_area", "1000", true)))))).containsExactlyInAnyOrder("street", "garden", "pond");
        assertThat(names(new Filter.Exclude())).isEmpty();
    }

    @Test
    void everySpatialAndDistancePredicateSelectsExactlyTheParcelsTheDrawingSays() {
        assertThat(names(new Filter.Spatial(SpatialOp.BBOX, "geom", drawn("POLYGON((12 2, 18 2, 18 8, 12 8, 12 2))")))).containsExactly("east");
        assertThat(names(new Filter.Spatial(SpatialOp.INTERSECTS, "geom", drawn("LINESTRING(5 -4, 5 45)"))))
                .containsExactlyInAnyOrder("street", "west", "field");
        assertThat(names(new Filter.Spatial(SpatialOp.WITHIN, "geom", drawn("POLYGON((15 -5, 45 -5, 45 35, 15 35, 15 -5))"))))
                .containsExactlyInAnyOrder("house", "garden", "pond");
        assertThat(names(new Filter.Spatial(SpatialOp.CONTAINS, "geom", drawn("POINT(25 10)")))).containsExactly("house");
        assertThat(names(new Filter.Spatial(SpatialOp.DISJOINT, "geom", drawn("POINT(25 10)"))))
                .containsExactlyInAnyOrder("street", "west", "east", "garden", "pond", "field");
        assertThat(names(new Filter.Spatial(SpatialOp.OVERLAPS, "geom", drawn("POLYGON((25 5, 35 5, 35 15, 25 15, 25 5))"))))
                .containsExactlyInAnyOrder("house", "garden");
        assertThat(names(new Filter.Spatial(SpatialOp.CROSSES, "geom", drawn("LINESTRING(25 10, 25 25)"))))
                .containsExactlyInAnyOrder("house", "pond");
        // The house's own outline, reprojected exactly as the register reprojects it, shares only edges with its neighbours.
        String house = jdbc.sql("SELECT ST_AsText(geom_tm3) FROM parcel_version WHERE parcel_id = :p AND end_lifespan IS NULL")
                .param("p", IDS.get("house")).query(String.class).single();
        assertThat(names(new Filter.Spatial(SpatialOp.TOUCHES, "geom", new GeometryLiteral(house, tm3, false))))
                .containsExactlyInAnyOrder("street", "east", "garden", "pond");
        assertThat(names(new Filter.Spatial(SpatialOp.EQUALS, "geom", new GeometryLiteral(house, tm3, false)))).containsExactly("house");
        // The same point in WGS 84, latitude first (EPSG:4326 by the letter) and longitude first (CRS:84).
        String latLon = jdbc.sql("SELECT ST_AsText(ST_FlipCoordinates(ST_Transform(ST_GeomFromText(:w, :s), 4326)))")
                .param("w", c.geometry("POINT(25 10)").toText()).param("s", c.srid()).query(String.class).single();
        String lonLat = jdbc.sql("SELECT ST_AsText(ST_Transform(ST_GeomFromText(:w, :s), 4326))")
                .param("w", c.geometry("POINT(25 10)").toText()).param("s", c.srid()).query(String.class).single();
        assertThat(names(new Filter.Spatial(SpatialOp.INTERSECTS, "geom", new GeometryLiteral(latLon, EPSG4326, true)))).containsExactly("house");
        assertThat(names(new Filter.Spatial(SpatialOp.INTERSECTS, "geom", new GeometryLiteral(lonLat, CRS84, false)))).containsExactly("house");
        // 6 m around the middle of the pond: 5 m to the house, the east half and the field; 7.07 m to the garden's
        // corner, 15 m to the west half, 25 m to the street.
        assertThat(names(new Filter.Distance(DistanceOp.DWITHIN, "geom", drawn("POINT(25 25)"), 6)))
                .containsExactlyInAnyOrder("pond", "house", "east", "field");
        assertThat(names(new Filter.Distance(DistanceOp.BEYOND, "geom", drawn("POINT(25 25)"), 6))).containsExactlyInAnyOrder("street", "west", "garden");
        assertThat(names(new Filter.Distance(DistanceOp.DWITHIN, "geom", drawn("POINT(25 25)"), 7.2)))
                .containsExactlyInAnyOrder("pond", "house", "east", "field", "garden");
        assertThat(names(new Filter.Distance(DistanceOp.DWITHIN, "geom", drawn("POINT(25 25)"), 4))).containsExactly("pond");
    }

    @Test
    void temporalPredicatesAndResourceIdsSelectExactlyTheParcelsTheRegisterSays() {
        assertThat(names(new Filter.Temporal(TemporalOp.AFTER, "valid_from", beforeChanges, beforeChanges)))
                .containsExactlyInAnyOrder("house", "west", "east");
        assertThat(names(new Filter.Temporal(TemporalOp.BEFORE, "valid_from", beforeChanges, beforeChanges)))
                .containsExactlyInAnyOrder("street", "garden", "pond", "field");
        assertThat(names(new Filter.Temporal(TemporalOp.DURING, "valid_from", beforeChanges, Instant.now().plusSeconds(60))))
                .containsExactlyInAnyOrder("house", "west", "east");
        assertThat(names(new Filter.ResourceIds(List.of(ResourceId.of("parcels." + IDS.get("house")), ResourceId.of("parcels." + IDS.get("garden"))))))
                .containsExactlyInAnyOrder("house", "garden");
        assertThat(names(new Filter.ResourceIds(List.of(ResourceId.of("parcels.x" + IDS.get("house")), ResourceId.of("communes." + IDS.get("house")),
                ResourceId.of("parcels." + IDS.get("lot")))))).as("unknown forms, another type, a retired parcel").isEmpty();
    }

    @Test
    void theRegisterAsItWasBeforeTheChangesHasTheLotAndTheHousesFirstVersion() {
        assertThat(names(new Filter.Include(), new RegisterTime.AsOf(beforeChanges)))
                .containsExactlyInAnyOrder("lot.1", "house.1", "garden.1", "pond.1", "field.1", "street.1");
        assertThat(names(new Filter.Include())).containsExactlyInAnyOrder("house", "garden", "pond", "field", "street", "west", "east");
        assertThat(names(new Filter.Include(), new RegisterTime.AsOf(Instant.now())))
                .containsExactlyInAnyOrder("house.2", "garden.1", "pond.1", "field.1", "street.1", "west.1", "east.1");
        Set<String> everyVersion = Set.of("lot.1", "house.1", "house.2", "garden.1", "pond.1", "field.1", "street.1", "west.1", "east.1");
        assertThat(names(new Filter.Include(), new RegisterTime.During(beforeChanges, null))).isEqualTo(everyVersion);
        assertThat(names(new Filter.Include(), new RegisterTime.AllVersions())).isEqualTo(everyVersion);
        assertThat(names(new Filter.Include(), new RegisterTime.During(null, beforeChanges)))
                .containsExactlyInAnyOrder("lot.1", "house.1", "garden.1", "pond.1", "field.1", "street.1");
        JsonNode before = geoJson(query(eq("parcel_number", String.valueOf(jdbc.sql(
                "SELECT parcel_number FROM parcel_version WHERE parcel_id = :p").param("p", IDS.get("house")).query(Integer.class).list().get(0))),
                new RegisterTime.AsOf(beforeChanges)));
        assertThat(before.at("/features/0/properties/purposes").asText()).isEqualTo("ODT");
        assertThat(before.at("/features/0/properties/valid_to").asText()).isNotEmpty();
    }

    @Test
    void resourceIdVersionActionsReturnThePastVersionsOfAChangedParcel() {
        String house = "parcels." + IDS.get("house");
        assertThat(rid(new ResourceId(house, new VersionAction.Previous(), null, null))).containsExactly("house.1");
        assertThat(rid(new ResourceId(house, new VersionAction.Last(), null, null))).containsExactly("house.2");
        assertThat(rid(new ResourceId(house, new VersionAction.First(), null, null))).containsExactly("house.1");
        assertThat(rid(new ResourceId(house, new VersionAction.All(), null, null))).containsExactlyInAnyOrder("house.1", "house.2");
        assertThat(rid(new ResourceId(house, new VersionAction.Number(2), null, null))).containsExactly("house.2");
        assertThat(rid(ResourceId.of(house + ".1"))).containsExactly("house.1");
        assertThat(rid(new ResourceId(house + ".1", new VersionAction.Next(), null, null))).containsExactly("house.2");
        assertThat(rid(new ResourceId(house + ".2", new VersionAction.Previous(), null, null))).containsExactly("house.1");
        assertThat(rid(new ResourceId(house, new VersionAction.Next(), null, null))).as("nothing after the latest").isEmpty();
        assertThat(rid(new ResourceId(house, null, beforeChanges, beforeChanges))).containsExactly("house.1");
        assertThat(rid(new ResourceId(house, null, beforeChanges, null))).containsExactlyInAnyOrder("house.1", "house.2");
        assertThat(rid(new ResourceId("parcels." + IDS.get("lot"), new VersionAction.Last(), null, null))).as("a retired parcel's last version")
                .containsExactly("lot.1");
        assertThat(rid(ResourceId.of(house + ".7"))).isEmpty();
        assertThat(rid(ResourceId.of(house + ".x"))).isEmpty();
        // One versioned id in the list reads the history; a plain id beside it still means the current version.
        assertThat(names(new Filter.ResourceIds(List.of(ResourceId.of(house), ResourceId.of("parcels." + IDS.get("lot") + ".1")))))
                .containsExactlyInAnyOrder("house.2", "lot.1");
    }

    @Test
    void aSingleItemIsReadAsARowWithItsLocalIdAndTypedValues() {
        FeatureQuery item = new FeatureQuery(PARCELS, new Filter.ResourceIds(List.of(ResourceId.of("parcels." + IDS.get("house") + ".1"))),
                new RegisterTime.Current(), List.of("purposes", "version"), List.of(), 0, 1, CRS84, false);
        List<vn.landinfo.mapserver.features.FeatureRow> rows = stream.rows(item, vn.landinfo.mapserver.features.query.GeometryEncoding.GEOJSON);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).localId()).isEqualTo(IDS.get("house") + ".1");
        assertThat(rows.get(0).featureId()).isEqualTo("parcels." + IDS.get("house") + ".1");
        assertThat(rows.get(0).values()).containsExactly("ODT", 1L);
        assertThat(GeoJsonEncoder.feature(rows.get(0), false)).startsWith("{\"type\":\"Feature\",\"id\":\"" + IDS.get("house") + ".1\",\"geometry\":{");
    }

    private static Set<String> rid(ResourceId id) {
        return names(new Filter.ResourceIds(List.of(id)));
    }

    @Test
    void pagingInAStableOrderWalksEveryFeatureOnceAndHitsEqualsTheCount() {
        for (RegisterTime when : List.<RegisterTime>of(new RegisterTime.Current(), new RegisterTime.AllVersions())) {
            Filter all = new Filter.Comparison(ComparisonOp.EQUAL, "survey_unit_code", CaseFixture.SURVEY_UNIT, true);
            long hits = stream.hits(List.of(new FeatureQuery(PARCELS, all, when, List.of(), List.of(), 0, null, CRS84, false)));
            String view = when instanceof RegisterTime.Current ? "publish.parcels" : "publish.parcel_history";
            long count = jdbc.sql("SELECT count(*) FROM " + view + " WHERE survey_unit_code = :u").param("u", CaseFixture.SURVEY_UNIT)
                    .query(Long.class).single();
            assertThat(hits).isEqualTo(count).isGreaterThanOrEqualTo(7);
            List<String> walked = new ArrayList<>();
            for (int start = 0; start < hits + 3; start += 2) {
                // legal_area has many ties (200 m² lots): the id (and version) keep the order stable.
                FeatureQuery page = new FeatureQuery(PARCELS, all, when, List.of("legal_area"), List.of(new SortKey("legal_area", true)), start, 2,
                        CRS84, false);
                JsonNode json = geoJson(page);
                assertThat(json.get("numberMatched").asLong()).isEqualTo(hits);
                assertThat(json.get("numberReturned").asLong()).isEqualTo(json.get("features").size()).isLessThanOrEqualTo(2);
                json.get("features").forEach(f -> walked.add(f.get("id").asText()));
            }
            assertThat(walked).hasSize((int) hits).doesNotHaveDuplicates();
        }
    }

    @Test
    void geoJsonCarriesTheRegistersValuesTypedAndTheGeometryInTheAskedCrsAndAxisOrder() throws IOException {
        JsonNode json = geoJson(query(new Filter.Include(), new RegisterTime.Current()));
        assertThat(json.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(json.get("numberMatched").asLong()).isEqualTo(7);
        for (JsonNode f : json.get("features")) {
            long id = Long.parseLong(f.get("id").asText().substring("parcels.".length()));
            Map<String, Object> db = jdbc.sql("SELECT national_id, legal_area, parcel_number, restricted, valid_from, main_purpose, version, "
                    + "ST_HausdorffDistance(geom, ST_SetSRID(ST_GeomFromGeoJSON(:g), 4326)) AS off FROM publish.parcels WHERE id = :id")
                    .param("g", f.get("geometry").toString()).param("id", id).query().singleRow();
            JsonNode p = f.get("properties");
            assertThat(p.get("national_id").asText()).isEqualTo(db.get("national_id").toString().trim());
            assertThat(p.get("legal_area").isNumber()).isTrue();
            assertThat(p.get("legal_area").decimalValue()).isEqualByComparingTo((BigDecimal) db.get("legal_area"));
            assertThat(p.get("parcel_number").isInt()).isTrue();
            assertThat(p.get("parcel_number").asInt()).isEqualTo(db.get("parcel_number"));
            assertThat(p.get("restricted").isBoolean()).isTrue();
            assertThat(p.get("restricted").asBoolean()).isEqualTo(db.get("restricted"));
            assertThat(p.get("main_purpose").asText()).isEqualTo(db.get("main_purpose"));
            assertThat(OffsetDateTime.parse(p.get("valid_from").asText()).toInstant())
                    .isEqualTo(((java.sql.Timestamp) db.get("valid_from")).toInstant());
            assertThat(p.get("valid_to").isNull()).isTrue();
            assertThat((Double) db.get("off")).as("9 decimals of a degree are about 0.1 mm (decision 0206)").isLessThan(1e-9);
        }
        // In the case's own TM-3 zone: metres, 3 decimals — within 2 mm of the surveyed geometry, after the round
        // trip through the WGS 84 copy and the rounding to a millimetre.
        FeatureQuery inTm3 = new FeatureQuery(PARCELS, inCase(eq("main_purpose", "LUC")), new RegisterTime.Current(), List.of(), List.of(), 0, 10, tm3, false);
        JsonNode field = geoJson(inTm3).at("/features/0/geometry");
        double off = jdbc.sql("SELECT ST_HausdorffDistance(geom_tm3, ST_SetSRID(ST_GeomFromGeoJSON(:g), :s)) FROM parcel_version "
                + "WHERE parcel_id = :p AND end_lifespan IS NULL").param("g", field.toString()).param("s", c.srid()).param("p", IDS.get("field"))
                .query(Double.class).single();
        assertThat(off).isLessThan(0.002);
        // EPSG:4326 by the letter: latitude first (Hà Nội is at about 21° N, 105.8° E).
        FeatureQuery latFirst = new FeatureQuery(PARCELS, inCase(eq("main_purpose", "LUC")), new RegisterTime.Current(), List.of(), List.of(), 0, 10,
                EPSG4326, true);
        JsonNode first = geoJson(latFirst).at("/features/0/geometry/coordinates/0/0/0");
        assertThat(first.get(0).asDouble()).isBetween(8.0, 24.0);
        assertThat(first.get(1).asDouble()).isBetween(102.0, 110.0);
    }

    @Test
    void gmlAnswersOfEveryVersionAreWellFormedWithOneMemberPerFeature() throws Exception {
        FeatureQuery q = new FeatureQuery(PARCELS, inCase(new Filter.Include()), new RegisterTime.AllVersions(), List.of(), List.of(), 0, 100,
                EPSG4326, true);
        Map<FeatureEncoder, String[]> encoders = new LinkedHashMap<>();
        encoders.put(new Gml32Encoder(), new String[] {Gml32Encoder.WFS_NAMESPACE, "member"});
        encoders.put(new Gml311Encoder(), new String[] {Gml311Encoder.GML_NAMESPACE, "featureMember"});
        encoders.put(new Gml2Encoder(), new String[] {Gml2Encoder.GML_NAMESPACE, "featureMember"});
        for (Map.Entry<FeatureEncoder, String[]> e : encoders.entrySet()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            long written = stream.write(List.of(q), true, e.getKey(), CollectionInfo.of(Instant.now()).withSrsName("urn:ogc:def:crs:EPSG::4326"), out);
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
            assertThat(written).isEqualTo(9);
            assertThat(d.getElementsByTagNameNS(e.getValue()[0], e.getValue()[1]).getLength()).as(e.getKey().contentType()).isEqualTo(9);
            assertThat(d.getElementsByTagNameNS(AppSchema.NAMESPACE, "geom").getLength()).isEqualTo(9);
            assertThat(d.getElementsByTagNameNS(AppSchema.NAMESPACE, "national_id").getLength()).isEqualTo(9);
            String xml = out.toString(StandardCharsets.UTF_8);
            assertThat(xml).contains("srsName=\"urn:ogc:def:crs:EPSG::4326\"").contains("parcels." + IDS.get("house") + ".2\"");
        }
    }

    @Test
    void aQueryOverItsStatementTimeIsAServiceUnavailableBeforeTheFirstByte() {
        FeatureStream hurried = new FeatureStream(dataSource, Duration.ofMillis(1));
        // Every parcel of the commune measured on the ellipsoid: far more than a millisecond of work.
        FeatureQuery heavy = new FeatureQuery(PARCELS, new Filter.Distance(DistanceOp.BEYOND, "geom", drawn("POINT(25 25)"), 1),
                new RegisterTime.AllVersions(), List.of(), List.of(), 0, null, CRS84, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> hurried.write(List.of(heavy), true, new GeoJsonEncoder(false), CollectionInfo.of(Instant.now()), out))
                .isInstanceOfSatisfying(OgcException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(503);
                    assertThat(e.code()).isEqualTo(OgcException.NO_APPLICABLE_CODE);
                });
        assertThat(out.size()).isZero();
    }

    @Test
    void aRefusedQueryIsAnExceptionBeforeTheFirstByteAndAStreamedAnswerEqualsTheWrittenOne() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FeatureQuery broken = query(new Filter.Spatial(SpatialOp.INTERSECTS, "geom", new GeometryLiteral("POLYGON((1 2, 3", CRS84, false)),
                new RegisterTime.Current());
        assertThatThrownBy(() -> stream.write(List.of(broken), true, new GeoJsonEncoder(false), CollectionInfo.of(Instant.now()), out))
                .isInstanceOfSatisfying(OgcException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("không đọc được").contains("cannot be read");
                });
        assertThat(out.size()).isZero();
        FeatureQuery q = query(new Filter.Include(), new RegisterTime.Current());
        Instant at = Instant.parse("2026-12-07T00:00:00Z");
        ByteArrayOutputStream direct = new ByteArrayOutputStream();
        stream.write(List.of(q), true, new GeoJsonEncoder(false), CollectionInfo.of(at), direct);
        byte[] streamed = stream.response(List.of(q), true, new GeoJsonEncoder(false), CollectionInfo.of(at)).bytes();
        assertThat(new String(streamed, StandardCharsets.UTF_8)).isEqualTo(direct.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anAnswerReadsInOneReadOnlyRepeatableReadTransactionAndLeavesThePooledSessionAsItFoundIt() throws Exception {
        try (java.sql.Connection one = dataSource.getConnection()) {
            // One connection, not closed by the stream, so the encoder and the test can ask its session what it is in.
            DataSource single = new org.springframework.jdbc.datasource.SingleConnectionDataSource(one, true);
            Map<String, String> during = new LinkedHashMap<>();
            GeoJsonEncoder geoJson = new GeoJsonEncoder(false);
            FeatureEncoder asking = new FeatureEncoder() {
                @Override
                public String contentType() {
                    return geoJson.contentType();
                }

                @Override
                public vn.landinfo.mapserver.features.query.GeometryEncoding geometryEncoding() {
                    return geoJson.geometryEncoding();
                }

                @Override
                public void begin(java.io.OutputStream out, CollectionInfo info) throws IOException {
                    during.putAll(session(one));
                    geoJson.begin(out, info);
                }

                @Override
                public void feature(vn.landinfo.mapserver.features.FeatureRow row) throws IOException {
                    geoJson.feature(row);
                }

                @Override
                public void end(long numberReturned) throws IOException {
                    geoJson.end(numberReturned);
                }
            };
            Map<String, String> before = session(one);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            long written = new FeatureStream(single, Duration.ofSeconds(7)).write(List.of(query(new Filter.Include(), new RegisterTime.Current())),
                    true, asking, CollectionInfo.of(Instant.now()), out);

            assertThat(written).isPositive();
            assertThat(JSON.readTree(out.toByteArray()).get("features").size()).isEqualTo((int) written);
            assertThat(during).containsExactly(Map.entry("transaction_isolation", "repeatable read"), Map.entry("transaction_read_only", "on"),
                    Map.entry("statement_timeout", "7s"));
            assertThat(one.getAutoCommit()).isTrue();
            assertThat(session(one)).isEqualTo(before).containsEntry("transaction_isolation", "read committed")
                    .containsEntry("transaction_read_only", "off");
        }
    }

    private static Map<String, String> session(java.sql.Connection connection) throws IOException {
        Map<String, String> settings = new LinkedHashMap<>();
        try (java.sql.Statement s = connection.createStatement()) {
            for (String name : List.of("transaction_isolation", "transaction_read_only", "statement_timeout")) {
                try (java.sql.ResultSet rs = s.executeQuery("SHOW " + name)) {
                    rs.next();
                    settings.put(name, rs.getString(1));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IOException(e);
        }
        return settings;
    }
}
