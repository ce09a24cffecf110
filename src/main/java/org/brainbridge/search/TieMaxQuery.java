package org.brainbridge.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesUtils;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * A disjunction-max with a tie-breaker ({@code max + tie · (sum of the others)}, as Lucene's {@link
 * DisjunctionMaxQuery} scores it) that skips documents which cannot reach the page.
 *
 * <p>Lucene's disjunction-max can skip only without a tie-breaker: with one, every document any alternative matches
 * is scored. A word's alternatives (in names, texts, neighbours, topics …) are such a disjunction, and a word found
 * in the texts or neighbours of a third of the index made the ranking score all of those documents, though only
 * those with it in a name could reach the page. Once a collector says how high a score must be, this query leaves
 * out of its iteration the alternatives that together could not reach it (the MaxScore method) and asks them only
 * about the documents the others match.
 */
final class TieMaxQuery extends Query {

    private final List<Query> disjuncts;
    private final float tie;

    TieMaxQuery(List<Query> disjuncts, float tie) {
        this.disjuncts = List.copyOf(disjuncts);
        this.tie = tie;
    }

    List<Query> disjuncts() {
        return disjuncts;
    }

    float tie() {
        return tie;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        if (disjuncts.isEmpty()) {
            return new org.apache.lucene.search.MatchNoDocsQuery("no alternatives");
        }
        if (disjuncts.size() == 1) {
            return disjuncts.getFirst();
        }
        List<Query> rewritten = new ArrayList<>(disjuncts.size());
        boolean changed = false;
        for (Query disjunct : disjuncts) {
            Query r = disjunct.rewrite(searcher);
            changed |= r != disjunct;
            rewritten.add(r);
        }
        return changed ? new TieMaxQuery(rewritten, tie) : super.rewrite(searcher);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        List<Weight> weights = new ArrayList<>(disjuncts.size());
        for (Query disjunct : disjuncts) {
            weights.add(searcher.createWeight(disjunct, scoreMode, boost));
        }
        return new TieMaxWeight(this, weights, scoreMode);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        QueryVisitor sub = visitor.getSubVisitor(Occur.SHOULD, this);
        disjuncts.forEach(d -> d.visit(sub));
    }

