package org.brainbridge.search.evaluation;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.brainbridge.graph.ChangeMeta;
import org.brainbridge.graph.GraphGateway;
import org.brainbridge.graph.GraphWriter;
import org.brainbridge.graph.NodeUpsert;
import org.brainbridge.graph.Provenance;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.search.SearchProbe;
import org.brainbridge.support.InvalidArgumentException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The server half of the search speed benchmark ({@code bench/search-speed.sh}), present only with
 * {@code brainbridge.benchmark.enabled=true}: runs our search and the Neo4j full-text baseline side by side on the
 * graph the portal serves (query alone, rebuild, analysis, renames for visibility). The other half, the load generator,
 * runs in its own process and goes through GraphQL.
 */
@Component
@ConditionalOnProperty(name = "brainbridge.benchmark.enabled", havingValue = "true")
class SearchBenchmark {

    static final String OURS = "OURS";
    static final String NEO4J = "NEO4J";
    private static final Duration INDEX_TIMEOUT = Duration.ofMinutes(30);

    private final SearchProbe probe;
    private final FullTextBaseline baseline;
    private final GraphWriter writer;

    SearchBenchmark(SearchProbe probe, GraphGateway gateway, GraphWriter writer) {
        this.probe = probe;
        this.baseline = new FullTextBaseline(gateway, probe);
        this.writer = writer;
    }

    /** Copies our documents' text onto the nodes and builds the baseline's full-text index over it. */
    RateReport prepareBaseline() {
        probe.awaitCaughtUp(INDEX_TIMEOUT);
        Started started = Started.now();
        baseline.prepare(INDEX_TIMEOUT);
        return RateReport.of(
                "neo4j: copy text onto nodes and build the index",
                probe.allIds().size(),
                0,
                started);
    }

    RateReport rebuild(String engine) {
        Started started = Started.now();
        return switch (engine(engine)) {
            case OURS -> RateReport.of("ours: full rebuild from the graph", probe.rebuild(), 0, started);
            default -> {
                baseline.recreateIndex(INDEX_TIMEOUT);
                yield RateReport.of(
                        "neo4j: drop, create and populate the index",
                        probe.allIds().size(),
                        0,
                        started);
            }
        };
    }

    /**
     * Analysis throughput on one thread over the text of {@code nodes} documents spread over the graph: ours runs names
     * through every name field and other text through the text field; the baseline's {@code cjk} analyzer runs once
     * over each of its three properties. Input is counted once, as UTF-8 bytes; the time is the analysing thread's CPU
     * time (the target is per core: a merge or a collection on the other core must not count), the median of
     * {@link #MEASURED_PASSES} passes after {@link #WARM_UP_PASSES}.
     */
    RateReport analysis(String engine, int nodes) {
        List<String> all = probe.allIds();
        int step = Math.max(1, all.size() / Math.max(1, nodes));
        List<String> sample = new ArrayList<>();
        for (int i = 0; i < all.size() && sample.size() < nodes; i += step) {
            sample.add(all.get(i));
        }
        List<SearchProbe.DocumentText> texts = new ArrayList<>();
        for (int i = 0; i < sample.size(); i += 500) {
            texts.addAll(probe.documentTexts(sample.subList(i, Math.min(sample.size(), i + 500))));
        }
        long bytes = 0;
        for (SearchProbe.DocumentText text : texts) {
            for (List<String> part : List.of(text.names(), text.texts(), text.neighbourNames())) {
                for (String s : part) {
                    bytes += s.getBytes(StandardCharsets.UTF_8).length;
                }
            }
        }
        Consumer<SearchProbe.DocumentText> analyse = engine(engine).equals(OURS) ? this::analyseOurs : cjk();
        long[] nanos = onPlatformThread(() -> timedPasses(texts, analyse));
        String name = engine(engine).equals(OURS)
                ? "ours: indexing analysis (ICU words, dictionary, bigrams, pinyin, prefixes)"
                : "neo4j: cjk analyzer";
        double seconds = nanos[MEASURED_PASSES / 2] / 1e9;
        return RateReport.of(name, texts.size(), bytes, seconds, seconds);
    }

    /**
     * Passes over the sample before and while measuring: the rate is the median pass's, once the JIT has compiled the
     * analysis (one warm-up pass left the first measured pass anywhere between 3.9 and 6.2 MB/s).
     */
    static final int WARM_UP_PASSES = 2;

    static final int MEASURED_PASSES = 3;

