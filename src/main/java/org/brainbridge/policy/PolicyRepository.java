package org.brainbridge.policy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.brainbridge.graph.GraphGateway;
import org.brainbridge.graph.GraphNode;
import org.springframework.stereotype.Repository;

/** Policy-specific reads: a measure by its number, and who is responsible for what. */
@Repository
class PolicyRepository {

    private static final String MEASURE_BY_NUMBER = """
            MATCH (p:Policy) WHERE $policyId IS NULL OR p.id = $policyId
            WITH p ORDER BY p.id LIMIT 1
            MATCH (m:Measure)-[:PART_OF]->(:PolicySection)-[:PART_OF]->(p)
            WHERE m.number = $number
            RETURN m
            """;

    private static final String RESPONSIBILITIES = """
            MATCH (p:Policy) WHERE $policyId IS NULL OR p.id = $policyId
            WITH p ORDER BY p.id LIMIT 1
            MATCH (b:ResponsibleBody)-[:RESPONSIBLE_FOR]->(m:Measure)-[:PART_OF]->(:PolicySection)-[:PART_OF]->(p)
            WITH b, m ORDER BY m.number
            WITH b, collect(m) AS measures
            RETURN b, measures ORDER BY size(measures) DESC, b.id
            """;

    private final GraphGateway gateway;

    PolicyRepository(GraphGateway gateway) {
        this.gateway = gateway;
    }

    Optional<GraphNode> measureByNumber(int number, String policyId) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("number", number);
        parameters.put("policyId", policyId);
        return gateway.query(MEASURE_BY_NUMBER, parameters).stream()
                .findFirst()
                .map(r -> GraphNode.from(r.get("m").asNode()));
    }

    List<Responsibility> responsibilities(String policyId) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("policyId", policyId);
        return gateway.query(RESPONSIBILITIES, parameters).stream()
                .map(r -> new Responsibility(
                        GraphNode.from(r.get("b").asNode()), r.get("measures").asList(v -> GraphNode.from(v.asNode()))))
                .toList();
    }

    /** The schema's {@code Responsibility}. */
    record Responsibility(GraphNode body, List<GraphNode> measures) {}
}
