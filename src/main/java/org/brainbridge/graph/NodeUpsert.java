package org.brainbridge.graph;

import java.util.Map;

/**
 * Create or update one node. {@code properties} holds the values to set; a key mapped to {@code null} removes
 * that property; keys not present are left as they are.
 */
public record NodeUpsert(String id, Map<String, Object> properties, Provenance provenance) {}
