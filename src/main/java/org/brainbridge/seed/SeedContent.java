package org.brainbridge.seed;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brainbridge.graph.NodeUpsert;
import org.brainbridge.graph.RelationshipUpsert;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.graph.model.RelType;

/** What a seed folder holds once read: rows per kind and type, and everything found wrong with them. */
final class SeedContent {

    final Map<NodeKind, List<NodeUpsert>> nodes = new EnumMap<>(NodeKind.class);
    final Map<RelType, List<Located<RelationshipUpsert>>> relationships = new EnumMap<>(RelType.class);
    final Map<String, NodeKind> declared = new HashMap<>();
    final Set<String> skippedIds = new HashSet<>();
    final List<SeedProblem> problems = new ArrayList<>();
    int files;
    int skippedRows;

    void node(NodeKind kind, NodeUpsert row) {
        nodes.computeIfAbsent(kind, k -> new ArrayList<>()).add(row);
    }

    void relationship(RelType type, Located<RelationshipUpsert> row) {
        relationships.computeIfAbsent(type, k -> new ArrayList<>()).add(row);
    }

    int nodeRows() {
        return nodes.values().stream().mapToInt(List::size).sum();
    }

    int relationshipRows() {
        return relationships.values().stream().mapToInt(List::size).sum();
    }

    /** A row with where it came from, for errors found after reading (missing endpoints). */
    record Located<T>(T row, String file, long line) {}
}
