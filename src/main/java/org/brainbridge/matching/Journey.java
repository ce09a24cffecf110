package org.brainbridge.matching;

import java.util.List;
import java.util.Set;
import org.brainbridge.graph.model.NodeKind;

/** The matchmaking journeys: who asks (the source kinds) and what is proposed (the target kinds). */
public enum Journey {
    /** Investor → projects and enterprises. */
    INVESTOR(Set.of(NodeKind.INVESTOR), List.of(NodeKind.PROJECT, NodeKind.ENTERPRISE), "investorId"),
    /** Institution (lab, university, hospital) → industrial partners. */
    PARTNER(Set.of(NodeKind.INSTITUTION), List.of(NodeKind.ENTERPRISE), "institutionId"),
    /** Enterprise → institutions. */
    INSTITUTION(Set.of(NodeKind.ENTERPRISE), List.of(NodeKind.INSTITUTION), "enterpriseId"),
    /** Position → talent. */
    CANDIDATE(Set.of(NodeKind.POSITION), List.of(NodeKind.TALENT), "positionId"),
    /** Talent → positions. */
    POSITION(Set.of(NodeKind.TALENT), List.of(NodeKind.POSITION), "talentId"),
    /** Any matchable actor → the actors of its kind most like it. */
    SIMILAR(
            Set.of(
                    NodeKind.ENTERPRISE,
                    NodeKind.INSTITUTION,
                    NodeKind.INVESTOR,
                    NodeKind.PROJECT,
                    NodeKind.TALENT,
                    NodeKind.POSITION),
            List.of(),
            "id");

    private final Set<NodeKind> sources;
    private final List<NodeKind> targets;
    private final String argument;

    Journey(Set<NodeKind> sources, List<NodeKind> targets, String argument) {
        this.sources = sources;
        this.targets = targets;
        this.argument = argument;
    }

    public Set<NodeKind> sources() {
        return sources;
    }

    /** The kinds proposed for a source of this kind (for {@link #SIMILAR}: the source's own kind). */
    public List<NodeKind> targets(NodeKind source) {
        return targets.isEmpty() ? List.of(source) : targets;
    }

    /** The GraphQL argument naming the source, for error messages. */
    public String argument() {
        return argument;
    }

    /** Whether the position–talent rules apply (skill coverage, gaps, degree and experience). */
    boolean staffing() {
        return this == CANDIDATE || this == POSITION;
    }
}
