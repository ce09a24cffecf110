package org.brainbridge.search.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.HdrHistogram.Histogram;

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
            List<Histogram> perClient = phase(threads, inputs, clients, seconds, op);
            double elapsed = (System.nanoTime() - started) / 1e9;
            Histogram all = histogram();
            perClient.forEach(all::add);
            return LatencyReport.of(name, clients, all, elapsed);
        } finally {
            threads.shutdownNow();
        }
    }

    /**
     * Nanoseconds up to an hour at three significant digits, in a few hundred kilobytes however many requests: a
     * cached operation answers millions a second, and a list of every latency ran out of heap.
     */
    static Histogram histogram() {
        return new Histogram(TimeUnit.HOURS.toNanos(1), 3);
    }

    private static List<Histogram> phase(
            ExecutorService threads, List<String> inputs, int clients, double seconds, Consumer<String> op) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        List<Future<Histogram>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c * inputs.size() / clients;
            futures.add(threads.submit(() -> {
                Histogram latencies = histogram();
                for (int i = offset; System.nanoTime() < deadline; i++) {
                    long start = System.nanoTime();
                    op.accept(inputs.get(i % inputs.size()));
                    latencies.recordValue(Math.min(latencies.getHighestTrackableValue(), System.nanoTime() - start));
                }
                return latencies;
            }));
        }
        List<Histogram> results = new ArrayList<>();
        for (Future<Histogram> future : futures) {
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

        static LatencyReport of(String name, int clients, Histogram nanos, double seconds) {
            long count = nanos.getTotalCount();
            return new LatencyReport(
                    name,
                    clients,
                    (int) Math.min(Integer.MAX_VALUE, count),
                    percentile(nanos, 50),
                    percentile(nanos, 90),
                    percentile(nanos, 99),
                    count == 0 ? 0 : nanos.getMaxValue() / 1e6,
                    count / seconds);
        }

        /** Milliseconds; within 0.1 % of the recorded value (the histogram's three significant digits). */
        private static double percentile(Histogram nanos, double percentile) {
            return nanos.getTotalCount() == 0 ? 0 : nanos.getValueAtPercentile(percentile) / 1e6;
        }
    }
}
