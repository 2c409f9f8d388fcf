package vn.landinfo.mapserver.features;

import java.util.ArrayList;
import java.util.List;
import vn.landinfo.mapserver.features.query.FeatureQuery;

/**
 * One page through the results of several queries taken in order, as WFS 2.0 reads startIndex and count for a
 * GetFeature with several wfs:Query (09-025r2 §7.6.3.4–5: the count limits the features of the whole response, the
 * start index is an index into the whole result set). Given each query's number of matches in the answer's snapshot,
 * each query gets the slice of the page that falls on it.
 */
final class SharedPage {

    private SharedPage() {
    }

    /** The queries, each paged to its slice of the shared page (the first query's startIndex and count are the page's). */
    static List<FeatureQuery> of(List<FeatureQuery> queries, long[] matched) {
        long toSkip = queries.get(0).startIndex();
        Integer count = queries.get(0).count();
        long left = count == null ? Long.MAX_VALUE : count;
        List<FeatureQuery> pages = new ArrayList<>(queries.size());
        for (int i = 0; i < queries.size(); i++) {
            long skip = Math.min(toSkip, matched[i]);
            toSkip -= skip;
            long take = Math.min(matched[i] - skip, left);
            left -= take;
            pages.add(queries.get(i).page(skip, (int) Math.min(take, Integer.MAX_VALUE), null));
        }
        return pages;
    }

    /** Features the pages will hold: exact, since the counts come from the same snapshot. */
    static long returned(List<FeatureQuery> pages, long[] matched) {
        long returned = 0;
        for (int i = 0; i < pages.size(); i++) {
            FeatureQuery q = pages.get(i);
            long available = Math.max(0, matched[i] - (q.after() == null ? q.startIndex() : 0));
            returned += q.count() == null ? available : Math.min(available, q.count());
        }
        return returned;
    }
}
