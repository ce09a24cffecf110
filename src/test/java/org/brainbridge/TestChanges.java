package org.brainbridge;

import java.util.Map;
import org.brainbridge.graph.ChangeMeta;
import org.brainbridge.graph.NodeUpsert;
import org.brainbridge.graph.Provenance;
import org.brainbridge.graph.RelationshipUpsert;

/**
 * What a test that writes to the shared graph writes with: its change metadata and provenance (named after the test,
 * so that its changes can be told apart in the change log), and nodes and relationships carrying them.
 */
public record TestChanges(ChangeMeta meta, Provenance provenance) {

    /** Changes made by the named test. */
    public static TestChanges by(String test) {
        return new TestChanges(
                new ChangeMeta(test, test),
                new Provenance("test", test, null, "2026-11-29T00:00:00Z", "2026-11-29T00:00:00Z"));
    }

    /** A node with this name. */
    public NodeUpsert node(String id, String name) {
        return node(id, Map.of("name", name));
    }

    /** A node with these properties. */
    public NodeUpsert node(String id, Map<String, Object> properties) {
        return new NodeUpsert(id, properties, provenance);
    }

    /** A relationship without properties. */
    public RelationshipUpsert link(String from, String to) {
        return link(from, to, Map.of());
    }

    /** A relationship with these properties. */
    public RelationshipUpsert link(String from, String to, Map<String, Object> properties) {
        return new RelationshipUpsert(from, to, properties, provenance);
    }
}
