package org.brainbridge.search;

import java.util.List;
import org.brainbridge.graph.model.NodeKind;

/**
 * What the index keeps of a node: its names and texts, the names of its important neighbours, and the ids it can be
 * filtered and faceted by (each with all its ancestors, so a filter on a province or a broad technology matches).
 * A person's name is never here: talent are indexed by their headline. {@code topics} are the names (with English
 * names and aliases) of the node's technologies and chain segments and of their broader ones.
 */
record IndexedNode(
        String id,
        NodeKind kind,
        String displayName,
        List<String> names,
        List<String> texts,
        List<String> neighbourNames,
        List<String> topics,
        List<String> regions,
        List<String> technologies,
        List<String> segments,
        List<String> stages,
        List<String> qualifications,
        List<String> deviceClasses,
        int degree,
        float completeness) {}
