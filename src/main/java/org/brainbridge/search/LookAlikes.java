package org.brainbridge.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/**
 * Keeps a results list from filling up with hits a reader cannot tell apart (six job posts all called
 * 「临床研究协调员（CRC）」): within the first {@link #WINDOW} hits, a kind and display name seen {@link #KEPT} times
 * already moves its further hits to the end of the window, in their order. The window is the same for every page
 * that lies within it, so paging stays consistent; hits beyond it keep their order.
 */
final class LookAlikes {

    static final int WINDOW = 50;
    static final int KEPT = 2;

    private LookAlikes() {}

    /** How many hits to collect for a page ending at {@code end}: the whole window while the page lies within it. */
    static int collect(int end) {
        return Math.max(end, WINDOW);
    }

    static ScoreDoc[] spread(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
        int window = Math.min(hits.length, WINDOW);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Map<Long, Integer> seen = new HashMap<>();
        List<ScoreDoc> first = new ArrayList<>(window);
        List<ScoreDoc> moved = new ArrayList<>();
        for (int i = 0; i < window; i++) {
            long looks = looks(leaves, hits[i].doc);
            if (seen.merge(looks, 1, Integer::sum) > KEPT) {
                moved.add(hits[i]);
            } else {
                first.add(hits[i]);
            }
        }
        if (moved.isEmpty()) {
            return hits;
        }
        ScoreDoc[] spread = hits.clone();
        int at = 0;
        for (ScoreDoc hit : first) {
            spread[at++] = hit;
        }
        for (ScoreDoc hit : moved) {
            spread[at++] = hit;
        }
        return spread;
    }

    private static long looks(List<LeafReaderContext> leaves, int doc) throws IOException {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        NumericDocValues values = leaf.reader().getNumericDocValues(SearchFields.LOOKS);
        // A document without the value (an index written before it existed) is its own kind of hit.
        return values != null && values.advanceExact(doc - leaf.docBase) ? values.longValue() : doc;
    }
}
