package org.brainbridge.policy;

import java.util.List;
import org.brainbridge.graph.GraphNode;

/** A measure judged for an actor: the status of its best route, and every route with its criteria. */
public record MeasureMatch(GraphNode measure, int number, MatchStatus status, List<RouteMatch> routes) {

    public String measureId() {
        return measure.id();
    }
}
