package org.brainbridge.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.graph.model.RelType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The one write path. Every change to the graph (seed, import, edit, merge, delete) goes through here and is
 * recorded in the {@link ChangeLog} in the same transaction: one record per batch, naming the ids touched.
 */
@Service
public class GraphWriter {

    /** Rows per transaction: large enough for UNWIND to pay off, small enough to keep transactions short. */
    public static final int BATCH_SIZE = 5_000;

    // Keeps one provenance entry per (source, file): an existing entry is confirmed, its first record kept.
    private static final String PROVENANCE = """
            WITH %1$s, row, coalesce(%1$s._provKey, []) AS keys
            WITH %1$s, row, keys, [i IN range(0, size(keys) - 1) WHERE keys[i] = row.prov.key][0] AS at
            SET %1$s._provKey = CASE WHEN at IS NULL THEN keys + row.prov.key ELSE keys END,
                %1$s._provSource = CASE WHEN at IS NULL THEN coalesce(%1$s._provSource, []) + row.prov.source
                  ELSE %1$s._provSource END,
                %1$s._provOrigin = CASE WHEN at IS NULL THEN coalesce(%1$s._provOrigin, []) + row.prov.origin
                  ELSE [i IN range(0, size(keys) - 1) | CASE WHEN i = at THEN row.prov.origin ELSE %1$s._provOrigin[i] END] END,
                %1$s._provRef = CASE WHEN at IS NULL THEN coalesce(%1$s._provRef, []) + row.prov.reference
                  ELSE [i IN range(0, size(keys) - 1) | CASE WHEN i = at THEN row.prov.reference ELSE %1$s._provRef[i] END] END,
                %1$s._provRecorded = CASE WHEN at IS NULL THEN coalesce(%1$s._provRecorded, []) + row.prov.recordedAt
                  ELSE %1$s._provRecorded END,
                %1$s._provConfirmed = CASE WHEN at IS NULL THEN coalesce(%1$s._provConfirmed, []) + row.prov.confirmedAt
                  ELSE [i IN range(0, size(keys) - 1) | CASE WHEN i = at THEN row.prov.confirmedAt ELSE %1$s._provConfirmed[i] END] END
            """;

    // The label and type are parameters (dynamic labels, Neo4j 5.26+) so that one plan serves every kind; their
    // values come from NodeKind and RelType, never from input.
    private static final String UPSERT_NODES = """
            UNWIND $rows AS row
            MERGE (n:Entity {id: row.id})
              ON CREATE SET n._createdAt = datetime()
            SET n:$($label), n += row.properties, n._updatedAt = datetime()
            """ + PROVENANCE.formatted("n");

    private static final String UPSERT_RELATIONSHIPS = """
            UNWIND $rows AS row
            MATCH (a:Entity {id: row.from})
            MATCH (b:Entity {id: row.to})
            MERGE (a)-[r:$($type)]->(b)
            SET r += row.properties
            """ + PROVENANCE.formatted("r");

    // Returns the neighbours first: their documents (which copy names of neighbours) must be refreshed too.
    private static final String DELETE_NODES = """
            UNWIND $ids AS id
            MATCH (n:Entity {id: id})
            OPTIONAL MATCH (n)--(m:Entity)
            WITH n, collect(DISTINCT m.id) AS neighbours
            DETACH DELETE n
            RETURN neighbours
            """;

    private static final String EXISTING = """
            UNWIND $ids AS id
            MATCH (n:Entity {id: id})
            RETURN n.id AS id
            """;

    private static final String COUNT = "MATCH (n:Entity) RETURN count(n) AS count";

    private final GraphGateway gateway;
    private final ChangeLog changeLog;
    private final ApplicationEventPublisher events;

    GraphWriter(GraphGateway gateway, ChangeLog changeLog, ApplicationEventPublisher events) {
        this.gateway = gateway;
        this.changeLog = changeLog;
        this.events = events;
    }

