package vn.landinfo.mapserver.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.landinfo.mapserver.catalog.PublishedLayer;
import vn.landinfo.mapserver.crs.CrsCatalogue;
import vn.landinfo.mapserver.features.filter.Filter;
import vn.landinfo.mapserver.features.query.FeatureQuery;
import vn.landinfo.mapserver.features.query.RegisterTime;

/** startIndex and count of a GetFeature with several queries page through all their results together (WFS 2.0 §7.6.3.4–5). */
class SharedPageTest {

    private static FeatureQuery query(PublishedLayer layer, long start, Integer count) {
        return new FeatureQuery(FeatureTypes.of(layer), new Filter.Include(), new RegisterTime.Current(), List.of(), List.of(), start, count,
                CrsCatalogue.standard().find("EPSG:4326").orElseThrow(), false);
    }

    private static List<long[]> slices(List<FeatureQuery> pages) {
        return pages.stream().map(q -> new long[] {q.startIndex(), q.count()}).toList();
    }

    @Test
    void aPageCanEndOneQueryAndBeginTheNext() {
        List<FeatureQuery> pages = SharedPage.of(List.of(query(PublishedLayer.MAP_SHEETS, 8, 6), query(PublishedLayer.PROVINCES, 8, 6)), new long[] {10, 34});
        assertThat(slices(pages)).containsExactly(new long[] {8, 2}, new long[] {0, 4});
        assertThat(SharedPage.returned(pages, new long[] {10, 34})).isEqualTo(6);
    }

    @Test
    void aStartPastTheFirstQuerySkipsIntoTheSecondAndTheLastPageHoldsWhatIsLeft() {
        List<FeatureQuery> pages = SharedPage.of(List.of(query(PublishedLayer.MAP_SHEETS, 40, 6), query(PublishedLayer.PROVINCES, 40, 6)), new long[] {10, 34});
        assertThat(slices(pages)).containsExactly(new long[] {10, 0}, new long[] {30, 4});
        assertThat(SharedPage.returned(pages, new long[] {10, 34})).isEqualTo(4);
    }

    @Test
    void withoutACountEverythingAfterTheStartIsReturned() {
        List<FeatureQuery> pages = SharedPage.of(List.of(query(PublishedLayer.MAP_SHEETS, 3, null), query(PublishedLayer.PROVINCES, 3, null)), new long[] {10, 34});
        assertThat(slices(pages)).containsExactly(new long[] {3, 7}, new long[] {0, 34});
    }
}
