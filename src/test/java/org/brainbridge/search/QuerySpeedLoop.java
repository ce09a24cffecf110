package org.brainbridge.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;

/**
 * A development loop for query speed, not a test and not the benchmark (that is {@code bench/search-speed.sh}): opens
 * a copy of a real index (for example the one a 100k benchmark run kept) and times variants of the query on one
 * thread, so a change to the query builder can be judged in seconds without starting the portal.
 *
 * <p>Usage: {@code java -cp target/classes:target/test-classes:<runtime classpath> org.brainbridge.search.QuerySpeedLoop
 * <index dir> <queries file> [rounds]}
 */
final class QuerySpeedLoop {

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<String> queries = Files.readAllLines(Path.of(args[1])).stream()
                .filter(l -> !l.isBlank())
                .toList();
        IndexSearcher.setMaxClauseCount(SearchIndex.MAX_CLAUSES);
        SearchAnalysis analysis = new SearchAnalysis(
                new SearchProperties(Path.of("/tmp/x"), java.time.Duration.ofMillis(200), 500, null, 0));
        SearchQueryBuilder builder = new SearchQueryBuilder(analysis);
        try (var reader = DirectoryReader.open(FSDirectory.open(Path.of(args[0])))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            System.out.printf(
                    "%d documents in %d segments%n",
                    reader.numDocs(), reader.leaves().size());
            Map<String, List<String>> regions = regions(searcher);
            Map<String, Function<String, Integer>> variants = new java.util.LinkedHashMap<>();
            variants.put("facets collector (today)", q -> {
                try {
                    var query = builder.build(QueryText.parse(q), List.of(), regions, true);
                    return (int) FacetsCollectorManager.search(searcher, query, 10, new FacetsCollectorManager())
                            .topDocs()
                            .totalHits
                            .value();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            variants.put("top 50, total to 1000", q -> {
                try {
                    var query = builder.build(QueryText.parse(q), List.of(), regions, true);
                    return (int)
                            searcher.search(query, new org.apache.lucene.search.TopScoreDocCollectorManager(50, 1000))
                                    .totalHits
                                    .value();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            variants.put("top 10, no prior, total to 10", q -> {
                try {
                    Query query = builder.build(QueryText.parse(q), List.of(), regions, true);
                    while (query instanceof PriorQuery f) {
                        query = f.inner();
                    }
                    return (int)
                            searcher.search(query, new org.apache.lucene.search.TopScoreDocCollectorManager(10, 10))
                                    .totalHits
                                    .value();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            variants.put("count only", q -> {
                try {
                    return searcher.count(builder.build(QueryText.parse(q), List.of(), regions, true));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            variants.put("build only", q -> {
                try {
                    return searcher.rewrite(builder.build(QueryText.parse(q), List.of(), regions, true))
                            .hashCode();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            // CPU time of this thread, variants interleaved query by query: other load on the machine shifts every
            // variant alike instead of whichever happened to run during it.
            var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            List<String> names = new ArrayList<>(variants.keySet());
            long[][] nanos = new long[names.size()][queries.size() * rounds];
            long[] hits = new long[names.size()];
            for (var op : variants.values()) {
                queries.forEach(op::apply); // warm-up
            }
            int i = 0;
            for (int r = 0; r < rounds; r++) {
                for (String q : queries) {
                    for (int v = 0; v < names.size(); v++) {
                        long t = cpu.getCurrentThreadCpuTime();
                        hits[v] += variants.get(names.get(v)).apply(q);
                        nanos[v][i] = cpu.getCurrentThreadCpuTime() - t;
                    }
                    i++;
                }
            }
            for (int v = 0; v < names.size(); v++) {
                long[] n = nanos[v];
                Arrays.sort(n);
                System.out.printf(
                        "%-30s CPU p50 %7.2f  p90 %7.2f  p99 %7.2f  mean %7.2f ms  (hits/query %d)%n",
                        names.get(v),
                        n[n.length / 2] / 1e6,
                        n[(int) (n.length * 0.9)] / 1e6,
                        n[(int) (n.length * 0.99)] / 1e6,
                        Arrays.stream(n).average().orElse(0) / 1e6,
                        hits[v] / n.length);
            }
            if (System.getProperty("perQuery") != null) {
                for (String q : queries) {
                    var query = builder.build(QueryText.parse(q), List.of(), regions, true);
                    long t = System.nanoTime();
                    long n = searcher.count(query);
                    System.out.printf("%8.2f ms %7d hits  %s%n", (System.nanoTime() - t) / 1e6, n, q);
                }
            }
        }
    }

    private static Map<String, List<String>> regions(IndexSearcher searcher) throws java.io.IOException {
        return RegionWords.of(searcher);
    }

    private QuerySpeedLoop() {}
}
