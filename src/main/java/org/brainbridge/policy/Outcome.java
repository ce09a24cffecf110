package org.brainbridge.policy;

/** Whether an actor meets one criterion, as far as the graph can tell. */
public enum Outcome {
    /** The graph holds a fact that satisfies the criterion. */
    MET,
    /** The graph holds the facts the criterion is about, and none satisfies it. */
    NOT_MET,
    /** The graph holds no fact it is about, or the text gives nothing checkable (「符合条件的」). */
    UNKNOWN
}
