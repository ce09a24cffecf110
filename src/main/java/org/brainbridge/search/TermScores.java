package org.brainbridge.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.IndexReaderContext;
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
import org.apache.lucene.util.BytesRef;

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
        return of(searcher, terms, fields, boosts, docs, states(searcher, terms, fields));
    }

    /**
     * @param states per field and term, as {@link #states} reads them (shared with a query over the same terms, so
     *     each term is looked up once per request)
     */
    static List<Scored> of(
            IndexSearcher searcher,
            List<String> terms,
            String[] fields,
            float[] boosts,
            int[] docs,
            TermStates[][] states)
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
        BytesRef[] bytes = terms.stream().map(BytesRef::new).toArray(BytesRef[]::new);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (int f = 0; f < fields.length; f++) {
            Similarity.SimScorer[] scorers = scorers(searcher, fields[f], boosts[f], terms, states[f]);
            if (scorers == null) {
                continue; // no document has the field
            }
            for (LeafReaderContext leaf : leaves) {
                int from = lowerBound(sorted, leaf.docBase);
                int to = lowerBound(sorted, leaf.docBase + leaf.reader().maxDoc());
                Terms fieldTerms = from < to ? leaf.reader().terms(fields[f]) : null;
                if (fieldTerms == null) {
                    continue;
                }
                long[] norms = norms(leaf, fields[f], sorted, from, to);
                TermsEnum termsEnum = fieldTerms.iterator();
                PostingsEnum postings = null;
                for (int t = 0; t < width; t++) {
                    var supplier = scorers[t] == null ? null : states[f][t].get(leaf);
                    TermState state = supplier == null ? null : supplier.get();
                    if (state == null) {
                        continue;
                    }
                    termsEnum.seekExact(bytes[t], state);
                    postings = termsEnum.postings(postings, PostingsEnum.FREQS);
                    for (int k = from; k < to; k++) {
                        int doc = sorted[k] - leaf.docBase;
                        if (postings.docID() < doc) {
                            postings.advance(doc);
                        }
                        if (postings.docID() != doc) {
                            continue;
                        }
                        float score = scorers[t].score(postings.freq(), norms[k - from]);
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

    /**
     * Per field, each term's state in every segment, read with one terms enum per field and segment: what
     * {@code TermStates.build} does term by term, with an enum (and its seek frames) for each.
     */
    static TermStates[][] states(IndexSearcher searcher, List<String> terms, String[] fields) throws IOException {
        IndexReaderContext top = searcher.getTopReaderContext();
        BytesRef[] bytes = terms.stream().map(BytesRef::new).toArray(BytesRef[]::new);
        TermStates[][] states = new TermStates[fields.length][bytes.length];
        for (TermStates[] perField : states) {
            Arrays.setAll(perField, t -> new TermStates(top));
        }
        for (LeafReaderContext leaf : top.leaves()) {
            for (int f = 0; f < fields.length; f++) {
                Terms fieldTerms = leaf.reader().terms(fields[f]);
                if (fieldTerms == null) {
                    continue;
                }
                TermsEnum termsEnum = fieldTerms.iterator();
                for (int t = 0; t < bytes.length; t++) {
                    if (termsEnum.seekExact(bytes[t])) {
                        states[f][t].register(
                                termsEnum.termState(), leaf.ord, termsEnum.docFreq(), termsEnum.totalTermFreq());
                    }
                }
            }
        }
        return states;
    }

    /** A scorer per term held somewhere in the field (null for the others); null if no document has the field. */
    private static Similarity.SimScorer[] scorers(
            IndexSearcher searcher, String field, float boost, List<String> terms, TermStates[] states)
            throws IOException {
        CollectionStatistics collection = searcher.collectionStatistics(field);
        if (collection == null) {
            return null;
        }
        Similarity.SimScorer[] scorers = new Similarity.SimScorer[terms.size()];
        for (int t = 0; t < scorers.length; t++) {
            if (states[t].docFreq() > 0) {
                Term term = new Term(field, terms.get(t));
                scorers[t] = searcher.getSimilarity()
                        .scorer(
                                boost,
                                collection,
                                searcher.termStatistics(term, states[t].docFreq(), states[t].totalTermFreq()));
            }
        }
        return scorers;
    }

    /** The field's norm of each document {@code sorted[from..to)} of the segment (1 where it has none). */
    private static long[] norms(LeafReaderContext leaf, String field, int[] sorted, int from, int to)
            throws IOException {
        NumericDocValues values = leaf.reader().getNormValues(field);
        long[] norms = new long[to - from];
        for (int k = from; k < to; k++) {
            norms[k - from] = values != null && values.advanceExact(sorted[k] - leaf.docBase) ? values.longValue() : 1L;
        }
        return norms;
    }

    /** The first position in {@code sorted} whose value is at least {@code value}. */
    private static int lowerBound(int[] sorted, int value) {
        int found = Arrays.binarySearch(sorted, value);
        return found >= 0 ? found : -found - 1;
    }
}
