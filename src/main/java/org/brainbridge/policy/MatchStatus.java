package org.brainbridge.policy;

/** How a measure (or one route of it) stands for an actor. */
public enum MatchStatus {
    /** Every criterion holds, except perhaps inferred ones the data cannot judge. */
    APPLIES,
    /** Nothing fails, but at least one explicit criterion cannot be judged from the data. */
    POSSIBLY,
    /** At least one criterion fails. */
    DOES_NOT_APPLY;

    /** The better of two statuses: a measure applies as well as its best route. */
    MatchStatus or(MatchStatus other) {
        return ordinal() <= other.ordinal() ? this : other;
    }
}
