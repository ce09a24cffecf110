package org.brainbridge.graph;

/**
 * Where a fact comes from. A node or relationship keeps one entry per (source, file): loading the same file
 * again confirms the entry instead of adding one.
 *
 * @param source who or what states the fact
 * @param origin where it was loaded from: {@code file#row}, or another origin such as {@code graphql:editNode}
 * @param reference where inside the source: a quoted span, a link, a page; may be empty
 * @param recordedAt when it was first recorded (ISO-8601)
 * @param confirmedAt when it was last confirmed (ISO-8601)
 */
public record Provenance(String source, String origin, String reference, String recordedAt, String confirmedAt) {

    /** The key that makes a second load of the same file confirm, not duplicate, an entry. */
    String key() {
        int hash = origin.indexOf('#');
        return source + "|" + (hash < 0 ? origin : origin.substring(0, hash));
    }
}
