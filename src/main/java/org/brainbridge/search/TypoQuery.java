package org.brainbridge.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BoostAttribute;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;

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
        return new CachedFuzzyQuery(term, edits);
    }

    /** Automata by word and edits: building one is most of a typo's cost, and people misspell the same words. */
    private static final com.github.benmanes.caffeine.cache.Cache<String, CompiledAutomaton> AUTOMATA =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder()
                    .maximumSize(256)
                    .build();

    /**
     * Lucene's fuzzy query (first letter fixed, transpositions count as one edit, the 20 closest terms blended), with
     * its automaton taken from {@link #AUTOMATA}: Lucene builds one per edit distance for every query. Each term is
     * weighted as Lucene does, by its distance relative to the shorter of the two words.
     */
    static final class CachedFuzzyQuery extends FuzzyQuery {

        private static final int PREFIX = 1;
        private static final int EXPANSIONS = 20;

        CachedFuzzyQuery(Term term, int edits) {
            super(term, edits, PREFIX, EXPANSIONS, true);
        }

        @Override
        public CompiledAutomaton getAutomata() {
            String text = getTerm().text();
            int edits = getMaxEdits();
            return AUTOMATA.get(edits + ":" + text, key -> FuzzyQuery.getFuzzyAutomaton(text, edits, PREFIX, true));
        }

        @Override
        protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
            return new WeightedByEdits(
                    getAutomata().getTermsEnum(terms), getTerm().text(), getMaxEdits());
        }
    }

    /** The terms an automaton accepts, each with the boost Lucene's fuzzy terms get: 1 − edits / shorter length. */
    private static final class WeightedByEdits extends FilterLeafReader.FilterTermsEnum {

        private final String typed;
        private final int typedLength;
        private final int edits;
        private final BoostAttribute boost;

        WeightedByEdits(TermsEnum in, String typed, int edits) {
            super(in);
            this.typed = typed;
            this.typedLength = typed.codePointCount(0, typed.length());
            this.edits = edits;
            this.boost = in.attributes().addAttribute(BoostAttribute.class);
        }

        @Override
        public BytesRef next() throws IOException {
            BytesRef next = in.next();
            if (next != null) {
                String candidate = next.utf8ToString();
                int distance = Math.min(edits, Spellings.editDistance(typed, candidate, edits));
                int shorter = Math.min(typedLength, candidate.codePointCount(0, candidate.length()));
                boost.setBoost(distance == 0 ? 1f : 1f - (float) distance / shorter);
            }
            return next;
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(term.field())) {
            new CachedFuzzyQuery(term, edits).visit(visitor);
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
