package org.brainbridge.catalog;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Function;
import org.brainbridge.graph.ChangeLog;
import org.brainbridge.graph.ChangeRecord;
import org.brainbridge.graph.GraphNode;
import org.brainbridge.graph.NodesChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Nodes by id kept in memory: every page of search hits, suggestions, matches and connections shows nodes by id, and
 * reading ten of them through Bolt costs more than finding them. The graph stays the truth: a node is dropped when a
 * write through this instance commits ({@link NodesChanged}) and, for writes by other instances, when the change log
 * names it (looked at every {@link CatalogProperties#changePollInterval()}).
 *
 * <p>A read that raced a write must not put the old node back after the write dropped it: each read notes the
 * generation of its ids' stripes before asking the graph, and keeps what it read only if no drop touched those
 * stripes meanwhile (checked and stored under the entry's lock, which a drop also takes).
 */
@Component
class NodeCache implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NodeCache.class);
    private static final int STRIPES = 256;
    private static final int CHANGES_PER_LOOK = 1_000;
    /** Further behind the change log than this, everything is dropped rather than read record by record. */
    private static final int MAX_BEHIND = 20_000;

    private final ChangeLog changeLog;
    private final CatalogProperties properties;
    private final Cache<String, GraphNode> nodes;
    private final AtomicLongArray generations = new AtomicLongArray(STRIPES);
    /** Sequences of this application's writes, already dropped at commit: the change log need not drop them again. */
    private final java.util.concurrent.ConcurrentSkipListSet<Long> droppedAtCommit =
            new java.util.concurrent.ConcurrentSkipListSet<>();

    private volatile long applied = -1;
    private volatile ScheduledExecutorService poller;

    NodeCache(ChangeLog changeLog, CatalogProperties properties) {
        this.changeLog = changeLog;
        this.properties = properties;
        this.nodes = Caffeine.newBuilder()
                .maximumSize(Math.max(0, properties.nodeCacheSize()))
                .build();
    }

    /** The nodes for these ids (unknown ids left out, no order promised); what is not held is read with the loader. */
    List<GraphNode> get(Collection<String> ids, Function<List<String>, List<GraphNode>> loader) {
        List<GraphNode> found = new ArrayList<>(ids.size());
        List<String> missing = new ArrayList<>();
        for (String id : ids) {
            GraphNode node = nodes.getIfPresent(id);
            if (node != null) {
                found.add(node);
            } else {
                missing.add(id);
            }
        }
        if (missing.isEmpty()) {
            return found;
        }
        if (!following() || properties.nodeCacheSize() <= 0) {
            found.addAll(loader.apply(missing));
            return found;
        }
        Map<String, Long> seen = new HashMap<>();
        missing.forEach(id -> seen.put(id, generations.get(stripe(id))));
        for (GraphNode node : loader.apply(missing)) {
            found.add(node);
            Long generation = seen.get(node.id());
            if (generation != null) {
                nodes.asMap().compute(node.id(), (id, held) -> generations.get(stripe(id)) == generation ? node : held);
            }
        }
        return found;
    }

    @EventListener
    void committed(NodesChanged change) {
        drop(change.ids());
        if (change.sequence() > applied) {
            droppedAtCommit.add(change.sequence());
        }
    }

    private void drop(Collection<String> ids) {
        for (String id : ids) {
            generations.incrementAndGet(stripe(id));
            nodes.invalidate(id);
        }
    }

    private void dropAll() {
        for (int i = 0; i < STRIPES; i++) {
            generations.incrementAndGet(i);
        }
        nodes.invalidateAll();
    }

    /** Reads the change log from where this cache stands and drops the nodes it names. */
    void follow() {
        long from = applied;
        if (from < 0) {
            applied = changeLog.currentSequence();
            return;
        }
        long head = changeLog.currentSequence();
        if (head - from > MAX_BEHIND) {
            dropAll();
            applied = head;
            droppedAtCommit.headSet(head, true).clear();
            return;
        }
        while (from < head) {
            List<ChangeRecord> records = changeLog.after(from, CHANGES_PER_LOOK);
            if (records.isEmpty()) {
                break;
            }
            for (ChangeRecord record : records) {
                // A relationship batch changes no node's properties or provenance: nothing held goes stale. Dropping
                // a write of this application again would only throw away what was read since.
                boolean dropped = droppedAtCommit.remove(record.sequence());
                if (!dropped && !record.operation().equals("upsert-relationships")) {
                    drop(record.ids());
                }
                from = record.sequence();
            }
            applied = from;
        }
    }

    /** Held only while the change log is followed: before start and after stop, every read goes to the graph. */
    private boolean following() {
        return poller != null && applied >= 0;
    }

    private static int stripe(String id) {
        return (id.hashCode() & 0x7fffffff) % STRIPES;
    }

    @Override
    public void start() {
        follow();
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "node-cache-follower");
            thread.setDaemon(true);
            return thread;
        });
        long interval = Math.max(10, properties.changePollInterval().toMillis());
        executor.scheduleWithFixedDelay(this::poll, interval, interval, TimeUnit.MILLISECONDS);
        poller = executor;
    }

    private void poll() {
        try {
            follow();
        } catch (RuntimeException e) {
            // Until the change log can be read again nothing held can be trusted.
            log.warn("Node cache could not read the change log; dropping what it holds", e);
            dropAll();
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService executor = poller;
        poller = null;
        dropAll();
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return poller != null;
    }
}
