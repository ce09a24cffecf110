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
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * A text query's score plus the profile's features ({@link ProfileFeatures}), times how much a hit of its kind counts
 * (the prior, a float doc value), except for documents a second query names, which count fully (a vocabulary node
 * named exactly what was typed).
 *
 * <p>Lucene's {@code FunctionScoreQuery} does such arithmetic but cannot say how high a score may get, so every
 * matching document is scored; features as query clauses match every document, which has the same effect. This query
 * knows the largest prior and the most the features add, so it reports the inner query's bound raised by both and
 * passes a collector's minimum competitive score on lowered by both: top-k collection then skips the documents that
 * cannot reach the page, which is most of them for a word almost every document has. Within a block that can, a
 * document whose own prior and features cannot lift the block's text bound to the minimum is not scored either.
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
                        return new PriorScorer(
                                supplier.get(leadCost),
                                priors,
                                ProfileFeatures.of(context.reader()),
                                named,
                                maxPrior,
                                context.reader().maxDoc());
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
                        score, "(text score + profile features) × prior; the text score:", explanation);
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        inner.visit(visitor.getSubVisitor(Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "prior(" + inner.toString(field) + " + features ≤ " + ProfileFeatures.MAX + ", " + priorField + " ≤ "
                + maxPrior + ")";
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

    private static final class PriorScorer extends Scorer {

        private final Scorer in;
        private final NumericDocValues priors;
        private final ProfileFeatures features;
        private final DocIdSetIterator named;
        private final float maxPrior;
        private final CompetitiveBlocks competitive;
        private final TwoPhaseIterator twoPhase;
        private float minScore;
        private float minText;
        private int valuesDoc = -1;
        private float docFeatures;
        private float docPrior;

        PriorScorer(
                Scorer in,
                NumericDocValues priors,
                ProfileFeatures features,
                DocIdSetIterator named,
                float maxPrior,
                int maxDoc) {
            this.in = in;
            this.priors = priors;
            this.features = features;
            this.named = named;
            this.maxPrior = maxPrior;
            TwoPhaseIterator inner = in.twoPhaseIterator();
            competitive = new CompetitiveBlocks(inner == null ? in.iterator() : inner.approximation(), in, maxDoc);
            twoPhase = new TwoPhaseIterator(competitive) {
                @Override
                public boolean matches() throws IOException {
                    // The document's own prior and features first: two doc values, far cheaper than the text.
                    return mayCompete(competitive.docID()) && (inner == null || inner.matches());
                }

                @Override
                public float matchCost() {
                    return 2 + (inner == null ? 0 : inner.matchCost());
                }
            };
        }

        @Override
        public int docID() {
            return in.docID();
        }

        @Override
        public DocIdSetIterator iterator() {
            return TwoPhaseIterator.asDocIdSetIterator(twoPhase);
        }

        @Override
        public TwoPhaseIterator twoPhaseIterator() {
            return twoPhase;
        }

        @Override
        public float score() throws IOException {
            int doc = docID();
            values(doc);
            // Summed as a Boolean query sums its clauses: in double, rounded once.
            return (float) ((double) in.score() + docFeatures) * docPrior;
        }

        /**
         * Whether the document can reach the minimum score with the text's bound for its block: most matches of a
         * broad word are of kinds or profiles that cannot, and are left unscored.
         */
        private boolean mayCompete(int doc) throws IOException {
            if (minText <= 0) {
                // No block bound is kept until the text itself has a minimum.
                return true;
            }
            values(doc);
            double bound = ((double) competitive.blockMax() + docFeatures) * docPrior;
            // Rounded up, as the bounds are: a bound a little high costs nothing.
            return Math.nextUp(Math.nextUp((float) bound)) >= minScore;
        }

        private void values(int doc) throws IOException {
            if (doc != valuesDoc) {
                valuesDoc = doc;
                docFeatures = features.of(doc);
                docPrior = prior(doc);
            }
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
            // Rounded up: a bound a little high costs nothing, one a little low would skip a competitive document.
            return Math.nextUp(Math.nextUp((in.getMaxScore(upTo) + ProfileFeatures.MAX) * maxPrior));
        }

        @Override
        public int advanceShallow(int target) throws IOException {
            return in.advanceShallow(target);
        }

        @Override
        public void setMinCompetitiveScore(float minScore) throws IOException {
            this.minScore = minScore;
            // Float division and subtraction round: leave a little room rather than skip a competitive document.
            float text = Math.max(
                    0f, Math.nextDown(Math.nextDown(Math.nextDown(minScore / maxPrior) - ProfileFeatures.MAX)));
            minText = text;
            competitive.setMinCompetitiveScore(text);
            in.setMinCompetitiveScore(text);
        }

        @Override
        public Collection<ChildScorable> getChildren() {
            return List.of(new ChildScorable(in, "MUST"));
        }
    }
}
