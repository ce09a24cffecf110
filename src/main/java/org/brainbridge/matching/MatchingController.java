package org.brainbridge.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.brainbridge.catalog.CatalogService;
import org.brainbridge.graph.GraphNode;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The matchmaking queries of {@code matching.graphqls}; nodes come from the catalog, batch loaded and masked there. */
@Controller
class MatchingController {

    private final MatchingService service;
    private final CatalogService catalog;

    MatchingController(MatchingService service, CatalogService catalog) {
        this.service = service;
        this.catalog = catalog;
    }

    @QueryMapping
    MatchPage investorMatches(
            @Argument String investorId,
            @Argument Integer first,
            @Argument String after,
            @Argument Map<String, Object> weights) {
        return service.match(Journey.INVESTOR, investorId, weights, first, after);
    }

    @QueryMapping
    MatchPage partnerMatches(
            @Argument String institutionId,
            @Argument Integer first,
            @Argument String after,
            @Argument Map<String, Object> weights) {
        return service.match(Journey.PARTNER, institutionId, weights, first, after);
    }

    @QueryMapping
    MatchPage institutionMatches(
            @Argument String enterpriseId,
            @Argument Integer first,
            @Argument String after,
            @Argument Map<String, Object> weights) {
        return service.match(Journey.INSTITUTION, enterpriseId, weights, first, after);
    }

    @QueryMapping
    MatchPage candidateMatches(
            @Argument String positionId,
            @Argument Integer first,
            @Argument String after,
            @Argument Map<String, Object> weights) {
        return service.match(Journey.CANDIDATE, positionId, weights, first, after);
    }

    @QueryMapping
    MatchPage positionMatches(
            @Argument String talentId,
            @Argument Integer first,
            @Argument String after,
            @Argument Map<String, Object> weights) {
        return service.match(Journey.POSITION, talentId, weights, first, after);
    }

    @QueryMapping
    MatchPage similar(
            @Argument String id,
            @Argument Integer first,
            @Argument String after,
            @Argument Map<String, Object> weights) {
        return service.match(Journey.SIMILAR, id, weights, first, after);
    }

    @SchemaMapping(typeName = "MatchConnection")
    GraphNode source(MatchPage page) {
        return catalog.node(page.sourceId()).orElse(null);
    }

    /** Every match's node in one catalog read per request. */
    @BatchMapping(typeName = "Match")
    Map<Match, GraphNode> node(List<Match> matches) {
        Map<String, GraphNode> byId = new HashMap<>();
        List<String> ids = matches.stream().map(Match::id).distinct().toList();
        for (int i = 0; i < ids.size(); i += org.brainbridge.support.Page.MAX_FIRST) {
            catalog.nodesById(ids.subList(i, Math.min(ids.size(), i + org.brainbridge.support.Page.MAX_FIRST)))
                    .forEach(n -> byId.put(n.id(), n));
        }
        Map<Match, GraphNode> nodes = new java.util.LinkedHashMap<>();
        matches.forEach(m -> nodes.put(m, byId.get(m.id())));
        return nodes;
    }
}
