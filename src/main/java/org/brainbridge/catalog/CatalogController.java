package org.brainbridge.catalog;

import java.util.List;
import java.util.Map;
import org.brainbridge.graph.GraphNode;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.graph.model.RelType;
import org.brainbridge.support.Page;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The generic catalog queries; per-kind fields are wired in {@link CatalogWiring}. */
@Controller
class CatalogController {

    private final CatalogService service;
    private final NodePresenter presenter;

    CatalogController(CatalogService service, NodePresenter presenter) {
        this.service = service;
        this.presenter = presenter;
    }

    @QueryMapping
    GraphNode node(@Argument String id) {
        return service.node(id).orElse(null);
    }

    @QueryMapping
    List<GraphNode> nodesById(@Argument List<String> ids) {
        return service.nodesById(ids);
    }

    @QueryMapping
    Page.Slice<GraphNode> nodes(
            @Argument NodeKind kind,
            @Argument Map<String, Object> filter,
            @Argument Integer first,
            @Argument String after) {
        return service.page(kind, NodeFilter.from(filter), first, after);
    }

    @QueryMapping
    CatalogService.Neighbourhood neighbours(
            @Argument String id, @Argument List<String> types, @Argument Direction direction, @Argument Integer first) {
        return service.neighbours(id, types, direction, first);
    }

    @QueryMapping
    Stats stats(@Argument String regionId) {
        return service.stats(regionId);
    }

    @SchemaMapping(typeName = "NeighbourEdge")
    String labelZh(NeighbourEdge edge) {
        return RelType.byType(edge.type()).map(RelType::zh).orElse(edge.type());
    }

    @SchemaMapping(typeName = "NeighbourEdge")
    String labelEn(NeighbourEdge edge) {
        return RelType.byType(edge.type()).map(RelType::en).orElse(edge.type());
    }

    @SchemaMapping(typeName = "NeighbourEdge")
    List<PropertyValue> properties(NeighbourEdge edge) {
        return presenter.relationshipProperties(edge.type(), edge.properties());
    }
}
