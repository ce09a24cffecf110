package org.brainbridge.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.brainbridge.graph.ChangeLog;
import org.brainbridge.graph.ChangeRecord;
import org.brainbridge.graph.model.RelType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps the index in step with the graph by following the change log (the outbox the write service fills in the same
 * transaction as the data). Changes are applied in sequence order and the last applied sequence is committed with the
 * index, so a crash at any point, or a second instance on the same graph, converges by itself. An empty or outdated
 * index is rebuilt: note the sequence, scan the graph, then follow the log from the noted sequence.
 */
@Component
@org.springframework.core.annotation.Order(20)
class Indexer implements SmartLifecycle, org.springframework.boot.ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(Indexer.class);
    private static final int REBUILD_PAGE = 2_000;
    /** A node's document copies its neighbours' names, so a changed node refreshes them too, up to this many. */
    private static final int MAX_FAN_OUT = 5_000;

    private final ChangeLog changeLog;
    private final SearchRepository repository;
    private final SearchIndex index;
    private final SearchProperties properties;
    private ScheduledExecutorService executor;
    private volatile String graphId;
    private volatile boolean running;

    Indexer(ChangeLog changeLog, SearchRepository repository, SearchIndex index, SearchProperties properties) {
        this.changeLog = changeLog;
        this.repository = repository;
        this.index = index;
        this.properties = properties;
    }

    /** Rebuilds when needed, then applies everything the log holds beyond the index; returns the sequence reached. */
    synchronized long catchUp() {
        String graphId = graphId();
        long sequence = index.lastSequence(graphId);
        if (sequence < 0 || sequence > changeLog.currentSequence()) {
            rebuild();
            sequence = index.lastSequence(graphId);
        }
        List<ChangeRecord> changes;
        while (!(changes = changeLog.after(sequence, properties.batchSize())).isEmpty()) {
            sequence = apply(changes, graphId);
        }
        return sequence;
    }

    /**
     * Scans the whole graph into a fresh index; changes committed meanwhile are replayed from the noted sequence. Pages
     * are read from the graph on this thread while workers analyse the previous ones (analysis is most of the cost, and
     * the index writer takes documents from several threads).
     */
    synchronized int rebuild() {
        long started = System.nanoTime();
        long noted = changeLog.currentSequence();
        index.deleteAll();
        int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> new Thread(r, "search-rebuild"));
        Semaphore inFlight = new Semaphore(workers + 1);
        List<Future<?>> pending = new ArrayList<>();
        int count = 0;
        try {
            String after = "";
            List<String> ids;
            Trees trees = repository.trees();
            while (!(ids = repository.idsAfter(after, REBUILD_PAGE)).isEmpty()) {
                List<IndexedNode> documents = repository.documents(ids, trees);
                inFlight.acquireUninterruptibly();
                pending.add(pool.submit(() -> {
                    try {
                        index.add(documents);
                    } finally {
                        inFlight.release();
                    }
                }));
                count += ids.size();
                after = ids.getLast();
            }
            for (Future<?> future : pending) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rebuilding the search index", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot rebuild the search index", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        index.commit(noted, graphId());
        log.info(
                "Search index rebuilt: {} nodes in {} ms with {} analysis threads, following the change log from {}",
                count,
                (System.nanoTime() - started) / 1_000_000,
                workers,
                noted);
        return count;
    }

    /**
     * Documents carry the names and ancestors of the tree nodes they link to, so a renamed, deleted or re-parented tree
     * node changes every document below it. A relationship from an actor to a tree node changes only those two.
     */
    private static boolean reshapesTrees(ChangeRecord change) {
        return switch (change.operation()) {
            case "upsert-nodes", "delete-nodes" -> true;
            case "upsert-relationships" -> TREE_TYPES.contains(change.kind());
            default -> true;
        };
    }

    private static final Set<String> TREE_TYPES =
            Set.of(RelType.BROADER.type(), RelType.PART_OF.type(), RelType.OVERLAPS.type());

    private static boolean isTreeNode(String id) {
        return id.startsWith("region-") || id.startsWith("tech-") || id.startsWith("chain-");
    }

    private String graphId() {
        String id = graphId;
        if (id == null) {
            id = changeLog.graphId();
            graphId = id;
        }
        return id;
    }

    private long apply(List<ChangeRecord> changes, String graphId) {
        Set<String> touched = new LinkedHashSet<>();
        Set<String> renamed = new LinkedHashSet<>();
        Set<String> reshaped = new LinkedHashSet<>();
        for (ChangeRecord change : changes) {
            touched.addAll(change.ids());
            if (change.operation().equals("upsert-nodes")) {
                renamed.addAll(change.ids());
            }
            if (reshapesTrees(change)) {
                change.ids().stream().filter(Indexer::isTreeNode).forEach(reshaped::add);
            }
        }
        if (!renamed.isEmpty()) {
            List<String> fanOut = repository.neighbourIds(renamed);
            touched.addAll(fanOut.subList(0, Math.min(fanOut.size(), MAX_FAN_OUT)));
        }
        if (!reshaped.isEmpty()) {
            List<String> members = repository.subtreeMembers(reshaped, MAX_FAN_OUT + 1);
            if (members.size() > MAX_FAN_OUT) {
                // A change high up a tree touches too many documents to patch: rebuilding is cheaper and exact.
                rebuild();
                return index.lastSequence(graphId);
            }
            touched.addAll(members);
        }
        List<IndexedNode> documents = new ArrayList<>();
        List<String> batch = new ArrayList<>(touched);
        Trees trees = repository.trees();
        for (int i = 0; i < batch.size(); i += REBUILD_PAGE) {
            documents.addAll(repository.documents(batch.subList(i, Math.min(batch.size(), i + REBUILD_PAGE)), trees));
        }
        Set<String> deleted = new LinkedHashSet<>(touched);
        documents.forEach(d -> deleted.remove(d.id()));
        long sequence = changes.getLast().sequence();
        index.apply(documents, deleted, sequence, graphId);
        log.debug("Search index at change {} ({} documents, {} deleted)", sequence, documents.size(), deleted.size());
        return sequence;
    }

    @Override
    public void start() {
        catchUp();
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "search-indexer");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.pollInterval().toMillis();
        executor.scheduleWithFixedDelay(this::poll, interval, interval, TimeUnit.MILLISECONDS);
        running = true;
    }

    /** After start-up work (schema, first seed): the application reports ready only once the index holds it all. */
    @Override
    public void run(org.springframework.boot.ApplicationArguments args) {
        long sequence = catchUp();
        log.info("Search index ready at change {}", sequence);
    }

    private void poll() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            // The next poll retries from the sequence the index holds; nothing is lost, so log and go on.
            log.warn("Search indexer could not apply changes; retrying", e);
        }
    }

    @Override
    public void stop() {
        running = false;
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts after the web server is up but before the application reports ready (seeding runs in runners). */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }
}
