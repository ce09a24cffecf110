package org.brainbridge.search.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.brainbridge.IntegrationTest;
import org.brainbridge.TestGraphQl.AdminGraphQlTester;
import org.brainbridge.graph.ChangeMeta;
import org.brainbridge.graph.GraphGateway;
import org.brainbridge.graph.GraphWriter;
import org.brainbridge.graph.NodeUpsert;
import org.brainbridge.graph.Provenance;
import org.brainbridge.graph.model.NodeKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.WebGraphQlTester;
import org.springframework.test.context.TestPropertySource;

/**
 * Benchmark mode (bench/search-speed.sh): the baseline answers through GraphQL, every measurement runs and reports
 * sane figures, renames become searchable, and the measurement mutations are for admins only. A second context with
 * an index of its own on the same graph, as a second instance would be.
 */
@IntegrationTest
@TestPropertySource(
        properties = {
            "brainbridge.benchmark.enabled=true",
            "brainbridge.search.index-dir=target/search-benchmark-test-index"
        })
class SearchBenchmarkTest {

    private static final String NODE = "ent-test-bench-1";
    private static final ChangeMeta META = new ChangeMeta("test", "search-benchmark-test");

    @Autowired
    WebGraphQlTester graphQl;

    @Autowired
    AdminGraphQlTester admin;

    @Autowired
    GraphWriter writer;

    @Autowired
    GraphGateway gateway;

    @AfterEach
    void cleanUp() {
        writer.deleteNodes(List.of(NODE), META);
        // Schema changes and writes cannot share a transaction.
        gateway.writeScaffolding(tx -> {
            tx.run("DROP INDEX " + FullTextBaseline.INDEX + " IF EXISTS", Map.of());
            return null;
        });
        gateway.writeScaffolding(tx -> {
            tx.run(
                    "MATCH (n:Entity) WHERE n.evalNames IS NOT NULL REMOVE n.evalNames, n.evalTexts, n.neighbourText",
                    Map.of());
            return null;
        });
    }

    @Test
    void measuresOursBesideTheBaseline() {
        admin.tester()
                .document("mutation { benchmarkPrepareBaseline { items perSecond } }")
                .execute()
                .path("benchmarkPrepareBaseline.items")
                .entity(Integer.class)
                .satisfies(items -> assertThat(items).isGreaterThan(900));
        String name = gateway.query("MATCH (e:Entity {id: 'ent-ill-0001'}) RETURN e.name AS name", Map.of())
                .getFirst()
                .get("name")
                .asString();
        graphQl.document("query($q: String!) { baselineSearch(query: $q, first: 3) { id score node { name } } }")
                .variable("q", name)
                .execute()
                .path("baselineSearch[0].node.name")
                .entity(String.class)
                .isEqualTo(name);

        admin.tester()
                .document("""
                        mutation {
                          ours: benchmarkQueryAlone(engine: "OURS", operation: "searchFull", inputs: ["脑电", "康复"],
                            clients: 2, warmupSeconds: 0.2, seconds: 0.5) { requests p50 p99 max }
                          neo4j: benchmarkQueryAlone(engine: "NEO4J", operation: "search", inputs: ["脑电", "康复"],
                            clients: 2, warmupSeconds: 0.2, seconds: 0.5) { requests p50 p99 max }
                        }""")
                .execute()
                .path("$.data")
                .entity(Map.class)
                .satisfies(reports -> List.of("ours", "neo4j").forEach(engine -> {
                    Map<?, ?> report = (Map<?, ?>) reports.get(engine);
                    assertThat(((Number) report.get("requests")).intValue())
                            .as(engine)
                            .isPositive();
                    assertThat(((Number) report.get("p99")).doubleValue())
                            .as(engine)
                            .isGreaterThanOrEqualTo(((Number) report.get("p50")).doubleValue())
                            .isLessThanOrEqualTo(((Number) report.get("max")).doubleValue());
                }));
        admin.tester()
                .document(
                        "mutation { benchmarkAnalysis(engine: \"OURS\", nodes: 200) { items megabytes mbPerSecond } }")
                .execute()
                .path("benchmarkAnalysis.megabytes")
                .entity(Double.class)
                .satisfies(mb -> assertThat(mb).isPositive())
                .path("benchmarkAnalysis.mbPerSecond")
                .entity(Double.class)
                .satisfies(rate -> assertThat(rate).isPositive().isFinite());
        admin.tester()
                .document("mutation { benchmarkRebuild(engine: \"OURS\") { items } }")
                .execute()
                .path("benchmarkRebuild.items")
                .entity(Integer.class)
                .satisfies(items -> assertThat(items).isGreaterThan(900));
    }

    @Test
    void rebuildPartsReadTheWholeGraphThenIndexTheSameDocumentsInEveryShape() {
        List<Map<String, Object>> parts = admin.tester()
                .document("mutation { benchmarkRebuildParts(nodes: 2000) { name items seconds cpuSeconds } }")
                .execute()
                .path("benchmarkRebuildParts")
                .entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {})
                .get();
        assertThat(parts).hasSize(7);
        assertThat(parts).extracting(p -> p.get("name")).doesNotHaveDuplicates();
        assertThat(parts.getFirst().get("name").toString()).contains("reading the graph");
        int read = (Integer) parts.getFirst().get("items");
        assertThat(read).isGreaterThan(900);
        // The test graph fits one kept page: every shape indexes all of it, in the measured time of the process.
        assertThat(parts.subList(1, parts.size())).allSatisfy(part -> {
            assertThat(part.get("items")).isEqualTo(Math.min(read, 2000));
            assertThat(((Number) part.get("seconds")).doubleValue()).isPositive();
            assertThat(((Number) part.get("cpuSeconds")).doubleValue()).isPositive();
        });
        assertThat(java.nio.file.Path.of("target/search-rebuild-parts")).doesNotExist();
    }

    @Test
    void rebuildPartsNeedAtLeastOnePage() {
        admin.tester()
                .document("mutation { benchmarkRebuildParts(nodes: 10) { items } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getMessage()).contains("'nodes'", "2000")));
    }

    @Test
    void aRenameThroughTheWriteServiceBecomesSearchable() {
        writer.upsertNodes(
                NodeKind.ENTERPRISE,
                List.of(new NodeUpsert(
                        NODE,
                        Map.of("name", "基准测试企业"),
                        new Provenance("test", "SearchBenchmarkTest#1", "", "2026-11-29", "2026-11-29"))),
                META);
        admin.tester()
                .document("mutation { benchmarkRename(engine: \"OURS\", id: \"%s\", name: \"qzxrenamed\") }"
                        .formatted(NODE))
                .execute()
                .path("benchmarkRename")
                .entity(Boolean.class)
                .isEqualTo(true);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<String> ids = List.of();
        while (!ids.contains(NODE) && System.nanoTime() < deadline) {
            ids = graphQl.document("{ search(query: \"qzxrenamed\") { hits { node { id } } } }")
                    .execute()
                    .path("search.hits[*].node.id")
                    .entityList(String.class)
                    .get();
        }
        assertThat(ids).contains(NODE);
    }

    @Test
    void measurementsAreForAdminsOnly() {
        graphQl.document("mutation { benchmarkRebuild(engine: \"OURS\") { items } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getErrorType().toString()).isEqualTo("FORBIDDEN")));
    }
}
