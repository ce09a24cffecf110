package org.brainbridge.connections;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.brainbridge.IntegrationTest;
import org.brainbridge.graph.ChangeMeta;
import org.brainbridge.graph.GraphGateway;
import org.brainbridge.graph.GraphWriter;
import org.brainbridge.graph.NodeUpsert;
import org.brainbridge.graph.Provenance;
import org.brainbridge.graph.RelationshipUpsert;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.graph.model.RelType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.WebGraphQlTester;

/**
 * The connection finder on a small island of known paths beside the seeded graph: direct, two-hop and three-hop
 * alternatives, a hub, a hierarchy root and an opted-out person that must not be passed through, and one node that
 * is connected to nothing.
 */
@IntegrationTest
class ConnectionsTest {

    private static final ChangeMeta META = new ChangeMeta("test", "connections-test");
    private static final Provenance PROVENANCE =
            new Provenance("test", "ConnectionsTest#1", "", "2026-11-29T00:00:00Z", "2026-11-29T00:00:00Z");

    static final String LAB = "inst-ct-lab";
    static final String FUND = "inv-ct-fund";
    static final String A = "ent-ct-a";
    static final String B = "ent-ct-b";
    static final String C = "ent-ct-c";
    static final String LONELY = "ent-ct-lonely";
    static final String TOPIC = "tech-ct-topic";
    static final String HUB = "tech-ct-hub";
    static final String ROOT = "region-ct-root";
    static final String CITY = "region-ct-city";
    static final String PERSON = "tal-ct-1";
    static final String OPTED_OUT = "tal-ct-2";
    static final int HUB_SPOKES = 80;

    private static final String QUERY = """
            query($from: ID!, $to: ID!, $maxHops: Int, $first: Int, $after: String) {
              connections(fromId: $from, toId: $to, maxHops: $maxHops, first: $first, after: $after) {
                totalCount hubDegree
                pageInfo { hasNextPage endCursor }
                paths { id length cost descriptionZh descriptionEn
                  nodes { id kind name }
                  relationships { type labelZh labelEn direction fromId toId strength } }
              }
            }""";

    @Autowired
    WebGraphQlTester graphQl;

    @Autowired
    GraphWriter writer;

    @Autowired
    GraphGateway gateway;

    @Autowired
    HubRule hubRule;

    @BeforeEach
    void island() {
        node(NodeKind.INSTITUTION, LAB, Map.of("name", "测试脑机实验室", "nameEn", "Test BCI Lab"));
        node(NodeKind.INVESTOR, FUND, Map.of("name", "测试创投基金", "nameEn", "Test Venture Fund"));
        node(NodeKind.ENTERPRISE, A, Map.of("name", "甲测试科技", "nameEn", "Alpha Test Tech"));
        node(NodeKind.ENTERPRISE, B, Map.of("name", "乙测试科技"));
        node(NodeKind.ENTERPRISE, C, Map.of("name", "丙测试科技"));
        node(NodeKind.ENTERPRISE, LONELY, Map.of("name", "孤立测试科技"));
        node(NodeKind.TECHNOLOGY, TOPIC, Map.of("name", "测试专题技术"));
        node(NodeKind.TECHNOLOGY, HUB, Map.of("name", "测试热门技术"));
        node(NodeKind.REGION, ROOT, Map.of("name", "测试省"));
        node(NodeKind.REGION, CITY, Map.of("name", "测试市"));
        node(NodeKind.TALENT, PERSON, Map.of("name", "王小明", "consentToMatch", true, "optedOut", false));
        node(NodeKind.TALENT, OPTED_OUT, Map.of("name", "李退出", "consentToMatch", false, "optedOut", true));
        writer.upsertNodes(
                NodeKind.ENTERPRISE,
                spokes().stream()
                        .map(id -> new NodeUpsert(id, Map.of("name", "测试辐条" + id), PROVENANCE))
                        .toList(),
                META);

        rel(RelType.INVESTED_IN, FUND, A);
        rel(RelType.INVESTED_IN, FUND, B);
        rel(RelType.COLLABORATES_WITH, LAB, A);
        rel(RelType.RESEARCHES, LAB, TOPIC);
        rel(RelType.FOCUSES_ON, FUND, TOPIC);
        rel(RelType.WORKS_AT, PERSON, LAB);
        rel(RelType.WORKS_AT, PERSON, B);
        rel(RelType.WORKS_AT, OPTED_OUT, LAB);
        rel(RelType.WORKS_AT, OPTED_OUT, C);
        // Through the hub and through the root, the lab and the fund would be two hops apart.
        rel(RelType.RESEARCHES, LAB, HUB);
        rel(RelType.FOCUSES_ON, FUND, HUB);
        for (String spoke : spokes()) {
            rel(RelType.DEVELOPS, spoke, HUB);
        }
        rel(RelType.PART_OF, CITY, ROOT);
        rel(RelType.LOCATED_IN, LAB, ROOT);
        rel(RelType.TARGETS_REGION, FUND, ROOT);
        hubRule.reset();
    }

