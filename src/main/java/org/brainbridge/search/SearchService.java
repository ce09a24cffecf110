package org.brainbridge.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.brainbridge.catalog.CatalogService;
import org.brainbridge.graph.GraphNode;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.search.analysis.Analyzers;
import org.brainbridge.support.InvalidArgumentException;
import org.brainbridge.support.Page;
import org.springframework.stereotype.Service;

/** Search and suggestions over the index: hits with highlighted evidence, facet counts, forgiving input. */
@Service
public class SearchService {

    static final int MAX_OFFSET = 1_000;
    static final int MAX_SUGGESTIONS = 20;
    /** Matches counted exactly when facets are not asked for; beyond, the total is a lower bound. */
    static final int COUNTED = 1_000;

    private static final String[] HIGHLIGHTED = {SearchFields.NAME, SearchFields.TEXT, SearchFields.NEIGHBOURS};

    private final SearchIndex index;
    private final SearchAnalysis analysis;
    private final SearchQueryBuilder queries;
    private final CatalogService catalog;
    private final ResultCache results;
    private volatile RegionNames regionNames;
    private final FacetCounts facetCounts;

    SearchService(SearchIndex index, SearchAnalysis analysis, CatalogService catalog, SearchProperties properties) {
        this.index = index;
        this.results = new ResultCache(properties.resultCacheSize());
        this.analysis = analysis;
        this.queries = new SearchQueryBuilder(analysis);
        this.catalog = catalog;
        this.facetCounts = new FacetCounts(index, this::nodes);
    }

    SearchResults search(String text, SearchFilter filter, Integer first, String after) {
        return search(text, filter, first, after, Parts.ALL);
    }

    /**
     * A search that computes only the parts asked for: facet counts and highlighted snippets cost more than the ranking
     * itself, so a client that selects neither does not pay for them.
     */
    SearchResults search(String text, SearchFilter filter, Integer first, String after, Parts parts) {
        Page page = Page.of(first, null);
        int offset = offset(after);
        String typed = text == null ? "" : text;
        var key = new ResultCache.Key(typed, filter, offset, page.first(), parts);
        return index.withSearcher(searcher -> results.get(
                searcher.getIndexReader(),
                key,
                () -> shortenedUntilItFits(searcher, typed, filter, page, offset, parts)));
    }

    /** The same search without the result cache: for measuring what ranking itself costs. */
    SearchResults searchUncached(String text, SearchFilter filter, Integer first, Parts parts) {
        Page page = Page.of(first, null);
        String typed = text == null ? "" : text;
        return index.withSearcher(searcher -> shortenedUntilItFits(searcher, typed, filter, page, 0, parts));
    }

    private SearchResults shortenedUntilItFits(
            IndexSearcher searcher, String typed, SearchFilter filter, Page page, int offset, Parts parts)
            throws IOException {
        while (true) {
            try {
                return search(searcher, QueryText.parse(typed), filter, page, offset, parts);
            } catch (IndexSearcher.TooManyClauses e) {
                // A very long text (a pasted paragraph, a whole project title) expands past the clause bound: search
                // with its first half rather than fail, down to nothing at all.
                int half = typed.codePointCount(0, typed.length()) / 2;
                if (half == 0) {
                    return new SearchResults(0, true, List.of(), List.of(), new Page.PageInfo(false, null));
                }
                typed = typed.substring(0, typed.offsetByCodePoints(0, half));
            }
        }
    }

