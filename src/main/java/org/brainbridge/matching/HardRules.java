package org.brainbridge.matching;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.brainbridge.graph.model.NodeKind;

/**
 * The rules applied before any scoring: never the source itself, never a node of its own organisation, never a pair
 * that already met, declined or declared a conflict of interest (between the two or their organisations), never an
 * actor that opted out (or whose organisation did), never talent without consent to be matched.
 */
final class HardRules {

    private HardRules() {}

    static boolean allows(Profile source, Profile candidate, List<NodeKind> targets) {
        if (!targets.contains(candidate.kind()) || candidate.id().equals(source.id()) || !matchable(candidate)) {
            return false;
        }
        Set<String> theirs = new HashSet<>(candidate.orgIds());
        theirs.add(candidate.id());
        Set<String> mine = new HashSet<>(source.orgIds());
        mine.add(source.id());
        // The same organisation: shared ids (an enterprise and its own project or position, a colleague).
        for (String id : theirs) {
            if (mine.contains(id)) {
                return false;
            }
        }
        // Records are read for the actor and its organisations, so checking one side covers both directions.
        for (String id : theirs) {
            if (source.records().contains(id)) {
                return false;
            }
        }
        for (String id : mine) {
            if (candidate.records().contains(id)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the actor may be proposed at all. */
    static boolean matchable(Profile p) {
        if (p.flag("optedOut") || p.orgs().stream().anyMatch(o -> o.optedOut() && !o.id().equals(p.id()))) {
            return false;
        }
        return p.kind() != NodeKind.TALENT || p.flag("consentToMatch");
    }
}
