package org.brainbridge.search;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterScorer;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * A text query's score times how much a hit of its kind counts (the prior, a float doc value), except for documents a
 * second query names, which count fully (a vocabulary node named exactly what was typed).
 *
 * <p>Lucene's {@code FunctionScoreQuery} does the same arithmetic but cannot say how high a score may get, so every
 * matching document is scored. This query knows the largest prior, so it reports the inner query's bound times that
 * and passes a collector's minimum competitive score on divided by it: top-k collection then skips the blocks of
 * documents that cannot reach the page (block-max WAND), which is most of them for a word almost every document has.
 */
final class PriorQuery extends Query {

    private final Query inner;
    private final Query countsFully;
    private final String priorField;
    private final float maxPrior;

    /**
     * @param maxPrior the largest value the prior field holds (and at least 1): a bound, not a guess; larger stored
     *     values are capped to it so the bound holds even for an index written with other priors
     */
    PriorQuery(Query inner, Query countsFully, String priorField, float maxPrior) {
        this.inner = Objects.requireNonNull(inner);
        this.countsFully = countsFully;
        this.priorField = priorField;
        this.maxPrior = Math.max(1f, maxPrior);
    }

    Query inner() {
        return inner;
    }

    /** The same prior over another text query. */
    PriorQuery withInner(Query other) {
        return other == inner ? this : new PriorQuery(other, countsFully, priorField, maxPrior);
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = inner.rewrite(searcher);
        Query fully = countsFully == null ? null : countsFully.rewrite(searcher);
        if (rewritten != inner || fully != countsFully) {
            return new PriorQuery(rewritten, fully, priorField, maxPrior);
        }
        return super.rewrite(searcher);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight innerWeight = inner.createWeight(searcher, scoreMode, boost);
        if (!scoreMode.needsScores()) {
            return innerWeight;
        }
        Weight fullyWeight =
                countsFully == null ? null : countsFully.createWeight(searcher, ScoreMode.COMPLETE_NO_SCORES, 1f);
        return new FilterWeight(this, innerWeight) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                ScorerSupplier supplier = in.scorerSupplier(context);
                if (supplier == null) {
                    return null;
                }
                NumericDocValues priors = DocValues.getNumeric(context.reader(), priorField);
                ScorerSupplier fully = fullyWeight == null ? null : fullyWeight.scorerSupplier(context);
                return new ScorerSupplier() {
                    @Override
                    public Scorer get(long leadCost) throws IOException {
                        DocIdSetIterator named =
                                fully == null ? null : fully.get(leadCost).iterator();
                        return new PriorScorer(supplier.get(leadCost), priors, named, maxPrior);
                    }

                    @Override
                    public long cost() {
                        return supplier.cost();
                    }

                    @Override
                    public void setTopLevelScoringClause() throws IOException {
                        supplier.setTopLevelScoringClause();
                    }
                };
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false;
            }

            @Override
            public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                Explanation explanation = in.explain(context, doc);
                if (!explanation.isMatch()) {
                    return explanation;
                }
                Scorer scorer = scorer(context);
                if (scorer == null || scorer.iterator().advance(doc) != doc) {
                    return explanation;
                }
                float score = scorer.score();
                return Explanation.match(
                        score,
                        "text score times prior "
                                + score / explanation.getValue().floatValue(),
                        explanation);
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        inner.visit(visitor.getSubVisitor(Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "prior(" + inner.toString(field) + ", " + priorField + " ≤ " + maxPrior + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other)
                && other instanceof PriorQuery that
                && inner.equals(that.inner)
                && Objects.equals(countsFully, that.countsFully)
                && priorField.equals(that.priorField)
                && maxPrior == that.maxPrior;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), inner, countsFully, priorField, maxPrior);
    }

    private static final class PriorScorer extends FilterScorer {

        private final NumericDocValues priors;
        private final DocIdSetIterator named;
        private final float maxPrior;

        PriorScorer(Scorer in, NumericDocValues priors, DocIdSetIterator named, float maxPrior) {
            super(in);
            this.priors = priors;
            this.named = named;
            this.maxPrior = maxPrior;
        }

        @Override
        public float score() throws IOException {
            return in.score() * prior(docID());
        }

        private float prior(int doc) throws IOException {
            if (named != null) {
                int at = named.docID() < doc ? named.advance(doc) : named.docID();
                if (at == doc) {
                    return 1f;
                }
            }
            if (!priors.advanceExact(doc)) {
                return 1f;
            }
            return Math.min(maxPrior, Float.intBitsToFloat((int) priors.longValue()));
        }

        @Override
        public float getMaxScore(int upTo) throws IOException {
            return in.getMaxScore(upTo) * maxPrior;
        }

        @Override
        public int advanceShallow(int target) throws IOException {
            return in.advanceShallow(target);
        }

        @Override
        public void setMinCompetitiveScore(float minScore) throws IOException {
            // Float division and multiplication round: leave a little room rather than skip a competitive document.
            in.setMinCompetitiveScore(Math.nextDown(Math.nextDown(minScore / maxPrior)));
        }

        @Override
        public Collection<ChildScorable> getChildren() {
            return List.of(new ChildScorable(in, "MUST"));
        }
    }
}
