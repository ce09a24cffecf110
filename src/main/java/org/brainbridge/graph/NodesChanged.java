package org.brainbridge.graph;

import java.util.List;

/**
 * Published in this application after a write that created, updated or deleted nodes has committed: lets what this
 * instance keeps in memory drop those nodes at once instead of at its next look at the change log. Other instances
 * learn of the change from the change log only.
 *
 * @param sequence the change-log sequence of the batch
 * @param ids the nodes whose properties changed or that were deleted (and, for a deletion, their neighbours)
 */
public record NodesChanged(long sequence, List<String> ids) {}
