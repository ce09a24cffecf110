package org.brainbridge.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.brainbridge.graph.ChangeLog;
import org.springframework.stereotype.Component;

/**
 * For evaluation and benchmarks, not for the API: what an offline run needs from search without widening the package
 * (bring the index up to the change log, ranked ids for a query, the text each document was built from).
 */
@Component
public class SearchProbe {

    private static final int PAGE = 2_000;

    private final SearchService service;
    private final Indexer indexer;
    private final ChangeLog changeLog;
    private final SearchRepository repository;
    private final SearchAnalysis analysis;
    private final RebuildParts rebuildParts;

    SearchProbe(
            SearchService service,
            Indexer indexer,
            ChangeLog changeLog,
            SearchRepository repository,
            SearchAnalysis analysis,
            RebuildParts rebuildParts) {
        this.service = service;
        this.rebuildParts = rebuildParts;
        this.analysis = analysis;
        this.indexer = indexer;
        this.changeLog = changeLog;
        this.repository = repository;
    }

    /**
     * Applies the change log to the index until the index holds everything committed so far; returns the sequence
     * reached. Fails after the timeout (a writer that never stops would otherwise keep it waiting).
     */
    public long awaitCaughtUp(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long reached = indexer.catchUp();
            long committed = changeLog.currentSequence();
            if (reached >= committed) {
                return reached;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "Search index at change %d, change log at %d after %s".formatted(reached, committed, timeout));
            }
            // catchUp applies everything committed so far before it returns: only concurrent writers bring us here.
        }
    }

    /** The ids of the first {@code n} hits for what a person typed, in rank order, with no filter. */
    public List<String> rankedIds(String query, int n) {
        return service.search(query, SearchFilter.from(null), n, null, SearchService.Parts.RANKING).hits().stream()
                .map(SearchResults.Hit::id)
                .toList();
    }

    /** Like {@link #rankedIds} but past the result cache: what ranking itself costs, for a query seen before. */
    public List<RankedHit> rankedHitsUncached(String query, int n) {
        return service.searchUncached(query, SearchFilter.from(null), n, SearchService.Parts.RANKING).hits().stream()
                .map(h -> new RankedHit(h.id(), h.score()))
                .toList();
    }

    /** A hit's id and score. */
    public record RankedHit(String id, double score) {}

    /** A search as the API serves it with every part (ranking, total, facet counts, highlights); returns the hits. */
    public int fullSearch(String query, int n) {
        return service.search(query, SearchFilter.from(null), n, null).hits().size();
    }

    /** Suggestions for a prefix, as the API serves them; returns how many. */
    public int suggest(String prefix, int n) {
        return service.suggest(prefix, null, n).size();
    }

    /** Rebuilds the whole index from the graph (blocking); returns the number of documents. */
    public int rebuild() {
        return indexer.rebuild();
    }

    /**
     * Where a full rebuild's time goes: the graph read as a rebuild reads it, then up to {@code limit} documents indexed
     * whole and with parts left out, into a scratch folder beside the index (see {@link RebuildParts}).
     */
    public List<RebuildPart> rebuildParts(int limit) {
        return rebuildParts.measure(limit);
    }

    /** One part of a rebuild: its nodes, wall-clock seconds and the process's CPU seconds meanwhile. */
    public record RebuildPart(String name, int nodes, double seconds, double cpuSeconds) {}

    /**
     * Runs the text through the analysis the index applies at indexing time: a name through every name field (words,
     * bigrams, pinyin, suggestion prefixes), any other text through the text field. Returns the number of tokens.
     */
    public long analyse(String text, boolean asName) {
        return analysis.countTokens(text, asName);
    }

    /** Every domain node id, in id order. */
    public List<String> allIds() {
        List<String> all = new ArrayList<>();
        List<String> page;
        String after = "";
        while (!(page = repository.idsAfter(after, PAGE)).isEmpty()) {
            all.addAll(page);
            after = page.getLast();
        }
        return all;
    }

    /**
     * The text the index holds for these nodes, read by the same code that builds the documents (a talent's name is
     * never among it).
     */
    public List<DocumentText> documentTexts(List<String> ids) {
        return repository.documents(ids, repository.trees()).stream()
                .map(d -> new DocumentText(d.id(), d.names(), d.texts(), d.neighbourNames()))
                .toList();
    }

    /** A document's text, by field: names, the node's own texts, and its neighbours' names. */
    public record DocumentText(String id, List<String> names, List<String> texts, List<String> neighbourNames) {}
}
