package org.brainbridge.catalog;

/** Which way a relationship points, seen from the node asked about (as in the schema). */
enum Direction {
    OUT,
    IN,
    BOTH
}
