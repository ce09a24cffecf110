package org.brainbridge.policy;

import java.util.List;
import org.brainbridge.graph.GraphNode;

/** A measure judged for an actor: the status of its best route, and every route with its criteria. */
public record MeasureMatch(GraphNode measure, int number, MatchStatus status, List<RouteMatch> routes) {

    public String measureId() {
        return measure.id();
    }

    /**
     * Hashed by measure: a checklist's batch loaders key their maps by match, and hashing every route, criterion and
     * evidence node of each was a measurable part of a checklist's time. Equal matches have the same measure, so this
     * agrees with the record's {@code equals}.
     */
    @Override
    public int hashCode() {
        return measure.id().hashCode();
    }
}
