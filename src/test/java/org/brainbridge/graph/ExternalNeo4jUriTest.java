package org.brainbridge.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.brainbridge.TestGraphQl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.WebGraphQlTester;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With {@code spring.neo4j.uri} set, nothing embedded starts and the same code talks to that server over Bolt with
 * Spring Boot's own driver. Here the "server" is the test JVM's shared DBMS, reached only through its Bolt URI, so the
 * remote path is exercised even where Docker does not run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles("test")
@Import(TestGraphQl.class)
class ExternalNeo4jUriTest {

    static final EmbeddedNeo4j SERVER =
            EmbeddedNeo4j.shared(new GraphProperties.Embedded(Path.of("target/neo4j-test"), 0, "128m", true, true));

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        registry.add("spring.neo4j.uri", SERVER::boltUri);
        registry.add("spring.neo4j.authentication.username", () -> "neo4j");
        registry.add("spring.neo4j.authentication.password", SERVER::password);
        // Its own index: another context of this JVM holds the default one open.
        registry.add("brainbridge.search.index-dir", () -> "target/search-test-index-external");
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    GraphGateway gateway;

    @Autowired
    WebGraphQlTester graphQl;

    @Test
    void aConfiguredUriReplacesTheEmbeddedDefault() {
        assertThat(context.getBeanNamesForType(EmbeddedNeo4j.class)).isEmpty();
        assertThat(gateway.query("RETURN 1 AS one", Map.of())
                        .getFirst()
                        .get("one")
                        .asInt())
                .isEqualTo(1);
        graphQl.document("{ measureByNumber(number: 3) { regions { id } } }")
                .execute()
                .path("measureByNumber.regions[*].id")
                .entityList(String.class)
                .contains("region-zone-ganjiang");
    }
}
