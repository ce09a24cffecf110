package org.brainbridge.catalog;

import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.graph.model.RelType;

/**
 * A typed relationship field of a node type in the schema, for example {@code Enterprise.technologies}:
 * the relationship type and direction that back it, the kind at the other end ({@code null}: any kind) and
 * whether it is a list.
 */
record RelationField(NodeKind owner, String field, RelType type, Direction direction, NodeKind target, boolean many) {

    /** The data loader that batches this field across a request. */
    String loaderName() {
        return "relation:" + owner.label() + "." + field;
    }
}
