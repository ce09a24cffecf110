import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load generator of the search speed benchmark: a process of its own that sends GraphQL requests over HTTP to a
 * running portal, as a browser or API client would, and prints latency percentiles. No dependencies beyond the JDK, so
 * it runs as a single source file: {@code java bench/loadgen/LoadGenerator.java ...}.
 *
 * <pre>
 * latency    --url U --op search|searchFull|baseline|suggest|baselineSuggest --inputs FILE
 *            [--clients 4] [--warmup 5] [--seconds 20]
 * visibility --url U --engine OURS|NEO4J --ids FILE --token FILE [--count 20]
 * alone      --url U --engine OURS|NEO4J --op search|searchFull|suggest --inputs FILE --token FILE
 *            [--clients 4] [--warmup 5] [--seconds 20]     (the query alone, timed inside the server)
 * call       --url U --token FILE --document 'mutation { ... }'   (prints the JSON response)
 * ready      --health URL [--timeout 1800]                       (waits until the portal reports ready)
 * inputs     --graph DIR --judgments FILE --out DIR                (query, prefix and id files from a seed folder)
 * report     --latency TSV --out MD --rate JSON ... (and run facts)  (the markdown report of bench/search-speed.sh)
 * </pre>
 * Output of latency, visibility and alone: one tab-separated line (name, clients, requests, errors, p50, p90, p99,
 * max in ms, requests/s).
 */
public final class LoadGenerator {

    private static final String NODE = "node { id kind name }";
    private static final String SEARCH = "query($q: String!) { search(query: $q, first: 10) { total hits { score "
            + NODE + " } } }";
    private static final String SEARCH_FULL = "query($q: String!) { search(query: $q, first: 10) { total hits { score"
            + " highlights { field fragments } " + NODE + " } facets { dimension values { value labelZh count } } } }";
    private static final String BASELINE = "query($q: String!) { baselineSearch(query: $q, first: 10) { score "
            + NODE + " } }";
    private static final String SUGGEST = "query($q: String!) { suggest(prefix: $q, first: 8) { id text "
            + NODE + " } }";
    private static final String BASELINE_SUGGEST = "query($q: String!) { baselineSuggest(prefix: $q, first: 8) { id "
            + NODE + " } }";
    private static final String RENAME = "mutation($e: String!, $id: ID!, $n: String!) {"
            + " benchmarkRename(engine: $e, id: $id, name: $n) }";
    private static final String FIND = "query($q: String!) { search(query: $q, first: 5) { hits { node { id } } } }";
    private static final String FIND_BASELINE = "query($q: String!) { baselineSearch(query: $q, first: 5) { id } }";

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI url;
    private final String token;

