package org.brainbridge.matching;

import java.util.ArrayList;
import java.util.List;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.matching.Match.MatchPath;
import org.brainbridge.matching.Match.PathNode;

/** Builds a path from the source, step by step. */
final class PathSteps {
    private final List<PathNode> nodes = new ArrayList<>();
    private final List<String> rels = new ArrayList<>();

    PathSteps(Profile source) {
        nodes.add(new PathNode(source.id(), source.kind(), source.name()));
    }

    void to(String id, NodeKind kind, String name, String rel) {
        nodes.add(new PathNode(id, kind, name));
        rels.add(rel);
    }

    /** A step out through an intermediate node (the source's product, patent, person …), if any. */
    void through(Profile.Via via) {
        if (via != null) {
            to(via.id(), via.kind(), via.name(), via.rel());
        }
    }

    /** A step back to the candidate's intermediate node, if any; the candidate itself follows. */
    void back(Profile.Via via, String rel) {
        if (via != null) {
            to(via.id(), via.kind(), via.name(), rel);
        }
    }

    MatchPath path(MatchFactor factor, boolean inferred) {
        return new MatchPath(factor, List.copyOf(nodes), List.copyOf(rels), inferred);
    }
}
