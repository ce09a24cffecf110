package org.brainbridge.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.brainbridge.IntegrationTest;
import org.brainbridge.graph.GraphGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.WebGraphQlTester;

/** Every relationship field is batch loaded: the statements a nested query runs do not grow with the page. */
@IntegrationTest
class BatchLoadingTest {

    private static final String NESTED = """
            query($first: Int) {
              talents(first: $first) {
                nodes {
                  id name
                  region { name parent { name } }
                  skills { name broader { name } }
                  employers { name ... on Enterprise { products { name } } }
                  projects { name }
                }
              }
            }""";

    @Autowired
    WebGraphQlTester graphQl;

    @Autowired
    GraphGateway gateway;

    @Test
    void aNestedQueryOverAPageRunsAConstantNumberOfStatements() {
        List<String> ten = statementsFor(10);
        List<String> hundred = statementsFor(100);
        // page + count, then one UNWIND per relationship field and level:
        // region, region.parent, skills, skills.broader, employers, employers.products, projects
        assertThat(hundred).hasSize(2 + 7).hasSameSizeAs(ten);
        assertThat(hundred.subList(2, hundred.size()))
                .allSatisfy(s -> assertThat(s).contains("UNWIND $ids"));
    }

    private List<String> statementsFor(int pageSize) {
        List<String> statements;
        try (var recorder = gateway.record()) {
            graphQl.document(NESTED)
                    .variable("first", pageSize)
                    .execute()
                    .path("talents.nodes")
                    .entityList(Object.class)
                    .hasSize(pageSize);
            statements = recorder.requestStatements();
        }
        return statements;
    }
}
