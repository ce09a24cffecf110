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

    /**
     * The path from the source through its neighbour {@code mine} and, when that is another node, the candidate's
     * neighbour {@code theirs} ({@code link} between them), to the candidate.
     */
    static MatchPath meeting(
            Profile source,
            Profile candidate,
            NodeKind kind,
            Profile.Reached mine,
            Profile.Reached theirs,
            String link,
            MatchFactor factor) {
        PathSteps steps = new PathSteps(source);
        steps.through(mine.via());
        steps.to(mine.id(), kind, mine.name(), mine.rel());
        if (!mine.id().equals(theirs.id())) {
            steps.to(theirs.id(), kind, theirs.name(), link);
        }
        steps.back(theirs.via(), theirs.rel());
        steps.to(
                candidate.id(),
                candidate.kind(),
                candidate.name(),
                theirs.via() == null ? theirs.rel() : theirs.via().rel());
        return steps.path(factor, false);
    }

    MatchPath path(MatchFactor factor, boolean inferred) {
        return new MatchPath(factor, List.copyOf(nodes), List.copyOf(rels), inferred);
    }
}
