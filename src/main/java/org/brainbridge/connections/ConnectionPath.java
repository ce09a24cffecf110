package org.brainbridge.connections;

import java.util.List;
import org.brainbridge.graph.model.NodeKind;

/**
 * One path between two nodes, as the schema's {@code ConnectionPath}.
 *
 * @param key the node ids along the path, joined; also the pagination cursor
 * @param nodes the nodes in path order, from the first endpoint to the second (names as this viewer may see them)
 * @param steps the relationships in path order; step i joins node i and node i + 1
 * @param cost the sum of the steps' costs (see {@link Strength}); lower is more meaningful
 */
public record ConnectionPath(
        String key, List<Node> nodes, List<Step> steps, double cost, String descriptionZh, String descriptionEn) {

    public int length() {
        return steps.size();
    }

    public List<String> nodeIds() {
        return nodes.stream().map(Node::id).toList();
    }

    /** A node on the path: enough to describe it; the full node is batch loaded through the catalog. */
    public record Node(String id, NodeKind kind, String name, String nameEn, int degree) {}

    /**
     * A relationship on the path.
     *
     * @param forward true when it points along the path (from node i to node i + 1)
     * @param fromId the node it starts at, in the graph
     * @param toId the node it ends at, in the graph
     */
    public record Step(
            String type,
            String labelZh,
            String labelEn,
            boolean forward,
            String fromId,
            String toId,
            Strength strength) {}
}
