package org.brainbridge.support;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Bounds what one GraphQL request may ask for: Spring for GraphQL has no properties for depth or complexity, so
 * graphql-java's instrumentations are registered here. The graph view needs depth, not breadth, hence the numbers.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlLimits {

    static final int MAX_DEPTH = 15;
    static final int MAX_COMPLEXITY = 2_000;

    @Bean
    MaxQueryDepthInstrumentation maxQueryDepth() {
        return new MaxQueryDepthInstrumentation(MAX_DEPTH);
    }

    @Bean
    MaxQueryComplexityInstrumentation maxQueryComplexity() {
        return new MaxQueryComplexityInstrumentation(MAX_COMPLEXITY);
    }
}
