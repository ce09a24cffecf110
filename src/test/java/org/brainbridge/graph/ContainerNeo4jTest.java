package org.brainbridge.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.brainbridge.TestGraphQl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.WebGraphQlTester;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The same application against a Neo4j server instead of the embedded default: with {@code spring.neo4j.uri} set
 * nothing embedded starts. Runs where Docker runs; skipped cleanly where it does not.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles("test")
@Import(TestGraphQl.class)
class ContainerNeo4jTest {

    @Container
    static final Neo4jContainer NEO4J =
            new Neo4jContainer("neo4j:2026.08.1-community").withAdminPassword("container-secret");

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        registry.add("spring.neo4j.uri", NEO4J::getBoltUrl);
        registry.add("spring.neo4j.authentication.username", () -> "neo4j");
        registry.add("spring.neo4j.authentication.password", NEO4J::getAdminPassword);
        registry.add("brainbridge.search.index-dir", () -> "target/search-test-index-container");
    }

    @Autowired
    WebGraphQlTester graphQl;

    @Autowired
    GraphGateway gateway;

    @Autowired(required = false)
    EmbeddedNeo4j embedded;

    @Test
    void seedsAndServesTheGraphFromAServer() {
        assertThat(embedded).as("nothing embedded starts").isNull();
        graphQl.document("{ measureByNumber(number: 7) { name regions { id } } }")
                .execute()
                .path("measureByNumber.regions[*].id")
                .entityList(String.class)
                .contains("region-zone-ganjiang");
        assertThat(gateway.query("MATCH (n:Entity) RETURN count(n) AS n", Map.of())
                        .getFirst()
                        .get("n")
                        .asLong())
                .isPositive();
    }
}
