package org.brainbridge.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.brainbridge.graph.GraphGateway;
import org.brainbridge.graph.GraphNode;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.support.Page;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/** Reads nodes, pages of nodes, relationship fields in batches and neighbourhoods. */
@Repository
class CatalogRepository {

    /** A to-many field returns at most this many nodes per source node. */
    static final int RELATED_LIMIT = 500;

    private static final String BY_IDS = """
            UNWIND $ids AS id
            MATCH (n:Entity {id: id})
            RETURN n
            """;

    private static final String PAGE = """
            MATCH (n:%s)
            WHERE ($after IS NULL OR n.id > $after)%s
            RETURN n ORDER BY n.id LIMIT $limit
            """;

    private static final String COUNT = """
            MATCH (n:%s)
            WHERE true%s
            RETURN count(n) AS total
            """;

    private static final String RELATED = """
            UNWIND $ids AS id
            MATCH (n:Entity {id: id})%s(m:%s)
            WITH id, r, m ORDER BY coalesce(r.order, 2147483647), m.id
            WITH id, collect(m)[..$limit] AS related
            RETURN id, related
            """;

    private static final String NEIGHBOURS = """
            MATCH (n:Entity {id: $id})
            OPTIONAL MATCH (n)-[r]-(m:Entity)
            WHERE ($types IS NULL OR type(r) IN $types)
              AND ($direction = 'BOTH' OR ($direction = 'OUT') = (startNode(r) = n))
            WITH n, r, m ORDER BY type(r), coalesce(r.order, 2147483647), m.id
            WITH n, collect(CASE WHEN r IS NULL THEN null ELSE {r: r, m: m, out: startNode(r) = n} END) AS found
            RETURN n, found[..$first] AS edges, size(found) AS total
            """;

    private final GraphGateway gateway;

    CatalogRepository(GraphGateway gateway) {
        this.gateway = gateway;
    }

    Optional<GraphNode> byId(String id) {
        return byIds(List.of(id)).stream().findFirst();
    }

    List<GraphNode> byIds(Collection<String> ids) {
        return gateway.query(BY_IDS, Map.of("ids", List.copyOf(ids))).stream()
                .map(r -> GraphNode.from(r.get("n").asNode()))
                .toList();
    }

    Page.Slice<GraphNode> page(NodeKind kind, FilterClauses filter, Page page) {
        Map<String, Object> parameters = new HashMap<>(filter.parameters());
        parameters.put("after", page.afterId());
        parameters.put("limit", page.first() + 1);
        String pageQuery = PAGE.formatted(kind.label(), filter.where());
        String countQuery = COUNT.formatted(kind.label(), filter.where());
        return gateway.read(tx -> {
            List<GraphNode> rows = tx.list(pageQuery, parameters).stream()
                    .map(r -> GraphNode.from(r.get("n").asNode()))
                    .toList();
            int total = tx.single(countQuery, parameters).get("total").asInt();
            return page.slice(rows, GraphNode::id, total);
        });
    }

    /** The nodes at the other end of a relationship field, for every source id, in one statement. */
    Map<String, List<GraphNode>> related(RelationField field, Collection<String> ids) {
        String pattern = switch (field.direction()) {
            case OUT -> "-[r:%s]->".formatted(field.type().type());
            case IN -> "<-[r:%s]-".formatted(field.type().type());
            case BOTH -> "-[r:%s]-".formatted(field.type().type());
        };
        String label = field.target() == null ? NodeKind.ENTITY : field.target().label();
        Map<String, List<GraphNode>> related = new LinkedHashMap<>();
        ids.forEach(id -> related.put(id, List.of()));
        gateway.query(RELATED.formatted(pattern, label), Map.of("ids", List.copyOf(ids), "limit", RELATED_LIMIT))
                .forEach(r ->
                        related.put(r.get("id").asString(), r.get("related").asList(v -> GraphNode.from(v.asNode()))));
        return related;
    }

    Optional<NeighbourRows> neighbours(String id, List<String> types, Direction direction, int first) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", id);
        parameters.put("types", types);
        parameters.put("direction", direction.name());
        parameters.put("first", first);
        List<Record> records = gateway.query(NEIGHBOURS, parameters);
        if (records.isEmpty()) {
            return Optional.empty();
        }
        Record record = records.getFirst();
        List<NeighbourEdge> edges = new ArrayList<>();
        for (Value edge : record.get("edges").values()) {
            var relationship = edge.get("r").asRelationship();
            Map<String, Object> properties = new LinkedHashMap<>();
            relationship.keys().forEach(key -> {
                if (!key.startsWith("_")) {
                    properties.put(key, relationship.get(key).asObject());
                }
            });
            edges.add(new NeighbourEdge(
                    relationship.type(),
                    edge.get("out").asBoolean() ? Direction.OUT : Direction.IN,
                    GraphNode.from(edge.get("m").asNode()),
                    properties,
                    GraphNode.provenanceOf(relationship::get)));
        }
        return Optional.of(new NeighbourRows(
                GraphNode.from(record.get("n").asNode()),
                edges,
                record.get("total").asInt()));
    }

    /** A neighbourhood as read, before presentation. */
    record NeighbourRows(GraphNode center, List<NeighbourEdge> edges, int totalCount) {}
}