    @AfterEach
    void cleanUp() {
        List<String> ids =
                new ArrayList<>(List.of(LAB, FUND, A, B, C, LONELY, TOPIC, HUB, ROOT, CITY, PERSON, OPTED_OUT));
        ids.addAll(spokes());
        writer.deleteNodes(ids, META);
        hubRule.reset();
    }

    @Test
    void findsTheDirectRelationshipFirst() {
        var result = connections(FUND, A, null, 5, null);
        result.path("connections.paths[0].length").entity(Integer.class).isEqualTo(1);
        result.path("connections.paths[0].relationships[0].type")
                .entity(String.class)
                .isEqualTo("INVESTED_IN");
        result.path("connections.paths[0].relationships[0].direction")
                .entity(String.class)
                .isEqualTo("FORWARD");
        result.path("connections.paths[0].descriptionZh").entity(String.class).isEqualTo("投资机构 测试创投基金 —投资→ 企业 甲测试科技");
        result.path("connections.paths[0].descriptionEn")
                .entity(String.class)
                .isEqualTo("Investor Test Venture Fund —invested in→ Enterprise Alpha Test Tech");
    }

    @Test
    void ranksAlternativesByCostThenLengthAndAvoidsHubsRootsAndOptedOutPeople() {
        var result = connections(LAB, FUND, null, 10, null);
        assertThat(ids(result))
                .containsExactly(
                        LAB + ">" + A + ">" + FUND, // collaborates, invested in: cost 2
                        LAB + ">" + TOPIC + ">" + FUND, // two shared-topic steps: cost 3, two hops
                        LAB + ">" + PERSON + ">" + B + ">" + FUND); // three concrete steps: cost 3, three hops
        result.path("connections.totalCount").entity(Integer.class).isEqualTo(3);
        result.path("connections.paths[0].descriptionZh")
                .entity(String.class)
                .isEqualTo("机构 测试脑机实验室 —合作→ 企业 甲测试科技 ←投资— 投资机构 测试创投基金");
        result.path("connections.paths[0].relationships[*].direction")
                .entityList(String.class)
                .containsExactly("FORWARD", "BACKWARD");
        result.path("connections.paths[0].relationships[*].strength")
                .entityList(String.class)
                .containsExactly("CONCRETE", "CONCRETE");
        result.path("connections.paths[0].cost").entity(Double.class).isEqualTo(2.0);
        result.path("connections.paths[1].cost").entity(Double.class).isEqualTo(3.0);
        result.path("connections.hubDegree")
                .entity(Integer.class)
                .satisfies(d -> assertThat(d).isLessThan(HUB_SPOKES));
    }

    @Test
    void showsPeopleOnAPathMasked() {
        var result = connections(LAB, B, null, 5, null);
        result.path("connections.paths[0].nodes[*].id").entityList(String.class).containsExactly(LAB, PERSON, B);
        result.path("connections.paths[0].nodes[1].name").entity(String.class).isEqualTo("王**");
        result.path("connections.paths[0].descriptionZh")
                .entity(String.class)
                .isEqualTo("机构 测试脑机实验室 ←任职于— 人才 王** —任职于→ 企业 乙测试科技");
        result.path("connections.paths[0].descriptionEn")
                .entity(String.class)
                .isEqualTo("Institution Test BCI Lab ←works at— Talent 王** —works at→ Enterprise 乙测试科技");
        assertThat(body(result)).doesNotContain("王小明");
    }

    @Test
    void neverPassesThroughOrEndsAtAPersonWhoOptedOut() {
        connections(LAB, C, null, 5, null)
                .path("connections.totalCount")
                .entity(Integer.class)
                .isEqualTo(0);
        connections(OPTED_OUT, LAB, null, 5, null)
                .path("connections.paths")
                .entityList(Object.class)
                .hasSize(0);
    }

    @Test
    void returnsNoPathsWhenNothingConnectsWithinTheHops() {
        connections(LAB, LONELY, null, 5, null)
                .path("connections.paths")
                .entityList(Object.class)
                .hasSize(0)
                .path("connections.totalCount")
                .entity(Integer.class)
                .isEqualTo(0);
        connections(LAB, FUND, 1, 5, null)
                .path("connections.paths")
                .entityList(Object.class)
                .hasSize(0);
        connections(LAB, B, 1, 5, null)
                .path("connections.paths")
                .entityList(Object.class)
                .hasSize(0);
    }