    private LoadGenerator(URI url, String token) {
        this.url = url;
        this.token = token;
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: LoadGenerator latency|visibility --url U ...");
            System.exit(2);
        }
        String url = option(args, "--url", "http://127.0.0.1:8080/graphql");
        String tokenFile = optional(args, "--token");
        String token = tokenFile == null ? null : Files.readString(Path.of(tokenFile)).strip();
        LoadGenerator generator = new LoadGenerator(URI.create(url), token);
        switch (args[0]) {
            case "latency" -> generator.latency(
                    option(args, "--op", "search"),
                    Files.readAllLines(Path.of(option(args, "--inputs", null))).stream()
                            .filter(l -> !l.isBlank())
                            .toList(),
                    Integer.parseInt(option(args, "--clients", "4")),
                    Double.parseDouble(option(args, "--warmup", "5")),
                    Double.parseDouble(option(args, "--seconds", "20")));
            case "visibility" -> generator.visibility(
                    option(args, "--engine", "OURS"),
                    Files.readAllLines(Path.of(option(args, "--ids", null))).stream()
                            .filter(l -> !l.isBlank())
                            .toList(),
                    Integer.parseInt(option(args, "--count", "20")));
            case "alone" -> generator.alone(
                    option(args, "--engine", "OURS"),
                    option(args, "--op", "search"),
                    Files.readAllLines(Path.of(option(args, "--inputs", null))).stream()
                            .filter(l -> !l.isBlank())
                            .toList(),
                    Integer.parseInt(option(args, "--clients", "4")),
                    Double.parseDouble(option(args, "--warmup", "5")),
                    Double.parseDouble(option(args, "--seconds", "20")));
            case "call" -> {
                String body = generator.post(option(args, "--document", null), "{}");
                System.out.println(body);
                if (body == null || body.contains("\"errors\"")) {
                    System.err.println("call failed: " + body);
                    System.exit(1);
                }
            }
            case "ready" -> ready(
                    URI.create(option(args, "--health", "http://127.0.0.1:8080/actuator/health/readiness")),
                    Integer.parseInt(option(args, "--timeout", "1800")));
            case "inputs" -> Inputs.write(
                    Path.of(option(args, "--graph", null)),
                    Path.of(option(args, "--judgments", null)),
                    Path.of(option(args, "--out", null)));
            case "report" -> Report.write(args);
            default -> {
                System.err.println("unknown command " + args[0]);
                System.exit(2);
            }
        }
    }

    private void latency(String op, List<String> inputs, int clients, double warmup, double seconds) throws Exception {
        String document = switch (op) {
            case "search" -> SEARCH;
            case "searchFull" -> SEARCH_FULL;
            case "baseline" -> BASELINE;
            case "suggest" -> SUGGEST;
            case "baselineSuggest" -> BASELINE_SUGGEST;
            default -> throw new IllegalArgumentException("unknown --op " + op);
        };
        AtomicInteger errors = new AtomicInteger();
        run(document, inputs, clients, warmup, errors); // warm-up, not recorded
        errors.set(0);
        long started = System.nanoTime();
        long[] nanos = run(document, inputs, clients, seconds, errors);
        double elapsed = (System.nanoTime() - started) / 1e9;
        Arrays.sort(nanos);
        System.out.printf(
                Locale.ROOT,
                "%s\t%d\t%d\t%d\t%.2f\t%.2f\t%.2f\t%.2f\t%.1f%n",
                op,
                clients,
                nanos.length,
                errors.get(),
                pct(nanos, 0.5),
                pct(nanos, 0.9),
                pct(nanos, 0.99),
                nanos.length == 0 ? 0 : nanos[nanos.length - 1] / 1e6,
                nanos.length / elapsed);
    }

    private long[] run(String document, List<String> inputs, int clients, double seconds, AtomicInteger errors)
            throws Exception {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        try {
            List<Future<long[]>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int offset = c * inputs.size() / clients;
                futures.add(threads.submit(() -> {
                    long[] latencies = new long[1 << 12];
                    int n = 0;
                    for (int i = offset; System.nanoTime() < deadline; i++) {
                        long start = System.nanoTime();
                        String body = post(document, "{\"q\":" + json(inputs.get(i % inputs.size())) + "}");
                        long took = System.nanoTime() - start;
                        if (body == null || body.contains("\"errors\"")) {
                            if (errors.getAndIncrement() == 0 && body != null) {
                                System.err.println("first error: " + body.substring(0, Math.min(400, body.length())));
                            }
                        }
                        if (n == latencies.length) {
                            latencies = Arrays.copyOf(latencies, n * 2);
                        }
                        latencies[n++] = took;
                    }
                    return Arrays.copyOf(latencies, n);
                }));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> f : futures) {
                all.add(f.get());
            }
            return all.stream().flatMapToLong(Arrays::stream).toArray();
        } finally {
            threads.shutdownNow();
        }
    }

    private void alone(String engine, String op, List<String> inputs, int clients, double warmup, double seconds) {
        StringBuilder list = new StringBuilder("[");
        for (String input : inputs) {
            list.append(list.length() > 1 ? "," : "").append(json(input));
        }
        list.append(']');
        String document = "mutation($e: String!, $o: String!, $in: [String!]!, $c: Int!, $w: Float!, $s: Float!) {"
                + " benchmarkQueryAlone(engine: $e, operation: $o, inputs: $in, clients: $c, warmupSeconds: $w,"
                + " seconds: $s) { name clients requests p50 p90 p99 max throughput } }";
        String body = post(
                document,
                "{\"e\":%s,\"o\":%s,\"in\":%s,\"c\":%d,\"w\":%s,\"s\":%s}"
                        .formatted(json(engine), json(op), list, clients, warmup, seconds));
        if (body == null || body.contains("\"errors\"")) {
            throw new IllegalStateException("benchmarkQueryAlone failed: " + body);
        }
        System.out.printf(
                Locale.ROOT,
                "alone %s\t%s\t%s\t0\t%s\t%s\t%s\t%s\t%s%n",
                field(body, "name"),
                field(body, "clients"),
                field(body, "requests"),
                field(body, "p50"),
                field(body, "p90"),
                field(body, "p99"),
                field(body, "max"),
                field(body, "throughput"));
    }

    /** A scalar field of a small, flat JSON response (enough for the reports this program reads). */
    static String field(String body, String name) {
        var m = java.util.regex.Pattern.compile("\"" + name + "\"\\s*:\\s*(\"([^\"]*)\"|[-0-9.eE]+)").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no field " + name + " in " + body);
        }
        return m.group(2) != null ? m.group(2) : m.group(1);
    }

    private static void ready(URI health, int timeoutSeconds) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(timeoutSeconds).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("UP")) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        System.err.println("not ready after " + timeoutSeconds + " s: " + health);
        System.exit(1);
    }

    /** Renames a node, then searches for the new name until the node is found: the time from commit to visible. */
    private void visibility(String engine, List<String> ids, int count) throws Exception {
        Random random = new Random(20261129);
        long[] nanos = new long[count];
        int missed = 0;
        for (int i = 0; i < count; i++) {
            String id = ids.get(random.nextInt(ids.size()));
            StringBuilder name = new StringBuilder("qzx");
            for (int k = 0; k < 7; k++) {
                name.append((char) ('a' + random.nextInt(26)));
            }
            String renamed = post(RENAME, "{\"e\":" + json(engine) + ",\"id\":" + json(id) + ",\"n\":"
                    + json(name.toString()) + "}");
            if (renamed == null || renamed.contains("\"errors\"")) {
                throw new IllegalStateException("rename failed: " + renamed);
            }
            long committed = System.nanoTime();
            String find = engine.equals("OURS") ? FIND : FIND_BASELINE;
            long deadline = committed + Duration.ofSeconds(10).toNanos();
            boolean seen = false;
            while (System.nanoTime() < deadline) {
                String body = post(find, "{\"q\":" + json(name.toString()) + "}");
                if (body != null && body.contains("\"" + id + "\"")) {
                    seen = true;
                    break;
                }
                Thread.sleep(5);
            }
            nanos[i] = System.nanoTime() - committed;
            if (!seen) {
                missed++;
            }
        }
        Arrays.sort(nanos);
        System.out.printf(
                Locale.ROOT,
                "visibility %s\t1\t%d\t%d\t%.2f\t%.2f\t%.2f\t%.2f\t-%n",
                engine.toLowerCase(Locale.ROOT),
                count,
                missed,
                pct(nanos, 0.5),
                pct(nanos, 0.9),
                pct(nanos, 0.99),
                nanos[nanos.length - 1] / 1e6);
    }

    String post(String document, String variables) {
        String body = "{\"query\":" + json(document) + ",\"variables\":" + variables + "}";
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(Duration.ofMinutes(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("X-Admin-Token", token);
        }
        try {
            HttpResponse<String> response =
                    http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                System.err.println("HTTP " + response.statusCode() + ": "
                        + response.body().substring(0, Math.min(300, response.body().length())));
                return null;
            }
            return response.body();
        } catch (java.io.IOException e) {
            System.err.println("request failed: " + e);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1e6;
    }

    private static String json(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String optional(String[] args, String name) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return null;
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        if (fallback == null) {
            throw new IllegalArgumentException("missing " + name);
        }
        return fallback;
    }

    /**
     * Inputs drawn from a graph-seed folder: what people type (the judged queries, then names and English names of
     * actors), prefixes of those names for suggestions, and ids of actors for the visibility runs. Deterministic.
     */
    static final class Inputs {

        private static final List<String> KINDS = List.of("Enterprise", "Product", "Institution", "Investor", "Project");

        static void write(Path graph, Path judgments, Path out) throws Exception {
            Files.createDirectories(out);
            Random random = new Random(7);
            List<String> queries = new ArrayList<>();
            List<String> prefixes = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            if (Files.exists(judgments)) {
                Files.readAllLines(judgments).stream()
                        .filter(l -> !l.startsWith("#") && !l.startsWith("query_id"))
                        .map(l -> l.split("\t"))
                        .filter(f -> f.length > 1)
                        .map(f -> f[1].strip())
                        .distinct()
                        .forEach(queries::add);
            }
            for (String kind : KINDS) {
                Path file = find(graph, kind + ".csv");
                if (file == null) {
                    continue;
                }
                List<String> lines = Files.readAllLines(file);
                List<String> header = csv(lines.getFirst());
                int name = header.indexOf("name");
                int en = header.indexOf("name_en");
                for (int k = 0; k < 40 && lines.size() > 1; k++) {
                    List<String> row = csv(lines.get(1 + random.nextInt(lines.size() - 1)));
                    ids.add(row.getFirst());
                    String zh = row.get(name);
                    if (k < 20) {
                        queries.add(zh);
                    }
                    prefixes.add(zh.substring(0, Math.min(zh.length(), 1 + k % 3)));
                    if (en >= 0 && en < row.size() && !row.get(en).isBlank()) {
                        String english = row.get(en);
                        if (k < 8) {
                            queries.add(String.join(" ", Arrays.asList(english.split(" ")).subList(
                                    0, Math.min(3, english.split(" ").length))));
                        }
                        prefixes.add(english.substring(0, Math.min(english.length(), 3 + k % 4)).strip());
                    }
                }
            }
            Files.write(out.resolve("queries.txt"), queries);
            Files.write(out.resolve("prefixes.txt"), prefixes);
            Files.write(out.resolve("ids.txt"), ids);
            System.out.printf("%d queries, %d prefixes, %d ids in %s%n", queries.size(), prefixes.size(), ids.size(), out);
        }

        private static Path find(Path graph, String name) throws Exception {
            try (var files = Files.walk(graph)) {
                return files.filter(p -> p.getFileName().toString().equals(name)).findFirst().orElse(null);
            }
        }

        /** One CSV line (RFC 4180 quotes; the generator writes no line breaks inside fields). */
        static List<String> csv(String line) {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(c);
                }
            }
            fields.add(field.toString());
            return fields;
        }
    }

    /** The markdown report: machine, set-up, each figure of ours beside the baseline's, ratios and targets. */
    static final class Report {

        static void write(String[] args) throws Exception {
            Path out = Path.of(option(args, "--out", null));
            java.util.Map<String, String[]> rows = new java.util.LinkedHashMap<>();
            for (String line : Files.readAllLines(Path.of(option(args, "--latency", null)))) {
                String[] f = line.split("\t");
                if (f.length >= 9) {
                    rows.put(f[0], f);
                }
            }
            List<String> rates = new ArrayList<>();
            for (int i = 0; i < args.length - 1; i++) {
                if (args[i].equals("--rate")) {
                    rates.add(args[i + 1]);
                }
            }
            StringBuilder md = new StringBuilder();
            md.append("# Search speed — ").append(java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
                    .append("\n\nMeasured with `bench/search-speed.sh` (see bench/README.md).\n\n## Machine and set-up\n\n");
            md.append("- CPU: ").append(cpu()).append(", ").append(Runtime.getRuntime().availableProcessors())
                    .append(" cores available\n");
            md.append("- Memory: ").append(meminfo()).append("; OS: ").append(os()).append("\n");
            md.append("- Load average when the report was written: ").append(read("/proc/loadavg")).append("\n");
            md.append("- JDK: ").append(option(args, "--java", "?")).append("; server JVM options: `")
                    .append(option(args, "--server-opts", "")).append("`; commit ").append(option(args, "--commit", "?"))
                    .append("\n");
            md.append("- Graph: ").append(option(args, "--nodes", "?"))
                    .append(" generated nodes (bench/generate.sh), seeded into a fresh embedded store; ready after ")
                    .append(option(args, "--ready", "?")).append(" s (create store, seed, build our index); peak RSS ")
                    .append(Long.parseLong(option(args, "--rss-kb", "0")) / 1024).append(" MiB\n");
            md.append("- Clients: ").append(option(args, "--clients", "4")).append(" concurrent, ")
                    .append(option(args, "--seconds", "20"))
                    .append(" s per run after 5 s of warm-up; inputs drawn from the judged queries and the graph's names\n");
            md.append("- Ours: the Lucene index behind `search`/`suggest`. Baseline: Neo4j's full-text index (`cjk`"
                    + " analyzer) over the same text per node, queried with `db.index.fulltext.queryNodes` through"
                    + " the driver; through GraphQL as `baselineSearch`/`baselineSuggest`, whose nodes are batch loaded"
                    + " exactly like our hits'.\n\n");

            md.append("## Latency (milliseconds)\n\n| what | requests | errors | p50 | p90 | p99 | max | req/s |\n")
                    .append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
            for (String[] f : rows.values()) {
                md.append("| ").append(f[0]).append(" | ").append(f[2]).append(" | ").append(f[3]);
                for (int i = 4; i < 9; i++) {
                    md.append(" | ").append(f[i]);
                }
                md.append(" |\n");
            }
            md.append("\n`alone …` is the query inside the server (no HTTP, no GraphQL): ours ranked top 10 (`search`),"
                    + " with facet counts and highlights (`searchFull`), suggestions; the baseline's top 10 through the"
                    + " driver. The others go through GraphQL over HTTP from the load generator's process: `search`"
                    + " selects total and hits with nodes; `searchFull` adds highlights and facets.\n\n");

            md.append("## Ratios (baseline ÷ ours; above 1 means ours is faster)\n\n| comparison | p50 | p99 |\n|---|---:|---:|\n");
            ratio(md, rows, "query alone: search", "alone neo4j search", "alone ours search");
            ratio(md, rows, "query alone: suggestions", "alone neo4j suggest", "alone ours suggest");
            ratio(md, rows, "GraphQL: search", "baseline", "search");
            ratio(md, rows, "GraphQL: suggestions", "baselineSuggest", "suggest");

            md.append("\n## Bulk work\n\n| what | nodes | MB | seconds | nodes/s | MB/s |\n|---|---:|---:|---:|---:|---:|\n");
            for (String rate : rates) {
                md.append("| ").append(field(rate, "name"));
                for (String k : List.of("items", "megabytes", "seconds", "perSecond", "mbPerSecond")) {
                    double v = Double.parseDouble(field(rate, k));
                    md.append(" | ").append(v == 0 ? "–" : String.format(Locale.ROOT, "%,.1f", v));
                }
                md.append(" |\n");
            }

            md.append("\n## Targets (issue 3)\n\n");
            target(md, "GraphQL search p50 ≤ 10 ms", value(rows, "search", 4) <= 10);
            target(md, "GraphQL search p99 ≤ 50 ms", value(rows, "search", 6) <= 50);
            target(md, "GraphQL suggestion p99 ≤ 20 ms", value(rows, "suggest", 6) <= 20);
            double rebuild = rates.stream().filter(r -> field(r, "name").startsWith("ours: full rebuild"))
                    .mapToDouble(r -> Double.parseDouble(field(r, "perSecond"))).findFirst().orElse(0);
            target(md, "full rebuild ≥ 10,000 nodes/s (" + Math.round(rebuild) + ")", rebuild >= 10_000);
            double analysis = rates.stream().filter(r -> field(r, "name").startsWith("ours: indexing analysis"))
                    .mapToDouble(r -> Double.parseDouble(field(r, "mbPerSecond"))).findFirst().orElse(0);
            target(md, String.format(Locale.ROOT, "analysis ≥ 5 MB/s per core (%.1f, one thread)", analysis), analysis >= 5);
            target(md, "change visible in search within 1 s (max over the runs)", value(rows, "visibility ours", 7) <= 1000);
            target(md, "query alone ≥ 3× faster than the baseline at p50 and p99",
                    value(rows, "alone neo4j search", 4) >= 3 * value(rows, "alone ours search", 4)
                            && value(rows, "alone neo4j search", 6) >= 3 * value(rows, "alone ours search", 6));
            target(md, "through GraphQL faster than the baseline at p50 and p99",
                    value(rows, "baseline", 4) > value(rows, "search", 4)
                            && value(rows, "baseline", 6) > value(rows, "search", 6));
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, md.toString());
            System.out.print(md);
        }

        private static void ratio(StringBuilder md, java.util.Map<String, String[]> rows, String what, String base, String ours) {
            md.append("| ").append(what).append(" | ")
                    .append(String.format(Locale.ROOT, "%.1f×", value(rows, base, 4) / value(rows, ours, 4))).append(" | ")
                    .append(String.format(Locale.ROOT, "%.1f×", value(rows, base, 6) / value(rows, ours, 6))).append(" |\n");
        }

        private static double value(java.util.Map<String, String[]> rows, String name, int column) {
            String[] row = rows.get(name);
            return row == null ? Double.NaN : Double.parseDouble(row[column]);
        }

        private static void target(StringBuilder md, String what, boolean met) {
            md.append("- ").append(what).append(": ").append(met ? "**met**" : "**NOT met**").append("\n");
        }

        private static String cpu() throws Exception {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst()
                    .orElse("unknown CPU");
        }

        private static String meminfo() throws Exception {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream()
                    .filter(l -> l.startsWith("MemTotal"))
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024 / 1024 + " GiB")
                    .findFirst()
                    .orElse("?");
        }

        private static String os() throws Exception {
            return Files.readAllLines(Path.of("/etc/os-release")).stream()
                    .filter(l -> l.startsWith("PRETTY_NAME="))
                    .map(l -> l.substring(13).replace("\"", ""))
                    .findFirst()
                    .orElse("?");
        }

        private static String read(String file) {
            try {
                return Files.readString(Path.of(file)).strip();
            } catch (Exception e) {
                return "?";
            }
        }
    }
}
