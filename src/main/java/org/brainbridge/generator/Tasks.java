package org.brainbridge.generator;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs tasks on up to one thread per core (the output is the same with fewer) and adds up their row counts. */
final class Tasks {

    private Tasks() {}

    static Map<String, Long> run(List<Task> tasks, Path dir, String sourceRef) {
        int threads = Math.max(1, Math.min(tasks.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Map<String, Long>>> futures = new ArrayList<>();
            for (Task task : tasks) {
                futures.add(pool.submit(() -> runOne(task, dir, sourceRef)));
            }
            Map<String, Long> rows = new TreeMap<>();
            for (Future<Map<String, Long>> f : futures) {
                f.get().forEach((file, n) -> rows.merge(file, n, Long::sum));
            }
            return rows;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, Long> runOne(Task task, Path dir, String sourceRef) {
        long cpu = cpu();
        try (Output out = new Output(dir, sourceRef, task.suffix())) {
            task.body().accept(out);
            out.close();
            report("task " + task.name(), cpu);
            return out.rows();
        }
    }

    /** CPU time of the current thread, in nanoseconds. */
    static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** With -Dgenerator.verbose=true: the CPU time the current thread spent since {@code start}. */
    static void report(String what, long start) {
        if (Boolean.getBoolean("generator.verbose")) {
            System.err.printf("%s: %.1f s CPU%n", what, (cpu() - start) / 1e9);
        }
    }

    static void reportGc() {
        if (Boolean.getBoolean("generator.verbose")) {
            ManagementFactory.getGarbageCollectorMXBeans()
                    .forEach(gc -> System.err.printf(
                            "gc %s: %d collections, %.1f s%n",
                            gc.getName(), gc.getCollectionCount(), gc.getCollectionTime() / 1e3));
        }
    }
}
