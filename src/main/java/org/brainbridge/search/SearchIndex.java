package org.brainbridge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.springframework.stereotype.Component;

/**
 * The one owner of the Lucene index on disk: its writer and its near-real-time searcher manager. The sequence of
 * the last change-log entry applied is stored in each commit's user data, so after a crash the indexer resumes
 * from what the index really holds.
 */
@Component
class SearchIndex implements AutoCloseable {

    static final String SEQUENCE = "changeLogSequence";
    /** Bumped when documents change shape: an index of another version is rebuilt. */
    static final String FORMAT = "13";

    private static final String FORMAT_KEY = "format";
    private static final String GRAPH_KEY = "graphId";
    private static final String ANALYSIS_KEY = "analysis";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final DocumentMapper mapper;
    private final String analysisData;

    /** Up to 8 typed parts, 6 fields each, at most 128 terms an alternative: well within this bound. */
    static final int MAX_CLAUSES = 8_192;

    SearchIndex(SearchProperties properties, SearchAnalysis analysis, DocumentMapper mapper) throws IOException {
        IndexSearcher.setMaxClauseCount(MAX_CLAUSES);
        Files.createDirectories(properties.indexDir());
        this.directory = FSDirectory.open(properties.indexDir());
        this.mapper = mapper;
        this.analysisData = analysis.indexingData();
        this.writer = new IndexWriter(directory, writerConfig(analysis));
        this.searchers = new SearcherManager(writer, null);
    }

    /**
     * The last change-log sequence this index holds for this graph, or -1 when it must be rebuilt: new, of another
     * format, analysed with other data files (a curator's new dictionary term), or built from another graph.
     */
    long lastSequence(String graphId) {
        Map<String, String> data = commitData();
        if (!FORMAT.equals(data.get(FORMAT_KEY))
                || !analysisData.equals(data.get(ANALYSIS_KEY))
                || !graphId.equals(data.get(GRAPH_KEY))
                || data.get(SEQUENCE) == null) {
            return -1;
        }
        return Long.parseLong(data.get(SEQUENCE));
    }

    /** Replaces the documents of these nodes, deletes those of ids no longer in the graph, commits with the sequence. */
    void apply(List<IndexedNode> nodes, Collection<String> deleted, long sequence, String graphId) {
        try {
            for (IndexedNode node : nodes) {
                Document doc = mapper.document(node);
                writer.updateDocument(new Term(SearchFields.ID, node.id()), doc);
            }
            for (String id : deleted) {
                writer.deleteDocuments(new Term(SearchFields.ID, id));
            }
            commit(sequence, graphId);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot update the search index", e);
        }
    }

    /**
     * Updates documents and makes them searchable without committing: they are lost in a crash before the next
     * {@link #apply}'s commit, which the change log then replays.
     */
    void update(List<IndexedNode> nodes, Collection<String> deleted) {
        try {
            for (IndexedNode node : nodes) {
                writer.updateDocument(new Term(SearchFields.ID, node.id()), mapper.document(node));
            }
            for (String id : deleted) {
                writer.deleteDocuments(new Term(SearchFields.ID, id));
            }
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot update the search index", e);
        }
    }

    /** Adds documents without committing (a rebuild commits once, at the end). */
    void add(List<IndexedNode> nodes) {
        try {
            for (IndexedNode node : nodes) {
                writer.updateDocument(new Term(SearchFields.ID, node.id()), mapper.document(node));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot add to the search index", e);
        }
    }

    /** How the index is written; {@link RebuildParts} writes its scratch indexes alike. */
    static IndexWriterConfig writerConfig(SearchAnalysis analysis) {
        return new IndexWriterConfig(analysis.indexing())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
    }

    /** Adds documents of ids the index does not hold (a rebuild, after {@link #deleteAll}): no delete per document. */
    void addNew(List<IndexedNode> nodes) {
        try {
            for (IndexedNode node : nodes) {
                writer.addDocument(mapper.document(node));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot add to the search index", e);
        }
    }

    void deleteAll() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear the search index", e);
        }
    }

    /**
     * Merges the index into one segment: a query looks up each of its terms once per segment, and a rebuild leaves
     * one segment per flush of each analysis thread (a 100k-node index: 7 segments, queries 1.6× slower than one).
     */
    void compact() {
        try {
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot merge the search index", e);
        }
    }

    void commit(long sequence, String graphId) {
        try {
            writer.setLiveCommitData(Map.of(
                            SEQUENCE,
                            Long.toString(sequence),
                            FORMAT_KEY,
                            FORMAT,
                            GRAPH_KEY,
                            graphId,
                            ANALYSIS_KEY,
                            analysisData)
                    .entrySet());
            writer.commit();
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot commit the search index", e);
        }
    }

    /** Runs a search against the latest refreshed searcher. */
    <T> T withSearcher(SearchFunction<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot search the index", e);
        }
    }

    /** How many documents the index holds (including changes not yet committed). */
    int size() {
        return writer.getDocStats().numDocs;
    }

    /** Every node id in the index (for convergence checks). */
    Set<String> ids() {
        return withSearcher(searcher -> {
            Set<String> ids = new HashSet<>();
            for (var leaf : searcher.getIndexReader().leaves()) {
                var live = leaf.reader().getLiveDocs();
                var values = org.apache.lucene.index.DocValues.getSorted(leaf.reader(), SearchFields.ID);
                for (int doc = values.nextDoc();
                        doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
                        doc = values.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        ids.add(values.lookupOrd(values.ordValue()).utf8ToString());
                    }
                }
            }
            return ids;
        });
    }

    FacetsSupport facets() {
        return new FacetsSupport(mapper.facets());
    }

    private Map<String, String> commitData() {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return Map.of();
            }
            Map<String, String> data = new java.util.HashMap<>();
            Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
            if (live != null) {
                live.forEach(e -> data.put(e.getKey(), e.getValue()));
            }
            return data;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the search index commit", e);
        }
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }

    /** Work done with a searcher. */
    @FunctionalInterface
    interface SearchFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** The facets configuration the documents were built with. */
    record FacetsSupport(org.apache.lucene.facet.FacetsConfig config) {}
}
