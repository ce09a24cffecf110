package org.brainbridge.connections;

import java.util.Map;
import java.util.Set;

/**
 * How much one relationship says about how two actors are connected. A path costs the sum of its relationships'
 * costs, so a path of concrete ties (invested in, collaborates with, works at …) ranks before one of the same length
 * through shared topics, and shared topics before shared places or chain segments.
 */
public enum Strength {
    /** A tie between actors or their own things: investment, collaboration, employment, ownership, supply. */
    CONCRETE(1.0),
    /** A shared topic: both develop, research, use or focus on the same technology or scenario. */
    TOPICAL(1.5),
    /** A shared place or position in a classification: located in, in chain segment, targets region. */
    STRUCTURAL(2.0);

    /**
     * Hierarchy edges are never walked: "both are narrower than the same technology" or "both are parts of the same
     * province" connects everything and says nothing.
     */
    static final Set<String> NOT_WALKED = Set.of("PART_OF", "BROADER", "OVERLAPS");

    private static final Map<String, Strength> BY_TYPE = Map.ofEntries(
            Map.entry("INVESTED_IN", CONCRETE),
            Map.entry("COLLABORATES_WITH", CONCRETE),
            Map.entry("WORKS_AT", CONCRETE),
            Map.entry("OWNS", CONCRETE),
            Map.entry("LICENSED_TO", CONCRETE),
            Map.entry("SUPPLIES", CONCRETE),
            Map.entry("AFFILIATED_WITH", CONCRETE),
            Map.entry("RUNS", CONCRETE),
            Map.entry("LEADS", CONCRETE),
            Map.entry("MAKES", CONCRETE),
            Map.entry("TRIALS_AT", CONCRETE),
            Map.entry("POSTS", CONCRETE),
            Map.entry("RESPONSIBLE_FOR", CONCRETE),
            Map.entry("LOCATED_IN", STRUCTURAL),
            Map.entry("IN_SEGMENT", STRUCTURAL),
            Map.entry("TARGETS_REGION", STRUCTURAL),
            Map.entry("APPLIES_IN", STRUCTURAL));

    private final double cost;

    Strength(double cost) {
        this.cost = cost;
    }

    double cost() {
        return cost;
    }

    /** Types not listed (topics, and any type added to the model later) count as topical. */
    static Strength of(String type) {
        return BY_TYPE.getOrDefault(type, TOPICAL);
    }
}
