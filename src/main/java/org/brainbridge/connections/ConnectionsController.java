package org.brainbridge.connections;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.brainbridge.catalog.CatalogService;
import org.brainbridge.graph.GraphNode;
import org.brainbridge.support.Page;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The {@code connections} query; the nodes of every path on a page are loaded in one catalog read. */
@Controller
class ConnectionsController {

    private final ConnectionsService service;
    private final CatalogService catalog;

    ConnectionsController(ConnectionsService service, CatalogService catalog) {
        this.service = service;
        this.catalog = catalog;
    }

    @QueryMapping
    Connections connections(
            @Argument String fromId,
            @Argument String toId,
            @Argument Integer maxHops,
            @Argument Integer first,
            @Argument String after) {
        return service.connections(fromId, toId, maxHops, first, after);
    }

    @BatchMapping(typeName = "ConnectionPath", field = "nodes")
    Map<ConnectionPath, List<GraphNode>> nodes(List<ConnectionPath> paths) {
        Set<String> ids = new LinkedHashSet<>();
        paths.forEach(p -> ids.addAll(p.nodeIds()));
        Map<String, GraphNode> byId = load(new ArrayList<>(ids));
        return paths.stream()
                .collect(Collectors.toMap(
                        Function.identity(),
                        p -> p.nodeIds().stream()
                                .map(byId::get)
                                .filter(Objects::nonNull)
                                .toList(),
                        (a, b) -> a));
    }

    @SchemaMapping(typeName = "ConnectionPath", field = "relationships")
    List<ConnectionPath.Step> relationships(ConnectionPath path) {
        return path.steps();
    }

    @SchemaMapping(typeName = "ConnectionPath", field = "id")
    String id(ConnectionPath path) {
        return path.key();
    }

    @SchemaMapping(typeName = "PathRelationship", field = "direction")
    String direction(ConnectionPath.Step step) {
        return step.forward() ? "FORWARD" : "BACKWARD";
    }

    // A page holds at most 20 paths of at most 5 nodes: within one catalog read; chunked should limits ever grow.
    private Map<String, GraphNode> load(List<String> ids) {
        List<GraphNode> nodes = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += Page.MAX_FIRST) {
            nodes.addAll(catalog.nodesById(ids.subList(i, Math.min(ids.size(), i + Page.MAX_FIRST))));
        }
        return nodes.stream().collect(Collectors.toMap(GraphNode::id, Function.identity(), (a, b) -> a));
    }
}