    private SearchResults search(
            IndexSearcher searcher, QueryText parsed, SearchFilter filter, Page page, int offset, Parts parts)
            throws IOException {
        Map<String, List<String>> regions = regions(searcher);
        // Every word first; only when that finds nothing, all but one of them.
        boolean strict = true;
        int collect = LookAlikes.collect(offset + page.first());
        IndexReader reader = searcher.getIndexReader();
        Query query = CommonTerms.prune(queries.build(parsed, filter.queries(), regions, true), reader);
        Collected result = collect(searcher, query, collect, parts.facets());
        if (result.top().totalHits.value() == 0
                && parsed.words().size() + parsed.phrases().size() > 1) {
            strict = false;
            query = CommonTerms.prune(queries.build(parsed, filter.queries(), regions, false), reader);
            result = collect(searcher, query, collect, parts.facets());
        }
        Query highlightQuery = parts.highlights() ? queries.text(parsed, regions, strict) : null;
        TopDocs top = result.top();
        ScoreDoc[] all = LookAlikes.spread(searcher, top.scoreDocs);
        int end = Math.min(all.length, offset + page.first());
        ScoreDoc[] slice = offset >= end ? new ScoreDoc[0] : java.util.Arrays.copyOfRange(all, offset, end);
        List<SearchResults.Hit> hits = hits(searcher, slice, highlightQuery);
        int total = Math.toIntExact(top.totalHits.value());
        boolean exact = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
        boolean more = end < total && end < MAX_OFFSET;
        return new SearchResults(
                total,
                exact,
                hits,
                parts.facets() ? facetCounts.of(searcher, result.facets()) : List.of(),
                new Page.PageInfo(more, more ? cursor(end) : null));
    }

    /**
     * The best hits, and with facets every match (facet counts need them all, and then the total is exact). Without
     * facets, counting stops at {@link #COUNTED} matches, which lets the ranking skip documents that cannot make the
     * page instead of scoring every match: the total is then a lower bound.
     */
    private static Collected collect(IndexSearcher searcher, Query query, int n, boolean facets) throws IOException {
        if (facets) {
            FacetsCollectorManager.FacetsResult result =
                    FacetsCollectorManager.search(searcher, query, n, new FacetsCollectorManager());
            return new Collected(result.topDocs(), result.facetsCollector());
        }
        return new Collected(searcher.search(query, new TopScoreDocCollectorManager(n, COUNTED)), null);
    }

    private record Collected(TopDocs top, FacetsCollector facets) {}

    List<SearchResults.Suggestion> suggest(String prefix, List<String> kinds, Integer first) {
        int size = first == null ? 8 : first;
        if (size < 1 || size > MAX_SUGGESTIONS) {
            throw new InvalidArgumentException(
                    "first", "Argument 'first' must be between 1 and %d, was %d".formatted(MAX_SUGGESTIONS, size));
        }
        String token = analysis.suggestToken(prefix == null ? "" : prefix);
        if (token.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder query =
                new BooleanQuery.Builder().add(Analyzers.suggestionQuery(SearchFields.SUGGEST, token), Occur.MUST);
        if (kinds != null && !kinds.isEmpty()) {
            query.add(SearchQueryBuilder.filter(SearchFields.KIND, kinds), Occur.FILTER);
        }
        Sort byDegree = new Sort(new SortField(SearchFields.DEGREE, SortField.Type.LONG, true));
        return index.withSearcher(searcher -> {
            TopDocs top = searcher.search(query.build(), size, byDegree);
            int[] docs = Arrays.stream(top.scoreDocs).mapToInt(hit -> hit.doc).toArray();
            String[] ids = DocIds.of(searcher.getIndexReader(), docs);
            String[] displays = DocIds.displayNames(searcher.getIndexReader(), docs);
            List<SearchResults.Suggestion> suggestions = new ArrayList<>();
            for (int i = 0; i < docs.length; i++) {
                String display = displays[i];
                // Other names are stored with the whole document: read only when the display name does not suggest.
                int doc = docs[i];
                String text = analysis.suggests(display, token)
                        ? display
                        : shownName(
                                token,
                                display,
                                () -> searcher.storedFields()
                                        .document(doc, Set.of(SearchFields.NAME))
                                        .getValues(SearchFields.NAME));
                suggestions.add(new SearchResults.Suggestion(
                        ids[i], NodeKind.byId(ids[i]).map(Enum::name).orElse(""), text));
            }
            return suggestions;
        });
    }

    /**
     * The name a suggestion shows when the display name (Chinese, its pinyin and initials) does not complete what was
     * typed: an English name, or one of its words, that begins with it; otherwise the display name.
     */
    static String shownName(String token, String display, NameReader names) throws IOException {
        if (token.isEmpty() || !Character.isLetterOrDigit(token.charAt(0)) || token.charAt(0) > 0x024F) {
            return display;
        }
        for (String name : names.read()) {
            String folded = SearchAnalysis.fold(name);
            if (folded.chars().anyMatch(c -> c >= 0x2E80)) {
                continue;
            }
            for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
                if (word.startsWith(token)) {
                    return name;
                }
            }
            if (folded.replace(" ", "").startsWith(token)) {
                return name;
            }
        }
        return display;
    }