    @Override
    public String toString(String field) {
        StringBuilder text = new StringBuilder("(");
        for (int i = 0; i < disjuncts.size(); i++) {
            text.append(i == 0 ? "" : " | ").append(disjuncts.get(i).toString(field));
        }
        return text.append(")~").append(tie).toString();
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other)
                && other instanceof TieMaxQuery that
                && tie == that.tie
                && disjuncts.equals(that.disjuncts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), disjuncts, tie);
    }

    private final class TieMaxWeight extends Weight {

        private final List<Weight> weights;
        private final ScoreMode scoreMode;

        TieMaxWeight(Query query, List<Weight> weights, ScoreMode scoreMode) {
            super(query);
            this.weights = weights;
            this.scoreMode = scoreMode;
        }

        @Override
        public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
            List<ScorerSupplier> suppliers = new ArrayList<>();
            for (Weight weight : weights) {
                ScorerSupplier supplier = weight.scorerSupplier(context);
                if (supplier != null) {
                    suppliers.add(supplier);
                }
            }
            if (suppliers.isEmpty()) {
                return null;
            }
            long cost = suppliers.stream().mapToLong(ScorerSupplier::cost).sum();
            return new ScorerSupplier() {
                @Override
                public Scorer get(long leadCost) throws IOException {
                    List<Scorer> scorers = new ArrayList<>(suppliers.size());
                    for (ScorerSupplier supplier : suppliers) {
                        scorers.add(supplier.get(leadCost));
                    }
                    return new TieMaxScorer(scorers, tie, scoreMode == ScoreMode.TOP_SCORES);
                }

                @Override
                public long cost() {
                    return cost;
                }
            };
        }

        @Override
        public Matches matches(LeafReaderContext context, int doc) throws IOException {
            List<Matches> matches = new ArrayList<>();
            for (Weight weight : weights) {
                Matches m = weight.matches(context, doc);
                if (m != null) {
                    matches.add(m);
                }
            }
            return MatchesUtils.fromSubMatches(matches);
        }

        @Override
        public Explanation explain(LeafReaderContext context, int doc) throws IOException {
            List<Explanation> matched = new ArrayList<>();
            float max = 0;
            double others = 0;
            for (Weight weight : weights) {
                Explanation e = weight.explain(context, doc);
                if (e.isMatch()) {
                    matched.add(e);
                    float score = e.getValue().floatValue();
                    if (score >= max) {
                        others += max;
                        max = score;
                    } else {
                        others += score;
                    }
                }
            }
            if (matched.isEmpty()) {
                return Explanation.noMatch("no alternative matched");
            }
            return Explanation.match(
                    (float) (max + others * tie), "max plus " + tie + " times the others of:", matched);
        }

        @Override
        public boolean isCacheable(LeafReaderContext context) {
            return weights.stream().allMatch(w -> w.isCacheable(context));
        }
    }

    /**
     * Iterates the alternatives that can still reach the minimum score (the essential ones, highest bounds) and asks
     * the others only for the documents those match.
     */
    private static final class TieMaxScorer extends Scorer {

        private final Scorer[] scorers;
        private final DocIdSetIterator[] iterators;
        /** Each iterator's document, kept here: asking the iterators (wrappers of wrappers) costs a call each time. */
        private final int[] docs;

        private final float[] maxScores;
        private final float tie;
        private final boolean prunes;
        /** Alternatives from this index on (ordered by bound, lowest first) are iterated; those before only asked. */
        private int essential;

        private int doc = -1;

        TieMaxScorer(List<Scorer> scorers, float tie, boolean prunes) throws IOException {
            this.tie = tie;
            this.prunes = prunes;
            int n = scorers.size();
            float[] bounds = new float[n];
            if (prunes) {
                for (int i = 0; i < n; i++) {
                    scorers.get(i).advanceShallow(0);
                    bounds[i] = scorers.get(i).getMaxScore(DocIdSetIterator.NO_MORE_DOCS);
                }
            }
            Integer[] order = new Integer[n];
            Arrays.setAll(order, i -> i);
            Arrays.sort(order, Comparator.comparingDouble(i -> bounds[i]));
            this.scorers = new Scorer[n];
            this.maxScores = new float[n];
            for (int i = 0; i < n; i++) {
                this.scorers[i] = scorers.get(order[i]);
                this.maxScores[i] = bounds[order[i]];
            }
            this.iterators = new DocIdSetIterator[n];
            this.docs = new int[n];
            Arrays.fill(docs, -1);
            for (int i = 0; i < n; i++) {
                TwoPhaseIterator twoPhase = this.scorers[i].twoPhaseIterator();
                // Matches are confirmed as they are met: a phrase is checked on the documents its terms share.
                iterators[i] =
                        twoPhase == null ? this.scorers[i].iterator() : TwoPhaseIterator.asDocIdSetIterator(twoPhase);
            }
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public DocIdSetIterator iterator() {
            return new DocIdSetIterator() {
                @Override
                public int docID() {
                    return doc;
                }

                @Override
                public int nextDoc() throws IOException {
                    return advance(doc + 1);
                }

                @Override
                public int advance(int target) throws IOException {
                    int next = NO_MORE_DOCS;
                    for (int i = essential; i < iterators.length; i++) {
                        int at = docs[i];
                        if (at < target) {
                            at = iterators[i].advance(target);
                            docs[i] = at;
                        }
                        next = Math.min(next, at);
                    }
                    doc = next;
                    return next;
                }

                @Override
                public long cost() {
                    long cost = 0;
                    for (DocIdSetIterator it : iterators) {
                        cost += it.cost();
                    }
                    return cost;
                }
            };
        }

        @Override
        public float score() throws IOException {
            // Summed as Lucene's disjunction-max sums: the largest, plus the others in double, rounded once.
            float max = 0;
            double others = 0;
            for (int i = 0; i < scorers.length; i++) {
                if (i < essential && docs[i] < doc) {
                    docs[i] = iterators[i].advance(doc);
                }
                if (docs[i] == doc) {
                    float score = scorers[i].score();
                    if (score >= max) {
                        others += max;
                        max = score;
                    } else {
                        others += score;
                    }
                }
            }
            return (float) (max + others * tie);
        }

        @Override
        public int advanceShallow(int target) throws IOException {
            int upTo = DocIdSetIterator.NO_MORE_DOCS;
            for (int i = 0; i < scorers.length; i++) {
                if (docs[i] <= target) {
                    upTo = Math.min(upTo, scorers[i].advanceShallow(target));
                }
            }
            return upTo;
        }

        @Override
        public float getMaxScore(int upTo) throws IOException {
            float max = 0;
            double others = 0;
            for (int i = 0; i < scorers.length; i++) {
                if (docs[i] <= upTo) {
                    float bound = scorers[i].getMaxScore(upTo);
                    others += Math.min(max, bound);
                    max = Math.max(max, bound);
                }
            }
            return (float) (max + others * tie);
        }

        @Override
        public void setMinCompetitiveScore(float minScore) {
            if (!prunes) {
                return;
            }
            // The lowest bounds first: as long as those alternatives together stay below the minimum, a document
            // only they match cannot compete. Their bound is their largest plus the tie-breaker times the rest.
            int k = essential;
            double sum = 0;
            for (int i = 0; i < k; i++) {
                sum += maxScores[i];
            }
            while (k < scorers.length) {
                double withNext = sum + maxScores[k];
                double bound = maxScores[k] + (withNext - maxScores[k]) * tie;
                // Rounding: a bound that only just stays below is not trusted.
                if (bound * (1 + 1e-6) >= minScore) {
                    break;
                }
                sum = withNext;
                k++;
            }
            essential = k;
        }

        @Override
        public Collection<ChildScorable> getChildren() {
            List<ChildScorable> children = new ArrayList<>(scorers.length);
            for (Scorer scorer : scorers) {
                children.add(new ChildScorable(scorer, "SHOULD"));
            }
            return children;
        }
    }
}
