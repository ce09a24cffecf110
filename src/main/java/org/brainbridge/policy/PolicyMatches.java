package org.brainbridge.policy;

import java.util.List;
import org.brainbridge.graph.GraphNode;

/** Every measure of a policy judged for one actor, in measure order. */
public record PolicyMatches(GraphNode actor, GraphNode policy, List<MeasureMatch> measures) {

    /** How many measures have the status. */
    public int count(MatchStatus status) {
        return (int) measures.stream().filter(m -> m.status() == status).count();
    }
}
