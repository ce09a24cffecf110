package org.brainbridge.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Spellings of one concept (脑机接口, "脑 机 接口", "brain computer interface" for BCI) are alternatives: a name
 * that has several of them does not count the concept several times.
 */
final class ConceptQueryBuilder extends QueryBuilder {

    ConceptQueryBuilder(Analyzer analyzer) {
        super(analyzer);
    }

    /**
     * The paths through a token graph multiply with every ambiguous stretch of a long text: the first ones (the
     * analyzer's preferred readings) are enough, and taking all of them could exhaust memory.
     */
    static final int MAX_ALTERNATIVES = 16;

    static final Set<String> PARTS_DROPPED_IN = Set.of(SearchFields.NEIGHBOURS, SearchFields.TOPICS);

    /**
     * A word's paths, without the path through a dictionary term's parts (脑 机 接口 beside 脑机接口) in the fields
     * of neighbours' names and topics: there the index holds the joined term wherever its parts stand together,
     * the parts add only documents where they stand apart (in a graph about 脑机接口, nearly every document), and
     * conjunctions of characters nearly every document has are the costliest part of a query. In names and texts
     * the parts path stays: it finds variant wordings (脑机交互接口) that the judged queries show people want.
     * Phrases keep it everywhere (they are built elsewhere): the parts carry the positions a phrase needs.
     */
    @Override
    protected Query newGraphSynonymQuery(java.util.Iterator<Query> queries) {
        List<Query> alternatives = new ArrayList<>();
        while (queries.hasNext() && alternatives.size() < MAX_ALTERNATIVES) {
            alternatives.add(queries.next());
        }
        java.util.Set<String> joined = new java.util.HashSet<>();
        for (Query alternative : alternatives) {
            if (alternative instanceof TermQuery term) {
                joined.add(term.getTerm().field() + ':' + term.getTerm().text());
            }
        }
        List<Query> kept = alternatives.stream()
                .filter(a -> !joined.contains(partsJoined(a)))
                .toList();
        return kept.size() == 1 ? kept.getFirst() : new DisjunctionMaxQuery(kept, 0f);
    }

    /** For a conjunction of Han terms of one field, {@code field:joined terms}; otherwise an impossible key. */
    private static String partsJoined(Query query) {
        if (!(query instanceof BooleanQuery bool) || bool.clauses().size() < 2) {
            return "";
        }
        StringBuilder joined = new StringBuilder();
        String field = null;
        for (var clause : bool.clauses()) {
            if (clause.occur() != Occur.MUST || !(clause.query() instanceof TermQuery term)) {
                return "";
            }
            String text = term.getTerm().text();
            if (field != null && !field.equals(term.getTerm().field()) || SearchQueryBuilder.isLatin(text)) {
                return "";
            }
            if (!PARTS_DROPPED_IN.contains(term.getTerm().field())) {
                return "";
            }
            field = term.getTerm().field();
            joined.append(text);
        }
        return field + ':' + joined;
    }
}
