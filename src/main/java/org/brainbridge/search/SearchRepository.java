package org.brainbridge.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.brainbridge.graph.GraphGateway;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.graph.model.PropertySpec;
import org.brainbridge.support.CypherFiles;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/** Reads what the index keeps of nodes, and pages through every node id for a rebuild. */
@Repository
class SearchRepository {

    private static final String DOCUMENTS = CypherFiles.load("search/documents.cypher");
    private static final String NEIGHBOUR_IDS = CypherFiles.load("search/neighbour-ids.cypher");
    private static final String TREES = CypherFiles.load("search/trees.cypher");
    private static final String SUBTREE_MEMBERS = CypherFiles.load("search/subtree-members.cypher");
    private static final String COUNT = "MATCH (n:Entity) RETURN count(n) AS count";
    private static final String IDS_AFTER = """
            MATCH (n:Entity) WHERE n.id > $after
            RETURN n.id AS id ORDER BY n.id LIMIT $limit
            """;

    private final GraphGateway gateway;

    SearchRepository(GraphGateway gateway) {
        this.gateway = gateway;
    }

    /** The documents of these nodes; the trees come from {@link #trees()} (load once per batch or rebuild). */
    List<IndexedNode> documents(Collection<String> ids, Trees trees) {
        return gateway.query(DOCUMENTS, Map.of("ids", List.copyOf(ids))).stream()
                .map(record -> toIndexed(record, trees))
                .toList();
    }

    Trees trees() {
        Trees trees = new Trees();
        gateway.query(TREES, Map.of())
                .forEach(r -> trees.add(
                        r.get("id").asString(),
                        r.get("name").isNull() ? null : r.get("name").asString(),
                        r.get("otherNames").asList(Value::asString),
                        r.get("parents").asList(Value::asString),
                        r.get("overlaps").asList(Value::asString)));
        return trees;
    }

    List<String> neighbourIds(Collection<String> ids) {
        return gateway.query(NEIGHBOUR_IDS, Map.of("ids", List.copyOf(ids))).stream()
                .map(r -> r.get("id").asString())
                .toList();
    }

    /** Nodes whose filter values go through these tree nodes; at most {@code limit}. */
    List<String> subtreeMembers(Collection<String> ids, int limit) {
        return gateway.query(SUBTREE_MEMBERS, Map.of("ids", List.copyOf(ids), "limit", limit)).stream()
                .map(r -> r.get("id").asString())
                .toList();
    }

    /**
     * Pages through every node id in id order, handing on each page as a reader of its documents: the rebuild's scan.
     * Whoever takes a page reads it, so that several threads can read and index pages at once. Returns the number of
     * nodes.
     */
    int scan(int pageSize, java.util.function.Consumer<java.util.function.Supplier<List<IndexedNode>>> pages) {
        Trees trees = trees();
        int count = 0;
        String after = "";
        List<String> ids;
        while (!(ids = idsAfter(after, pageSize)).isEmpty()) {
            List<String> page = ids;
            pages.accept(() -> documents(page, trees));
            count += ids.size();
            after = ids.getLast();
        }
        return count;
    }

    int countNodes() {
        return gateway.query(COUNT, Map.of()).getFirst().get("count").asInt();
    }

    List<String> idsAfter(String after, int limit) {
        return gateway.query(IDS_AFTER, Map.of("after", after, "limit", limit)).stream()
                .map(r -> r.get("id").asString())
                .toList();
    }

