package org.brainbridge.graph;

import java.util.Map;

/** Create or update the one relationship of a type between two nodes; properties as in {@link NodeUpsert}. */
public record RelationshipUpsert(String from, String to, Map<String, Object> properties, Provenance provenance) {}
