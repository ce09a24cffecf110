package org.brainbridge.search;

import java.io.*;
import java.nio.file.*;
import java.util.*;
import org.apache.lucene.index.*;
import org.apache.lucene.search.*;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.brainbridge.BrainBridgeApplication;
import org.brainbridge.graph.model.NodeKind;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * A fast loop for ranking work, not a test and not the official evaluation (that is {@code bench/search-eval.sh}):
 * {@code dump} seeds a store once and writes what the index keeps of every node to a file; {@code eval} builds an
 * in-memory index from that file with the current analyzers, mapper and query builder and prints nDCG@10 and
 * recall@10 per query and per type in seconds. Re-dump after changing {@code SearchRepository} or the graph.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:&lt;test class path&gt; org.brainbridge.search.RankingLoop \
 *     dump &lt;work folder&gt; &lt;dump file&gt; always|never
 * java ... org.brainbridge.search.RankingLoop eval &lt;dump file&gt; &lt;judgments.tsv&gt; [query ids to show | all]
 * </pre>
 */
public class RankingLoop {
    public static void main(String[] args) throws Exception {
        if (args[0].equals("dump")) {
            Path work = Path.of(args[1]);
            var ctx = new SpringApplicationBuilder(BrainBridgeApplication.class)
                    .web(WebApplicationType.NONE)
                    .run(
                            "--brainbridge.graph.embedded.home=" + work.resolve("neo4j"),
                            "--brainbridge.search.index-dir=" + work.resolve("index"),
                            "--brainbridge.seed.location="
                                    + Path.of("graph-seed").toAbsolutePath(),
                            "--brainbridge.seed.load-on-start=" + args[3],
                            "--brainbridge.admin.token-file=" + work.resolve("token"),
                            "--logging.level.root=warn");
            ctx.getBean(SearchProbe.class).awaitCaughtUp(java.time.Duration.ofMinutes(10));
            SearchRepository repo = ctx.getBean(SearchRepository.class);
            List<String> ids = ctx.getBean(SearchProbe.class).allIds();
            Trees trees = repo.trees();
            List<IndexedNode> docs = new ArrayList<>();
            for (int i = 0; i < ids.size(); i += 500) {
                docs.addAll(repo.documents(ids.subList(i, Math.min(ids.size(), i + 500)), trees));
            }
            try (var out = new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(Path.of(args[2]))))) {
                out.writeInt(docs.size());
                for (IndexedNode d : docs) {
                    out.writeObject(new Object[] {
                        d.id(),
                        d.kind().name(),
                        d.displayName(),
                        new ArrayList<>(d.names()),
                        new ArrayList<>(d.texts()),
                        new ArrayList<>(d.neighbourNames()),
                        new ArrayList<>(d.topics()),
                        new ArrayList<>(d.regions()),
                        new ArrayList<>(d.technologies()),
                        new ArrayList<>(d.segments()),
                        new ArrayList<>(d.stages()),
                        new ArrayList<>(d.qualifications()),
                        new ArrayList<>(d.deviceClasses()),
                        d.degree(),
                        d.completeness()
                    });
                }
            }
            System.out.println("dumped " + docs.size());
            ctx.close();
            System.exit(0);
        }
        // eval <dump> <judgments> [verbose-query-ids...]
        List<IndexedNode> docs = read(Path.of(args[1]));
        if (args[0].equals("index")) {
            index(docs, Integer.parseInt(args[2]));
            return;
        }
        IndexSearcher.setMaxClauseCount(SearchIndex.MAX_CLAUSES);
        SearchAnalysis analysis = new SearchAnalysis(
                new SearchProperties(Path.of("/tmp/x"), java.time.Duration.ofMillis(200), 500, null, 0));
        DocumentMapper mapper = new DocumentMapper(analysis);
        var dir = new ByteBuffersDirectory();
        try (var w = new IndexWriter(dir, new IndexWriterConfig(analysis.indexing()))) {
            for (IndexedNode d : docs) w.addDocument(mapper.document(d));
        }
        Map<String, String> names = new HashMap<>();
        docs.forEach(d -> names.put(d.id(), d.displayName()));
        var reader = DirectoryReader.open(dir);
        var searcher = new IndexSearcher(reader);
        Map<String, List<String>> regions = RegionWords.of(searcher);
        SearchQueryBuilder qb = new SearchQueryBuilder(analysis);
        // judgments
        Map<String, String[]> queries = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> grades = new HashMap<>();
        for (String line : Files.readAllLines(Path.of(args[2]))) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("query_id")) continue;
            String[] f = line.split("\t");
            queries.putIfAbsent(f[0], new String[] {f[1], f[2]});
            grades.computeIfAbsent(f[0], k -> new HashMap<>()).put(f[3], Integer.parseInt(f[4]));
        }
        Set<String> verbose = new HashSet<>(Arrays.asList(args).subList(3, args.length));
        Map<String, double[]> perType = new TreeMap<>();
        double[] all = new double[3];
        StringBuilder lines = new StringBuilder();
        for (var e : queries.entrySet()) {
            String text = e.getValue()[0];
            QueryText parsed = QueryText.parse(text);
            Query q = qb.build(parsed, List.of(), regions, true);
            TopDocs top = searcher.search(q, LookAlikes.collect(10));
            if (top.totalHits.value() == 0
                    && parsed.words().size() + parsed.phrases().size() > 1) {
                q = qb.build(parsed, List.of(), regions, false);
                top = searcher.search(q, LookAlikes.collect(10));
            }
            ScoreDoc[] spread = LookAlikes.spread(searcher, top.scoreDocs);
            List<String> deeper = new ArrayList<>();
            for (ScoreDoc sd : spread)
                deeper.add(searcher.storedFields().document(sd.doc).get(SearchFields.ID));
            ScoreDoc[] firstTen = java.util.Arrays.copyOf(spread, Math.min(10, spread.length));
            top = new TopDocs(top.totalHits, firstTen);
            List<String> ranked = new ArrayList<>();
            var stored = searcher.storedFields();
            for (ScoreDoc sd : top.scoreDocs) ranked.add(stored.document(sd.doc).get(SearchFields.ID));
            Map<String, Integer> g = grades.get(e.getKey());
            double nd = ndcg(ranked, g), rc = recall(ranked, g);
            for (double[] acc : List.of(all, perType.computeIfAbsent(e.getValue()[1], k -> new double[3]))) {
                acc[0] += nd;
                acc[1] += rc;
                acc[2]++;
            }
            lines.append(String.format("%-6s %.3f %.3f %s%n", e.getKey(), nd, rc, text));
            if (verbose.contains(e.getKey()) || verbose.contains("all")) {
                for (int i = 0; i < top.scoreDocs.length; i++) {
                    String id = ranked.get(i);
                    lines.append(String.format(
                            "    %6.2f %s %s (%d)%n",
                            top.scoreDocs[i].score, id, names.get(id), g.getOrDefault(id, 0)));
                }
                if (verbose.contains("explain"))
                    lines.append(searcher.explain(q, top.scoreDocs[0].doc)).append('\n');
                List<String> missed = g.entrySet().stream()
                        .filter(x -> x.getValue() >= 2 && !ranked.contains(x.getKey()))
                        .map(x -> x.getKey() + " " + names.get(x.getKey()) + "(" + x.getValue() + ") at "
                                + (deeper.indexOf(x.getKey()) + 1))
                        .toList();
                lines.append("    missed: ").append(missed).append('\n');
            }
        }
        System.out.print(lines);
        perType.forEach((t, a) ->
                System.out.printf("%-9s n=%2d ndcg %.3f recall %.3f%n", t, (int) a[2], a[0] / a[2], a[1] / a[2]));
        System.out.printf("OVERALL   n=%2d ndcg %.3f recall %.3f  %n", (int) all[2], all[0] / all[2], all[1] / all[2]);
    }

    static List<IndexedNode> read(Path dump) throws Exception {
        List<IndexedNode> docs = new ArrayList<>();
        try (var in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(dump)))) {
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                Object[] o = (Object[]) in.readObject();
                docs.add(new IndexedNode(
                        (String) o[0],
                        NodeKind.valueOf((String) o[1]),
                        (String) o[2],
                        l(o[3]),
                        l(o[4]),
                        l(o[5]),
                        l(o[6]),
                        l(o[7]),
                        l(o[8]),
                        l(o[9]),
                        l(o[10]),
                        l(o[11]),
                        l(o[12]),
                        (Integer) o[13],
                        (Float) o[14]));
            }
        }
        return docs;
    }

    /** Indexing CPU time for the dump's documents, {@code rounds} times over (each round a fresh in-memory index). */
    static void index(List<IndexedNode> docs, int rounds) throws Exception {
        SearchAnalysis analysis = new SearchAnalysis(
                new SearchProperties(Path.of("/tmp/x"), java.time.Duration.ofMillis(200), 500, null, 0));
        var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int r = 0; r < rounds; r++) {
            DocumentMapper mapper = new DocumentMapper(analysis);
            long t = cpu.getCurrentThreadCpuTime();
            try (var w = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(analysis.indexing()))) {
                for (IndexedNode d : docs) w.addDocument(mapper.document(d));
            }
            double s = (cpu.getCurrentThreadCpuTime() - t) / 1e9;
            System.out.printf(
                    "round %d: %d documents in %.2f s CPU, %.0f documents/s%n", r, docs.size(), s, docs.size() / s);
        }
    }

    static double ndcg(List<String> ranked, Map<String, Integer> g) {
        double dcg = 0;
        for (int i = 0; i < Math.min(10, ranked.size()); i++)
            dcg += (Math.pow(2, g.getOrDefault(ranked.get(i), 0)) - 1) / (Math.log(i + 2) / Math.log(2));
        List<Integer> ideal =
                g.values().stream().sorted(Comparator.reverseOrder()).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(10, ideal.size()); i++)
            idcg += (Math.pow(2, ideal.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        return idcg == 0 ? 0 : dcg / idcg;
    }

    static double recall(List<String> ranked, Map<String, Integer> g) {
        long rel = g.values().stream().filter(x -> x >= 2).count();
        long hit = ranked.stream()
                .limit(10)
                .filter(id -> g.getOrDefault(id, 0) >= 2)
                .count();
        return rel == 0 ? 0 : (double) hit / Math.min(10, rel);
    }

    @SuppressWarnings("unchecked")
    static List<String> l(Object o) {
        return (List<String>) o;
    }
}
