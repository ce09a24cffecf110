package org.brainbridge.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.search.analysis.Analyzers;
import org.springframework.stereotype.Service;

/**
 * "More like this" for matchmaking: the nodes of some kinds whose names and texts share the most distinctive words
 * with a given text, with the words each shares. The query is the text's most distinctive terms (tf × idf against
 * the index), each matched in names, texts and neighbour names; BM25 scores it. Kept apart from {@link SearchService},
 * whose queries are built for what people type, not for a whole profile.
 */
@Service
public class TextSimilarity {

    /** At most this many terms of the text make the query: enough for a profile, bounded for speed. */
    static final int MAX_TERMS = 32;

    private static final String[] FIELDS = {SearchFields.NAME, SearchFields.TEXT, SearchFields.NEIGHBOURS};
    private static final float[] BOOSTS = {1.2f, 1.0f, 0.6f};

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

    /** One similar node: its id, the BM25 score and the terms of the text it contains. */
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
     * The nodes of the given kinds most similar to the text, best first, leaving out {@code exclude}; with
     * {@code onlyIds} not null, only those nodes are scored (for candidates found another way). The hits carry no
     * terms: finding which words each shares costs more than scoring, so {@link #sharedTerms} does it for a page.
     */
    public List<Hit> similar(
            String text,
            Collection<NodeKind> kinds,
            Collection<String> onlyIds,
            Collection<String> exclude,
            int limit) {
        return search(text, kinds, onlyIds, exclude, limit, false);
    }

    /** The terms of the text's query that each of the given nodes contains, by id. */
    public Map<String, List<String>> sharedTerms(String text, Collection<NodeKind> kinds, Collection<String> ids) {
        Map<String, List<String>> terms = new HashMap<>();
        search(text, kinds, ids, null, ids.size(), true).forEach(h -> terms.put(h.id(), h.terms()));
        return terms;
    }

    private List<Hit> search(
            String text,
            Collection<NodeKind> kinds,
            Collection<String> onlyIds,
            Collection<String> exclude,
            int limit,
            boolean withTerms) {
        if (text == null || text.isBlank() || limit < 1 || (onlyIds != null && onlyIds.isEmpty())) {
            return List.of();
        }
        return index.withSearcher(searcher -> {
            Query kindFilter = kinds == null || kinds.isEmpty()
                    ? null
                    : SearchQueryBuilder.filter(
                            SearchFields.KIND, kinds.stream().map(Enum::name).toList());
            IndexReader.CacheHelper helper = searcher.getIndexReader().getReaderCacheHelper();
            List<String> terms = helper == null
                    ? distinctiveTerms(searcher, text, kindFilter)
                    : recentTerms.get(new TermsKey(helper.getKey(), String.valueOf(kindFilter), text), key -> {
                        try {
                            return distinctiveTerms(searcher, text, kindFilter);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
            if (terms.isEmpty()) {
                return List.of();
            }
            BooleanQuery.Builder query = new BooleanQuery.Builder();
            for (String term : terms) {
                List<Query> perField = new ArrayList<>();
                for (int i = 0; i < FIELDS.length; i++) {
                    perField.add(new BoostQuery(new TermQuery(new Term(FIELDS[i], term)), BOOSTS[i]));
                }
                query.add(new DisjunctionMaxQuery(perField, 0.1f), Occur.SHOULD);
            }
            // A node must share a term: with filters beside them the terms would otherwise be optional, and every node
            // of the kinds would be visited (and score 0) instead of those the terms' postings lead to.
            query.setMinimumNumberShouldMatch(1);
            if (kindFilter != null) {
                query.add(kindFilter, Occur.FILTER);
            }
            if (onlyIds != null) {
                query.add(SearchQueryBuilder.filter(SearchFields.ID, List.copyOf(onlyIds)), Occur.FILTER);
            }
            if (exclude != null && !exclude.isEmpty()) {
                query.add(SearchQueryBuilder.filter(SearchFields.ID, List.copyOf(exclude)), Occur.MUST_NOT);
            }
            Query built = query.build();
            TopDocs top = searcher.search(built, onlyIds == null ? limit : Math.min(limit, onlyIds.size()));
            return hits(searcher, built, top.scoreDocs, withTerms);
        });
    }

    private static List<Hit> hits(IndexSearcher searcher, Query query, ScoreDoc[] docs, boolean withTerms)
            throws IOException {
        if (docs.length == 0) {
            return List.of();
        }
        Weight weight =
                withTerms ? searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f) : null;
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        String[] ids = DocIds.of(
                searcher.getIndexReader(),
                java.util.Arrays.stream(docs).mapToInt(d -> d.doc).toArray());
        List<Hit> hits = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            ScoreDoc doc = docs[i];
            String id = ids[i];
            if (weight == null) {
                hits.add(new Hit(id, doc.score, List.of()));
                continue;
            }
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc.doc, leaves));
            Matches matches = weight.matches(leaf, doc.doc - leaf.docBase);
            Set<String> terms = new LinkedHashSet<>();
            if (matches != null) {
                for (String field : FIELDS) {
                    MatchesIterator it = matches.getMatches(field);
                    while (it != null && it.next()) {
                        if (it.getQuery() instanceof TermQuery term) {
                            terms.add(term.getTerm().text());
                        }
                    }
                }
            }
            hits.add(new Hit(id, doc.score, List.copyOf(terms)));
        }
        return hits;
    }

    /**
     * The text's terms that say most about it among the nodes of the kinds asked for: frequent in the text, rare among
     * those nodes; never a term none of them has. Single characters and bare numbers are left out: the ICU tokenizer
     * splits unknown names into single characters, which would match on the sound of a company name.
     */
    private List<String> distinctiveTerms(IndexSearcher searcher, String text, Query kindFilter) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        for (String token : Analyzers.tokens(analysis.text(), text)) {
            if (token.codePointCount(0, token.length()) > 1 && !token.chars().allMatch(Character::isDigit)) {
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
