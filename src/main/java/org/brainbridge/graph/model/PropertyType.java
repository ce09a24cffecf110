package org.brainbridge.graph.model;

/** How a CSV cell is parsed and how the value is stored in the graph. */
public enum PropertyType {
    /** Free text. */
    STRING,
    /** Several free-text values, separated by {@code |} in a cell. */
    STRING_LIST,
    /** A whole number. */
    INTEGER,
    /** A decimal number. */
    FLOAT,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** An ISO date, {@code yyyy-MM-dd}. */
    DATE,
    /** One code from a fixed vocabulary. */
    CODE,
    /** Several codes from a fixed vocabulary, separated by {@code |}. */
    CODE_LIST;

    public boolean isList() {
        return this == STRING_LIST || this == CODE_LIST;
    }

    public boolean isCoded() {
        return this == CODE || this == CODE_LIST;
    }
}
