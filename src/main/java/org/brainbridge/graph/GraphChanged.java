package org.brainbridge.graph;

import java.util.List;

/**
 * Published in this application after a write has committed: lets what this instance keeps in memory drop what the
 * write made stale at once instead of at its next look at the change log. Other instances learn of the change from the
 * change log only.
 *
 * @param sequence the change-log sequence of the batch
 * @param operation what the batch did: {@link #UPSERT_NODES}, {@link #UPSERT_RELATIONSHIPS} or {@link #DELETE_NODES},
 *     as the change log records it
 * @param ids the ids the change log names: the nodes written; both ends of the relationships written; the nodes deleted
 *     and their former neighbours
 */
public record GraphChanged(long sequence, String operation, List<String> ids) {

    public static final String UPSERT_NODES = "upsert-nodes";
    public static final String UPSERT_RELATIONSHIPS = "upsert-relationships";
    public static final String DELETE_NODES = "delete-nodes";
}
