package org.brainbridge.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.Similarity;

/**
 * The scores {@link TextSimilarity}'s query gives some documents, with the terms each holds, read term by term from the
 * postings: per term the best of its fields plus {@link #TIE_BREAKER} of the others (a disjunction max of boosted term
 * queries), summed over the terms, with the searcher's similarity (BM25) and each field's norms. For a few hundred
 * documents this is cheaper than advancing the query's scorer to each of them, which moves every term's postings
 * through a priority queue per document.
 */
final class TermScores {

    /** How much the other fields of a term add to its best one. */
    static final float TIE_BREAKER = 0.1f;

    private TermScores() {}

    /**
     * One document's score and the terms it holds in any field, as bits by the terms' positions (at most 64 terms).
     */
    record Scored(int doc, float score, long terms) {}

    /**
     * The documents (index-wide ids, any order, repeats allowed) that hold at least one term, in document order.
     *
     * @param boosts per field, in the order of {@code fields}
     */
    static List<Scored> of(IndexSearcher searcher, List<String> terms, String[] fields, float[] boosts, int[] docs)
            throws IOException {
        if (terms.size() > Long.SIZE) {
            throw new IllegalArgumentException("At most " + Long.SIZE + " terms, got " + terms.size());
        }
        int[] sorted = Arrays.stream(docs).sorted().distinct().toArray();
        int n = sorted.length;
        int width = terms.size();
        float[] best = new float[n * width];
        float[] sum = new float[n * width];
        long[] held = new long[n];
        Similarity similarity = searcher.getSimilarity();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (int f = 0; f < fields.length; f++) {
            CollectionStatistics collection = searcher.collectionStatistics(fields[f]);
            if (collection == null) {
                continue; // no document has the field
            }
            for (int t = 0; t < width; t++) {
                Term term = new Term(fields[f], terms.get(t));
                TermStates states = TermStates.build(searcher, term, true);
                if (states.docFreq() == 0) {
                    continue;
                }
                Similarity.SimScorer scorer = similarity.scorer(
                        boosts[f], collection, searcher.termStatistics(term, states.docFreq(), states.totalTermFreq()));
                for (LeafReaderContext leaf : leaves) {
                    int from = lowerBound(sorted, leaf.docBase);
                    int to = lowerBound(sorted, leaf.docBase + leaf.reader().maxDoc());
                    var supplier = from < to ? states.get(leaf) : null;
                    TermState state = supplier == null ? null : supplier.get();
                    if (state == null) {
                        continue;
                    }
                    Terms fieldTerms = leaf.reader().terms(fields[f]);
                    TermsEnum termsEnum = fieldTerms.iterator();
                    termsEnum.seekExact(term.bytes(), state);
                    PostingsEnum postings = termsEnum.postings(null, PostingsEnum.FREQS);
                    NumericDocValues norms = leaf.reader().getNormValues(fields[f]);
                    for (int k = from; k < to; k++) {
                        int doc = sorted[k] - leaf.docBase;
                        if (postings.docID() < doc) {
                            postings.advance(doc);
                        }
                        if (postings.docID() != doc) {
                            continue;
                        }
                        long norm = norms != null && norms.advanceExact(doc) ? norms.longValue() : 1L;
                        float score = scorer.score(postings.freq(), norm);
                        int at = k * width + t;
                        best[at] = Math.max(best[at], score);
                        sum[at] += score;
                        held[k] |= 1L << t;
                    }
                }
            }
        }
        List<Scored> scored = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            if (held[k] == 0) {
                continue;
            }
            double score = 0;
            for (int t = 0; t < width; t++) {
                int at = k * width + t;
                score += best[at] + (sum[at] - best[at]) * TIE_BREAKER;
            }
            scored.add(new Scored(sorted[k], (float) score, held[k]));
        }
        return scored;
    }

    /** The first position in {@code sorted} whose value is at least {@code value}. */
    private static int lowerBound(int[] sorted, int value) {
        int found = Arrays.binarySearch(sorted, value);
        return found >= 0 ? found : -found - 1;
    }
}