    /** The CPU time of each measured pass, sorted, after the warm-up passes. */
    private static long[] timedPasses(
            List<SearchProbe.DocumentText> texts, Consumer<SearchProbe.DocumentText> analyse) {
        for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
            texts.forEach(analyse);
        }
        long[] nanos = new long[MEASURED_PASSES];
        for (int pass = 0; pass < MEASURED_PASSES; pass++) {
            long started = threadCpuNanos();
            texts.forEach(analyse);
            nanos[pass] = threadCpuNanos() - started;
        }
        java.util.Arrays.sort(nanos);
        return nanos;
    }

    /**
     * Runs the measurement on a platform thread of its own: a request may be served on a virtual thread, whose CPU time
     * the JVM does not report.
     */
    private static long[] onPlatformThread(java.util.concurrent.Callable<long[]> work) {
        java.util.concurrent.FutureTask<long[]> task = new java.util.concurrent.FutureTask<>(work);
        Thread.ofPlatform().name("search-benchmark-analysis").start(task);
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while measuring analysis", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Cannot measure analysis", e.getCause());
        }
    }

    /** This thread's CPU time, or the wall clock where the JVM cannot tell. */
    private static long threadCpuNanos() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : -1;
        return cpu < 0 ? System.nanoTime() : cpu;
    }

    LatencyRun.LatencyReport queryAlone(
            String engine, String operation, List<String> inputs, int clients, double warmup, double seconds) {
        if (clients < 1 || clients > 64) {
            throw new InvalidArgumentException("clients", "Argument 'clients' must be between 1 and 64");
        }
        Consumer<String> op = switch (engine(engine) + ":" + operation) {
            case "OURS:search" -> q -> probe.rankedIds(q, 10);
            case "OURS:searchUncached" -> q -> probe.rankedHitsUncached(q, 10);
            case "OURS:searchFull" -> q -> probe.fullSearch(q, 10);
            case "OURS:suggest" -> q -> probe.suggest(q, 8);
            case "NEO4J:search" -> q -> baseline.rankedIds(q, 10);
            case "NEO4J:suggest" -> q -> baseline.prefixHits(q, 8);
            default ->
                throw new InvalidArgumentException(
                        "operation", "Argument 'operation' must be search, searchUncached, searchFull or suggest");
        };
        return LatencyRun.run(engine(engine).toLowerCase() + " " + operation, inputs, clients, warmup, seconds, op);
    }

    /** The baseline's hits for what a person typed (its query syntax escaped, as in the quality evaluation). */
    /** Our ranked hits past the result cache, in the baseline's shape: the same GraphQL work around both. */
    List<FullTextBaseline.Hit> searchUncached(String query, int first) {
        return probe.rankedHitsUncached(query, first).stream()
                .map(h -> new FullTextBaseline.Hit(h.id(), h.score()))
                .toList();
    }

    List<FullTextBaseline.Hit> baselineSearch(String query, int first) {
        return baseline.hits(FullTextBaseline.escape(query), first);
    }

    List<FullTextBaseline.Hit> baselineSuggest(String prefix, int first) {
        return baseline.prefixHits(prefix, first);
    }

    /**
     * Gives a node a new name: ours through the write service (graph and change log in one transaction, as every
     * edit), the baseline on the property its full-text index covers. Returns when the write has committed.
     */
    boolean rename(String engine, String id, String name) {
        NodeKind kind = NodeKind.byId(id)
                .orElseThrow(() -> new InvalidArgumentException("id", "Argument 'id' is not a node id: " + id));
        if (engine(engine).equals(OURS)) {
            String now = Instant.now().toString();
            writer.upsertNodes(
                    kind,
                    List.of(new NodeUpsert(
                            id,
                            Map.of("name", name),
                            new Provenance("benchmark", "graphql:benchmarkRename", "", now, now))),
                    new ChangeMeta("benchmark", "search-speed"));
        } else {
            baseline.rename(id, name);
        }
        return true;
    }

    private void analyseOurs(SearchProbe.DocumentText text) {
        text.names().forEach(n -> probe.analyse(n, true));
        text.texts().forEach(t -> probe.analyse(t, false));
        text.neighbourNames().forEach(t -> probe.analyse(t, false));
    }

    private static Consumer<SearchProbe.DocumentText> cjk() {
        Analyzer cjk = new CJKAnalyzer();
        return text -> {
            for (List<String> part : List.of(text.names(), text.texts(), text.neighbourNames())) {
                try (var stream = cjk.tokenStream("f", String.join("\n", part))) {
                    stream.reset();
                    while (stream.incrementToken()) {
                        // counting is not needed: the work is the point
                    }
                    stream.end();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
    }

    private static String engine(String engine) {
        if (!OURS.equals(engine) && !NEO4J.equals(engine)) {
            throw new InvalidArgumentException("engine", "Argument 'engine' must be OURS or NEO4J");
        }
        return engine;
    }

    /**
     * Where our full rebuild's time goes (see {@link SearchProbe#rebuildParts}): the graph read alone, then up to
     * {@code nodes} documents indexed whole and with parts left out.
     */
    List<RateReport> rebuildParts(int nodes) {
        if (nodes < MIN_PART_NODES) {
            throw new InvalidArgumentException("nodes", "Argument 'nodes' must be at least " + MIN_PART_NODES);
        }
        return probe.rebuildParts(nodes).stream()
                .map(p -> RateReport.of("ours: " + p.name(), p.nodes(), 0, p.seconds(), p.cpuSeconds()))
                .toList();
    }

    /** A rebuild reads and indexes pages of this many nodes: fewer could not be measured as it runs. */
    private static final int MIN_PART_NODES = 2_000;

    /** When a measurement started: wall clock and the process's CPU time (every thread, the embedded Neo4j's too). */
    record Started(long nanos, long cpuNanos) {

        static Started now() {
            return new Started(System.nanoTime(), processCpuNanos());
        }

        static long processCpuNanos() {
            return ((com.sun.management.OperatingSystemMXBean)
                            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
        }
    }

    /** The schema's {@code RateReport}: items (and bytes) per second of wall-clock time, and the CPU time spent. */
    record RateReport(
            String name,
            int items,
            double megabytes,
            double seconds,
            double perSecond,
            double mbPerSecond,
            double cpuSeconds) {

        static RateReport of(String name, int items, long bytes, Started started) {
            return of(
                    name,
                    items,
                    bytes,
                    (System.nanoTime() - started.nanos()) / 1e9,
                    (Started.processCpuNanos() - started.cpuNanos()) / 1e9);
        }

        static RateReport of(String name, int items, long bytes, double seconds, double cpuSeconds) {
            double mb = bytes / 1e6;
            return new RateReport(name, items, mb, seconds, items / seconds, mb / seconds, cpuSeconds);
        }
    }
}
