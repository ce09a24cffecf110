package org.brainbridge.search;

import java.io.IOException;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Scorer;

/**
 * The documents of an iterator, without the blocks a scorer says cannot reach a collector's minimum competitive score:
 * block-max skipping for a scorer whose inner query cannot skip by itself (a disjunction-max with a tie-breaker
 * cannot), as Lucene's own scorer for a required clause with optional ones does.
 */
final class CompetitiveBlocks extends DocIdSetIterator {

    /** The most documents one bound is taken for. */
    private static final int WINDOW = 256;

    private final DocIdSetIterator in;
    private final Scorer bounds;
    private final int maxDoc;
    private float minScore;
    private int upTo = -1;
    private float blockMax;

    /**
     * @param in the matches, as the scorer's inner query finds them
     * @param bounds the scorer whose {@code advanceShallow} and {@code getMaxScore} bound the scores of {@code in}'s
     *     documents
     * @param maxDoc the segment's number of documents
     */
    CompetitiveBlocks(DocIdSetIterator in, Scorer bounds, int maxDoc) {
        this.in = in;
        this.bounds = bounds;
        this.maxDoc = maxDoc;
    }

    void setMinCompetitiveScore(float minScore) {
        this.minScore = minScore;
    }

    /** The bound of the current document's block; meaningful once a minimum score is set. */
    float blockMax() {
        return blockMax;
    }

    @Override
    public int docID() {
        return in.docID();
    }

    @Override
    public int nextDoc() throws IOException {
        return advance(in.docID() + 1);
    }

    @Override
    public int advance(int target) throws IOException {
        int doc = target;
        while (true) {
            if (minScore > 0) {
                doc = firstCompetitive(doc);
            }
            doc = in.docID() >= doc ? in.docID() : in.advance(doc);
            // A match past the block just checked may lie in a block that cannot compete: check it in turn.
            if (doc == NO_MORE_DOCS || minScore <= 0 || doc <= upTo) {
                return doc;
            }
        }
    }

    /** The first document at or after the target in a block whose bound reaches the minimum score. */
    private int firstCompetitive(int target) throws IOException {
        if (target > upTo) {
            block(target);
        }
        while (blockMax < minScore) {
            if (upTo >= maxDoc - 1) {
                return NO_MORE_DOCS;
            }
            target = upTo + 1;
            block(target);
        }
        return target;
    }

    private void block(int target) throws IOException {
        // A clause with few documents has one block to the end of the segment, so its bound would hold everywhere;
        // asked again a window later, the bound leaves out the clauses whose next document lies beyond the window.
        upTo = (int) Math.min(bounds.advanceShallow(target), (long) target + WINDOW - 1);
        blockMax = bounds.getMaxScore(upTo);
    }

    @Override
    public long cost() {
        return in.cost();
    }
}