    private static IndexedNode toIndexed(Record record, Trees trees) {
        Value node = record.get("n");
        NodeKind kind = kindOf(record.get("labels").asList(Value::asString));
        String id = node.get("id").asString();
        List<String> regions = trees.regionsWithAncestorsAndZones(
                kind == NodeKind.REGION ? List.of(id) : strings(record.get("regions")));
        List<String> technologies =
                trees.withAncestors(kind == NodeKind.TECHNOLOGY ? List.of(id) : strings(record.get("technologies")));
        List<String> segments =
                trees.withAncestors(kind == NodeKind.CHAIN_SEGMENT ? List.of(id) : strings(record.get("segments")));
        List<String> neighbourNames = new ArrayList<>(strings(record.get("neighbourNames")));
        if (kind != NodeKind.REGION) {
            // 「南昌」 finds an enterprise registered in one of Nanchang's counties.
            regions.stream()
                    .map(trees::name)
                    .filter(n -> n != null && !neighbourNames.contains(n))
                    .forEach(neighbourNames::add);
        }
        // The topics a node is about: its technologies and chain segments with their broader ones (a tree node's own
        // name is already among its names).
        List<String> topics = new ArrayList<>();
        for (String topic : concat(technologies, segments)) {
            if (!topic.equals(id)) {
                trees.names(topic).stream().filter(t -> !topics.contains(t)).forEach(topics::add);
            }
        }
        List<String> names = new ArrayList<>();
        String display;
        if (kind.nameIsPersonal()) {
            display = text(node, "headline", node.get("id").asString());
            names.add(display);
        } else {
            display = text(node, "name", node.get("id").asString());
            names.add(display);
            addIfPresent(names, node, "nameEn");
            addIfPresent(names, node, "shortName");
            addIfPresent(names, node, "title");
            if (!node.get("aliases").isNull()) {
                names.addAll(node.get("aliases").asList(Value::asString));
            }
        }
        List<String> texts = new ArrayList<>();
        for (String key : List.of("description", "descriptionEn", "text", "field", "headline", "number")) {
            if (!(kind.nameIsPersonal() && key.equals("headline"))) {
                addIfPresent(texts, node, key);
            }
        }
        return new IndexedNode(
                node.get("id").asString(),
                kind,
                display,
                names,
                texts,
                neighbourNames,
                topics,
                regions,
                technologies,
                segments,
                codes(node, kind == NodeKind.INVESTOR ? "stages" : "stage"),
                codes(node, "qualifications"),
                codes(node, "deviceClass"),
                record.get("degree").asInt(),
                completeness(record.get("keys").asList(Value::asString), kind));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static NodeKind kindOf(List<String> labels) {
        for (String label : labels) {
            var kind = NodeKind.byLabel(label);
            if (kind.isPresent()) {
                return kind.get();
            }
        }
        throw new IllegalStateException("A domain node without a kind label: " + labels);
    }

    /** The share of the kind's (non-personal) properties this node fills in, from the keys it has. */
    private static float completeness(List<String> keys, NodeKind kind) {
        List<PropertySpec> public_ =
                kind.properties().stream().filter(p -> !kind.isPersonal(p)).toList();
        long filled = public_.stream().filter(p -> keys.contains(p.key())).count();
        return public_.isEmpty() ? 0 : (float) filled / public_.size();
    }

    private static List<String> codes(Value node, String key) {
        Value value = node.get(key);
        if (value.isNull()) {
            return List.of();
        }
        return value.hasType(org.neo4j.driver.types.TypeSystem.getDefault().LIST())
                ? value.asList(Value::asString)
                : List.of(value.asString());
    }

    private static List<String> strings(Value value) {
        return value.isNull()
                ? List.of()
                : value.asList(v -> v.isNull() ? "" : v.asString()).stream()
                        .filter(s -> !s.isBlank())
                        .toList();
    }

    private static String text(Value node, String key, String fallback) {
        Value value = node.get(key);
        return value.isNull() ? fallback : value.asString();
    }

    private static void addIfPresent(List<String> into, Value node, String key) {
        Value value = node.get(key);
        if (!value.isNull()) {
            into.add(
                    value.hasType(org.neo4j.driver.types.TypeSystem.getDefault().LIST())
                            ? String.join(" ", value.asList(Value::asString))
                            : value.asObject().toString());
        }
    }
}
