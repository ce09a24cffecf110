package org.brainbridge.graph;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The change log every graph write appends to in its own transaction. Search follows it to stay in step;
 * history and audit will read it. Sequences are taken from one counter node, whose lock serialises writers,
 * so sequence order is commit order.
 */
@Component
public class ChangeLog {

    private static final String APPEND = """
            MERGE (s:System:Sequence {name: 'changes'})
              ON CREATE SET s.value = 0
            SET s.value = s.value + 1
            CREATE (c:System:ChangeRecord {
              seq: s.value, op: $op, kind: $kind, ids: $ids, actor: $actor, job: $job, at: datetime()})
            RETURN c.seq AS seq
            """;

    private static final String AFTER = """
            MATCH (c:ChangeRecord) WHERE c.seq > $after
            RETURN c ORDER BY c.seq LIMIT $limit
            """;

    private static final String CURRENT = """
            OPTIONAL MATCH (s:Sequence {name: 'changes'})
            RETURN coalesce(s.value, 0) AS seq
            """;

    // The graph's identity lives on the sequence node: a derived index built from another graph (a replaced store,
    // another database) sees a different id and rebuilds instead of trusting its sequence.
    private static final String IDENTITY = """
            MERGE (s:System:Sequence {name: 'changes'})
              ON CREATE SET s.value = 0
            SET s.graphId = coalesce(s.graphId, randomUUID())
            RETURN s.graphId AS graphId
            """;

    private static final String PRUNE = """
            MATCH (c:ChangeRecord) WHERE c.seq < $below
            WITH c LIMIT 10000
            DETACH DELETE c
            RETURN count(*) AS pruned
            """;

    /** How old a head handed out by {@link #recentSequence()} may be. */
    static final long RECENT_NANOS = 200_000_000L;

    private final GraphGateway gateway;
    private final LongSupplier clock;
    private volatile Head recent;

    @Autowired
    ChangeLog(GraphGateway gateway) {
        this(gateway, System::nanoTime);
    }

    ChangeLog(GraphGateway gateway, LongSupplier clock) {
        this.gateway = gateway;
        this.clock = clock;
    }

    long append(GraphGateway.Tx tx, String operation, String kind, List<String> ids, ChangeMeta meta) {
        return tx.single(
                        APPEND,
                        Map.of(
                                "op", operation,
                                "kind", kind,
                                "ids", ids,
                                "actor", meta.actor(),
                                "job", meta.job()))
                .get("seq")
                .asLong();
    }

    /** Entries after a sequence, oldest first. */
    public List<ChangeRecord> after(long sequence, int limit) {
        return gateway.query(AFTER, Map.of("after", sequence, "limit", limit)).stream()
                .map(ChangeLog::toRecord)
                .toList();
    }

    /** The sequence of the last committed entry, 0 when there is none. */
    public long currentSequence() {
        return gateway.query(CURRENT, Map.of()).getFirst().get("seq").asLong();
    }

    /**
     * The sequence of the last committed entry as read at most {@link #RECENT_NANOS} ago, shared by every caller: for
     * the caches that look for other instances' writes several times a second. Each look was a read transaction of its
     * own (polling is most of what an idle portal spends: 200–270 ms of CPU a second, 30 with every poll slowed to
     * 10 s). A cache that
     * sees a head a little old sees the newer entries at its next look; this application's own writes reach the caches
     * at commit, not through the log.
     */
    public long recentSequence() {
        long now = clock.getAsLong();
        Head head = recent;
        if (head != null && now - head.readAt() < RECENT_NANOS) {
            return head.sequence();
        }
        long sequence = currentSequence();
        recent = new Head(sequence, now);
        return sequence;
    }

    private record Head(long sequence, long readAt) {}

    /** A stable id of this graph (created on first use), to tell whether a derived index was built from it. */
    public String graphId() {
        return gateway.write(tx -> tx.single(IDENTITY, Map.of())).get("graphId").asString();
    }

    /** Deletes entries below a sequence every reader has applied; returns how many. */
    public long pruneBelow(long sequence) {
        long total = 0;
        long pruned;
        do {
            pruned = gateway.write(tx -> tx.single(PRUNE, Map.of("below", sequence)))
                    .get("pruned")
                    .asLong();
            total += pruned;
        } while (pruned > 0);
        return total;
    }

    private static ChangeRecord toRecord(Record record) {
        var c = record.get("c").asNode();
        return new ChangeRecord(
                c.get("seq").asLong(),
                c.get("op").asString(),
                c.get("kind").asString(),
                c.get("ids").asList(v -> v.asString()),
                c.get("actor").asString(),
                c.get("job").asString(),
                c.get("at").asZonedDateTime(ZonedDateTime.now()));
    }
}
