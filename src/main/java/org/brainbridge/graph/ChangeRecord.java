package org.brainbridge.graph;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * One entry of the change log: a batch of changes written in one transaction.
 *
 * @param sequence monotonic, in commit order
 * @param operation {@code upsert-nodes}, {@code upsert-relationships} or {@code delete-nodes}
 * @param kind the node label or relationship type the batch wrote
 * @param ids the node ids touched (both ends for relationships; tombstones for deletions)
 */
public record ChangeRecord(
        long sequence, String operation, String kind, List<String> ids, String actor, String job, ZonedDateTime at) {}