    @Test
    void pagesThroughTheAlternatives() {
        var first = connections(LAB, FUND, null, 2, null);
        first.path("connections.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        String cursor = first.path("connections.pageInfo.endCursor")
                .entity(String.class)
                .get();
        var second = connections(LAB, FUND, null, 2, cursor);
        assertThat(ids(second)).containsExactly(LAB + ">" + PERSON + ">" + B + ">" + FUND);
        second.path("connections.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
    }

    @Test
    void rejectsUnknownIdsTheSameIdTwiceAndHopsOutsideOneToFour() {
        assertError(Map.of("from", "ent-ct-nope", "to", FUND), "fromId", "ent-ct-nope");
        assertError(Map.of("from", LAB, "to", "inv-ct-nope"), "toId", "inv-ct-nope");
        assertError(Map.of("from", LAB, "to", LAB), "toId", "same node");
        assertError(Map.of("from", LAB, "to", FUND, "maxHops", 0), "maxHops", "between 1 and 4");
        assertError(Map.of("from", LAB, "to", FUND, "maxHops", 5), "maxHops", "between 1 and 4");
        assertError(Map.of("from", LAB, "to", FUND, "first", 21), "first", "between 1 and 20");
        assertError(Map.of("from", LAB, "to", FUND, "after", "not-a-cursor"), "after", "cursor");
    }

    @Test
    void loadsTheNodesOfAllPathsInOneStatement() {
        connections(LAB, FUND, null, 1, null); // computes the hub limits, which are then reused
        List<String> one = statements(1);
        List<String> three = statements(3);
        // endpoints, the path search, and at most one catalog read for the nodes of every path on the page (none for
        // nodes the catalog already holds in memory)
        for (List<String> page : List.of(one, three)) {
            List<String> nodeReads = page.stream()
                    .filter(s -> s.contains("UNWIND $ids") && s.strip().endsWith("RETURN n"))
                    .toList();
            assertThat(nodeReads).hasSizeLessThanOrEqualTo(1);
            assertThat(page).hasSize(2 + nodeReads.size());
        }
    }

    @Test
    void pathsInTheSeededGraphAvoidTheProvinceAndThePolicy() {
        List<String> touched = new ArrayList<>();
        for (String[] pair : List.of(
                new String[] {"inst-ill-0001", "inv-ill-0001"},
                new String[] {"inst-ill-0003", "inv-ill-0002"},
                new String[] {"ent-ill-0001", "inst-ill-0011"})) {
            var result = connections(pair[0], pair[1], null, 20, null);
            result.path("connections.paths").entityList(Object.class).hasSizeGreaterThan(0);
            touched.addAll(result.path("connections.paths[*].nodes[*].id")
                    .entityList(String.class)
                    .get());
        }
        assertThat(touched).doesNotContain("region-360000", "policy-jx-bci").isNotEmpty();
    }

    private List<String> statements(int first) {
        try (var recorder = gateway.record()) {
            connections(LAB, FUND, null, first, null)
                    .path("connections.paths[*].nodes[*].name")
                    .entityList(String.class)
                    .hasSizeGreaterThan(first);
            return recorder.requestStatements();
        }
    }

    private GraphQlTester.Response connections(String from, String to, Integer maxHops, Integer first, String after) {
        return graphQl.document(QUERY)
                .variable("from", from)
                .variable("to", to)
                .variable("maxHops", maxHops)
                .variable("first", first)
                .variable("after", after)
                .execute();
    }

    private void assertError(Map<String, Object> variables, String argument, String messagePart) {
        var request = graphQl.document(QUERY);
        for (var e : variables.entrySet()) {
            request = request.variable(e.getKey(), e.getValue());
        }
        request.execute()
                .errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getMessage()).contains(messagePart);
                    assertThat(error.getExtensions()).containsEntry("argument", argument);
                }));
    }

    private static List<String> ids(GraphQlTester.Response result) {
        return result.path("connections.paths[*].id").entityList(String.class).get();
    }

    private static String body(GraphQlTester.Response result) {
        return result.path("connections").entity(Map.class).get().toString();
    }

    private static List<String> spokes() {
        return IntStream.rangeClosed(1, HUB_SPOKES)
                .mapToObj(i -> "ent-ct-spoke-%02d".formatted(i))
                .toList();
    }

    private void node(NodeKind kind, String id, Map<String, Object> properties) {
        writer.upsertNodes(kind, List.of(new NodeUpsert(id, properties, PROVENANCE)), META);
    }

    private void rel(RelType type, String from, String to) {
        writer.upsertRelationships(type, List.of(new RelationshipUpsert(from, to, Map.of(), PROVENANCE)), META);
    }
}
