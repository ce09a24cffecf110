package org.brainbridge.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.brainbridge.IntegrationTest;
import org.brainbridge.graph.GraphGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.WebGraphQlTester;

/** The {@code policyMatches} query over the seeded graph: shape, paging, batch loading and errors. */
@IntegrationTest
class PolicyMatchQueryTest {

    private static final String ENTERPRISE = "ent-ill-0001";

    private static final String CHECKLIST = """
            query($id: ID!, $first: Int, $after: String, $status: [MeasureMatchStatus!]) {
              policyMatches(entityId: $id, first: $first, after: $after, status: $status) {
                actor { id kind name }
                policy { id name }
                totalCount
                pageInfo { hasNextPage endCursor }
                summary { applies possibly doesNotApply }
                nodes {
                  number status
                  measure { id name text }
                  routes { key zh en status
                    criteria { outcome reasonZh reasonEn citedStart
                      criterion { id condition basis citedText zh en appliesTo missIsUnknown }
                      evidence { id kind name role } } }
                  support { relation quote node { id name } }
                  responsibleBodies { id shortName }
                }
              }
            }""";

    @Autowired
    WebGraphQlTester graphQl;

    @Autowired
    GraphGateway gateway;

    @Test
    void theChecklistOfAnEnterpriseCoversAllMeasuresWithCitedTextBodiesAndSupport() {
        List<Map<String, Object>> nodes;
        List<String> statements;
        graphQl.document(CHECKLIST).variable("id", "ent-ill-0002").execute(); // the policy's side is now in memory
        try (var recorder = gateway.record()) {
            var response = graphQl.document(CHECKLIST)
                    .variable("id", ENTERPRISE)
                    .variable("first", 20)
                    .execute();
            response.path("policyMatches.actor.id").entity(String.class).isEqualTo(ENTERPRISE);
            response.path("policyMatches.policy.id").entity(String.class).isEqualTo("policy-jx-bci");
            response.path("policyMatches.totalCount").entity(Integer.class).isEqualTo(11);
            response.path("policyMatches.pageInfo.hasNextPage")
                    .entity(Boolean.class)
                    .isEqualTo(false);
            nodes = response.path("policyMatches.nodes").entityList(MAP).get();
            statements = recorder.requestStatements();
        }
        assertThat(nodes).extracting(n -> n.get("number")).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        // at most the actor's facts, whatever the page size: the measures, bodies and support are held (PolicyData),
        // and so are the facts once read (ActorFactsCache)
        assertThat(statements)
                .hasSizeLessThanOrEqualTo(1)
                .allSatisfy(s -> assertThat(s).doesNotContain("UNWIND $ids"));
        try (var recorder = gateway.record()) {
            graphQl.document(CHECKLIST)
                    .variable("id", ENTERPRISE)
                    .variable("first", 20)
                    .execute()
                    .path("policyMatches.totalCount")
                    .entity(Integer.class)
                    .isEqualTo(11);
            assertThat(recorder.requestStatements()).isEmpty();
        }

        Map<String, Object> seven = nodes.get(6);
        assertThat(list(seven.get("responsibleBodies")))
                .extracting(b -> b.get("shortName"))
                .containsExactly("省发展改革委", "省工业和信息化厅", "省商务厅", "各设区市人民政府", "赣江新区管委会");
        assertThat(list(seven.get("support")))
                .extracting(s -> (Object) ((Map<?, ?>) s.get("node")).get("id"))
                .startsWith("instr-policy-pilot");
        for (Map<String, Object> node : nodes) {
            String text = (String) ((Map<?, ?>) node.get("measure")).get("text");
            for (Map<String, Object> route : list(node.get("routes"))) {
                for (Map<String, Object> result : list(route.get("criteria"))) {
                    Map<?, ?> criterion = (Map<?, ?>) result.get("criterion");
                    String cited = (String) criterion.get("citedText");
                    int start = (Integer) result.get("citedStart");
                    assertThat(text.substring(start)).startsWith(cited);
                    if (criterion.get("condition").equals("not-judgeable")) {
                        assertThat(result.get("outcome")).isEqualTo("UNKNOWN");
                    }
                }
            }
            for (Map<String, Object> offer : list(node.get("support"))) {
                assertThat(text).contains((String) offer.get("quote"));
            }
        }
    }

    @Test
    void measuresArePagedByCursorAndFilteredByStatus() {
        var first = graphQl.document(CHECKLIST)
                .variable("id", ENTERPRISE)
                .variable("first", 5)
                .execute();
        first.path("policyMatches.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        first.path("policyMatches.nodes[*].number").entityList(Integer.class).containsExactly(1, 2, 3, 4, 5);
        String cursor = first.path("policyMatches.pageInfo.endCursor")
                .entity(String.class)
                .get();
        graphQl.document(CHECKLIST)
                .variable("id", ENTERPRISE)
                .variable("first", 5)
                .variable("after", cursor)
                .execute()
                .path("policyMatches.nodes[*].number")
                .entityList(Integer.class)
                .containsExactly(6, 7, 8, 9, 10);

        Map<String, Object> summary =
                first.path("policyMatches.summary").entity(MAP).get();
        int applies = (Integer) summary.get("applies");
        graphQl.document(CHECKLIST)
                .variable("id", ENTERPRISE)
                .variable("first", 20)
                .variable("status", List.of("APPLIES"))
                .execute()
                .path("policyMatches.totalCount")
                .entity(Integer.class)
                .isEqualTo(applies);
    }

    @Test
    void anUnknownIdIsRejectedNamingTheArgument() {
        rejected("ent-does-not-exist", "No node with id 'ent-does-not-exist'");
        rejected("nothing", "No node with id 'nothing'");
    }

    @Test
    void aNodeThatIsNotAnActorIsRejectedNamingTheArgument() {
        rejected("measure-01", "policy matching takes an enterprise, institution, talent, investor or project");
        rejected("tech-eeg", "is a technology");
    }

    @Test
    void aPageSizeOverTheLimitIsRejected() {
        graphQl.document(CHECKLIST)
                .variable("id", ENTERPRISE)
                .variable("first", 101)
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("argument", "first")));
    }

    @Test
    void theCriteriaAreServedAsLoaded() {
        List<Map<String, Object>> criteria = graphQl.document("""
                        { policyCriteria(measureNumber: 3) { id measureNumber route condition basis citedText zh en } }""")
                .execute()
                .path("policyCriteria")
                .entityList(MAP)
                .get();
        assertThat(criteria)
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.get("measureNumber")).isEqualTo(3));
        assertThat(criteria)
                .filteredOn(c -> c.get("id").equals("m03a-capable"))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.get("condition")).isEqualTo("not-judgeable");
                    assertThat(c.get("basis")).isEqualTo("EXPLICIT");
                    assertThat(c.get("citedText")).isEqualTo("支持有条件的医疗机构");
                });
    }

    private void rejected(String id, String message) {
        graphQl.document(CHECKLIST)
                .variable("id", id)
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getMessage()).contains(message);
                    assertThat(e.getExtensions()).containsEntry("argument", "entityId");
                }));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Class<Map<String, Object>> MAP = (Class) Map.class;
}
