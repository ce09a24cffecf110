package org.brainbridge.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.search.analysis.Tokens;
import org.springframework.stereotype.Service;

/**
 * "More like this" for matchmaking: the nodes of some kinds whose names and texts share the most distinctive words
 * with a given text, with the words each shares. The query is the text's most distinctive terms (tf × idf against
 * the index), each matched in names, texts and neighbour names; BM25 scores it ({@link TermScores}). Kept apart from {@link SearchService},
 * whose queries are built for what people type, not for a whole profile.
 */
@Service
public class TextSimilarity {

    /** At most this many terms of the text make the query: enough for a profile, bounded for speed. */
    static final int MAX_TERMS = 32;

    /**
     * {@link #similar} scores this many times the nodes asked for with the full query, shortlisted by a cheaper one
     * (names and texts): on the 100,000-node benchmark graph 98 % of the top ten and 91–98 % of the top fifty
     * were the full query's own, at 55–80 % of the cost.
     */
    static final int SHORTLIST_FACTOR = 4;

    /** Matched per term, in this order (the shortlist uses the first two). */
    static final String[] FIELDS = {SearchFields.NAME, SearchFields.TEXT, SearchFields.NEIGHBOURS};

    static final float[] BOOSTS = {1.2f, 1.0f, 0.6f};

    private final SearchIndex index;
    private final SearchAnalysis analysis;
    private volatile KindFrequencies frequencies;

    /**
     * A text's distinctive terms for the last texts asked about: a match request asks three times about its source's
     * text (its text candidates, the other candidates' scores, the page's shared terms). Keyed by the reader's cache
     * key, not the reader, so that a kept entry never holds a closed reader's files.
     */
    private final com.github.benmanes.caffeine.cache.Cache<TermsKey, List<String>> recentTerms =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder()
                    .maximumSize(256)
                    .build();

    private record TermsKey(Object reader, String kinds, String text) {}

    TextSimilarity(SearchIndex index, SearchAnalysis analysis) {
        this.index = index;
        this.analysis = analysis;
    }

    /**
     * One similar node: its id, the BM25 score, and the query's terms it holds in its names, texts or neighbours'
     * names (most distinctive first).
     */
    public record Hit(String id, double score, List<String> terms) {}

    /** The indexed names and texts of a node (never a person's name): what "like this node" means. Empty if absent. */
    public String textOf(String id) {
        return index.withSearcher(searcher -> {
            TopDocs top = searcher.search(new TermQuery(new Term(SearchFields.ID, id)), 1);
            if (top.scoreDocs.length == 0) {
                return "";
            }
            var doc = searcher.storedFields()
                    .document(top.scoreDocs[0].doc, Set.of(SearchFields.NAME, SearchFields.TEXT));
            StringBuilder text = new StringBuilder();
            for (String field : List.of(SearchFields.NAME, SearchFields.TEXT)) {
                for (String value : doc.getValues(field)) {
                    text.append(value).append('\n');
                }
            }
            return text.toString();
        });
    }

    /**
     * The nodes of the given kinds most similar to the text, best first, leaving out {@code exclude}. Which words each
     * shares is {@link #sharedTerms}'s job, for a page.
     */
    public List<Hit> similar(String text, Collection<NodeKind> kinds, Collection<String> exclude, int limit) {
        if (text == null || text.isBlank() || limit < 1) {
            return List.of();
        }
        return index.withSearcher(searcher -> {
            Query kindFilter = kindFilter(kinds);
            List<String> terms = terms(searcher, text, kindFilter);
            if (terms.isEmpty()) {
                return List.of();
            }
            TermStates[][] states = TermScores.states(searcher, terms, FIELDS);
            BooleanQuery.Builder firstPass = shortlistQuery(terms, states);
            if (kindFilter != null) {
                firstPass.add(kindFilter, Occur.FILTER);
            }
            if (exclude != null && !exclude.isEmpty()) {
                firstPass.add(SearchQueryBuilder.filter(SearchFields.ID, List.copyOf(exclude)), Occur.MUST_NOT);
            }
            ScoreDoc[] shortlist = searcher.search(firstPass.build(), limit * SHORTLIST_FACTOR).scoreDocs;
            int[] docs = java.util.Arrays.stream(shortlist).mapToInt(d -> d.doc).toArray();
            return hits(searcher, terms, TermScores.of(searcher, terms, FIELDS, BOOSTS, docs, states), limit);
        });
    }