    /** A document's names, read only if asked for. */
    @FunctionalInterface
    interface NameReader {
        String[] read() throws IOException;
    }

    /** Nodes of hits and suggestions, in one catalog read per request. */
    public List<GraphNode> nodes(List<String> ids) {
        List<GraphNode> nodes = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += Page.MAX_FIRST) {
            nodes.addAll(catalog.nodesById(ids.subList(i, Math.min(ids.size(), i + Page.MAX_FIRST))));
        }
        return nodes;
    }

    private List<SearchResults.Hit> hits(IndexSearcher searcher, ScoreDoc[] slice, Query highlightQuery)
            throws IOException {
        Map<String, String[]> highlights = highlightQuery == null || slice.length == 0
                ? Map.of()
                : UnifiedHighlighter.builder(searcher, analysis.indexing())
                        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "…", true))
                        .withMaxLength(2_000)
                        .build()
                        .highlightFields(
                                HIGHLIGHTED,
                                highlightQuery,
                                new TopDocs(new TotalHits(slice.length, TotalHits.Relation.EQUAL_TO), slice),
                                new int[] {1, 2, 2});
        List<SearchResults.Hit> hits = new ArrayList<>();
        String[] ids = DocIds.of(
                searcher.getIndexReader(),
                java.util.Arrays.stream(slice).mapToInt(d -> d.doc).toArray());
        for (int i = 0; i < slice.length; i++) {
            String id = ids[i];
            List<SearchResults.Highlight> evidence = new ArrayList<>();
            for (String field : HIGHLIGHTED) {
                String[] fragments = highlights.get(field);
                if (fragments != null && fragments[i] != null && fragments[i].contains("<mark>")) {
                    evidence.add(new SearchResults.Highlight(field, List.of(fragments[i])));
                }
            }
            hits.add(new SearchResults.Hit(id, NodeKind.byId(id).map(Enum::name).orElse(""), slice[i].score, evidence));
        }
        return hits;
    }

    /**
     * Region names (and their short forms without 省/市/县/区) to ids, read from the index, kept per reader: lets a
     * query word that names a region prefer that region instead of demanding the word.
     */
    private Map<String, List<String>> regions(IndexSearcher searcher) throws IOException {
        RegionNames current = regionNames;
        if (current != null && current.reader() == searcher.getIndexReader()) {
            return current.names();
        }
        Map<String, List<String>> names = RegionWords.of(searcher);
        regionNames = new RegionNames(searcher.getIndexReader(), names);
        return names;
    }

    private static int offset(String after) {
        if (after == null || after.isBlank()) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
            int offset = Integer.parseInt(decoded.substring("offset:".length()));
            if (decoded.startsWith("offset:") && offset >= 0 && offset <= MAX_OFFSET) {
                return offset;
            }
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            // falls through: not a cursor we issued
        }
        throw new InvalidArgumentException("after", "Argument 'after' is not a search cursor this API issued");
    }

    private static String cursor(int offset) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("offset:" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private record RegionNames(IndexReader reader, Map<String, List<String>> names) {}

    /** Which costly parts of a search to compute. */
    record Parts(boolean facets, boolean highlights) {
        static final Parts ALL = new Parts(true, true);
        static final Parts RANKING = new Parts(false, false);
    }
}
