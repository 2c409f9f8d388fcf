package vn.landinfo.mapserver.oapif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.landinfo.mapserver.catalog.PublishedLayer;
import vn.landinfo.mapserver.crs.CrsCatalogue;
import vn.landinfo.mapserver.features.FeatureProperty;
import vn.landinfo.mapserver.features.FeatureType;
import vn.landinfo.mapserver.features.FeatureTypes;
import vn.landinfo.mapserver.features.cql2.Cql2TextParser;
import vn.landinfo.mapserver.features.filter.ComparisonOp;
import vn.landinfo.mapserver.features.filter.Filter;

/**
 * Filters GDAL 3.6 can send to the server (docs/decisions/0195-oapif-property-parameters-and-the-drafts-cql-text.md):
 * Part 1's property parameters, and the Part 3 drafts' {@code cql-text} read as cql2-text.
 */
class PropertyParametersTest {

    private final FeatureType parcels = FeatureTypes.of(PublishedLayer.PARCELS);

    private static FeaturesRequest q(String... kv) {
        Map<String, List<String>> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], List.of(kv[i + 1]));
        }
        return new FeaturesRequest("/collections/parcels/items", m, "", "http://x/ogc/features");
    }

    @Test
    void simpleValuedPropertiesAreParametersButNotGeometryDecimalsOrTimes() {
        List<String> names = PropertyParameters.of(parcels).stream().map(FeatureProperty::name).toList();
        assertThat(names).contains("national_id", "commune_code", "main_purpose", "sheet_number", "parcel_number", "restricted")
                .doesNotContain("geom", "legal_area", "valid_from", "valid_to");
    }

    @Test
    void namedPropertiesBecomeCaseSensitiveEqualitiesAndedInTheTypesOrder() {
        assertThat(PropertyParameters.parse(q("limit", "5"), parcels)).isEqualTo(new Filter.Include());
        assertThat(PropertyParameters.parse(q("main_purpose", "ODT"), parcels))
                .isEqualTo(new Filter.Comparison(ComparisonOp.EQUAL, "main_purpose", "ODT", true));
        assertThat(PropertyParameters.parse(q("main_purpose", "ODT", "commune_code", "00070"), parcels)).isEqualTo(new Filter.And(List.of(
                new Filter.Comparison(ComparisonOp.EQUAL, "commune_code", "00070", true),
                new Filter.Comparison(ComparisonOp.EQUAL, "main_purpose", "ODT", true))));
    }

    @Test
    void aPropertyGivenTwiceIsRefusedByName() {
        FeaturesRequest twice = new FeaturesRequest("/collections/parcels/items", Map.of("commune_code", List.of("00070", "00082")), "",
                "http://x/ogc/features");
        assertThatThrownBy(() -> PropertyParameters.parse(twice, parcels)).hasMessageContaining("commune_code");
    }

    @Test
    void theDraftsCqlTextIsReadAsCql2Text() {
        ItemsFilter filter = new ItemsFilter(new CrsUris(CrsCatalogue.standard()));
        String gdal = "(commune_code = '00070') AND (main_purpose = 'ODT')";
        assertThat(filter.parse(q("filter", gdal, "filter-lang", "cql-text")))
                .isEqualTo(filter.parse(q("filter", gdal, "filter-lang", "cql2-text")))
                .isEqualTo(new Cql2TextParser().parse(gdal, null));
        assertThatThrownBy(() -> filter.parse(q("filter", gdal, "filter-lang", "cql-json"))).hasMessageContaining("cql-json");
    }
}
