package org.brainbridge.policy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.brainbridge.graph.GraphGateway;
import org.brainbridge.graph.GraphNode;
import org.brainbridge.support.CypherFiles;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/** Reads for policy matching: an actor's facts, a policy's measures, and their bodies and support in batches. */
@Repository
class PolicyMatchRepository {

    private static final String ACTOR_FACTS = CypherFiles.load("policy/actor-facts.cypher");

    private static final String MEASURES = """
            MATCH (p:Entity {id: $policyId})
            OPTIONAL MATCH (m:Measure)-[:PART_OF]->(:PolicySection)-[:PART_OF]->(p)
            WITH p, m ORDER BY m.number
            RETURN p, collect(m) AS measures
            """;

    private static final String BODIES = """
            UNWIND $ids AS id
            MATCH (m:Entity {id: id})<-[r:RESPONSIBLE_FOR]-(b:ResponsibleBody)
            WITH id, b ORDER BY r.order
            RETURN id, collect(b) AS bodies
            """;

    private static final String SUPPORT = """
            UNWIND $ids AS id
            MATCH (m:Entity {id: id})-[r:OFFERS|NAMES_PROGRAMME]->(x)
            RETURN id, type(r) AS type, r.quote AS quote, x
            """;

    private static final String REACHING_FACTS = """
            UNWIND $ids AS id
            MATCH (n:Entity {id: id})--(m:Entity)
            OPTIONAL MATCH (m)<-[:MAKES|RUNS]-(o:Entity)
            RETURN collect(DISTINCT m.id) + collect(DISTINCT o.id) AS ids
            """;

    private final GraphGateway gateway;

    PolicyMatchRepository(GraphGateway gateway) {
        this.gateway = gateway;
    }

    Optional<ActorFacts> facts(String id) {
        List<Record> rows = gateway.query(ACTOR_FACTS, Map.of("id", id));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Record row = rows.getFirst();
        return Optional.of(new ActorFacts(
                GraphNode.from(row.get("a").asNode()),
                row.get("places")
                        .asList(v -> new ActorFacts.Place(
                                v.get("id").asString(),
                                v.get("name").asString(),
                                v.get("within").asList(PolicyMatchRepository::named),
                                v.get("overlappedBy").asList(PolicyMatchRepository::named))),
                distinctTrees(row.get("technologies")),
                distinct(row.get("scenarios")
                        .asList(v -> new ActorFacts.Scenario(
                                v.get("id").asString(), v.get("name").asString(), text(v.get("domain"))))),
                distinctTrees(row.get("segments")),
                row.get("products")
                        .asList(v -> new ActorFacts.Product(
                                v.get("id").asString(),
                                v.get("name").asString(),
                                text(v.get("deviceClass")),
                                text(v.get("registrationStatus")),
                                text(v.get("clinicalTrialPhase")))),
                row.get("trials")
                        .asList(v -> new ActorFacts.Trial(
                                v.get("subjectId").asString(),
                                v.get("subjectName").asString(),
                                v.get("siteId").asString(),
                                v.get("siteName").asString())),
                row.get("ledProjects").asList(PolicyMatchRepository::named)));
    }

    /**
     * Whose facts the given nodes can be part of besides their own: their neighbours, and whoever makes or runs one
     * of those (a product's trial site is two steps from its maker).
     */
    List<String> reachingFacts(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return gateway.query(REACHING_FACTS, Map.of("ids", List.copyOf(ids)))
                .getFirst()
                .get("ids")
                .asList(Value::asString);
    }

    /** The policy and its measures in number order, or empty when there is no such policy. */
    Optional<PolicyMeasures> measures(String policyId) {
        List<Record> rows = gateway.query(MEASURES, Map.of("policyId", policyId));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Record row = rows.getFirst();
        return Optional.of(new PolicyMeasures(
                GraphNode.from(row.get("p").asNode()), row.get("measures").asList(v -> GraphNode.from(v.asNode()))));
    }

    Map<String, List<GraphNode>> bodies(Collection<String> measureIds) {
        Map<String, List<GraphNode>> bodies = new HashMap<>();
        for (Record row : gateway.query(BODIES, Map.of("ids", List.copyOf(measureIds)))) {
            bodies.put(row.get("id").asString(), row.get("bodies").asList(v -> GraphNode.from(v.asNode())));
        }
        return bodies;
    }

    Map<String, List<SupportOffer>> support(Collection<String> measureIds) {
        Map<String, List<SupportOffer>> support = new HashMap<>();
        for (Record row : gateway.query(SUPPORT, Map.of("ids", List.copyOf(measureIds)))) {
            support.computeIfAbsent(row.get("id").asString(), k -> new ArrayList<>())
                    .add(new SupportOffer(
                            GraphNode.from(row.get("x").asNode()),
                            row.get("type").asString(),
                            text(row.get("quote"))));
        }
        return support;
    }

    private static ActorFacts.Named named(Value v) {
        return new ActorFacts.Named(v.get("id").asString(), v.get("name").asString());
    }

    private static String text(Value v) {
        return v == null || v.isNull() ? null : v.asString();
    }

    private static List<ActorFacts.Tree> distinctTrees(Value list) {
        Map<String, ActorFacts.Tree> byId = new LinkedHashMap<>();
        for (Value v : list.values()) {
            byId.putIfAbsent(
                    v.get("id").asString(),
                    new ActorFacts.Tree(
                            v.get("id").asString(),
                            v.get("name").asString(),
                            v.get("up").asList(Value::asString)));
        }
        return List.copyOf(byId.values());
    }

    private static List<ActorFacts.Scenario> distinct(List<ActorFacts.Scenario> scenarios) {
        Map<String, ActorFacts.Scenario> byId = new LinkedHashMap<>();
        scenarios.forEach(s -> byId.putIfAbsent(s.id(), s));
        return List.copyOf(byId.values());
    }

    /** A policy and its measures. */
    record PolicyMeasures(GraphNode policy, List<GraphNode> measures) {}
}
