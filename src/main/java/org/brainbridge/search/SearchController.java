package org.brainbridge.search;

import graphql.schema.DataFetchingFieldSelectionSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.brainbridge.graph.GraphNode;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Search and suggestions; nodes of hits are batch loaded, one catalog read per request. */
@Controller
class SearchController {

    private final SearchService service;

    SearchController(SearchService service) {
        this.service = service;
    }

    @QueryMapping
    SearchResults search(
            @Argument String query,
            @Argument Map<String, Object> filter,
            @Argument Integer first,
            @Argument String after,
            DataFetchingFieldSelectionSet selection) {
        var parts = new SearchService.Parts(selection.contains("facets"), selection.contains("hits/highlights"));
        return service.search(query, SearchFilter.from(filter), first, after, parts);
    }

    @QueryMapping
    List<SearchResults.Suggestion> suggest(
            @Argument String prefix, @Argument List<String> kinds, @Argument Integer first) {
        return service.suggest(prefix, kinds, first);
    }

    @BatchMapping(typeName = "SearchHit", field = "node")
    Map<SearchResults.Hit, GraphNode> hitNodes(List<SearchResults.Hit> hits) {
        Map<String, GraphNode> nodes =
                byId(hits.stream().map(SearchResults.Hit::id).toList());
        return hits.stream()
                .filter(h -> nodes.containsKey(h.id()))
                .collect(Collectors.toMap(Function.identity(), h -> nodes.get(h.id()), (a, b) -> a));
    }

    @BatchMapping(typeName = "Suggestion", field = "node")
    Map<SearchResults.Suggestion, GraphNode> suggestionNodes(List<SearchResults.Suggestion> suggestions) {
        Map<String, GraphNode> nodes =
                byId(suggestions.stream().map(SearchResults.Suggestion::id).toList());
        return suggestions.stream()
                .filter(s -> nodes.containsKey(s.id()))
                .collect(Collectors.toMap(Function.identity(), s -> nodes.get(s.id()), (a, b) -> a));
    }

    private Map<String, GraphNode> byId(List<String> ids) {
        return service.nodes(ids.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(GraphNode::id, Function.identity()));
    }
}
