package org.brainbridge.search.evaluation;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.brainbridge.catalog.CatalogService;
import org.brainbridge.graph.GraphNode;
import org.brainbridge.security.AdminGuard;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The benchmark's GraphQL fields ({@code graphql-benchmark/search-benchmark.graphqls}, added to the schema only in
 * benchmark mode): the baseline through the same GraphQL path as {@code search}, and admin-only measurement runs.
 */
@Controller
@ConditionalOnProperty(name = "brainbridge.benchmark.enabled", havingValue = "true")
class SearchBenchmarkController {

    private final SearchBenchmark benchmark;
    private final CatalogService catalog;
    private final AdminGuard admin;

    SearchBenchmarkController(SearchBenchmark benchmark, CatalogService catalog, AdminGuard admin) {
        this.benchmark = benchmark;
        this.catalog = catalog;
        this.admin = admin;
    }

    @Bean
    static GraphQlSourceBuilderCustomizer benchmarkSchema() {
        return builder -> builder.schemaResources(new ClassPathResource("graphql-benchmark/search-benchmark.graphqls"));
    }

    /**
     * Bulk measurements (preparing the baseline on 100,000 nodes takes minutes) outlast Tomcat's default asynchronous
     * timeout of 30 s, which the GraphQL HTTP handler is subject to; in benchmark mode only.
     */
    @Bean
    static WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> benchmarkAsyncTimeout() {
        return factory -> factory.addConnectorCustomizers(connector ->
                connector.setAsyncTimeout(java.time.Duration.ofMinutes(30).toMillis()));
    }

    @QueryMapping
    List<FullTextBaseline.Hit> searchUncached(@Argument String query, @Argument int first) {
        return benchmark.searchUncached(query, first);
    }

    @QueryMapping
    List<FullTextBaseline.Hit> baselineSearch(@Argument String query, @Argument int first) {
        return benchmark.baselineSearch(query, first);
    }

    @QueryMapping
    List<FullTextBaseline.Hit> baselineSuggest(@Argument String prefix, @Argument int first) {
        return benchmark.baselineSuggest(prefix, first);
    }

    @BatchMapping(typeName = "BaselineHit", field = "node")
    Map<FullTextBaseline.Hit, GraphNode> node(List<FullTextBaseline.Hit> hits) {
        Map<String, GraphNode> nodes =
                catalog
                        .nodesById(hits.stream()
                                .map(FullTextBaseline.Hit::id)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(GraphNode::id, Function.identity()));
        return hits.stream()
                .filter(h -> nodes.containsKey(h.id()))
                .collect(Collectors.toMap(Function.identity(), h -> nodes.get(h.id()), (a, b) -> a));
    }

    @MutationMapping
    SearchBenchmark.RateReport benchmarkPrepareBaseline(
            @ContextValue(name = AdminGuard.CONTEXT_KEY, required = false) String token) {
        admin.requireAdmin(token);
        return benchmark.prepareBaseline();
    }

    @MutationMapping
    SearchBenchmark.RateReport benchmarkRebuild(
            @Argument String engine, @ContextValue(name = AdminGuard.CONTEXT_KEY, required = false) String token) {
        admin.requireAdmin(token);
        return benchmark.rebuild(engine);
    }

    @MutationMapping
    List<SearchBenchmark.RateReport> benchmarkRebuildParts(
            @Argument int nodes, @ContextValue(name = AdminGuard.CONTEXT_KEY, required = false) String token) {
        admin.requireAdmin(token);
        return benchmark.rebuildParts(nodes);
    }

    @MutationMapping
    SearchBenchmark.RateReport benchmarkAnalysis(
            @Argument String engine,
            @Argument int nodes,
            @ContextValue(name = AdminGuard.CONTEXT_KEY, required = false) String token) {
        admin.requireAdmin(token);
        return benchmark.analysis(engine, nodes);
    }

    @MutationMapping
    LatencyRun.LatencyReport benchmarkQueryAlone(
            @Argument String engine,
            @Argument String operation,
            @Argument List<String> inputs,
            @Argument int clients,
            @Argument double warmupSeconds,
            @Argument double seconds,
            @ContextValue(name = AdminGuard.CONTEXT_KEY, required = false) String token) {
        admin.requireAdmin(token);
        return benchmark.queryAlone(engine, operation, inputs, clients, warmupSeconds, seconds);
    }

    @MutationMapping
    boolean benchmarkRename(
            @Argument String engine,
            @Argument String id,
            @Argument String name,
            @ContextValue(name = AdminGuard.CONTEXT_KEY, required = false) String token) {
        admin.requireAdmin(token);
        return benchmark.rename(engine, id, name);
    }
}
