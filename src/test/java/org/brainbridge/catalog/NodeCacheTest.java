package org.brainbridge.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.brainbridge.IntegrationTest;
import org.brainbridge.TestChanges;
import org.brainbridge.graph.ChangeLog;
import org.brainbridge.graph.ChangeMeta;
import org.brainbridge.graph.GraphChanged;
import org.brainbridge.graph.GraphGateway;
import org.brainbridge.graph.GraphNode;
import org.brainbridge.graph.GraphWriter;
import org.brainbridge.graph.model.NodeKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Nodes held in memory never outlive a write: not one made here, not one made elsewhere, not one a read raced. */
@IntegrationTest
class NodeCacheTest {

    private static final TestChanges CHANGES = TestChanges.by("node-cache-test");
    private static final ChangeMeta META = CHANGES.meta();
    private static final String ID = "ent-test-node-cache";

    @Autowired
    CatalogService catalog;

    @Autowired
    GraphWriter writer;

    @Autowired
    GraphGateway gateway;

    @Autowired
    ChangeLog changeLog;

    @Autowired
    CatalogRepository repository;

    @AfterEach
    void cleanUp() {
        writer.deleteNodes(List.of(ID), META);
    }

    @Test
    void aNodeReadAgainComesFromMemory() {
        rename("初名");
        assertThat(catalog.node(ID)).map(GraphNode::name).contains("初名");
        try (var recorder = gateway.record()) {
            assertThat(catalog.node(ID)).map(GraphNode::name).contains("初名");
            assertThat(catalog.nodesById(List.of(ID)))
                    .extracting(GraphNode::name)
                    .containsExactly("初名");
            assertThat(recorder.requestStatements()).isEmpty();
        }
    }

    @Test
    void aWriteThroughThisApplicationIsSeenByTheNextRead() {
        rename("旧名");
        assertThat(catalog.node(ID)).map(GraphNode::name).contains("旧名");
        rename("新名");
        assertThat(catalog.node(ID)).map(GraphNode::name).contains("新名");
        writer.deleteNodes(List.of(ID), META);
        assertThat(catalog.node(ID)).isEmpty();
    }

    @Test
    void aWriteMadeElsewhereIsSeenOnceTheChangeLogIsFollowed() {
        // A second cache stands for another instance: this application's writes reach it through the change log only.
        NodeCache elsewhere = new NodeCache(changeLog, new CatalogProperties(100, Duration.ofHours(1)));
        elsewhere.start();
        try {
            rename("旧名");
            assertThat(names(elsewhere)).containsExactly("旧名");
            rename("新名");
            assertThat(names(elsewhere)).as("not yet followed").containsExactly("旧名");
            elsewhere.follow();
            assertThat(names(elsewhere)).containsExactly("新名");
        } finally {
            elsewhere.stop();
        }
    }

    @Test
    void aReadThatRacedAWriteDoesNotKeepWhatItRead() {
        NodeCache cache = new NodeCache(changeLog, new CatalogProperties(100, Duration.ofHours(1)));
        cache.start();
        try {
            GraphNode before = node("写前");
            // The write commits (and drops the id) while the read is between the graph and the cache.
            assertThat(cache.get(List.of(ID), ids -> {
                        cache.committed(new GraphChanged(1, GraphChanged.UPSERT_NODES, ids));
                        return List.of(before);
                    }))
                    .containsExactly(before);
            List<String> loaded = new ArrayList<>();
            GraphNode after = node("写后");
            assertThat(cache.get(List.of(ID), ids -> {
                        loaded.addAll(ids);
                        return List.of(after);
                    }))
                    .containsExactly(after);
            assertThat(loaded).as("read from the graph again").containsExactly(ID);
        } finally {
            cache.stop();
        }
    }

    @Test
    void aCacheOfSizeZeroReadsEveryTime() {
        NodeCache cache = new NodeCache(changeLog, new CatalogProperties(0, Duration.ofHours(1)));
        cache.start();
        try {
            List<String> loaded = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                cache.get(List.of(ID), ids -> {
                    loaded.addAll(ids);
                    return List.of(node("名"));
                });
            }
            assertThat(loaded).containsExactly(ID, ID);
        } finally {
            cache.stop();
        }
    }

    private List<String> names(NodeCache cache) {
        return cache.get(List.of(ID), repository::byIds).stream()
                .map(GraphNode::name)
                .toList();
    }

    private void rename(String name) {
        writer.upsertNodes(NodeKind.ENTERPRISE, List.of(CHANGES.node(ID, name)), META);
    }

    private static GraphNode node(String name) {
        return new GraphNode(ID, NodeKind.ENTERPRISE, Map.of("id", ID, "name", name), List.of());
    }
}
