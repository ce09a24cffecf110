import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The search benchmark's measurements beyond plain latency: the query timed alone inside the server (the admin-only
 * {@code benchmarkQueryAlone} mutation of benchmark mode), and how soon a rename is visible in search.
 */
final class SearchCommands {

    private static final String RENAME = "mutation($e: String!, $id: ID!, $n: String!) {"
            + " benchmarkRename(engine: $e, id: $id, name: $n) }";
    private static final String FIND = "query($q: String!) { search(query: $q, first: 5) { hits { node { id } } } }";
    private static final String FIND_BASELINE = "query($q: String!) { baselineSearch(query: $q, first: 5) { id } }";

    private final GraphQlClient client;

    SearchCommands(GraphQlClient client) {
        this.client = client;
    }

    void alone(String engine, String op, List<String> inputs, int clients, double warmup, double seconds) {
        StringBuilder list = new StringBuilder("[");
        for (String input : inputs) {
            list.append(list.length() > 1 ? "," : "").append(GraphQlClient.json(input));
        }
        list.append(']');
        String document = "mutation($e: String!, $o: String!, $in: [String!]!, $c: Int!, $w: Float!, $s: Float!) {"
                + " benchmarkQueryAlone(engine: $e, operation: $o, inputs: $in, clients: $c, warmupSeconds: $w,"
                + " seconds: $s) { name clients requests p50 p90 p99 max throughput } }";
        String body = client.post(
                document,
                "{\"e\":%s,\"o\":%s,\"in\":%s,\"c\":%d,\"w\":%s,\"s\":%s}"
                        .formatted(GraphQlClient.json(engine), GraphQlClient.json(op), list, clients, warmup, seconds));
        if (body == null || body.contains("\"errors\"")) {
            throw new IllegalStateException("benchmarkQueryAlone failed: " + body);
        }
        System.out.printf(
                Locale.ROOT,
                "alone %s\t%s\t%s\t0\t%s\t%s\t%s\t%s\t%s%n",
                GraphQlClient.field(body, "name"),
                GraphQlClient.field(body, "clients"),
                GraphQlClient.field(body, "requests"),
                GraphQlClient.field(body, "p50"),
                GraphQlClient.field(body, "p90"),
                GraphQlClient.field(body, "p99"),
                GraphQlClient.field(body, "max"),
                GraphQlClient.field(body, "throughput"));
    }

    /** Renames not measured before the measured ones: the steady state, as every other operation is measured in. */
    static final int WARM_UP_RENAMES = 5;

    /**
     * Renames a node, then searches for the new name until the node is found: the time from commit to visible. A few
     * renames of other draws go first unrecorded (the first changes after a start run the write and index paths cold).
     */
    void visibility(String engine, List<String> ids, int count) throws Exception {
        renames(engine, ids, WARM_UP_RENAMES, new Random(1));
        Random random = new Random(20261129);
        long[] nanos = renames(engine, ids, count, random);
        int missed = (int) Arrays.stream(nanos).filter(n -> n < 0).count();
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = Math.abs(nanos[i]);
        }
        Arrays.sort(nanos);
        System.out.printf(
                Locale.ROOT,
                "visibility %s\t1\t%d\t%d\t%.2f\t%.2f\t%.2f\t%.2f\t-%n",
                engine.toLowerCase(Locale.ROOT),
                count,
                missed,
                LoadGenerator.pct(nanos, 0.5),
                LoadGenerator.pct(nanos, 0.9),
                LoadGenerator.pct(nanos, 0.99),
                nanos[nanos.length - 1] / 1e6);
    }

    /** Nanoseconds from each rename's commit until search finds it; negative when it was not found in 10 s. */
    private long[] renames(String engine, List<String> ids, int count, Random random) throws Exception {
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            String id = ids.get(random.nextInt(ids.size()));
            StringBuilder name = new StringBuilder("qzx");
            for (int k = 0; k < 7; k++) {
                name.append((char) ('a' + random.nextInt(26)));
            }
            String renamed = client.post(
                    RENAME,
                    "{\"e\":" + GraphQlClient.json(engine) + ",\"id\":" + GraphQlClient.json(id) + ",\"n\":"
                            + GraphQlClient.json(name.toString()) + "}");
            if (renamed == null || renamed.contains("\"errors\"")) {
                throw new IllegalStateException("rename failed: " + renamed);
            }
            long committed = System.nanoTime();
            String find = engine.equals("OURS") ? FIND : FIND_BASELINE;
            long deadline = committed + Duration.ofSeconds(10).toNanos();
            boolean seen = false;
            while (System.nanoTime() < deadline) {
                String body = client.post(find, "{\"q\":" + GraphQlClient.json(name.toString()) + "}");
                if (body != null && body.contains("\"" + id + "\"")) {
                    seen = true;
                    break;
                }
                Thread.sleep(5);
            }
            long took = System.nanoTime() - committed;
            nanos[i] = seen ? took : -took;
        }
        return nanos;
    }
}
