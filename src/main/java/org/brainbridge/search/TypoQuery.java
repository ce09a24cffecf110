package org.brainbridge.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * Words within a few edits of a typed word, asked only when the typed word may be a typo: a word the index holds in
 * enough documents is taken as spelled right, and its exact term (which the other alternatives already ask for) is
 * enough. Building and running the edit-distance automata is otherwise about a third of a query's cost, spent on
 * words spelled right. The decision is made against the index being searched, at rewrite.
 */
final class TypoQuery extends Query {

    /** Documents that make a word known, at least; more in a large index, where typos in the data recur. */
    static final int KNOWN_MIN_DOCS = 5;

    static final int KNOWN_PER_DOCS = 20_000;

    private final Term term;
    private final int edits;

    TypoQuery(Term term, int edits) {
        this.term = Objects.requireNonNull(term);
        this.edits = edits;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        var reader = searcher.getIndexReader();
        int known = Math.max(KNOWN_MIN_DOCS, reader.maxDoc() / KNOWN_PER_DOCS);
        if (reader.docFreq(term) >= known) {
            return new MatchNoDocsQuery("a known word: " + term);
        }
        return new FuzzyQuery(term, edits, 1, 20, true);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(term.field())) {
            new FuzzyQuery(term, edits, 1, 20, true).visit(visitor);
        }
    }

    @Override
    public String toString(String field) {
        return "typo(" + term + "~" + edits + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && other instanceof TypoQuery that && term.equals(that.term) && edits == that.edits;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), term, edits);
    }
}
