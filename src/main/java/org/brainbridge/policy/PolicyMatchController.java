package org.brainbridge.policy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.brainbridge.graph.GraphNode;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Policy matching: the checklist of an actor against the measures, and the criteria behind it. */
@Controller
class PolicyMatchController {

    private final PolicyMatchService service;

    PolicyMatchController(PolicyMatchService service) {
        this.service = service;
    }

    @QueryMapping
    PolicyMatchService.Connection policyMatches(
            @Argument String entityId,
            @Argument Integer first,
            @Argument String after,
            @Argument List<MatchStatus> status) {
        return service.page(entityId, first, after, status);
    }

    @QueryMapping
    List<Criterion> policyCriteria(@Argument Integer measureNumber) {
        return service.criteria(measureNumber);
    }

    @BatchMapping(typeName = "MeasureMatch", field = "responsibleBodies")
    Map<MeasureMatch, List<GraphNode>> responsibleBodies(List<MeasureMatch> matches) {
        Map<String, List<GraphNode>> bodies = service.responsibleBodies(
                matches.stream().map(MeasureMatch::measureId).toList());
        return matches.stream()
                .collect(Collectors.toMap(m -> m, m -> bodies.getOrDefault(m.measureId(), List.of()), (a, b) -> a));
    }

    @BatchMapping(typeName = "MeasureMatch", field = "support")
    Map<MeasureMatch, List<SupportOffer>> support(List<MeasureMatch> matches) {
        Map<String, List<SupportOffer>> support =
                service.support(matches.stream().map(MeasureMatch::measure).toList());
        return matches.stream()
                .collect(Collectors.toMap(m -> m, m -> support.getOrDefault(m.measureId(), List.of()), (a, b) -> a));
    }
}
