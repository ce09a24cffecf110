package org.brainbridge.catalog;

import java.util.List;
import java.util.Map;
import org.brainbridge.graph.GraphNode;
import org.brainbridge.graph.Provenance;

/** One relationship of a node, seen from that node (the schema's {@code NeighbourEdge} before presentation). */
record NeighbourEdge(
        String type,
        Direction direction,
        GraphNode node,
        Map<String, Object> properties,
        List<Provenance> provenance) {}
