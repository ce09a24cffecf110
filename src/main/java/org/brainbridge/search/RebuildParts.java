package org.brainbridge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.store.FSDirectory;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Where a full rebuild's time goes, for the benchmark (not the API). First the graph is read exactly as the rebuild
 * reads it, with nothing indexed. Then the documents, held in memory, are indexed into a scratch folder beside the
 * index with the rebuild's writer settings, threads and pages, once whole and once per {@link Shape} with fields left
 * out. Each part reports its wall-clock time and the process's CPU time, so that its cost per node can be set against
 * a target's budget: r nodes a second on c cores leaves c / r CPU-seconds a node for everything.
 */
@Component
class RebuildParts {

    /** Which fields of each document a part indexes: the whole document, or all but some text fields. */
    enum Shape {
        WHOLE("indexing whole documents", Set.of()),
        NO_NEIGHBOURS("indexing without neighbours' names", Set.of(SearchFields.NEIGHBOURS)),
        NO_TOPICS("indexing without topics", Set.of(SearchFields.TOPICS)),
        NO_PREFIXES("indexing without suggestion prefixes", Set.of(SearchFields.SUGGEST)),
        OWN_TEXT(
                "indexing own names and texts only (no neighbours, topics, prefixes)",
                Set.of(SearchFields.NEIGHBOURS, SearchFields.TOPICS, SearchFields.SUGGEST)),
        NAMES(
                "indexing names only, as words and bigrams (no texts, pinyin, neighbours, topics, prefixes)",
                Set.of(
                        SearchFields.NEIGHBOURS,
                        SearchFields.TOPICS,
                        SearchFields.SUGGEST,
                        SearchFields.TEXT,
                        SearchFields.NAME_PINYIN,
                        SearchFields.NAME_SYLLABLES));

        final String label;
        final Set<String> leftOut;

        Shape(String label, Set<String> leftOut) {
            this.label = label;
            this.leftOut = leftOut;
        }

        Document of(Document whole) {
            if (leftOut.isEmpty()) {
                return whole;
            }
            Document kept = new Document();
            for (IndexableField field : whole) {
                if (!leftOut.contains(field.name())) {
                    kept.add(field);
                }
            }
            return kept;
        }
    }

    private final SearchRepository repository;
    private final DocumentMapper mapper;
    private final SearchAnalysis analysis;
    private final Path scratch;

    RebuildParts(
            SearchRepository repository, DocumentMapper mapper, SearchAnalysis analysis, SearchProperties properties) {
        this.repository = repository;
        this.mapper = mapper;
        this.analysis = analysis;
        this.scratch = properties.indexDir().toAbsolutePath().resolveSibling("search-rebuild-parts");
    }

    /**
     * Reads the whole graph, then indexes up to {@code limit} of its documents (every k-th page, so that every kind is
     * in) in each shape. The documents' strings are shared while held: a technology's name recurs in thousands.
     */
    List<SearchProbe.RebuildPart> measure(int limit) {
        int total = repository.countNodes();
        int pages = Math.max(1, (total + Indexer.REBUILD_PAGE - 1) / Indexer.REBUILD_PAGE);
        int keptPages = Math.max(1, Math.min(pages, limit / Indexer.REBUILD_PAGE));
        int step = Math.max(1, pages / keptPages);
        List<List<IndexedNode>> held = new ArrayList<>();
        Map<String, String> shared = new HashMap<>();
        int[] page = {0};
        long wall = System.nanoTime();
        long cpu = processCpu();
        int read = repository.scan(Indexer.REBUILD_PAGE, reader -> {
            List<IndexedNode> documents = reader.get();
            if (page[0]++ % step == 0 && held.size() < keptPages) {
                held.add(documents.stream().map(d -> shared(d, shared)).toList());
            }
        });
        List<SearchProbe.RebuildPart> parts = new ArrayList<>();
        parts.add(part("reading the graph as a rebuild does, on one thread (nothing indexed)", read, wall, cpu));
        for (Shape shape : Shape.values()) {
            parts.add(index(held, shape));
        }
        return parts;
    }

    /** Indexes the pages in one shape; a scratch index a failed run leaves behind is removed by the next. */
    private SearchProbe.RebuildPart index(List<List<IndexedNode>> pages, Shape shape) {
        int nodes = pages.stream().mapToInt(List::size).sum();
        ExecutorService pool = Executors.newFixedThreadPool(Indexer.rebuildThreads());
        try {
            FileSystemUtils.deleteRecursively(scratch);
            Files.createDirectories(scratch);
            long wall = System.nanoTime();
            long cpu = processCpu();
            try (FSDirectory directory = FSDirectory.open(scratch);
                    IndexWriter writer = new IndexWriter(directory, SearchIndex.writerConfig(analysis))) {
                List<Future<?>> pending = new ArrayList<>();
                for (List<IndexedNode> documents : pages) {
                    pending.add(pool.submit(() -> {
                        for (IndexedNode node : documents) {
                            writer.addDocument(shape.of(mapper.document(node)));
                        }
                        return null;
                    }));
                }
                for (Future<?> future : pending) {
                    future.get();
                }
                writer.forceMerge(1);
                writer.commit();
            }
            SearchProbe.RebuildPart part = part(shape.label, nodes, wall, cpu);
            FileSystemUtils.deleteRecursively(scratch);
            return part;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the scratch index at " + scratch, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while measuring the rebuild", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot index into the scratch index at " + scratch, e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static IndexedNode shared(IndexedNode node, Map<String, String> shared) {
        return new IndexedNode(
                node.id(),
                node.kind(),
                node.displayName(),
                node.names(),
                node.texts(),
                node.neighbourNames().stream()
                        .map(s -> shared.computeIfAbsent(s, k -> k))
                        .toList(),
                node.topics().stream()
                        .map(s -> shared.computeIfAbsent(s, k -> k))
                        .toList(),
                node.regions(),
                node.technologies(),
                node.segments(),
                node.stages(),
                node.qualifications(),
                node.deviceClasses(),
                node.degree(),
                node.completeness());
    }

    private static SearchProbe.RebuildPart part(String name, int nodes, long startedWall, long startedCpu) {
        return new SearchProbe.RebuildPart(
                name, nodes, (System.nanoTime() - startedWall) / 1e9, (processCpu() - startedCpu) / 1e9);
    }

    /** CPU time of the whole process in nanoseconds: every thread, the embedded Neo4j's included. */
    static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
