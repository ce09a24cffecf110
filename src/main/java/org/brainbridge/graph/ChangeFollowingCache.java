package org.brainbridge.graph;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Values read from the graph, kept in memory by node id and dropped when the graph changes, so that the graph stays the
 * truth: at once when a write through this instance commits ({@link #committed}, fed by {@link GraphChanged}), and,
 * for writes by other instances, when the change log names them (looked at every poll interval by a thread of its own).
 * What a change makes stale is the owner's call ({@link Invalidation}): a node itself, or also its neighbours.
 *
 * <p>A read that raced a write must not put the old value back after the write dropped it: each read notes the
 * generation of its ids' stripes before asking the graph, and keeps what it read only if no drop touched those stripes
 * meanwhile (checked and stored under the entry's lock, which a drop also takes).
 *
 * <p>Values are held only while the change log is followed ({@link #start} to {@link #stop}); a size of 0 holds none.
 */
public final class ChangeFollowingCache<V> {

    private static final Logger log = LoggerFactory.getLogger(ChangeFollowingCache.class);
    private static final int STRIPES = 256;
    private static final int CHANGES_PER_LOOK = 1_000;
    /** Further behind the change log than this, everything is dropped rather than read record by record. */
    private static final int MAX_BEHIND = 20_000;

    /** Which held keys a change makes stale; may read the graph (the change has committed). */
    @FunctionalInterface
    public interface Invalidation {
        /**
         * @param operation the change log's operation ({@link GraphChanged#UPSERT_NODES} …)
         * @param ids the ids the change names
         * @return the keys to drop, or {@code null} to drop everything
         */
        Collection<String> stale(String operation, List<String> ids);
    }

    private final String name;
    private final int maximumSize;
    private final Duration pollInterval;
    private final ChangeLog changeLog;
    private final Invalidation invalidation;
    private final Cache<String, V> values;
    private final AtomicLongArray generations = new AtomicLongArray(STRIPES);
    /** Sequences of this application's writes, already dropped at commit: the change log need not drop them again. */
    private final ConcurrentSkipListSet<Long> droppedAtCommit = new ConcurrentSkipListSet<>();

    private volatile long applied = -1;
    private final java.util.concurrent.atomic.AtomicLong committedUpTo = new java.util.concurrent.atomic.AtomicLong(-1);
    private volatile ScheduledExecutorService poller;

    /**
     * @param name names the follower thread ({@code name-follower}) and log lines
     * @param maximumSize values held at most (0: none)
     */
    public ChangeFollowingCache(
            String name, int maximumSize, Duration pollInterval, ChangeLog changeLog, Invalidation invalidation) {
        this.name = name;
        this.maximumSize = Math.max(0, maximumSize);
        this.pollInterval = pollInterval;
        this.changeLog = changeLog;
        this.invalidation = invalidation;
        this.values = Caffeine.newBuilder().maximumSize(this.maximumSize).build();
    }

    /**
     * The values for these ids (ids the loader does not know are left out); what is not held is read with the loader,
     * which returns values by id.
     */
    public Map<String, V> get(Collection<String> ids, Function<List<String>, Map<String, V>> loader) {
        return get(ids, value -> true, loader);
    }

    /**
     * As {@link #get(Collection, Function)}, but a held value that is not {@code fresh} (built on something that has
     * changed since, known to the owner only) is read again and replaced.
     */
    public Map<String, V> get(
            Collection<String> ids,
            java.util.function.Predicate<? super V> fresh,
            Function<List<String>, Map<String, V>> loader) {
        Map<String, V> found = new HashMap<>();
        List<String> missing = new java.util.ArrayList<>();
        for (String id : ids) {
            V value = values.getIfPresent(id);
            if (value != null && fresh.test(value)) {
                found.put(id, value);
            } else if (!found.containsKey(id)) {
                missing.add(id);
            }
        }
        if (missing.isEmpty()) {
            return found;
        }
        if (!following() || maximumSize == 0) {
            found.putAll(loader.apply(missing));
            return found;
        }
        Map<String, Long> seen = new HashMap<>();
        missing.forEach(id -> seen.put(id, generations.get(stripe(id))));
        loader.apply(missing).forEach((id, value) -> {
            found.put(id, value);
            Long generation = seen.get(id);
            if (generation != null) {
                values.asMap().compute(id, (key, held) -> generations.get(stripe(key)) == generation ? value : held);
            }
        });
        return found;
    }

    /** A write through this application committed: drops what it made stale now. */
    public void committed(GraphChanged change) {
        try {
            drop(change.operation(), change.ids());
        } catch (RuntimeException e) {
            // The write has committed: its caller must not see it fail. Nothing held can be trusted now.
            log.warn("{} could not tell what a write made stale; dropping what it holds", name, e);
            dropAll();
        }
        if (change.sequence() > applied) {
            droppedAtCommit.add(change.sequence());
        }
        committedUpTo.accumulateAndGet(change.sequence(), Math::max);
    }

    /**
     * The change-log sequence this cache is true to: this application's writes as they commit, other instances' as
     * followed. Read from the change log while the cache does not follow it.
     */
    public long sequence() {
        return following() ? Math.max(applied, committedUpTo.get()) : changeLog.currentSequence();
    }

    private void drop(String operation, List<String> ids) {
        Collection<String> stale = invalidation.stale(operation, ids);
        if (stale == null) {
            dropAll();
            return;
        }
        for (String id : stale) {
            generations.incrementAndGet(stripe(id));
            values.invalidate(id);
        }
    }

    /** Drops every value (and any read in flight). */
    public void dropAll() {
        for (int i = 0; i < STRIPES; i++) {
            generations.incrementAndGet(i);
        }
        values.invalidateAll();
    }

    /** Reads the change log from where this cache stands and drops what the changes named make stale. */
    public void follow() {
        follow(changeLog.currentSequence());
    }

    /**
     * The background look: against the head as read in the last moments by any cache ({@link
     * ChangeLog#recentSequence()}), so that caches polling several times a second share one read of it.
     */
    private void followRecent() {
        follow(applied < 0 ? changeLog.currentSequence() : changeLog.recentSequence());
    }

    private void follow(long head) {
        long from = applied;
        if (from < 0) {
            applied = head;
            return;
        }
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
                // Dropping a write of this application again would only throw away what was read since.
                if (!droppedAtCommit.remove(record.sequence())) {
                    drop(record.operation(), record.ids());
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

    /** Starts following the change log from its current head. */
    public void start() {
        follow();
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, name + "-follower");
            thread.setDaemon(true);
            return thread;
        });
        long interval = Math.max(10, pollInterval.toMillis());
        executor.scheduleWithFixedDelay(this::poll, interval, interval, TimeUnit.MILLISECONDS);
        poller = executor;
    }

    private void poll() {
        try {
            followRecent();
        } catch (RuntimeException e) {
            // Until the change log can be read again nothing held can be trusted.
            dropAll();
            if (poller == null || Thread.currentThread().isInterrupted()) {
                log.debug("{} stopped while reading the change log", name, e); // shutting down: nothing went wrong
            } else {
                log.warn("{} could not read the change log; dropping what it holds", name, e);
            }
        }
    }

    /** Stops following and drops everything. */
    public void stop() {
        ScheduledExecutorService executor = poller;
        poller = null;
        dropAll();
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    public boolean isRunning() {
        return poller != null;
    }
}
