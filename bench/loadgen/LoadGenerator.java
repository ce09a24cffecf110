import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load generator of the speed benchmarks: a process of its own that sends GraphQL requests over HTTP to a running
 * portal, as a browser or API client would, and prints latency percentiles. Plain JDK, no dependencies: the scripts
 * compile the files of this folder together ({@code javac -d DIR bench/loadgen/*.java}) and run {@code LoadGenerator}.
 *
 * <pre>
 * latency       --url U --op OPERATION --inputs FILE [--clients 4] [--warmup 5] [--seconds 20] [--warmup-pass]
 *               [--pid SERVER_PID] [--slowest N]
 *               OPERATION: search|searchFull|baseline|suggest|baselineSuggest (one query text a line),
 *               investorMatches|partnerMatches|institutionMatches|candidateMatches|positionMatches|similar|
 *               policyMatches (one id a line), connections (two ids a line, tab-separated); see Operations
 * visibility    --url U --engine OURS|NEO4J --ids FILE --token FILE [--count 20]
 * alone         --url U --engine OURS|NEO4J --op search|searchFull|suggest --inputs FILE --token FILE
 *               [--clients 4] [--warmup 5] [--seconds 20]     (the query alone, timed inside the server)
 * call          --url U [--token FILE] --document 'mutation { ... }'   (prints the JSON response)
 * ready         --health URL [--timeout 1800]                       (waits until the portal reports ready)
 * inputs        --graph DIR --judgments FILE --out DIR                (search: queries, prefixes, ids)
 * match-inputs  --graph DIR --out DIR [--per 60]                      (matching: source ids per operation)
 * snapshot      --url U --op OPERATION --inputs FILE --out FILE      (each input's response, one JSON a line,
 *               to compare the results of two versions: diff the files, or `compare A B`)
 * compare       A B                                                   (how many inputs answer the same)
 * report        --latency TSV --out MD --rate JSON ... (and run facts)  (bench/search-speed.sh's report)
 * match-report  --latency TSV --out MD ... (run facts)                  (bench/match-speed.sh's report)
 * </pre>
 * Output of latency, visibility and alone: one tab-separated line (name, clients, requests, errors, p50, p90, p99,
 * max in ms, requests/s); latency adds how many responses found nothing and, with {@code --pid}, the server's CPU
 * milliseconds per request over the measured run (user + system, from /proc).
 */
public final class LoadGenerator {

    private LoadGenerator() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: LoadGenerator latency|alone|visibility|call|ready|inputs|match-inputs|report|"
                    + "match-report --url U ...");
            System.exit(2);
        }
        String tokenFile = optional(args, "--token");
        String token = tokenFile == null ? null : Files.readString(Path.of(tokenFile)).strip();
        GraphQlClient client =
                new GraphQlClient(URI.create(option(args, "--url", "http://127.0.0.1:8080/graphql")), token);
        switch (args[0]) {
            case "latency" -> latency(
                    client,
                    Operations.of(option(args, "--op", "search")),
                    lines(option(args, "--inputs", null)),
                    Integer.parseInt(option(args, "--clients", "4")),
                    Double.parseDouble(option(args, "--warmup", "5")),
                    Double.parseDouble(option(args, "--seconds", "20")),
                    Long.parseLong(option(args, "--pid", "0")),
                    Integer.parseInt(option(args, "--slowest", "0")),
                    List.of(args).contains("--warmup-pass"));
            case "visibility" -> new SearchCommands(client)
                    .visibility(
                            option(args, "--engine", "OURS"),
                            lines(option(args, "--ids", null)),
                            Integer.parseInt(option(args, "--count", "20")));
            case "alone" -> new SearchCommands(client)
                    .alone(
                            option(args, "--engine", "OURS"),
                            option(args, "--op", "search"),
                            lines(option(args, "--inputs", null)),
                            Integer.parseInt(option(args, "--clients", "4")),
                            Double.parseDouble(option(args, "--warmup", "5")),
                            Double.parseDouble(option(args, "--seconds", "20")));
            case "call" -> {
                String body = client.post(option(args, "--document", null), "{}");
                System.out.println(body);
                if (body == null || body.contains("\"errors\"")) {
                    System.err.println("call failed: " + body);
                    System.exit(1);
                }
            }
            case "ready" -> GraphQlClient.ready(
                    URI.create(option(args, "--health", "http://127.0.0.1:8080/actuator/health/readiness")),
                    Integer.parseInt(option(args, "--timeout", "1800")));
            case "inputs" -> Inputs.search(
                    Path.of(option(args, "--graph", null)),
                    Path.of(option(args, "--judgments", null)),
                    Path.of(option(args, "--out", null)));
            case "match-inputs" -> Inputs.matching(
                    Path.of(option(args, "--graph", null)),
                    Path.of(option(args, "--out", null)),
                    Integer.parseInt(option(args, "--per", "60")));
            case "snapshot" -> snapshot(
                    client,
                    Operations.of(option(args, "--op", null)),
                    lines(option(args, "--inputs", null)),
                    Path.of(option(args, "--out", null)));
            case "compare" -> compare(Path.of(args[1]), Path.of(args[2]));
            case "report" -> SearchReport.write(args);
            case "match-report" -> MatchReport.write(args);
            default -> {
                System.err.println("unknown command " + args[0]);
                System.exit(2);
            }
        }
    }

    /** One request as measured: which input line, how long, whether it failed or found nothing. */
    private record Sample(int input, long nanos, boolean failed, boolean empty) {}

    private static void latency(
            GraphQlClient client,
            Operations op,
            List<String> inputs,
            int clients,
            double warmup,
            double seconds,
            long pid,
            int slowest,
            boolean warmupPass)
            throws Exception {
        if (warmupPass) {
            pass(client, op, inputs, clients); // every input once, not recorded: what the portal keeps is warm
        }
        run(client, op, inputs, clients, warmup); // warm-up, not recorded
        long cpuBefore = pid > 0 ? Machine.cpuMillis(pid) : -1;
        long started = System.nanoTime();
        List<Sample> samples = run(client, op, inputs, clients, seconds);
        double elapsed = (System.nanoTime() - started) / 1e9;
        long cpuAfter = pid > 0 ? Machine.cpuMillis(pid) : -1;
        long[] nanos = samples.stream().mapToLong(Sample::nanos).sorted().toArray();
        long errors = samples.stream().filter(Sample::failed).count();
        long empty = samples.stream().filter(Sample::empty).count();
        String cpu = cpuBefore < 0 || cpuAfter < 0 || nanos.length == 0
                ? "-"
                : String.format(Locale.ROOT, "%.1f", (cpuAfter - cpuBefore) / (double) nanos.length);
        System.out.printf(
                Locale.ROOT,
                "%s\t%d\t%d\t%d\t%.2f\t%.2f\t%.2f\t%.2f\t%.1f\t%s\t%s%n",
                op.name(),
                clients,
                nanos.length,
                errors,
                pct(nanos, 0.5),
                pct(nanos, 0.9),
                pct(nanos, 0.99),
                nanos.length == 0 ? 0 : nanos[nanos.length - 1] / 1e6,
                nanos.length / elapsed,
                op.empty() == null ? "-" : Long.toString(empty),
                cpu);
        if (slowest > 0) {
            samples.stream()
                    .sorted(Comparator.comparingLong(Sample::nanos).reversed())
                    .limit(slowest)
                    .forEach(s -> System.err.printf(
                            Locale.ROOT, "slow %s %.1f ms: %s%n", op.name(), s.nanos() / 1e6, inputs.get(s.input())));
        }
    }

    /** Sends every input once, spread over the clients; errors are left to the measured run to report. */
    private static void pass(GraphQlClient client, Operations op, List<String> inputs, int clients) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int first = c;
                futures.add(threads.submit(() -> {
                    for (int i = first; i < inputs.size(); i += clients) {
                        client.post(op.document(), op.variables().of(inputs.get(i).split("\t")));
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static List<Sample> run(GraphQlClient client, Operations op, List<String> inputs, int clients, double seconds)
            throws Exception {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        AtomicInteger errors = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        try {
            List<Future<List<Sample>>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int offset = c * inputs.size() / clients;
                futures.add(threads.submit(() -> {
                    List<Sample> samples = new ArrayList<>();
                    for (int i = offset; System.nanoTime() < deadline; i++) {
                        int input = i % inputs.size();
                        String variables = op.variables().of(inputs.get(input).split("\t"));
                        long start = System.nanoTime();
                        String body = client.post(op.document(), variables);
                        long took = System.nanoTime() - start;
                        boolean failed = body == null || body.contains("\"errors\"");
                        if (failed && errors.getAndIncrement() == 0 && body != null) {
                            System.err.println("first error (" + inputs.get(input) + "): "
                                    + body.substring(0, Math.min(400, body.length())));
                        }
                        boolean empty = !failed && op.empty() != null && body.contains(op.empty());
                        samples.add(new Sample(input, took, failed, empty));
                    }
                    return samples;
                }));
            }
            List<Sample> all = new ArrayList<>();
            for (Future<List<Sample>> f : futures) {
                all.addAll(f.get());
            }
            return all;
        } finally {
            threads.shutdownNow();
        }
    }

    /** Every input's response body in input order, one line each (the responses are single-line JSON). */
    private static void snapshot(GraphQlClient client, Operations op, List<String> inputs, Path out) throws Exception {
        List<String> bodies = new ArrayList<>();
        for (String input : inputs) {
            String body = client.post(op.document(), op.variables().of(input.split("\t")));
            bodies.add(input.replace('\t', ' ') + "\t" + (body == null ? "FAILED" : body.strip()));
        }
        Files.write(out, bodies);
        System.out.printf("%s: %d responses in %s%n", op.name(), bodies.size(), out);
    }

    /**
     * Compares two snapshots input by input: the same response, the same ids in the same order (scores differ), the
     * same ids in another order, or different ids. Prints the inputs that differ.
     */
    private static void compare(Path a, Path b) throws Exception {
        List<String> left = Files.readAllLines(a);
        List<String> right = Files.readAllLines(b);
        int same = 0;
        int sameOrder = 0;
        int sameSet = 0;
        java.util.regex.Pattern id = java.util.regex.Pattern.compile("\"node\":\\{\"id\":\"([^\"]+)\"|\"id\":\"([^\"]*>[^\"]*)\"");
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            if (left.get(i).equals(right.get(i))) {
                same++;
                continue;
            }
            List<String> l = ids(id, left.get(i));
            List<String> r = ids(id, right.get(i));
            if (l.equals(r)) {
                sameOrder++;
            } else if (new java.util.HashSet<>(l).equals(new java.util.HashSet<>(r))) {
                sameSet++;
                System.out.println("reordered: " + left.get(i).split("\t")[0] + "\n  " + l + "\n  " + r);
            } else {
                System.out.println("different: " + left.get(i).split("\t")[0] + "\n  " + l + "\n  " + r);
            }
        }
        int n = Math.min(left.size(), right.size());
        System.out.printf(
                "%d inputs: %d identical, %d same ids in the same order, %d same ids reordered, %d different%n",
                n, same, sameOrder, sameSet, n - same - sameOrder - sameSet);
    }

    private static List<String> ids(java.util.regex.Pattern pattern, String body) {
        List<String> ids = new ArrayList<>();
        java.util.regex.Matcher m = pattern.matcher(body);
        while (m.find()) {
            ids.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return ids;
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1e6;
    }

    private static List<String> lines(String file) throws Exception {
        return Files.readAllLines(Path.of(file)).stream().filter(l -> !l.isBlank()).toList();
    }

    static String optional(String[] args, String name) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return null;
    }

    static String option(String[] args, String name, String fallback) {
        String value = optional(args, name);
        if (value == null && fallback == null) {
            throw new IllegalArgumentException("missing " + name);
        }
        return value == null ? fallback : value;
    }

    /** All values of a repeated option, in order. */
    static List<String> options(String[] args, String name) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                values.add(args[i + 1]);
            }
        }
        return values;
    }
}
