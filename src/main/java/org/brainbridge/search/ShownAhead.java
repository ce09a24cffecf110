package org.brainbridge.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.brainbridge.graph.ChangeRecord;

/** Nodes changed after a batch was read, to show ahead of its fan-out; {@code upTo} is the last change looked at. */
record ShownAhead(List<String> ids, long upTo) {

    /**
     * The nodes the upserts among {@code changes} wrote. Each change is looked at once, so a node that changes again
     * during a long fan-out is shown again, with its latest name. None when a tree node is among them: the batch that
     * reaches it rewrites it with its subtree.
     */
    static ShownAhead of(List<ChangeRecord> changes, long after) {
        Set<String> ids = new LinkedHashSet<>();
        long upTo = after;
        for (ChangeRecord change : changes) {
            upTo = Math.max(upTo, change.sequence());
            if (change.operation().equals("upsert-nodes")) {
                ids.addAll(change.ids());
            }
        }
        return new ShownAhead(ids.stream().anyMatch(Indexer::isTreeNode) ? List.of() : List.copyOf(ids), upTo);
    }
}
