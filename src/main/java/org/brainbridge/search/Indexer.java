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
import org.brainbridge.graph.GraphChanged;
import org.brainbridge.graph.model.RelType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
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
    static final int REBUILD_PAGE = 2_000;
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
        return catchUp(true);
    }

    /**
     * @param settled false while the graph may still be loading (the background poll): a change that calls for a
     *     rebuild then waits until the log stops growing between two polls, so that a bulk load (a first seed of a
     *     large graph) is scanned once at its end rather than half-way and again after it
     */
    private long catchUp(boolean settled) {
        String graphId = graphId();
        long sequence = index.lastSequence(graphId);
        long head = changeLog.currentSequence();
        if (sequence < 0 || sequence > head) {
            rebuild();
            sequence = index.lastSequence(graphId);
        }
        if (sequence == head) {
            return sequence; // nothing new: one read of the head, not a second read of the log after it
        }
        List<ChangeRecord> changes;
        while (!(changes = changeLog.after(sequence, properties.batchSize())).isEmpty()) {
            long reached = apply(changes, graphId, settled);
            if (reached == DEFERRED) {
                break;
            }
            sequence = reached;
        }
        return sequence;
    }

    private static final long DEFERRED = Long.MIN_VALUE;
    /** The log's head when a rebuild was last put off: unchanged at the next poll means the load has ended. */
    private long headWhenDeferred = -1;

    /**
     * Set once the start-up runners (the first seed among them) have finished and {@link #run} has caught up. Before,
     * the poll never rebuilds: a seed pauses between its phases, and a rebuild in such a pause would be thrown away by
     * the next phase (a 100k-node seed was scanned three times).
     */
    private volatile boolean startedUp;

    /**
     * Scans the whole graph into a fresh index; changes committed meanwhile are replayed from the noted sequence. This
     * thread pages through the ids; each worker reads a page's documents from the graph and indexes them (the index
     * writer takes documents from several threads), so neither reading nor analysis is done by one thread alone: with
     * more cores, both go faster.
     */
    synchronized int rebuild() {
        long started = System.nanoTime();
        long noted = changeLog.currentSequence();
        index.deleteAll();
        int workers = rebuildThreads();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> new Thread(r, "search-rebuild"));
        Semaphore inFlight = new Semaphore(workers + 1);
        List<Future<?>> pending = new ArrayList<>();
        int count;
        try {
            count = repository.scan(REBUILD_PAGE, page -> {
                inFlight.acquireUninterruptibly();
                pending.add(pool.submit(() -> {
                    try {
                        index.addNew(page.get());
                    } finally {
                        inFlight.release();
                    }
                }));
            });
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
        index.compact();
        index.commit(noted, graphId());
        log.info(
                "Search index rebuilt: {} nodes in {} ms with {} threads reading and indexing, following the change log from {}",
                count,
                (System.nanoTime() - started) / 1_000_000,
                workers,
                noted);
        return count;
    }

    /** Worker threads of a rebuild, one per core: each reads a page of documents from the graph and indexes it. */
    static int rebuildThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
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

    static boolean isTreeNode(String id) {
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

    private long apply(List<ChangeRecord> changes, String graphId, boolean settled) {
        Set<String> changed = new LinkedHashSet<>();
        Set<String> renamed = new LinkedHashSet<>();
        Set<String> reshaped = new LinkedHashSet<>();
        for (ChangeRecord change : changes) {
            changed.addAll(change.ids());
            if (change.ids().stream().anyMatch(Indexer::isTreeNode)) {
                trees = null;
            }
            if (change.operation().equals("upsert-nodes")) {
                renamed.addAll(change.ids());
            }
            if (RelType.LOCATED_IN.type().equals(change.kind())) {
                // A maker that moves takes its products, patents and projects along (their place is its place).
                change.ids().stream().filter(id -> !isTreeNode(id)).forEach(renamed::add);
            }
            if (reshapesTrees(change)) {
                change.ids().stream().filter(Indexer::isTreeNode).forEach(reshaped::add);
            }
        }
        if (changed.size() > Math.max(MAX_FAN_OUT / 10, index.size() / 5)) {
            // A bulk load (a first seed, a large import): rewriting each node and its neighbours one batch after
            // another costs more than one scan of the graph at its end.
            return rebuildOrPutOff(settled, graphId);
        }
        // The changed nodes' own documents first, searchable at once though not yet committed: a crash before the
        // commit below replays the whole batch, so nothing is lost by showing them early.
        Set<String> touched = new LinkedHashSet<>(changed);
        long sequence = changes.getLast().sequence();
        List<IndexedNode> own = List.of();
        if (!renamed.isEmpty() || !reshaped.isEmpty()) {
            own = documents(List.copyOf(changed));
            index.update(own, missing(changed, own));
        }
        if (!renamed.isEmpty()) {
            List<String> fanOut = repository.neighbourIds(renamed);
            touched.addAll(fanOut.subList(0, Math.min(fanOut.size(), MAX_FAN_OUT)));
        }
        if (!reshaped.isEmpty()) {
            List<String> members = repository.subtreeMembers(reshaped, MAX_FAN_OUT + 1);
            if (members.size() > MAX_FAN_OUT) {
                // A change high up a tree touches too many documents to patch: rebuilding is cheaper and exact.
                return rebuildOrPutOff(settled, graphId);
            }
            touched.addAll(members);
        }
        if (own.isEmpty()) {
            List<IndexedNode> documents = documents(new ArrayList<>(touched));
            Set<String> deleted = missing(touched, documents);
            index.apply(documents, deleted, sequence, graphId);
            log.debug(
                    "Search index at change {} ({} documents, {} deleted)", sequence, documents.size(), deleted.size());
            return sequence;
        }
        // The neighbours' documents in chunks, looking between chunks for nodes changed since this batch was read:
        // their own documents are shown at once too, rather than after a hub's thousands of neighbours.
        List<String> rest = touched.stream().filter(id -> !changed.contains(id)).toList();
        Set<String> found = new LinkedHashSet<>();
        own.forEach(d -> found.add(d.id()));
        long shownUpTo = sequence;
        for (int i = 0; i < rest.size(); i += FAN_OUT_CHUNK) {
            List<IndexedNode> chunk = documents(rest.subList(i, Math.min(rest.size(), i + FAN_OUT_CHUNK)));
            index.add(chunk);
            chunk.forEach(d -> found.add(d.id()));
            shownUpTo = showNewerNodes(shownUpTo);
        }
        Set<String> deleted = new LinkedHashSet<>(touched);
        deleted.removeAll(found);
        index.apply(List.of(), deleted, sequence, graphId);
        log.debug("Search index at change {} ({} documents, {} deleted)", sequence, found.size(), deleted.size());
        return sequence;
    }

    /** A rebuild, put off (in the background poll) while the change log still grows between two polls. */
    private long rebuildOrPutOff(boolean settled, String graphId) {
        long head = changeLog.currentSequence();
        if (!settled && (!startedUp || head != headWhenDeferred)) {
            headWhenDeferred = head;
            log.debug("Search index rebuild put off while the change log grows (at {})", head);
            return DEFERRED;
        }
        rebuild();
        return index.lastSequence(graphId);
    }

    /** Neighbours' documents rewritten between two looks at the log for newer node changes. */
    private static final int FAN_OUT_CHUNK = 100;

    /**
     * Makes the own documents of nodes changed after {@code after} searchable now (updated, not committed): they are
     * read from the graph as it is, and their batch rewrites and commits them in order later. Returns the last change
     * looked at, where the next look starts.
     */
    private long showNewerNodes(long after) {
        ShownAhead ahead = ShownAhead.of(changeLog.after(after, properties.batchSize()), after);
        if (!ahead.ids().isEmpty()) {
            index.update(documents(ahead.ids()), List.of());
        }
        return ahead.upTo();
    }

    /** The trees (names and parents of regions, technologies, segments), read again only after one of them changed. */
    private Trees trees;

    private List<IndexedNode> documents(List<String> ids) {
        if (trees == null) {
            trees = repository.trees();
        }
        List<IndexedNode> documents = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += REBUILD_PAGE) {
            documents.addAll(repository.documents(ids.subList(i, Math.min(ids.size(), i + REBUILD_PAGE)), trees));
        }
        return documents;
    }

    private static Set<String> missing(Set<String> ids, List<IndexedNode> found) {
        Set<String> missing = new LinkedHashSet<>(ids);
        found.forEach(d -> missing.remove(d.id()));
        return missing;
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
        startedUp = true;
        log.info("Search index ready at change {}", sequence);
    }

    /**
     * A commit in this instance that a person could be waiting to see (a few nodes): look at the log now instead of at
     * the next poll, up to a poll interval sooner. Bulk writes (a seed, an import) wait for the poll, which lets them
     * pile up into one rebuild. Commits of other instances are always found by the poll.
     */
    @EventListener
    void committed(GraphChanged change) {
        ScheduledExecutorService poller = executor;
        if (running
                && poller != null
                && change.ids().size() <= WAKE_UP_MAX_IDS
                && wakeUpQueued.compareAndSet(false, true)) {
            try {
                poller.execute(() -> {
                    wakeUpQueued.set(false);
                    poll();
                });
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                // Stopped meanwhile: the change is in the log, and the next start catches up with it.
                wakeUpQueued.set(false);
            }
        }
    }

    /** At most this many nodes in one commit wake the indexer up before its next poll. */
    static final int WAKE_UP_MAX_IDS = 20;

    private final java.util.concurrent.atomic.AtomicBoolean wakeUpQueued =
            new java.util.concurrent.atomic.AtomicBoolean();

    private void poll() {
        try {
            synchronized (this) {
                catchUp(false);
            }
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
