package org.brainbridge.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.brainbridge.IntegrationTest;
import org.brainbridge.catalog.CatalogQueriesTestAccess;
import org.brainbridge.graph.GraphGateway;
import org.brainbridge.search.SearchProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.WebGraphQlTester;

/** The matching queries through GraphQL: every journey answers, nodes are batch loaded and masked, errors are clear. */
@IntegrationTest
class MatchingGraphQlTest {

    private static final String FIELDS = """
            totalCount
            pageInfo { hasNextPage endCursor }
            weights { technology scenario chain profile text graph policy }
            source { id kind name }
            nodes {
              rank score reasonZh reasonEn matchedTerms
              node { id kind name }
              factors { factor value weight contribution inferred }
              paths { factor inferred relationships nodes { id kind name } }
              gaps { kind technologyId labelZh labelEn mandatory partlyCovered }
            }""";

    @Autowired
    WebGraphQlTester graphQl;

    @Autowired
    GraphGateway gateway;

    @Autowired
    SearchProbe probe;

    @BeforeEach
    void indexCaughtUp() {
        probe.awaitCaughtUp(Duration.ofMinutes(2));
    }

    @Test
    void everyJourneyAnswersWithScoresFactorsEvidenceAndReasons() {
        Map<String, String> journeys = Map.of(
                "investorMatches(investorId: \"inv-ill-0001\"", "proj|ent",
                "partnerMatches(institutionId: \"inst-ill-0001\"", "ent",
                "institutionMatches(enterpriseId: \"ent-ill-0001\"", "inst",
                "candidateMatches(positionId: \"pos-ill-0001\"", "tal",
                "positionMatches(talentId: \"tal-ill-0002\"", "pos",
                "similar(id: \"proj-ill-0001\"", "proj");
        journeys.forEach((call, prefix) -> {
            String field = call.substring(0, call.indexOf('('));
            List<Map<String, Object>> nodes = graphQl.document("{ %s, first: 5) { %s } }".formatted(call, FIELDS))
                    .execute()
                    .path(field + ".nodes")
                    .entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {})
                    .get();
            assertThat(nodes).as(field).hasSize(5).allSatisfy(n -> {
                @SuppressWarnings("unchecked")
                Map<String, Object> node = (Map<String, Object>) n.get("node");
                assertThat((String) node.get("id")).matches("(" + prefix + ")-.*");
                assertThat((String) n.get("reasonZh")).startsWith("推荐理由：");
                assertThat((String) n.get("reasonEn")).startsWith("Why: ");
                assertThat((List<?>) n.get("factors")).hasSize(7);
            });
        });
    }

    @Test
    void theMatchmakingRecordsAreFieldsOfTheNodesTheyConnect() {
        var response = graphQl.document("""
                        { investor(id: "inv-ill-0003") { met { id } declined { id } conflictsOfInterest { id } }
                          enterprise(id: "ent-ill-0066") { declined { id } declinedBy { id } optedOut }
                          optedOut: enterprise(id: "ent-ill-0015") { optedOut } }""").execute();
        response.path("investor.met[*].id").entityList(String.class).containsExactly("proj-ill-0009");
        response.path("investor.declined[*].id").entityList(String.class).containsExactly("ent-ill-0072");
        response.path("investor.conflictsOfInterest[*].id")
                .entityList(String.class)
                .containsExactly("ent-ill-0059");
        response.path("enterprise.declined[*].id").entityList(String.class).containsExactly("inv-ill-0001");
        response.path("enterprise.declinedBy").entityList(Object.class).hasSize(0);
        response.path("optedOut.optedOut").entity(Boolean.class).isEqualTo(true);
    }

    @Test
    void talentNamesAreMaskedInCandidateMatches() {
        List<String> names = graphQl.document(
                        "{ candidateMatches(positionId: \"pos-ill-0001\", first: 10) { nodes { node { name } } } }")
                .execute()
                .path("candidateMatches.nodes[*].node.name")
                .entityList(String.class)
                .get();
        assertThat(names).hasSize(10).allSatisfy(name -> assertThat(name).endsWith("**"));
        String paths = graphQl.document(
                        "{ candidateMatches(positionId: \"pos-ill-0001\", first: 10) { nodes { paths { nodes { kind name } } } } }")
                .execute()
                .path("candidateMatches.nodes")
                .entityList(Object.class)
                .get()
                .toString();
        List<String> realNames = gateway.query("MATCH (t:Talent) RETURN t.name AS name", Map.of()).stream()
                .map(r -> r.get("name").asString())
                .toList();
        assertThat(realNames).allSatisfy(name -> assertThat(paths).doesNotContain(name));
    }

    @Test
    void aPageOfMatchesRunsAConstantNumberOfStatements() {
        String document = """
                query($first: Int) {
                  investorMatches(investorId: "inv-ill-0001", first: $first) {
                    source { name }
                    nodes { node { id name ... on Project { technologies { name } } ... on Enterprise { region { name } } } }
                  }
                }""";
        // A first request brings matching's in-memory taxonomies up to the change log (other tests write).
        statements(document, 1);
        List<String> five = statements(document, 5);
        List<String> thirty = statements(document, 30);
        // source profile, candidates with their profiles, the names the page's evidence shows, the source node, the
        // matches' nodes in one batch, then one UNWIND per relationship field asked (technologies, region)
        assertThat(thirty).hasSameSizeAs(five).hasSizeLessThanOrEqualTo(7);
        assertThat(thirty.stream().filter(s -> s.contains("UNWIND $ids")).count())
                .isGreaterThanOrEqualTo(3);
    }

    private List<String> statements(String document, int first) {
        try (var recorder = gateway.record()) {
            graphQl.document(document)
                    .variable("first", first)
                    .execute()
                    .path("investorMatches.nodes")
                    .entityList(Object.class)
                    .hasSize(first);
            return recorder.requestStatements();
        }
    }

    @Test
    void wrongKindsUnknownIdsAndBadArgumentsNameTheArgument() {
        CatalogQueriesTestAccess.assertBadArgument(
                graphQl.document("{ investorMatches(investorId: \"ent-ill-0001\") { totalCount } }")
                        .execute(),
                "investorId");
        CatalogQueriesTestAccess.assertBadArgument(
                graphQl.document("{ candidateMatches(positionId: \"pos-nope\") { totalCount } }")
                        .execute(),
                "positionId");
        CatalogQueriesTestAccess.assertBadArgument(
                graphQl.document("{ similar(id: \"ent-ill-0001\", first: 0) { totalCount } }")
                        .execute(),
                "first");
        CatalogQueriesTestAccess.assertBadArgument(
                graphQl.document("{ similar(id: \"ent-ill-0001\", weights: {text: 101}) { totalCount } }")
                        .execute(),
                "weights.text");
        CatalogQueriesTestAccess.assertBadArgument(
                graphQl.document("{ positionMatches(talentId: \"tal-ill-0132\") { totalCount } }")
                        .execute(),
                "talentId");
    }

    @Test
    void weightsGivenInTheRequestComeBackNormalised() {
        Map<String, Object> weights = graphQl.document(
                        "{ similar(id: \"ent-ill-0002\", weights: {text: 3, technology: 1, scenario: 0, chain: 0, profile: 0, graph: 0, policy: 0}) { weights { technology text scenario } } }")
                .execute()
                .path("similar.weights")
                .entity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {})
                .get();
        assertThat(((Number) weights.get("text")).doubleValue()).isEqualTo(0.75);
        assertThat(((Number) weights.get("technology")).doubleValue()).isEqualTo(0.25);
        assertThat(((Number) weights.get("scenario")).doubleValue()).isZero();
    }
}
