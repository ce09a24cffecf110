package org.brainbridge.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.brainbridge.graph.model.NodeKind;

/** How much a hit counts by its kind: a value stored per document, applied to a query's score by {@link PriorQuery}. */
final class KindPrior {

    private KindPrior() {}

    /**
     * How much a hit of a kind counts: the portal is for finding the actors of the industry and what they make, so
     * enterprises and products a little more; people (by headline) and job posts less, since their headlines name
     * topics in passing; taxonomy nodes less unless named exactly (they are the facets to narrow by, not answers).
     */
    static final Map<NodeKind, Float> KIND_PRIOR = Map.of(
            NodeKind.ENTERPRISE, 1.3f,
            NodeKind.PRODUCT, 1.15f,
            NodeKind.INSTITUTION, 1.2f,
            NodeKind.INVESTOR, 1.2f,
            NodeKind.TALENT, 0.5f,
            NodeKind.POSITION, 0.7f,
            NodeKind.TECHNOLOGY, 0.8f,
            NodeKind.CHAIN_SEGMENT, 0.8f);

    /** The largest kind prior: how far the prior can lift a text score (a bound the ranking's pruning relies on). */
    static final float MAX_PRIOR = (float) Math.max(
            1.0,
            KIND_PRIOR.values().stream().mapToDouble(Float::doubleValue).max().orElse(1.0));

    /** The query's score times its hits' prior; a technology or segment named exactly what was typed counts fully. */
    static Query apply(Query query, QueryText text) {
        // A vocabulary node named exactly what was typed is what the person asked for: its demotion is undone.
        Query named = new BooleanQuery.Builder()
                .add(
                        SearchQueryBuilder.filter(
                                SearchFields.KIND,
                                VOCABULARY.stream().map(Enum::name).toList()),
                        Occur.FILTER)
                .add(wholeName(text), Occur.FILTER)
                .build();
        return new PriorQuery(query, named, SearchFields.PRIOR, MAX_PRIOR);
    }

    private static Query wholeName(QueryText text) {
        List<String> parts = new ArrayList<>(text.words());
        parts.addAll(text.phrases());
        return new TermQuery(new Term(SearchFields.NAME_EXACT, SearchAnalysis.fold(String.join(" ", parts))));
    }

    /** The kinds of the taxonomies: the vocabulary hits are described in, and facets narrow by. */
    static final java.util.Set<NodeKind> VOCABULARY = java.util.EnumSet.of(NodeKind.TECHNOLOGY, NodeKind.CHAIN_SEGMENT);
}
