package org.brainbridge.catalog;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.brainbridge.graph.ChangeFollowingCache;
import org.brainbridge.graph.ChangeLog;
import org.brainbridge.graph.GraphChanged;
import org.brainbridge.graph.GraphNode;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Nodes by id kept in memory: every page of search hits, suggestions, matches and connections shows nodes by id, and
 * reading ten of them through Bolt costs more than finding them. Kept true to the graph by a
 * {@link ChangeFollowingCache}: a node is dropped when a write names it. A relationship batch changes no node's
 * properties or provenance, so it drops nothing.
 */
@Component
class NodeCache implements SmartLifecycle {

    private final ChangeFollowingCache<GraphNode> nodes;

    NodeCache(ChangeLog changeLog, CatalogProperties properties) {
        this.nodes = new ChangeFollowingCache<>(
                "node-cache",
                properties.nodeCacheSize(),
                properties.changePollInterval(),
                changeLog,
                (operation, ids) -> operation.equals(GraphChanged.UPSERT_RELATIONSHIPS) ? List.of() : ids);
    }

    /** The nodes for these ids (unknown ids left out, no order promised); what is not held is read with the loader. */
    List<GraphNode> get(Collection<String> ids, Function<List<String>, List<GraphNode>> loader) {
        return List.copyOf(nodes.get(
                        ids,
                        missing -> loader.apply(missing).stream()
                                .collect(Collectors.toMap(GraphNode::id, Function.identity(), (a, b) -> a)))
                .values());
    }

    @EventListener
    void committed(GraphChanged change) {
        nodes.committed(change);
    }

    /** Reads the change log from where this cache stands and drops the nodes it names. */
    void follow() {
        nodes.follow();
    }

    @Override
    public void start() {
        nodes.start();
    }

    @Override
    public void stop() {
        nodes.stop();
    }

    @Override
    public boolean isRunning() {
        return nodes.isRunning();
    }
}
