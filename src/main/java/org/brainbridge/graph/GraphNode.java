package org.brainbridge.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.brainbridge.graph.model.NodeKind;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

/**
 * A domain node as read from the graph: its id, kind, properties (system properties left out) and provenance.
 * Values are plain Java: String, Long, Double, Boolean, List.
 */
public record GraphNode(String id, NodeKind kind, Map<String, Object> properties, List<Provenance> provenance) {

    /** Maps a driver node; properties starting with {@code _} are system bookkeeping and stay behind. */
    public static GraphNode from(Node node) {
        NodeKind kind = kindOf(node.labels());
        Map<String, Object> properties = new java.util.LinkedHashMap<>();
        for (String key : node.keys()) {
            if (!key.startsWith("_")) {
                properties.put(key, node.get(key).asObject());
            }
        }
        return new GraphNode(
                node.get("id").asString(), kind, Collections.unmodifiableMap(properties), provenanceOf(node::get));
    }

    public Object property(String key) {
        return properties.get(key);
    }

    public String name() {
        Object name = properties.get("name");
        return name == null ? id : name.toString();
    }

    public boolean illustrative() {
        return Boolean.TRUE.equals(properties.get("illustrative"));
    }

    static NodeKind kindOf(Iterable<String> labels) {
        for (String label : labels) {
            var kind = NodeKind.byLabel(label);
            if (kind.isPresent()) {
                return kind.get();
            }
        }
        throw new IllegalStateException("A domain node without a kind label: " + labels);
    }

    /** Reads the parallel provenance lists of a node or relationship. */
    public static List<Provenance> provenanceOf(java.util.function.Function<String, Value> get) {
        List<String> sources = strings(get.apply("_provSource"));
        List<String> origins = strings(get.apply("_provOrigin"));
        List<String> references = strings(get.apply("_provRef"));
        List<String> recorded = strings(get.apply("_provRecorded"));
        List<String> confirmed = strings(get.apply("_provConfirmed"));
        List<Provenance> provenance = new ArrayList<>(sources.size());
        for (int i = 0; i < sources.size(); i++) {
            provenance.add(new Provenance(
                    sources.get(i), at(origins, i), at(references, i), at(recorded, i), at(confirmed, i)));
        }
        return List.copyOf(provenance);
    }

    private static List<String> strings(Value value) {
        return value == null || value.isNull() ? List.of() : value.asList(Value::asString);
    }

    private static String at(List<String> values, int i) {
        if (i >= values.size() || values.get(i).isEmpty()) {
            return null;
        }
        return values.get(i);
    }
}
