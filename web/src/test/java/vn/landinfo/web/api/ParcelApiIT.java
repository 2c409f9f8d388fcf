package vn.landinfo.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ParcelApiIT extends ApiTestSupport {

    @Test
    void aLegalAddressSharedByTwoSurveyUnitsReturnsBothParcelsEachWithItsSurveyUnit() {
        Response r = get("/api/v1/parcels?commune=00070&sheet=1&number=9001");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/geo+json");
        JsonNode fc = r.json();
        assertThat(fc.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(fc.get("numberMatched").asInt()).isEqualTo(2);
        assertThat(fc.get("features")).hasSize(2);
        assertThat(fc.get("features").get(0).get("properties").get("surveyUnitCode").asString()).isEqualTo("99701");
        assertThat(fc.get("features").get(0).get("properties").get("surveyUnitName").asString()).isEqualTo("Phường Thử Nghiệm Một");
        assertThat(fc.get("features").get(1).get("properties").get("surveyUnitCode").asString()).isEqualTo("99702");
        for (JsonNode f : fc.get("features")) {
            assertThat(f.get("properties").get("communeCode").asString()).isEqualTo("00070");
            assertThat(f.get("properties").get("sheetNumber").asInt()).isEqualTo(1);
            assertThat(f.get("properties").get("parcelNumber").asInt()).isEqualTo(9001);
        }
    }

    @Test
    void aSurveyUnitNarrowsALegalAddressToOneParcel() {
        JsonNode fc = get("/api/v1/parcels?commune=00070&sheet=1&number=9001&surveyUnit=99702").json();

        assertThat(fc.get("numberMatched").asInt()).isEqualTo(1);
        assertThat(fc.get("features").get(0).get("id").asLong()).isEqualTo(parcelId("99702", 9001));
    }

    @Test
    void aLegalAddressWithNoParcelInAKnownCommuneIsAnEmptyCollection() {
        Response r = get("/api/v1/parcels?commune=00070&sheet=1&number=8999");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("numberMatched").asInt()).isZero();
        assertThat(r.json().get("features")).isEmpty();
    }

    @Test
    void aParcelIsAGeoJsonFeatureWithThePublicPropertiesAndNoPartyData() {
        long id = parcelId("99702", 9001);
        Response r = get("/api/v1/parcels/" + id);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/geo+json");
        JsonNode f = r.json();
        assertThat(f.get("type").asString()).isEqualTo("Feature");
        assertThat(f.get("geometry").get("type").asString()).isEqualTo("MultiPolygon");
        JsonNode p = f.get("properties");
        assertThat(p.propertyNames()).contains("id", "nationalId", "communeCode", "communeName", "surveyUnitCode", "surveyUnitName",
                "sheetNumber", "parcelNumber", "legalArea", "computedArea", "purposes", "address", "version", "validFrom", "validTo", "restricted");
        assertThat(p.get("id").asLong()).isEqualTo(id);
        assertThat(p.get("nationalId").asString()).hasSize(12).isEqualTo(nationalId(id));
        assertThat(p.get("communeName").asString()).isEqualTo("Phường Hoàn Kiếm");
        assertThat(p.get("legalArea").asDouble()).isEqualTo(200.0);
        assertThat(p.get("computedArea").asDouble()).isEqualTo(200.0);
        assertThat(p.get("version").asInt()).isEqualTo(1);
        assertThat(p.get("purposes")).hasSize(2);
        JsonNode odt = p.get("purposes").get(0);
        assertThat(odt.get("code").asString()).isEqualTo("ODT");
        assertThat(odt.get("name").asString()).isEqualTo("Đất ở tại đô thị");
        assertThat(odt.get("nameEn").asString()).isEqualTo("Urban residential land");
        assertThat(odt.get("area").asDouble()).isEqualTo(120.0);
        assertThat(odt.get("term").asString()).isEqualTo("long_term");
        assertThat(odt.get("origin").asString()).isEqualTo("NCN");
        assertThat(p.get("purposes").get(1).get("term").asString()).isEqualTo("2064-10-15");
        assertThat(r.body()).doesNotContain("Nguyễn Văn Chủ Sở Hữu Bí Mật", "001070999999", "Ngân hàng Bí Mật");
    }

    @Test
    void returnedCoordinatesAreTheSurveyedTm3GeometryTransformedByPostgisInLonLatOrder() {
        // a polygon with a hole, a multipolygon, and a parcel surveyed in another TM-3 zone (EPSG:9210)
        for (long id : List.of(parcelId("99701", 9006), parcelId("99701", 9007), parcelId("99703", 9101))) {
            JsonNode returned = get("/api/v1/parcels/" + id).json().get("geometry").get("coordinates");
            String expectedText = jdbc.sql("SELECT ST_AsGeoJSON(ST_ForcePolygonCCW(ST_Transform(geom_tm3, 4326)), 15) FROM parcel_version WHERE parcel_id = :id AND end_lifespan IS NULL")
                    .param("id", id).query(String.class).single();
            JsonNode expected = JSON.readTree(expectedText).get("coordinates");
            List<double[]> a = positions(returned);
            List<double[]> b = positions(expected);
            assertThat(a).hasSameSizeAs(b);
            for (int i = 0; i < a.size(); i++) {
                assertThat(a.get(i)[0]).as("longitude of position %d of parcel %d", i, id).isCloseTo(b.get(i)[0], org.assertj.core.data.Offset.offset(1e-9));
                assertThat(a.get(i)[1]).as("latitude of position %d of parcel %d", i, id).isCloseTo(b.get(i)[1], org.assertj.core.data.Offset.offset(1e-9));
                assertThat(a.get(i)[0]).as("lon first: Hà Nội is near 105.85 E").isBetween(105.0, 107.0);
                assertThat(a.get(i)[1]).as("then lat: Hà Nội is near 21.03 N").isBetween(20.0, 22.0);
            }
        }
        JsonNode holed = get("/api/v1/parcels/" + parcelId("99701", 9006)).json().get("geometry").get("coordinates");
        assertThat(holed.get(0)).as("one polygon with an outer ring and a hole").hasSize(2);
        JsonNode multi = get("/api/v1/parcels/" + parcelId("99701", 9007)).json().get("geometry").get("coordinates");
        assertThat(multi).as("two polygons").hasSize(2);
    }

    private static List<double[]> positions(JsonNode coordinates) {
        List<double[]> out = new ArrayList<>();
        if (coordinates.get(0).isNumber()) {
            out.add(new double[] {coordinates.get(0).asDouble(), coordinates.get(1).asDouble()});
            return out;
        }
        for (JsonNode c : coordinates) {
            out.addAll(positions(c));
        }
        return out;
    }

    @Test
    void aParcelIsFoundByItsNationalIdInThePathAndAsAQueryParameter() {
        long id = parcelId("99701", 9001);
        String nationalId = nationalId(id);

        Response byPath = get("/api/v1/parcels/" + nationalId);
        Response byQuery = get("/api/v1/parcels?nationalId=" + nationalId);

        assertThat(byPath.status()).isEqualTo(200);
        assertThat(byPath.json().get("id").asLong()).isEqualTo(id);
        assertThat(byQuery.status()).isEqualTo(200);
        assertThat(byQuery.contentType()).startsWith("application/geo+json");
        assertThat(byQuery.json().get("numberMatched").asInt()).isEqualTo(1);
        assertThat(byQuery.json().get("features").get(0)).isEqualTo(byPath.json());
    }

    @Test
    void everyReadShowsAParcelTheSameWay() {
        long id = parcelId("99701", 9001);
        JsonNode byId = get("/api/v1/parcels/" + id).json();
        JsonNode byAddress = get("/api/v1/parcels?commune=00070&sheet=1&number=9001&surveyUnit=99701").json().get("features").get(0);
        JsonNode byAddressAll = get("/api/v1/parcels?commune=00070&sheet=1&number=9001").json().get("features").get(0);

        assertThat(byAddress).isEqualTo(byId);
        assertThat(byAddressAll).isEqualTo(byId);
    }

    @Test
    void asOfBeforeAPurposeChangeReturnsVersionOneAndAfterItVersionTwo() {
        long id = parcelId("99701", 9002);
        String nationalId = nationalId(id);

        JsonNode before = get("/api/v1/parcels/" + id + "?asOf=" + enc("2020-06-15T09:59:59+07:00")).json().get("properties");
        JsonNode after = get("/api/v1/parcels/" + id + "?asOf=" + enc("2020-06-15T10:00:00+07:00")).json().get("properties");
        JsonNode now = get("/api/v1/parcels/" + id).json().get("properties");

        assertThat(before.get("version").asInt()).isEqualTo(1);
        assertThat(before.get("purposes").get(0).get("code").asString()).isEqualTo("HNK");
        assertThat(before.get("validTo").isNull()).isFalse();
        assertThat(after.get("version").asInt()).isEqualTo(2);
        assertThat(after.get("purposes").get(0).get("code").asString()).isEqualTo("ODT");
        assertThat(now.get("version").asInt()).isEqualTo(2);

        JsonNode byAddress = get("/api/v1/parcels?commune=00070&sheet=1&number=9002&asOf=2019-01-01").json();
        assertThat(byAddress.get("numberMatched").asInt()).isEqualTo(1);
        assertThat(byAddress.get("features").get(0).get("properties").get("version").asInt()).isEqualTo(1);
        JsonNode byNationalId = get("/api/v1/parcels?nationalId=" + nationalId + "&asOf=2019-01-01T00:00:00Z").json();
        assertThat(byNationalId.get("features").get(0).get("properties").get("version").asInt()).isEqualTo(1);
    }

    @Test
    void aParcelReadBeforeItExistedIsNotFoundAndTheDetailSaysWhenItExisted() {
        long id = parcelId("99701", 9004);
        Response r = get("/api/v1/parcels/" + id + "?asOf=2021-01-01");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("detail").asString()).contains("did not exist at 2021-01-01T00:00+07:00");
    }

    @Test
    void historyListsEveryVersionWithTheTransactionThatMadeIt() {
        long id = parcelId("99701", 9002);
        Response r = get("/api/v1/parcels/" + id + "/history");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/geo+json");
        JsonNode h = r.json();
        assertThat(h.get("numberMatched").asInt()).isEqualTo(2);
        JsonNode v1 = h.get("features").get(0);
        JsonNode v2 = h.get("features").get(1);
        assertThat(v1.get("properties").get("version").asInt()).isEqualTo(1);
        assertThat(v1.get("transaction").get("kind").asString()).isEqualTo("DATA_MIGRATION");
        assertThat(v2.get("properties").get("version").asInt()).isEqualTo(2);
        assertThat(v1.get("properties").get("validTo").asString()).isEqualTo(v2.get("properties").get("validFrom").asString());
        JsonNode tx = v2.get("transaction");
        assertThat(tx.get("kind").asString()).isEqualTo("PURPOSE_CHANGE");
        assertThat(tx.get("name").asString()).isEqualTo("Chuyển mục đích sử dụng đất");
        assertThat(tx.get("nameEn").asString()).isEqualTo("Change of land-use purpose");
        assertThat(tx.get("legalBasis").asString()).isEqualTo("Quyết định 123/QĐ-UBND ngày 10/6/2020");
        assertThat(tx.get("dossierCode").asString()).isEqualTo("HS-API-IT-0001");
        assertThat(tx.get("committedAt").asString()).startsWith("2020-06-15");
    }

    @Test
    void aSplitParentKeepsItsHistoryAndNamesItsChildren() {
        long parent = parcelId("99701", 9003);
        long left = parcelId("99701", 9004);
        long right = parcelId("99701", 9005);

        assertThat(get("/api/v1/parcels/" + parent).status()).as("retired: gone, with its successors").isEqualTo(410);
        assertThat(get("/api/v1/parcels/" + parent + "?asOf=2022-08-31").json().get("properties").get("legalArea").asDouble()).isEqualTo(400.0);
        JsonNode h = get("/api/v1/parcels/" + parent + "/history").json();
        assertThat(h.get("validTo").isNull()).isFalse();
        assertThat(h.get("lineage").get("children")).extracting(c -> c.get("id").asLong()).containsExactly(left, right);
        assertThat(h.get("lineage").get("children").get(0).get("kind").asString()).isEqualTo("split");
        JsonNode child = get("/api/v1/parcels/" + left + "/history").json();
        assertThat(child.get("lineage").get("parents")).extracting(c -> c.get("id").asLong()).containsExactly(parent);
        assertThat(child.get("features").get(0).get("transaction").get("kind").asString()).isEqualTo("SPLIT");
    }

    @Test
    void aMortgagedParcelIsRestrictedWithoutSayingWhoOrHowMuch() {
        long id = parcelId("99702", 9001);
        Response now = get("/api/v1/parcels/" + id);
        Response before = get("/api/v1/parcels/" + id + "?asOf=2022-12-31");

        assertThat(now.json().get("properties").get("restricted").asBoolean()).isTrue();
        assertThat(before.json().get("properties").get("restricted").asBoolean()).isFalse();
        assertThat(get("/api/v1/parcels/" + parcelId("99701", 9001)).json().get("properties").get("restricted").asBoolean()).isFalse();
        for (Response r : List.of(now, get("/api/v1/parcels/" + id + "/history"), get("/api/v1/parcels?commune=00070&sheet=1&number=9001"))) {
            assertThat(r.body()).doesNotContain("HD-API-IT-42", "987654321", "Ngân hàng Bí Mật", "Nguyễn Văn Chủ Sở Hữu Bí Mật", "mortgage");
        }
    }
}
