package org.brainbridge.policy;

import java.util.List;
import org.brainbridge.graph.GraphNode;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Policy queries; the policy's node types and relationships are served by the catalog. */
@Controller
class PolicyController {

    private final PolicyRepository repository;

    PolicyController(PolicyRepository repository) {
        this.repository = repository;
    }

    @QueryMapping
    GraphNode measureByNumber(@Argument int number, @Argument String policyId) {
        return repository.measureByNumber(number, policyId).orElse(null);
    }

    @QueryMapping
    List<PolicyRepository.Responsibility> responsibilities(@Argument String policyId) {
        return repository.responsibilities(policyId);
    }
}
