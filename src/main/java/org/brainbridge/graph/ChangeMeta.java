package org.brainbridge.graph;

/**
 * Who makes a change and as part of what.
 *
 * @param actor the user or system component (for example {@code seed})
 * @param job the job the change belongs to (for example a seed load id), so a job's changes can be found together
 */
public record ChangeMeta(String actor, String job) {}
