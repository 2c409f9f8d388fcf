package vn.landinfo.mapserver.oapif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.landinfo.mapserver.catalog.PublishedLayer;
import vn.landinfo.mapserver.crs.CrsCatalogue;
import vn.landinfo.mapserver.features.FeatureType;
import vn.landinfo.mapserver.features.FeatureTypes;
import vn.landinfo.mapserver.features.filter.Filter;
import vn.landinfo.mapserver.features.query.RegisterTime;
import vn.landinfo.mapserver.features.query.SortKey;
import vn.landinfo.mapserver.ogc.OgcException;

/** The items parameters parsed at the edge (docs/decisions/0180-ogc-api-features-paging-time-parameters.md). */
class ItemsParametersTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private final ItemsParameters p = new ItemsParameters(new CrsUris(CrsCatalogue.standard()));
    private final FeatureType parcels = FeatureTypes.of(PublishedLayer.PARCELS);
    private final FeatureType communes = FeatureTypes.of(PublishedLayer.COMMUNES);

    private static FeaturesRequest q(String... kv) {
        Map<String, List<String>> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], List.of(kv[i + 1]));
        }
        return new FeaturesRequest("/collections/parcels/items", m, "", "http://x/ogc/features");
    }

    @Test
    void limitDefaultsTo100IsClampedAt10000AndRefusesZeroAndText() {
        assertThat(p.limit(q())).isEqualTo(100);
        assertThat(p.limit(q("limit", "25"))).isEqualTo(25);
        assertThat(p.limit(q("limit", "1000000"))).isEqualTo(10_000);
        assertThatThrownBy(() -> p.limit(q("limit", "0"))).isInstanceOf(OgcException.class).hasMessageContaining("limit");
        assertThatThrownBy(() -> p.limit(q("limit", "ten"))).hasMessageContaining("ten");
    }

    @Test
    void bboxTakesFourOrSixNumbersInTheAxisOrderOfItsCrs() {
        Filter.Spatial crs84 = (Filter.Spatial) p.bbox(q("bbox", "105.8,21.0,105.9,21.1"), parcels);
        assertThat(crs84.geometry().axesSwapped()).isFalse();
        assertThat(crs84.geometry().wkt()).startsWith("POLYGON((105.8 21");
        Filter.Spatial latLon = (Filter.Spatial) p.bbox(q("bbox", "21.0,105.8,21.1,105.9", "bbox-crs", "http://www.opengis.net/def/crs/EPSG/0/4326"), parcels);
        assertThat(latLon.geometry().axesSwapped()).isTrue();
        assertThat(latLon.geometry().crs().srid()).isEqualTo(4326);
        assertThat(p.bbox(q("bbox", "105.8,21.0,0,105.9,21.1,50"), parcels)).isInstanceOf(Filter.Spatial.class);
        assertThat(p.bbox(q("bbox", "179,0,-179,1"), parcels)).as("over the antimeridian: two boxes").isInstanceOf(Filter.Or.class);
        assertThatThrownBy(() -> p.bbox(q("bbox", "1,2,3"), parcels)).hasMessageContaining("4");
        assertThatThrownBy(() -> p.bbox(q("bbox", "1,95,2,96"), parcels)).hasMessageContaining("90");
        assertThatThrownBy(() -> p.bbox(q("bbox", "1,2,3,4", "bbox-crs", "EPSG:4326"), parcels)).hasMessageContaining("EPSG:4326");
    }

    @Test
    void datetimeIsRegisterTimeAndACollectionWithoutHistoryRefusesThePast() {
        assertThat(p.datetime(q(), parcels, NOW)).isEqualTo(new RegisterTime.Current());
        assertThat(p.datetime(q("datetime", "2025-07-01T00:00:00Z"), parcels, NOW))
                .isEqualTo(new RegisterTime.AsOf(Instant.parse("2025-07-01T00:00:00Z")));
        assertThat(p.datetime(q("datetime", "2020-01-01T00:00:00Z/.."), parcels, NOW))
                .isEqualTo(new RegisterTime.During(Instant.parse("2020-01-01T00:00:00Z"), null));
        assertThat(p.datetime(q("datetime", "/2020-01-01T00:00:00+07:00"), parcels, NOW))
                .isEqualTo(new RegisterTime.During(null, Instant.parse("2019-12-31T17:00:00Z")));
        assertThat(p.datetime(q("datetime", "2020-01-01/2020-01-02"), parcels, NOW)).isInstanceOf(RegisterTime.During.class);
        assertThatThrownBy(() -> p.datetime(q("datetime", "2021-01-01T00:00:00Z/2020-01-01T00:00:00Z"), parcels, NOW)).hasMessageContaining("datetime");
        assertThatThrownBy(() -> p.datetime(q("datetime", "tomorrow"), parcels, NOW)).hasMessageContaining("RFC 3339");
        assertThatThrownBy(() -> p.datetime(q("datetime", "2020-01-01T00:00:00Z"), communes, NOW)).hasMessageContaining("communes");
        assertThat(p.datetime(q("datetime", "2030-01-01T00:00:00Z"), communes, NOW)).isEqualTo(new RegisterTime.Current());
    }

    @Test
    void sortbyTakesPlusAndMinusAndPropertiesAreCheckedAgainstTheFeatureType() {
        assertThat(p.sortBy(q("sortby", "-legal_area,+parcel_number,commune_code"), parcels))
                .containsExactly(new SortKey("legal_area", false), new SortKey("parcel_number", true), new SortKey("commune_code", true));
        assertThatThrownBy(() -> p.sortBy(q("sortby", "geom"), parcels)).hasMessageContaining("geom");
        assertThat(p.properties(q("properties", "parcel_number, legal_area"), parcels)).containsExactly("parcel_number", "legal_area");
        assertThatThrownBy(() -> p.properties(q("properties", "owner"), parcels)).hasMessageContaining("owner");
    }

    @Test
    void unknownAndRepeatedParametersAreRefusedByName() {
        assertThatThrownBy(() -> q("bbbox", "1").allowOnly(Items.CORE)).hasMessageContaining("bbbox");
        FeaturesRequest twice = new FeaturesRequest("", Map.of("limit", List.of("1", "2")), "", "http://x/ogc/features");
        assertThatThrownBy(() -> twice.param("limit")).hasMessageContaining("limit");
    }
}
