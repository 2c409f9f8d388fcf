package vn.landinfo.mapserver.features.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.landinfo.mapserver.catalog.PublishedLayer;
import vn.landinfo.mapserver.crs.CrsCatalogue;
import vn.landinfo.mapserver.crs.MapCrs;
import vn.landinfo.mapserver.features.FeatureType;
import vn.landinfo.mapserver.features.FeatureTypes;
import vn.landinfo.mapserver.features.filter.Filter;
import vn.landinfo.mapserver.ogc.OgcException;

/** A walk's next page starts after the previous page's last key (decision 0188), in SQL. */
class PagingByKeyTest {

    private static final FeatureType PARCELS = FeatureTypes.of(PublishedLayer.PARCELS);
    private static final FeatureType COMMUNES = FeatureTypes.of(PublishedLayer.COMMUNES);
    private static final MapCrs WGS84 = CrsCatalogue.standard().find("EPSG:4326").orElseThrow();

    private static FeatureQuery page(FeatureType type, RegisterTime when, List<SortKey> sortBy, PageKey after) {
        return new FeatureQuery(type, new Filter.Include(), when, List.of(), sortBy, 30, 10, WGS84, false, after);
    }

    @Test
    void aPageAfterAKeySelectsGreaterIdsAndSkipsNoOffset() {
        FeatureStatement st = FeatureSql.page(page(PARCELS, new RegisterTime.Current(), List.of(), new PageKey(123L, null)),
                GeometryEncoding.GEOJSON);
        assertThat(st.sql().text()).contains("AND f.\"id\" > ?").endsWith("ORDER BY f.\"id\" LIMIT ?").doesNotContain("OFFSET");
        assertThat(st.sql().params()).containsExactly(123L, 10L);
    }

    @Test
    void aPageOfVersionsContinuesAfterTheIdAndVersion() {
        FeatureStatement st = FeatureSql.page(page(PARCELS, new RegisterTime.AllVersions(), List.of(), new PageKey(123L, 2)),
                GeometryEncoding.GEOJSON);
        assertThat(st.sql().text()).contains("AND (f.\"id\" > ? OR (f.\"id\" = ? AND f.\"version\" > ?))")
                .endsWith("ORDER BY f.\"id\", f.\"version\" LIMIT ?");
        assertThat(st.sql().params()).containsExactly(123L, 123L, 2, 10L);
    }

    @Test
    void stringIdsCompareAsText() {
        FeatureStatement st = FeatureSql.page(page(COMMUNES, new RegisterTime.Current(), List.of(), PageKey.parse(COMMUNES, "00070").orElseThrow()),
                GeometryEncoding.GEOJSON);
        assertThat(st.sql().text()).contains("AND f.\"code\" > ?");
        assertThat(st.sql().params()).startsWith("00070");
    }

    @Test
    void aKeyWithSortKeysIsRefusedWithItsLocator() {
        FeatureQuery sorted = page(PARCELS, new RegisterTime.Current(), List.of(new SortKey("legal_area", true)), new PageKey(1L, null));
        assertThat(sorted.walksByKey()).isFalse();
        assertThatThrownBy(() -> FeatureSql.page(sorted, GeometryEncoding.GEOJSON))
                .isInstanceOfSatisfying(OgcException.class, e -> assertThat(e.locator()).isEqualTo("after"));
    }

    @Test
    void theKeyIsParsedFromAFeaturesLocalIdOrNothing() {
        assertThat(PageKey.parse(PARCELS, "123")).contains(new PageKey(123L, null));
        assertThat(PageKey.parse(PARCELS, "123.2")).contains(new PageKey(123L, 2));
        assertThat(PageKey.parse(PARCELS, "x1")).isEmpty();
        assertThat(PageKey.parse(PARCELS, "1.2.3")).isEmpty();
    }

    @Test
    void thePageEndIsTheLastKeyAndSizeOfTheSamePage() {
        String sql = FeatureSql.pageEnd(page(PARCELS, new RegisterTime.Current(), List.of(), new PageKey(5L, null))).text();
        assertThat(sql).startsWith("SELECT p.fid, p.fversion, p.n FROM (SELECT f.\"id\"::text AS fid, NULL::integer AS fversion")
                .contains("row_number() OVER (ORDER BY f.\"id\")").contains("AND f.\"id\" > ?").endsWith(") f) p ORDER BY p.rn DESC LIMIT 1");
    }
}