    /** Creates or updates nodes of one kind, in batches; returns the sequence of the last change record. */
    public long upsertNodes(NodeKind kind, List<NodeUpsert> rows, ChangeMeta meta) {
        long sequence = 0;
        for (List<NodeUpsert> batch : batches(rows)) {
            List<Map<String, Object>> parameters = batch.stream()
                    .map(row -> Map.<String, Object>of(
                            "id", row.id(), "properties", row.properties(), "prov", provenance(row.provenance())))
                    .toList();
            List<String> ids = batch.stream().map(NodeUpsert::id).toList();
            sequence = gateway.write(tx -> {
                tx.run(UPSERT_NODES, Map.of("rows", parameters, "label", kind.label()));
                return changeLog.append(tx, GraphChanged.UPSERT_NODES, kind.label(), ids, meta);
            });
            events.publishEvent(new GraphChanged(sequence, GraphChanged.UPSERT_NODES, ids));
        }
        return sequence;
    }

    /** Creates or updates relationships of one type, in batches; both ends must exist. */
    public long upsertRelationships(RelType type, List<RelationshipUpsert> rows, ChangeMeta meta) {
        long sequence = 0;
        for (List<RelationshipUpsert> batch : batches(rows)) {
            List<Map<String, Object>> parameters = batch.stream()
                    .map(row -> Map.<String, Object>of(
                            "from", row.from(),
                            "to", row.to(),
                            "properties", row.properties(),
                            "prov", provenance(row.provenance())))
                    .toList();
            Set<String> ids = new LinkedHashSet<>();
            batch.forEach(row -> {
                ids.add(row.from());
                ids.add(row.to());
            });
            sequence = gateway.write(tx -> {
                tx.run(UPSERT_RELATIONSHIPS, Map.of("rows", parameters, "type", type.type()));
                return changeLog.append(tx, GraphChanged.UPSERT_RELATIONSHIPS, type.type(), List.copyOf(ids), meta);
            });
            events.publishEvent(new GraphChanged(sequence, GraphChanged.UPSERT_RELATIONSHIPS, List.copyOf(ids)));
        }
        return sequence;
    }

    /**
     * Deletes nodes and their relationships. The change record is the tombstone: it names the deleted ids first,
     * then the neighbours that lost a relationship (a reader tells them apart by whether the node still exists).
     */
    public long deleteNodes(List<String> ids, ChangeMeta meta) {
        long sequence = 0;
        for (List<String> batch : batches(ids)) {
            Set<String> touched = new LinkedHashSet<>(batch);
            sequence = gateway.write(tx -> {
                touched.retainAll(batch); // a retried transaction starts again from the batch
                tx.list(DELETE_NODES, Map.of("ids", batch))
                        .forEach(r -> touched.addAll(r.get("neighbours").asList(v -> v.asString())));
                return changeLog.append(tx, GraphChanged.DELETE_NODES, NodeKind.ENTITY, List.copyOf(touched), meta);
            });
            events.publishEvent(new GraphChanged(sequence, GraphChanged.DELETE_NODES, List.copyOf(touched)));
        }
        return sequence;
    }

    /** Which of the given ids already exist as domain nodes. */
    public Set<String> existingIds(Collection<String> ids) {
        Set<String> found = new LinkedHashSet<>();
        for (List<String> batch : batches(List.copyOf(ids))) {
            gateway.query(EXISTING, Map.of("ids", batch))
                    .forEach(r -> found.add(r.get("id").asString()));
        }
        return found;
    }

    /** Domain nodes in the graph. */
    public long countEntities() {
        return gateway.query(COUNT, Map.of()).getFirst().get("count").asLong();
    }

    private static Map<String, Object> provenance(Provenance p) {
        Map<String, Object> map = new HashMap<>();
        map.put("key", p.key());
        map.put("source", p.source());
        map.put("origin", p.origin());
        map.put("reference", p.reference() == null ? "" : p.reference());
        map.put("recordedAt", p.recordedAt());
        map.put("confirmedAt", p.confirmedAt());
        return map;
    }

    private static <T> List<List<T>> batches(List<T> rows) {
        List<List<T>> batches = new ArrayList<>();
        for (int i = 0; i < rows.size(); i += BATCH_SIZE) {
            batches.add(rows.subList(i, Math.min(rows.size(), i + BATCH_SIZE)));
        }
        return batches;
    }
}
