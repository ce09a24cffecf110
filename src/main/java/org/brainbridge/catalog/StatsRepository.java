package org.brainbridge.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.brainbridge.graph.GraphGateway;
import org.brainbridge.graph.GraphNode;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.support.CypherFiles;
import org.springframework.stereotype.Repository;

/** Counts for the home page. Per-label counts come from Neo4j's count store, so they stay cheap at any size. */
@Repository
class StatsRepository {

    // One UNION branch per kind; the labels come from NodeKind, never from input.
    private static final String BY_KIND = Arrays.stream(NodeKind.values())
            .map(k -> "MATCH (n:%s) RETURN '%s' AS label, count(n) AS count".formatted(k.label(), k.label()))
            .collect(Collectors.joining("\nUNION ALL\n"));

    private static final String RELATIONSHIPS = "MATCH ()-[r]->() RETURN count(r) AS count";

    private static final String BY_REGION = CypherFiles.load("catalog/stats-by-region.cypher");
    private static final String BY_SEGMENT = CypherFiles.load("catalog/stats-by-segment.cypher");

    private final GraphGateway gateway;

    StatsRepository(GraphGateway gateway) {
        this.gateway = gateway;
    }

    Map<NodeKind, Integer> countsByKind() {
        return gateway.query(BY_KIND, Map.of()).stream()
                .collect(Collectors.toMap(
                        r -> NodeKind.byLabel(r.get("label").asString()).orElseThrow(),
                        r -> r.get("count").asInt(),
                        Integer::sum,
                        () -> new java.util.EnumMap<>(NodeKind.class)));
    }

    int relationships() {
        return gateway.query(RELATIONSHIPS, Map.of()).getFirst().get("count").asInt();
    }

    List<Stats.RegionCount> byRegion(String regionId) {
        return gateway.query(BY_REGION, Map.of("regionId", regionId)).stream()
                .map(r -> new Stats.RegionCount(
                        GraphNode.from(r.get("region").asNode()),
                        r.get("count").asInt(),
                        r.get("enterprises").asInt()))
                .toList();
    }

    List<Stats.SegmentCount> bySegment() {
        return gateway.query(BY_SEGMENT, Map.of()).stream()
                .map(r -> new Stats.SegmentCount(
                        GraphNode.from(r.get("segment").asNode()),
                        r.get("tier").isNull() ? null : r.get("tier").asString(),
                        r.get("parentId").isNull() ? null : r.get("parentId").asString(),
                        r.get("enterprises").asInt(),
                        r.get("products").asInt()))
                .toList();
    }
}
