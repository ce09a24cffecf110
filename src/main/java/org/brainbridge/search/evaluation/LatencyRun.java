package org.brainbridge.search.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs one operation from several threads over a list of inputs for a fixed time and reports latency percentiles: the
 * "query alone" half of the speed benchmark, measured inside the server so that HTTP and GraphQL are not counted.
 */
final class LatencyRun {

    private LatencyRun() {}

    static LatencyReport run(
            String name, List<String> inputs, int clients, double warmupSeconds, double seconds, Consumer<String> op) {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("No inputs to run");
        }
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        try {
            phase(threads, inputs, clients, warmupSeconds, op);
            long started = System.nanoTime();
            List<long[]> perClient = phase(threads, inputs, clients, seconds, op);
            double elapsed = (System.nanoTime() - started) / 1e9;
            long[] all = perClient.stream().flatMapToLong(Arrays::stream).toArray();
            return LatencyReport.of(name, clients, all, elapsed);
        } finally {
            threads.shutdownNow();
        }
    }

    private static List<long[]> phase(
            ExecutorService threads, List<String> inputs, int clients, double seconds, Consumer<String> op) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c * inputs.size() / clients;
            futures.add(threads.submit(() -> {
                long[] latencies = new long[1 << 12];
                int n = 0;
                for (int i = offset; System.nanoTime() < deadline; i++) {
                    long start = System.nanoTime();
                    op.accept(inputs.get(i % inputs.size()));
                    if (n == latencies.length) {
                        latencies = Arrays.copyOf(latencies, n * 2);
                    }
                    latencies[n++] = System.nanoTime() - start;
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        List<long[]> results = new ArrayList<>();
        for (Future<long[]> future : futures) {
            try {
                results.add(future.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(
                        "A benchmark client failed: " + e.getCause().getMessage(), e);
            }
        }
        return results;
    }

    /** The schema's {@code LatencyReport}: milliseconds, requests per second. */
    record LatencyReport(
            String name, int clients, int requests, double p50, double p90, double p99, double max, double throughput) {

        static LatencyReport of(String name, int clients, long[] nanos, double seconds) {
            Arrays.sort(nanos);
            return new LatencyReport(
                    name,
                    clients,
                    nanos.length,
                    percentile(nanos, 0.50),
                    percentile(nanos, 0.90),
                    percentile(nanos, 0.99),
                    nanos.length == 0 ? 0 : nanos[nanos.length - 1] / 1e6,
                    nanos.length / seconds);
        }

        private static double percentile(long[] sorted, double p) {
            if (sorted.length == 0) {
                return 0;
            }
            int rank = (int) Math.ceil(p * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1e6;
        }
    }
}