    /** The scored documents as hits, best first (ties by document), at most {@code limit}. */
    private static List<Hit> hits(IndexSearcher searcher, List<String> terms, List<TermScores.Scored> scored, int limit)
            throws IOException {
        List<TermScores.Scored> best = scored.stream()
                .sorted(Comparator.comparingDouble((TermScores.Scored s) -> s.score())
                        .reversed()
                        .thenComparingInt(TermScores.Scored::doc))
                .limit(limit)
                .toList();
        String[] ids = DocIds.of(
                searcher.getIndexReader(),
                best.stream().mapToInt(TermScores.Scored::doc).toArray());
        List<Hit> hits = new ArrayList<>(best.size());
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] != null) {
                hits.add(new Hit(
                        ids[i], best.get(i).score(), held(terms, best.get(i).terms())));
            }
        }
        return hits;
    }

    private static List<String> held(List<String> terms, long bits) {
        List<String> held = new ArrayList<>(Long.bitCount(bits));
        for (int t = 0; t < terms.size(); t++) {
            if ((bits & (1L << t)) != 0) {
                held.add(terms.get(t));
            }
        }
        return List.copyOf(held);
    }

    /**
     * The scores {@link #similar} would give the given nodes, with the terms each holds (those that share no term are
     * left out), best first: for candidates found another way.
     */
    public List<Hit> scores(String text, Collection<NodeKind> kinds, Collection<String> ids) {
        if (text == null || text.isBlank() || ids.isEmpty()) {
            return List.of();
        }
        return index.withSearcher(searcher -> {
            List<String> terms = terms(searcher, text, kindFilter(kinds));
            if (terms.isEmpty()) {
                return List.of();
            }
            int[] docs = docsOf(searcher, ids);
            return hits(searcher, terms, TermScores.of(searcher, terms, FIELDS, BOOSTS, docs), docs.length);
        });
    }

    /**
     * The first pass of {@link #similar}: the terms in names and texts, summed (the full query takes the largest per
     * term of three fields, neighbours' names the third, which costs about twice as much over the many nodes that
     * share a word). A node that shares words only through its neighbours' names is left to the graph's candidates.
     */
    private static BooleanQuery.Builder shortlistQuery(List<String> terms, TermStates[][] states) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (int t = 0; t < terms.size(); t++) {
            for (int i = 0; i < 2; i++) {
                TermQuery term = new TermQuery(new Term(FIELDS[i], terms.get(t)), states[i][t]);
                query.add(new BoostQuery(term, BOOSTS[i]), Occur.SHOULD);
            }
        }
        return query.setMinimumNumberShouldMatch(1);
    }

    /**
     * The query {@link TermScores} scores, as Lucene would run it: per term the best of its fields (a disjunction max,
     * the others adding {@link TermScores#TIE_BREAKER}), summed, a node sharing at least one term.
     */
    static BooleanQuery.Builder query(List<String> terms) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : terms) {
            List<Query> perField = new ArrayList<>();
            for (int i = 0; i < FIELDS.length; i++) {
                perField.add(new BoostQuery(new TermQuery(new Term(FIELDS[i], term)), BOOSTS[i]));
            }
            query.add(new DisjunctionMaxQuery(perField, TermScores.TIE_BREAKER), Occur.SHOULD);
        }
        return query.setMinimumNumberShouldMatch(1);
    }

    private static Query kindFilter(Collection<NodeKind> kinds) {
        return kinds == null || kinds.isEmpty()
                ? null
                : SearchQueryBuilder.filter(
                        SearchFields.KIND, kinds.stream().map(Enum::name).toList());
    }

    private List<String> terms(IndexSearcher searcher, String text, Query kindFilter) throws IOException {
        IndexReader.CacheHelper helper = searcher.getIndexReader().getReaderCacheHelper();
        if (helper == null) {
            return distinctiveTerms(searcher, text, kindFilter);
        }
        return recentTerms.get(new TermsKey(helper.getKey(), String.valueOf(kindFilter), text), key -> {
            try {
                return distinctiveTerms(searcher, text, kindFilter);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** The live documents (index-wide ids) that hold these ids. */
    private static int[] docsOf(IndexSearcher searcher, Collection<String> ids) throws IOException {
        org.apache.lucene.util.IntsRefBuilder docs = new org.apache.lucene.util.IntsRefBuilder();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            org.apache.lucene.index.Terms idTerms = leaf.reader().terms(SearchFields.ID);
            if (idTerms == null) {
                continue;
            }
            org.apache.lucene.index.TermsEnum termsEnum = idTerms.iterator();
            org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
            org.apache.lucene.index.PostingsEnum postings = null;
            for (String id : ids) {
                if (termsEnum.seekExact(new org.apache.lucene.util.BytesRef(id))) {
                    postings = termsEnum.postings(postings, org.apache.lucene.index.PostingsEnum.NONE);
                    for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                        if (live == null || live.get(doc)) {
                            docs.append(leaf.docBase + doc);
                        }
                    }
                }
            }
        }
        return java.util.Arrays.copyOf(docs.ints(), docs.length());
    }

    /**
     * The text's terms that say most about it among the nodes of the kinds asked for: frequent in the text, rare among
     * those nodes; never a term none of them has. Single characters and bare numbers are left out: the ICU tokenizer
     * splits unknown names into single characters, which would match on the sound of a company name.
     */
    private List<String> distinctiveTerms(IndexSearcher searcher, String text, Query kindFilter) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        for (String token : Tokens.of(analysis.text(), text)) {
            // Concept tokens are left out: they stand for a whole synonym group, whose postings are long, and made
            // matching slower with the same quality (bench/results/match-speed-2026-11-30-114932.md).
            if (token.codePointCount(0, token.length()) > 1
                    && !token.chars().allMatch(Character::isDigit)
                    && !org.brainbridge.search.analysis.Analyzers.isConcept(token)) {
                counts.merge(token, 1, Integer::sum);
            }
        }
        IndexReader reader = searcher.getIndexReader();
        int all = Math.max(1, reader.numDocs());
        // A first cut on the whole index's statistics bounds the per-kind counts below.
        List<String> shortlist = counts.keySet().stream()
                .map(t -> Map.entry(t, df(reader, t)))
                .filter(e -> e.getValue() > 0 && e.getValue() <= all / 2)
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_TERMS * 2L)
                .map(Map.Entry::getKey)
                .toList();
        int docs = kindFilter == null ? all : Math.max(1, searcher.count(kindFilter));
        Map<String, Double> weights = new HashMap<>();
        for (String term : shortlist) {
            int df = kindFilter == null ? df(reader, term) : kindFrequency(searcher, kindFilter, term);
            // Words in more than a third of the candidates (公司, 企业, brain) say nothing about this one.
            if (df == 0 || df > Math.max(3, docs / 3)) {
                continue;
            }
            double idf = Math.log(1 + (docs - df + 0.5) / (df + 0.5));
            weights.put(term, Math.sqrt(counts.get(term)) * idf);
        }
        return weights.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_TERMS)
                .map(Map.Entry::getKey)
                .toList();
    }

    /**
     * How many nodes of the kinds hold the term. Counting walks postings, so the counts are kept for the reader they
     * were made with (a new reader after an index commit starts afresh) and bounded in number.
     */
    private int kindFrequency(IndexSearcher searcher, Query kindFilter, String term) throws IOException {
        KindFrequencies current = frequencies;
        if (current == null
                || current.reader() != searcher.getIndexReader()
                || current.counts().size() > 100_000) {
            current = new KindFrequencies(searcher.getIndexReader(), new java.util.concurrent.ConcurrentHashMap<>());
            frequencies = current;
        }
        String key = kindFilter + "\u0000" + term;
        Integer known = current.counts().get(key);
        if (known != null) {
            return known;
        }
        int count = searcher.count(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(SearchFields.TEXT, term)), Occur.SHOULD)
                .add(new TermQuery(new Term(SearchFields.NAME, term)), Occur.SHOULD)
                .setMinimumNumberShouldMatch(1)
                .add(kindFilter, Occur.FILTER)
                .build());
        current.counts().put(key, count);
        return count;
    }

    private record KindFrequencies(IndexReader reader, Map<String, Integer> counts) {}

    private static int df(IndexReader reader, String term) {
        try {
            return reader.docFreq(new Term(SearchFields.TEXT, term))
                    + reader.docFreq(new Term(SearchFields.NAME, term));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
