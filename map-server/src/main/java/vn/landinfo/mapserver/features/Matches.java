package vn.landinfo.mapserver.features;

import vn.landinfo.mapserver.features.encode.CollectionInfo;
import vn.landinfo.mapserver.features.query.FeatureQuery;

/**
 * What numberMatched, read in the answer's snapshot, says about one query's page, and what a page says about
 * numberMatched (docs/decisions/0230-the-first-feature-does-not-wait-for-a-count.md): a page that reaches the end of
 * the matches has no next link, so nothing has to find where it ends before it is written; a page that holds every
 * match needs no order; and a page that stopped short of its count tells numberMatched without a count.
 */
final class Matches {

    private Matches() {
    }

    /** No feature matches past this page (a walk by key counts the features before its key too: it cannot tell). */
    static boolean reachEnd(FeatureQuery q, long matched) {
        return q.after() == null && (q.count() == null || q.startIndex() + q.count() >= matched);
    }

    /**
     * The page is every match: the stable order decides nothing (which features a page holds, where the next one
     * starts), so the statement can leave it out and send its first row without sorting all of them first.
     */
    static boolean allOnOnePage(FeatureQuery q, long matched) {
        return q.after() == null && q.startIndex() == 0 && q.sortBy().isEmpty() && (q.count() == null || q.count() >= matched);
    }

    /**
     * numberMatched that a page of {@code written} features implies: it stopped short of its count, so the matches
     * end on it. Null when only a count can tell: a full page, an empty page past the start, a walk by key.
     */
    static Long implied(FeatureQuery q, long written) {
        boolean stoppedShort = q.count() == null || written < q.count();
        if (q.after() != null || !stoppedShort || (written == 0 && q.startIndex() > 0)) {
            return null;
        }
        return q.startIndex() + written;
    }

    /** The collection's links without next when the page reaches the end of the matches (WFS 2.0 §7.7.4.4.2). */
    static CollectionInfo withoutNextPastTheEnd(CollectionInfo info, FeatureQuery q, long matched) {
        CollectionInfo.PageLinks links = info.links();
        if (links == null || links == CollectionInfo.NO_LINKS || !reachEnd(q, matched)) {
            return info;
        }
        return info.withLinks((n, last) -> links.of(n, last).stream().filter(l -> !"next".equals(l.rel())).toList());
    }
}
