package org.brainbridge.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * Leaves out of a query's alternatives those that match most documents of the index.
 *
 * <p>Some words are in nearly every document through one field: the root of the technology tree (「脑机接口」, BCI) is
 * among the topics of everything that has a technology, a province among the places of everything in it. As one
 * alternative of a word ("the word in names, or in texts, or in topics …") such a term adds almost nothing to a score
 * (BM25 weighs a term in 97 % of documents at a few hundredths of a rare one) but makes the word match the whole
 * index, and ranking then scores every document. Left out, the word matches where it says something, and the ranking
 * of the documents that match is unchanged but for those few hundredths. Alternatives made of common terms only are
 * left out; the rest of the query is kept as it is.
 *
 * <p>An alternative is left out only while another remains: a query made of nothing but common terms keeps them all.
 */
final class CommonTerms {

    /** A term in more than this share of the index's documents is common. */
    static final double COMMON_SHARE = 0.5;

    private final IndexReader reader;
    private final long commonAbove;

    private CommonTerms(IndexReader reader) {
        this.reader = reader;
        this.commonAbove = (long) (reader.maxDoc() * COMMON_SHARE);
    }

    /** The query without the alternatives that match most of the index (the same query when there are none). */
    static Query prune(Query query, IndexReader reader) throws IOException {
        return new CommonTerms(reader).pruned(query);
    }

    private Query pruned(Query query) throws IOException {
        return switch (query) {
            case PriorQuery prior -> prior.withInner(pruned(prior.inner()));
            case BoostQuery boost -> {
                Query inner = pruned(boost.getQuery());
                yield inner == boost.getQuery() ? boost : new BoostQuery(inner, boost.getBoost());
            }
            case BooleanQuery bool -> prunedClauses(bool);
            case DisjunctionMaxQuery dismax ->
                prunedAlternatives(
                        dismax,
                        dismax.getDisjuncts(),
                        kept -> new DisjunctionMaxQuery(kept, dismax.getTieBreakerMultiplier()));
            case TieMaxQuery tieMax ->
                prunedAlternatives(tieMax, tieMax.disjuncts(), kept -> new TieMaxQuery(kept, tieMax.tie()));
            default -> query;
        };
    }

    private Query prunedClauses(BooleanQuery bool) throws IOException {
        // A disjunction (no required clause, any one clause enough) drops its common clauses like a dismax does.
        boolean disjunction = bool.getMinimumNumberShouldMatch() <= 1
                && bool.clauses().stream().allMatch(c -> c.occur() == Occur.SHOULD);
        List<BooleanClause> clauses = new ArrayList<>();
        boolean changed = false;
        for (BooleanClause clause : bool.clauses()) {
            if (disjunction && common(clause.query())) {
                changed = true;
                continue;
            }
            Query inner = pruned(clause.query());
            changed |= inner != clause.query();
            clauses.add(inner == clause.query() ? clause : new BooleanClause(inner, clause.occur()));
        }
        if (!changed || clauses.isEmpty()) {
            return bool; // nothing but common terms: what was typed is common, and still asked for
        }
        BooleanQuery.Builder rebuilt =
                new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
        clauses.forEach(rebuilt::add);
        return rebuilt.build();
    }

    private Query prunedAlternatives(
            Query query,
            java.util.Collection<Query> alternatives,
            java.util.function.Function<List<Query>, Query> rebuilt)
            throws IOException {
        List<Query> kept = new ArrayList<>();
        boolean changed = false;
        for (Query disjunct : alternatives) {
            if (common(disjunct)) {
                changed = true;
                continue;
            }
            Query inner = pruned(disjunct);
            changed |= inner != disjunct;
            kept.add(inner);
        }
        if (kept.isEmpty()) {
            return query; // nothing but common terms: what was typed is common, and still asked for
        }
        return changed ? rebuilt.apply(kept) : query;
    }

    /**
     * Whether a query is made of common terms only: wherever it matches, it scores a few hundredths. Phrases and
     * fuzzy terms never count as common (positions and edits make them selective).
     */
    private boolean common(Query query) throws IOException {
        return switch (query) {
            case TermQuery term -> common(term.getTerm());
            case SynonymQuery synonyms ->
                allCommonQueries(
                        synonyms.getTerms().stream().<Query>map(TermQuery::new).toList());
            case BoostQuery boost -> common(boost.getQuery());
            case DisjunctionMaxQuery dismax -> allCommonQueries(dismax.getDisjuncts());
            case TieMaxQuery tieMax -> allCommonQueries(tieMax.disjuncts());
            case BooleanQuery bool ->
                bool.clauses().stream().noneMatch(c -> c.occur() == Occur.MUST_NOT)
                        && allCommonQueries(bool.clauses().stream()
                                .map(BooleanClause::query)
                                .toList());
            default -> false;
        };
    }

    private boolean allCommonQueries(java.util.Collection<Query> queries) throws IOException {
        if (queries.isEmpty()) {
            return false;
        }
        for (Query q : queries) {
            if (!common(q)) {
                return false;
            }
        }
        return true;
    }

    private boolean common(Term term) throws IOException {
        return reader.docFreq(term) > commonAbove;
    }
}
