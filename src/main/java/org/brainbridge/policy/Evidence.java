package org.brainbridge.policy;

import org.brainbridge.graph.model.NodeKind;

/**
 * A graph fact behind an outcome: the node and the part it plays (region, technology, product …). Never a talent,
 * so no personal name travels here.
 */
public record Evidence(String id, NodeKind kind, String name, String role) {}
