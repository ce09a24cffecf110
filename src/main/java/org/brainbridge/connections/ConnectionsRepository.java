package org.brainbridge.connections;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.brainbridge.graph.GraphGateway;
import org.brainbridge.graph.model.NodeKind;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/** The graph side of the connection finder: endpoints, hub statistics and the bounded shortest-path search. */
@Repository
class ConnectionsRepository {

    private static final String ENDPOINTS = """
            UNWIND $ids AS id
            MATCH (n:Entity {id: id})
            RETURN n.id AS id, labels(n) AS labels,
                   (NOT n:Talent OR (n.consentToMatch = true AND coalesce(n.optedOut, false) = false)) AS walkable
            """;

    private static final String HUB_DEGREE = """
            MATCH (n:Entity)
            RETURN percentileDisc(COUNT { (n)--() }, $percentile) AS degree
            """;

    // Roots of the region, chain, technology and policy trees: they have parts but belong to nothing.
    private static final String ROOTS = """
            MATCH (n:Entity)
            WHERE EXISTS { (n)<-[:PART_OF|BROADER]-(:Entity) } AND NOT EXISTS { (n)-[:PART_OF|BROADER]->(:Entity) }
            RETURN collect(n.id) AS ids
            """;

    /*
     * SHORTEST 2 GROUPS: every path of the shortest hop count and of the next one, found by Neo4j's bidirectional
     * search from both bound ends. The inline predicate prunes while expanding: a step never enters a hub, a
     * hierarchy root or a talent who has not agreed to be matched (the far end itself excepted), and never walks a
     * hierarchy edge. The upper bound is a literal (quantifiers take no parameters) from 1 to 4, set by the service.
     */
    private static final String PATHS = """
            MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
            MATCH p = SHORTEST 2 GROUPS (a) (()-[r]-(x:Entity)
                  WHERE NOT type(r) IN $notWalked
                    AND (x = b OR (COUNT { (x)--() } <= $hubDegree
                                   AND NOT x.id IN $blocked
                                   AND (NOT x:Talent
                                        OR (x.consentToMatch = true AND coalesce(x.optedOut, false) = false))))
                  ){1,%d} (b)
            WITH p LIMIT $candidates
            RETURN [n IN nodes(p) | {id: n.id, labels: labels(n), name: n.name, nameEn: n.nameEn,
                                     degree: COUNT { (n)--() }}] AS nodes,
                   [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id}] AS rels
            """;

    private final GraphGateway gateway;

    ConnectionsRepository(GraphGateway gateway) {
        this.gateway = gateway;
    }

    /** The endpoints that exist, by id, each with its kind and whether a path may touch it. */
    Map<String, Endpoint> endpoints(List<String> ids) {
        return gateway.query(ENDPOINTS, Map.of("ids", ids)).stream()
                .map(ConnectionsRepository::endpoint)
                .collect(java.util.stream.Collectors.toMap(Endpoint::id, e -> e, (a, b) -> a));
    }

    int hubDegree(double percentile) {
        Value degree = gateway.query(HUB_DEGREE, Map.of("percentile", percentile))
                .getFirst()
                .get("degree");
        return degree.isNull() ? 0 : degree.asInt();
    }

    List<String> hierarchyRoots() {
        return gateway.query(ROOTS, Map.of()).getFirst().get("ids").asList(Value::asString);
    }

    List<RawPath> paths(String from, String to, int maxHops, HubRule.Limits limits, int candidates) {
        Map<String, Object> parameters = Map.of(
                "from",
                from,
                "to",
                to,
                "notWalked",
                List.copyOf(Strength.NOT_WALKED),
                "hubDegree",
                limits.hubDegree(),
                "blocked",
                List.copyOf(limits.blocked()),
                "candidates",
                candidates);
        return gateway.query(PATHS.formatted(maxHops), parameters).stream()
                .map(ConnectionsRepository::path)
                .toList();
    }

    private static Endpoint endpoint(Record row) {
        return new Endpoint(
                row.get("id").asString(),
                kind(row.get("labels").asList(Value::asString)),
                row.get("walkable").asBoolean());
    }

    private static RawPath path(Record row) {
        List<RawNode> nodes = row.get("nodes")
                .asList(n -> new RawNode(
                        n.get("id").asString(),
                        kind(n.get("labels").asList(Value::asString)),
                        n.get("name").isNull() ? null : n.get("name").asString(),
                        n.get("nameEn").isNull() ? null : n.get("nameEn").asString(),
                        n.get("degree").asInt()));
        List<RawRelationship> relationships = row.get("rels")
                .asList(r -> new RawRelationship(
                        r.get("type").asString(),
                        r.get("from").asString(),
                        r.get("to").asString()));
        return new RawPath(nodes, relationships);
    }

    private static NodeKind kind(List<String> labels) {
        return labels.stream()
                .map(NodeKind::byLabel)
                .flatMap(Optional::stream)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("A domain node without a kind label: " + labels));
    }

    /** An endpoint asked about. */
    record Endpoint(String id, NodeKind kind, boolean walkable) {}

    /** A node of a path as read. */
    record RawNode(String id, NodeKind kind, String name, String nameEn, int degree) {}

    /** A relationship of a path as read, with its ends in graph direction. */
    record RawRelationship(String type, String from, String to) {}

    /** A path as read: n + 1 nodes, n relationships. */
    record RawPath(List<RawNode> nodes, List<RawRelationship> relationships) {}
}
