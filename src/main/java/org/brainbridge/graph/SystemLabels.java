package org.brainbridge.graph;

/**
 * Labels of system nodes. They never carry {@link org.brainbridge.graph.model.NodeKind#ENTITY}, so counts,
 * browsing, export and wipe, which all match on the entity label, never touch them.
 */
public final class SystemLabels {

    /** Every system node carries it. */
    public static final String SYSTEM = "System";
    /** A change-log entry. */
    public static final String CHANGE_RECORD = "ChangeRecord";
    /** A named counter. */
    public static final String SEQUENCE = "Sequence";

    private SystemLabels() {}
}
